/**
 * The configurator's launcher: a `<message-us-launcher>` built from saved
 * department presets. The launcher carries what every department shares
 * (the options departments inherit, when all of them set the same value);
 * each department keeps only what differs and its label. No DOM access
 * here; attributes, escaping and script tags come from model.ts, so the
 * launcher snippet reads values exactly as the other snippets do.
 */
import {OPTIONS, tagsOf, type OptionSpec} from '../../src/core/index.js';
import {inheritedOptions} from '../../src/core/launcher.js';
import {
  applyPreset,
  attributesOf,
  defaults,
  elementAttributes,
  fieldOf,
  openTag,
  scriptTag,
  tagOf,
  type BuildInfo,
  type Config,
  type FieldSpec,
  type Preset,
} from './model.js';

/** The CDN bundle of the launcher (it registers the button and banner too). */
export const LAUNCHER_BUNDLE = 'message-us-launcher.js';

/**
 * The launcher's own options: schema rows of the launcher that a button
 * does not have (heading, greeting, position…), so a new row shows up here
 * without an edit. Options it shares with the button come from the presets.
 */
export const LAUNCHER_FIELDS: readonly FieldSpec[] = (OPTIONS as readonly OptionSpec[])
  .filter((option) => {
    const tags = tagsOf(option);
    return (
      option.group !== 'preview' &&
      tags.includes('message-us-launcher') &&
      !tags.includes('message-us-button')
    );
  })
  .map((option) => ({...fieldOf(option), applies: 'none'}));

/** The launcher's own options as a fresh page has them. */
export function launcherDefaults(): Config {
  return Object.fromEntries(LAUNCHER_FIELDS.map((field) => [field.name, field.value]));
}

/**
 * A department's whole configuration: the preset over the defaults. A
 * preset without a business ID takes the form's, as applying it would.
 */
export function departmentConfig(preset: Preset, formBusinessId = ''): Config {
  const config = applyPreset(defaults(), preset);
  if (String(config['business-id']).trim() === '') config['business-id'] = formBusinessId;
  return config;
}

/** One department of the launcher: its element and attributes. */
export interface Department {
  name: string;
  tag: string;
  attributes: Array<[string, string]>;
}

/** What the launcher and its departments carry, before it becomes markup. */
export interface LauncherMarkup {
  attributes: Array<[string, string]>;
  departments: Department[];
}

const ORDER = new Map<string, number>(OPTIONS.map((option, index) => [option.attribute, index]));

/**
 * Splits the departments' attributes between the launcher and them: an
 * inherited option with the same value in every department moves to the
 * launcher; the rest stays with each department. A department's label is
 * its own `label`, else its preset name.
 */
export function launcherMarkup(
  presets: readonly Preset[],
  launcher: Config,
  formBusinessId = ''
): LauncherMarkup {
  const all = presets.map((preset) => {
    const config = departmentConfig(preset, formBusinessId);
    const label = String(config.label ?? '').trim() || preset.name;
    return {
      name: preset.name,
      tag: tagOf(config),
      attributes: new Map(elementAttributes({...config, label})),
    };
  });
  const shared = new Map<string, string>();
  if (all.length > 0) {
    for (const {attribute} of inheritedOptions()) {
      const value = all[0].attributes.get(attribute);
      if (value === undefined) continue;
      if (all.every((department) => department.attributes.get(attribute) === value)) {
        shared.set(attribute, value);
      }
    }
  }
  const attributes = [...shared, ...attributesOf(LAUNCHER_FIELDS, launcher)].sort(
    ([a], [b]) => (ORDER.get(a) ?? Infinity) - (ORDER.get(b) ?? Infinity)
  );
  const departments = all.map(({name, tag, attributes: own}) => ({
    name,
    tag,
    attributes: [...own].filter(([attribute]) => !shared.has(attribute)),
  }));
  return {attributes, departments};
}

/** The launcher element's markup, each department indented inside it. */
export function launcherHtml(markup: LauncherMarkup): string {
  const children = markup.departments.map(({tag, attributes}) =>
    `${openTag(tag, attributes)}</${tag}>`.replace(/^/gm, '  ')
  );
  const open = openTag('message-us-launcher', markup.attributes);
  return `${open}\n${children.join('\n')}\n</message-us-launcher>`;
}

/**
 * The snippet to paste: the launcher's script tag (pinned, with its
 * integrity hash), then the launcher with its departments.
 *
 * @example
 * launcherSnippet([{name: 'Sales', config: {'business-id': ID, intent: 'sales'}}], {}, build)
 * // <script type="module" src="…/message-us-launcher.js" …></script>
 * // <message-us-launcher
 * //   business-id="…"
 * //   intent="sales"
 * // >
 * //   <message-us-button
 * //     label="Sales"
 * //   ></message-us-button>
 * // </message-us-launcher>
 */
export function launcherSnippet(
  presets: readonly Preset[],
  launcher: Config,
  build: BuildInfo,
  formBusinessId = ''
): string {
  const markup = launcherMarkup(presets, launcher, formBusinessId);
  return `${scriptTag(LAUNCHER_BUNDLE, build)}\n${launcherHtml(markup)}`;
}
