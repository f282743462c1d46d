/* global console, document, getComputedStyle, location, parent, requestAnimationFrame, setTimeout, window -- browser globals of a test page script */
// The first script of every test page (a classic script, so it runs before
// any module): records what the page must not do, and reports it to the
// test in the parent frame with report(). No inline script anywhere, so the
// pages run under the strict Content-Security-Policy unchanged.
(function () {
  'use strict';
  var state = {violations: [], errors: [], warnings: []};

  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      state.violations.push({
        directive: event.effectiveDirective || event.violatedDirective,
        blocked: String(event.blockedURI || ''),
        sample: String(event.sample || ''),
        source: String(event.sourceFile || '') + ':' + event.lineNumber,
      });
    },
    true
  );
  window.addEventListener('error', function (event) {
    // Resource errors (a failed <script src>) do not bubble; capture them
    // below. This one is for exceptions.
    state.errors.push('error: ' + event.message);
  });
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.localName) {
        state.errors.push(
          'failed to load <' + target.localName + '> ' + (target.src || target.href || '')
        );
      }
    },
    true
  );
  window.addEventListener('unhandledrejection', function (event) {
    state.errors.push('unhandledrejection: ' + String(event.reason));
  });
  var warn = console.warn;
  console.warn = function () {
    var text = Array.prototype.map.call(arguments, String).join(' ');
    if (text.indexOf('[message-us]') === 0) state.warnings.push(text);
    return warn.apply(console, arguments);
  };

  function frame() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        resolve();
      });
    });
  }

  /** Results of every element with an id, keyed by id. */
  function results() {
    var found = {};
    var elements = document.querySelectorAll('message-us-button, message-us-banner');
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var key = element.id || element.parentElement.id;
      var link = element.shadowRoot && element.shadowRoot.querySelector('a');
      var style = link ? getComputedStyle(link) : null;
      found[key] = {
        outcome: element.outcome,
        href: link ? link.getAttribute('href') : null,
        // The size the element's scale asks for: a button's height, a
        // banner's minimum height (its height follows its text).
        size: style
          ? element.localName === 'message-us-button'
            ? style.height
            : style.minHeight
          : null,
      };
    }
    return found;
  }

  window.__probe = {
    state: state,
    results: results,
    /**
     * Waits for every element to render (and for queued violation events),
     * then posts everything to the parent frame.
     */
    report: function (extra) {
      var elements = document.querySelectorAll('message-us-button, message-us-banner');
      var pending = Array.prototype.map.call(elements, function (element) {
        return element.updateComplete;
      });
      return Promise.all(pending)
        .then(frame)
        .then(frame)
        .then(function () {
          return new Promise(function (resolve) {
            setTimeout(resolve, 50);
          });
        })
        .then(function () {
          parent.postMessage(
            {
              kind: 'message-us-probe',
              page: location.pathname + location.search,
              violations: state.violations,
              errors: state.errors,
              warnings: state.warnings,
              results: results(),
              extra: extra || null,
            },
            location.origin
          );
        });
    },
  };
})();
