/* global wp, window */
// The block editor side of message-us/button, message-us/banner and
// message-us/launcher (whose departments are inner button/banner blocks). Plain
// JavaScript with no build step: every control is generated from the schema
// PHP passes in (window.messageUsEditor), so an attribute added to the
// library appears in the sidebar without a change here.
(function () {
  'use strict';
  var config = window.messageUsEditor;
  if (!config || !config.schema || !config.blocks) return;
  var el = wp.element.createElement;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var __ = wp.i18n.__;

  /** The block attribute name, as PHP derives it: `x-property`, else camelCase. */
  function key(name, property) {
    if (property && typeof property['x-property'] === 'string' && property['x-property']) {
      return property['x-property'];
    }
    return name.replace(/-([a-z0-9])/g, function (_, c) {
      return c.toUpperCase();
    });
  }

  function kind(property) {
    if (Array.isArray(property.enum)) return 'enum';
    if (property.type === 'boolean') return 'boolean';
    if (property.type === 'number' || property.type === 'integer') return 'number';
    return 'string';
  }

  function properties(tag) {
    var def = config.schema.$defs && config.schema.$defs[tag];
    return (def && def.properties) || {};
  }

  /** The attributes as the element takes them: names hyphenated, booleans as presence. */
  function elementAttributes(tag, attributes) {
    var props = properties(tag);
    var result = {};
    Object.keys(props).forEach(function (name) {
      var value = attributes[key(name, props[name])];
      if (value === undefined || value === null || value === '') return;
      if (kind(props[name]) === 'boolean') {
        if (value) result[name] = '';
        else if (props[name].default === true) result[name] = 'false';
        return;
      }
      result[name] = String(value);
    });
    return result;
  }

  function control(name, property, attributes, setAttributes) {
    var attribute = key(name, property);
    var value = attributes[attribute];
    var set = function (next) {
      var change = {};
      change[attribute] = next;
      setAttributes(change);
    };
    var common = {key: name, label: name, help: property.description};
    switch (kind(property)) {
      case 'enum':
        return el(
          components.SelectControl,
          Object.assign({}, common, {
            value: value === undefined ? '' : value,
            options: [
              {
                value: '',
                label:
                  property.default !== undefined
                    ? __('Default', 'message-us') + ' (' + property.default + ')'
                    : __('Default', 'message-us'),
              },
            ].concat(
              property.enum.map(function (option) {
                return {value: option, label: option};
              })
            ),
            onChange: function (next) {
              set(next === '' ? undefined : next);
            },
          })
        );
      case 'boolean':
        return el(
          components.ToggleControl,
          Object.assign({}, common, {
            checked: value === undefined ? property.default === true : Boolean(value),
            onChange: function (next) {
              set(Boolean(next));
            },
          })
        );
      case 'number':
        return el(
          components.TextControl,
          Object.assign({}, common, {
            type: 'number',
            value: value === undefined ? '' : String(value),
            min: property.minimum,
            max: property.maximum,
            step: 'any',
            placeholder: property.default !== undefined ? String(property.default) : '',
            onChange: function (next) {
              var number = parseFloat(next);
              set(next === '' || isNaN(number) ? undefined : number);
            },
          })
        );
      default:
        return el(
          components.TextControl,
          Object.assign({}, common, {
            value: value === undefined ? '' : value,
            onChange: function (next) {
              set(next === '' ? undefined : next);
            },
          })
        );
    }
  }

  /** One PanelBody per x-group, in the order groups first appear in the schema. */
  function panels(tag, attributes, setAttributes) {
    var props = properties(tag);
    var groups = [];
    var byGroup = {};
    Object.keys(props).forEach(function (name) {
      var group = props[name]['x-group'] || 'other';
      if (!byGroup[group]) {
        byGroup[group] = [];
        groups.push(group);
      }
      byGroup[group].push(name);
    });
    return groups.map(function (group, index) {
      return el(
        components.PanelBody,
        {
          key: group,
          title: group,
          initialOpen: index === 0,
          className: 'message-us-panel-' + group,
        },
        byGroup[group].map(function (name) {
          return control(name, props[name], attributes, setAttributes);
        })
      );
    });
  }

  var LAUNCHER = 'message-us-launcher';
  var DEPARTMENTS = Object.keys(config.blocks).filter(function (blockName) {
    return config.blocks[blockName] !== LAUNCHER;
  });
  // A department names itself; every other option it shares with the
  // launcher is read from the launcher when it does not set it.
  var OWN = ['preset', 'label', 'fallback-label'];

  /** The launcher's attributes a department inside it inherits (block attribute names). */
  function inherited(tag, launcherAttributes) {
    var result = {};
    if (!launcherAttributes) return result;
    var launcher = properties(LAUNCHER);
    var own = properties(tag);
    Object.keys(own).forEach(function (name) {
      if (!launcher[name] || OWN.indexOf(name) !== -1) return;
      var attribute = key(name, own[name]);
      var value = launcherAttributes[key(name, launcher[name])];
      if (value !== undefined && value !== null && value !== '') result[attribute] = value;
    });
    return result;
  }

  /** Own attributes over inherited ones; unset own ones do not hide the launcher's. */
  function withInherited(inheritedAttributes, own) {
    var result = Object.assign({}, inheritedAttributes);
    Object.keys(own).forEach(function (attribute) {
      if (own[attribute] !== undefined && own[attribute] !== null && own[attribute] !== '') {
        result[attribute] = own[attribute];
      }
    });
    return result;
  }

  /** The attributes of the launcher block around a department, or null. */
  function useLauncher(clientId) {
    return wp.data.useSelect(
      function (select) {
        var store = select('core/block-editor');
        var launcherName = Object.keys(config.blocks).filter(function (name) {
          return config.blocks[name] === LAUNCHER;
        })[0];
        if (!launcherName) return null;
        var parents = store.getBlockParentsByBlockName(clientId, launcherName);
        return parents.length ? store.getBlockAttributes(parents[parents.length - 1]) : null;
      },
      [clientId]
    );
  }

  function sidebar(tag, props) {
    return el(
      blockEditor.InspectorControls,
      null,
      panels(tag, props.attributes, props.setAttributes)
    );
  }

  Object.keys(config.blocks).forEach(function (blockName) {
    var tag = config.blocks[blockName];
    var attributes = {};
    var props = properties(tag);
    Object.keys(props).forEach(function (name) {
      var type = kind(props[name]);
      attributes[key(name, props[name])] = {type: type === 'enum' ? 'string' : type};
    });
    if (tag === LAUNCHER) {
      wp.blocks.registerBlockType(blockName, {
        attributes: attributes,
        edit: function (props) {
          var blockProps = blockEditor.useBlockProps({className: 'message-us-launcher-block'});
          // The launcher itself is fixed in a corner, so the editor shows its
          // departments in place rather than the floating element.
          return el(
            'div',
            blockProps,
            sidebar(tag, props),
            el(
              'p',
              {className: 'message-us-launcher-block__title'},
              props.attributes.heading || __('Message Us launcher', 'message-us')
            ),
            el(blockEditor.InnerBlocks, {
              allowedBlocks: DEPARTMENTS,
              template: [[DEPARTMENTS[0] || 'message-us/button', {}]],
            })
          );
        },
        // The departments are inner blocks, saved in the post; PHP renders
        // the launcher around them.
        save: function () {
          return el(blockEditor.InnerBlocks.Content);
        },
      });
      return;
    }
    wp.blocks.registerBlockType(blockName, {
      attributes: attributes,
      edit: function (props) {
        var blockProps = blockEditor.useBlockProps();
        var launcher = useLauncher(props.clientId);
        return el(
          'div',
          blockProps,
          sidebar(tag, props),
          // The real element as preview, with what it inherits from its
          // launcher; clicks go to the block, not the link.
          el(
            tag,
            Object.assign(
              {style: {pointerEvents: 'none'}},
              elementAttributes(tag, withInherited(inherited(tag, launcher), props.attributes))
            )
          )
        );
      },
      // Dynamic block: attributes are saved in the comment, PHP renders.
      save: function () {
        return null;
      },
    });
  });
})();
