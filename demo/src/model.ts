/**
 * The configurator's model: its fields (one per schema option, plus the
 * element type, the page language and the no-JavaScript link), the
 * page-URL form of a configuration, the snippets it produces, the checks it
 * runs and the department presets file. No DOM access here (the page passes
 * in what needs a browser, such as the colour parser), so the rules stay
 * readable and testable in one place. Every rule comes from the core: a row
 * added to src/core/schema.ts appears here without an edit.
 */
import {
  DESCRIPTIONS,
  MIN_CONTRAST,
  OPTIONS,
  SUPPORTED_LOCALES,
  TAG_SPECS,
  THEME_COLORS,
  buildMessagesUrl,
  contrastRatio,
  localeStrings,
  normalizeBusinessId,
  normalizePhone,
  parseComputedColor,
  parseScale,
  readOptions,
  resolveOutcome,
  resolveView,
  tagsOf,
  validateMessagesOptions,
  type FallbackChannel,
  type LabelPreset,
  type OptionGroup,
  type OptionSpec,
  type Tag,
} from '../../src/core/index.js';
import * as hoursSupport from '../../src/core/hours.js';

/**
 * Where the snippets load the library from. The version comes from the
 * local package.json at run time, so a release needs no edit here.
 */
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/message-us';

/** Apple's example business ID, as in its partner documentation. */
export const EXAMPLE_BUSINESS_ID = OPTIONS[0].example;

export type ElementType = 'button' | 'banner';
/** Which element has a field (`none`: the configurator's own). */
export type Applies = 'both' | ElementType | 'none';
/** The form's sections: the schema's groups plus the configurator's own. */
export type Section = OptionGroup | 'element' | 'snippet';

export interface FieldSpec {
  /** Attribute, form control and page-URL parameter name. */
  readonly name: string;
  /** `tokens`: one checkbox per word of a space-separated list. */
  readonly kind: 'text' | 'select' | 'check' | 'radio' | 'tokens';
  readonly applies: Applies;
  readonly section: Section;
  /** The default. */
  readonly value: string | boolean;
  /** Allowed values of a select or radio, or the words of a token list. */
  readonly options?: readonly string[];
  /** The schema row, for the element's own options. */
  readonly option?: OptionSpec;
}

/** A configuration: field name → value as the form holds it. */
export type Config = Record<string, string | boolean>;
export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  message: string;
}
/** The local build's version and SRI hashes (by file name: `message-us.js`, `no-js.css`). */
export interface BuildInfo {
  version: string | null;
  integrity: Record<string, string>;
}

const isConfigurable = (tag: Tag) => tag === 'message-us-button' || tag === 'message-us-banner';

/**
 * A form field of a schema option: enumerations are selects, booleans
 * checkboxes, a list of words checkboxes, the rest text. `unsupported` has
 * no fixed default (a banner with a phone falls back to a call), so its
 * select starts blank.
 */
export function fieldOf(option: OptionSpec): FieldSpec {
  const tags = tagsOf(option);
  const button = tags.includes('message-us-button');
  const applies: Applies =
    button && tags.includes('message-us-banner') ? 'both' : button ? 'button' : 'banner';
  const common = {name: option.attribute, applies, section: option.group, option};
  if (option.kind === 'enum' && option.values) {
    const value = option.default === undefined ? '' : String(option.default);
    const options = option.default === undefined ? ['', ...option.values] : option.values;
    return {...common, kind: 'select', value, options};
  }
  if (option.kind === 'boolean') return {...common, kind: 'check', value: option.default === true};
  if (option.tokens) return {...common, kind: 'tokens', value: '', options: option.tokens};
  const value = option.default === undefined ? '' : String(option.default);
  return {...common, kind: 'text', value};
}

/**
 * Every field, in the order of the form; snippets follow this order too.
 * The element's options come from the schema (the preview-only `platform`
 * aside); the configurator adds the element type, the page language and
 * the no-JavaScript link.
 */
export const FIELDS: readonly FieldSpec[] = (OPTIONS as readonly OptionSpec[])
  // The launcher's own options aside: the configurator builds buttons and banners.
  .filter((option) => option.group !== 'preview' && tagsOf(option).some(isConfigurable))
  .flatMap((option): FieldSpec[] => [
    ...(option.attribute === 'business-id'
      ? [
          {
            name: 'element',
            kind: 'radio',
            applies: 'none',
            section: 'element',
            value: 'button',
            options: ['button', 'banner'],
          } as const,
        ]
      : []),
    fieldOf(option),
    ...(option.attribute === 'context'
      ? [
          {
            name: 'lang',
            kind: 'select',
            applies: 'both',
            section: 'label',
            value: '',
            options: ['', ...SUPPORTED_LOCALES],
          } as const,
        ]
      : []),
  ])
  .concat([
    {name: 'nojs', kind: 'check', applies: 'none', section: 'snippet', value: false},
    {name: 'all-languages', kind: 'check', applies: 'none', section: 'snippet', value: false},
  ]);

const BY_NAME = new Map(FIELDS.map((field) => [field.name, field]));

/** The field of a name, if the configurator has one. */
export function fieldNamed(name: string): FieldSpec | undefined {
  return BY_NAME.get(name);
}

/** The form's sections in order, each with its fields. */
export function sections(): Array<[Section, FieldSpec[]]> {
  const order = new Map<Section, FieldSpec[]>();
  for (const field of FIELDS) {
    const list = order.get(field.section) ?? [];
    list.push(field);
    order.set(field.section, list);
  }
  return [...order];
}

/** A one-line hint for a field: the schema's description of the option. */
export function hintOf(name: string): string {
  return DESCRIPTIONS[name] ?? '';
}

/** The configuration of a fresh page. */
export function defaults(): Config {
  return Object.fromEntries(FIELDS.map((field) => [field.name, field.value]));
}

/** Whether an option belongs to the chosen element. */
export function appliesTo(name: string, type: ElementType): boolean {
  const applies = BY_NAME.get(name)?.applies;
  return applies === 'both' || applies === type;
}

export function typeOf(config: Config): ElementType {
  return config.element === 'banner' ? 'banner' : 'button';
}

export function tagOf(config: Config): Tag {
  return `message-us-${typeOf(config)}`;
}

function str(config: Config, name: string): string {
  const value = config[name];
  return typeof value === 'string' ? value : '';
}

function isDefault(field: FieldSpec, value: string | boolean): boolean {
  if (field.option?.kind === 'number') {
    const text = String(value).trim();
    return text === '' || Number(text) === Number(field.value);
  }
  return value === field.value;
}

/** The words of a token list that the field offers, in the field's order, once each. */
function tokens(field: FieldSpec, value: string): string {
  const words = new Set(value.toLowerCase().split(/\s+/));
  return (field.options ?? []).filter((word) => words.has(word)).join(' ');
}

/**
 * A value as a field accepts it, or undefined when the field cannot hold
 * it: a select's unknown value, text for a checkbox. Shared by the page
 * URL and the presets file, so neither can put the form in a state it
 * could not reach itself.
 */
function accept(field: FieldSpec, raw: unknown): string | boolean | undefined {
  if (field.kind === 'check') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === '1' || raw === '') return true;
    if (raw === 'false' || raw === '0') return false;
    return undefined;
  }
  if (typeof raw !== 'string') return undefined;
  if (field.kind === 'tokens') return tokens(field, raw);
  if (field.options) return field.options.includes(raw) ? raw : undefined;
  return raw;
}

/**
 * The page-URL form of a configuration: only what differs from the
 * defaults, in form order, values exactly as typed.
 */
export function toParams(config: Config): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = config[field.name];
    if (value === undefined || isDefault(field, value)) continue;
    params.append(field.name, String(value));
  }
  return params;
}

/**
 * Reads a configuration back from the page URL. Unknown parameters and
 * values a control does not offer are ignored.
 */
export function fromParams(params: URLSearchParams): Config {
  const config = defaults();
  for (const field of FIELDS) {
    const raw = params.get(field.name);
    if (raw === null) continue;
    const value = accept(field, raw);
    if (value !== undefined) config[field.name] = value;
  }
  return config;
}

/**
 * The element's attributes for a configuration, in form order, leaving out
 * defaults and empty values. Values are tidied as the element itself would
 * read them (ID lower-cased, phone in E.164, surrounding spaces trimmed),
 * except verbatim ones (`body`), which the customer sees.
 */
export function elementAttributes(config: Config): Array<[string, string]> {
  const type = typeOf(config);
  return attributesOf(
    FIELDS.filter((field) => appliesTo(field.name, type)),
    config
  );
}

/**
 * The attributes of the given fields, by the rules of `elementAttributes`:
 * shared with the launcher's own options, so both read values alike.
 */
export function attributesOf(
  fields: readonly FieldSpec[],
  config: Config
): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  for (const field of fields) {
    const value = config[field.name];
    if (value === undefined || isDefault(field, value)) continue;
    if (field.kind === 'check') {
      // A boolean that is on by default is written only to turn it off.
      attributes.push([field.name, value === true ? '' : 'false']);
      continue;
    }
    const raw = String(value);
    if (field.option?.kind === 'verbatim') {
      attributes.push([field.name, raw]);
      continue;
    }
    const trimmed = field.kind === 'tokens' ? tokens(field, raw) : raw.trim();
    if (trimmed === '') continue;
    if (field.name === 'business-id') {
      attributes.push([field.name, normalizeBusinessId(trimmed) ?? trimmed]);
    } else if (field.name === 'phone') {
      attributes.push([field.name, normalizePhone(trimmed) ?? trimmed]);
    } else {
      attributes.push([field.name, trimmed]);
    }
  }
  return attributes;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/**
 * Escapes a value for a double-quoted HTML attribute. Line breaks and tabs
 * become character references so each attribute stays on one line and the
 * value survives the HTML parser's newline normalisation exactly.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>\n\r\t]/g, (char) => ENTITIES[char] ?? '');
}

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (char) => ENTITIES[char] ?? '');
}

/** A tag opened over several lines, one attribute per line; valueless for `''`. */
export function openTag(tag: string, attributes: Array<[string, string]>): string {
  if (attributes.length === 0) return `<${tag}>`;
  const lines = attributes.map(([name, value]) =>
    value === '' ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`
  );
  return `<${tag}\n${lines.join('\n')}\n>`;
}

/**
 * The deep link of a configuration, or null while the options cannot make
 * one (the ID missing or not a UUID).
 */
export function messagesLink(config: Config): string | null {
  try {
    return buildMessagesUrl({
      businessId: str(config, 'business-id'),
      intent: str(config, 'intent'),
      group: str(config, 'group'),
      body: str(config, 'body'),
    });
  } catch {
    return null;
  }
}

/** The CDN address of a file of the package, pinned to the build's version. */
function cdnUrl(path: string, build: BuildInfo): string {
  return `${CDN_BASE}${build.version ? `@${build.version}` : ''}/${path}`;
}

function integrityOf(file: string, build: BuildInfo): string {
  const hash = build.version ? build.integrity[file] : undefined;
  return hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
}

/**
 * A `<script>` tag for one CDN bundle: pinned to a version, with its SRI
 * hash when the build lists one.
 */
export function scriptTag(file: string, build: BuildInfo): string {
  const src = cdnUrl(`dist/cdn/${file}`, build);
  return `<script type="module" src="${escapeAttribute(src)}"${integrityOf(file, build)}></script>`;
}

/**
 * The `<link>` of the no-JavaScript stylesheet, which gives the plain link
 * the element's box until the element is defined (no shift on upgrade).
 */
export function noJsStyleTag(build: BuildInfo): string {
  const href = cdnUrl('dist/no-js.css', build);
  return `<link rel="stylesheet" href="${escapeAttribute(href)}"${integrityOf('no-js.css', build)}>`;
}

/**
 * The visible text of the no-JavaScript link: the label the element would
 * show on an Apple device, in the chosen language.
 */
export function noJsLabel(config: Config): string {
  const own = typeOf(config) === 'banner' ? str(config, 'cta').trim() : '';
  if (own) return own;
  const label = str(config, 'label').trim();
  if (label) return label;
  const preset = str(config, 'preset') as LabelPreset;
  return localeStrings(str(config, 'lang') || 'en').presets[preset] ?? 'Message Us';
}

/** The element's markup, with the plain link inside when `nojs` is on. */
export function elementHtml(config: Config): string {
  const tag = tagOf(config);
  const open = openTag(tag, elementAttributes(config));
  const link = messagesLink(config);
  if (config.nojs === true && link) {
    return `${open}\n  <a href="${escapeAttribute(link)}">${escapeText(noJsLabel(config))}</a>\n</${tag}>`;
  }
  return `${open}</${tag}>`;
}

/**
 * An HTML comment naming the department a snippet is for, so a pasted
 * snippet says which preset made it. `--` cannot appear in a comment.
 */
export function departmentComment(department: string): string {
  const name = department.replace(/-{2,}/g, '-').replace(/[<>]/g, '').trim();
  return name ? `<!-- message-us: ${name} -->\n` : '';
}

/**
 * The snippet to paste into a page: the department's comment, the script
 * tag, the no-JavaScript stylesheet when the plain link is on, then the
 * element.
 */
export function htmlSnippet(config: Config, build: BuildInfo, department = ''): string {
  const style = config.nojs === true ? `${noJsStyleTag(build)}\n` : '';
  return `${departmentComment(department)}${scriptTag(bundleFor(config), build)}\n${style}${elementHtml(config)}`;
}

/**
 * The CDN bundle a configuration needs: the business-hours build when any
 * hours field is set (the default bundle ignores hours), else the smaller
 * default one. With a language chosen, that language's bundle
 * (`message-us.de.js`), which carries its labels only, unless the page
 * mixes languages (`all-languages`): then the bundle of every language.
 */
export function bundleFor(config: Config): string {
  const hours = ['hours', 'timezone', 'closed-on'].some((name) => str(config, name).trim());
  const lang = str(config, 'lang');
  const one = config['all-languages'] !== true && SUPPORTED_LOCALES.includes(lang);
  return `${hours ? 'message-us-hours' : 'message-us'}${one ? `.${lang}` : ''}.js`;
}

/**
 * Apple's container markup for the same configuration, loading
 * message-us's compatibility bundle, and the options that markup cannot
 * express (so the page can say what is lost).
 */
export function legacyMarkup(
  config: Config,
  build: BuildInfo,
  department = ''
): {html: string; unmapped: string[]} {
  const tag = tagOf(config);
  const attrs = new Map(elementAttributes(config));
  const out: Array<[string, string]> = [];
  for (const option of OPTIONS as readonly OptionSpec[]) {
    const apple = option.apple?.[tag];
    const value = attrs.get(option.attribute);
    if (!apple || option.group === 'preview' || value === undefined) continue;
    out.push([apple, value]);
    attrs.delete(option.attribute);
  }
  const container = TAG_SPECS[tag].appleContainer;
  const html = `${departmentComment(department)}${openTag('div', [['class', container], ...out])}</div>\n${scriptTag('apple-compat.js', build)}`;
  return {html, unmapped: [...attrs.keys()]};
}

/**
 * A file-name part from a department name: lower case, ASCII letters and
 * digits joined by hyphens (`Après-vente & Support` → `apres-vente-support`).
 */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A download's file name, with the department's slug when there is one. */
export function fileName(what: string, extension: string, department = ''): string {
  const part = slug(department);
  return `message-us-${part ? `${part}-` : ''}${what}.${extension}`;
}

/**
 * The policy the element would apply, read by the core's own option reader
 * (a banner with a phone falls back to a call when `unsupported` is unset).
 */
function effectivePolicy(config: Config): 'hide' | 'fallback' | 'show' {
  const {values} = readOptions(tagOf(config), {
    unsupported: str(config, 'unsupported') || null,
    phone: str(config, 'phone') || null,
  });
  return values.unsupported as 'hide' | 'fallback' | 'show';
}

/** What the page knows that the model cannot. */
export interface Env {
  isColor: (value: string) => boolean;
  isFontFamily: (value: string) => boolean;
  /** The browser's `rgb()` form of a colour. */
  computedColor: (value: string) => string;
  /** Base for relative fallback pages. */
  baseUrl: string;
}

/**
 * Checks a configuration, field by field. Only options of the chosen
 * element are checked. Routing goes through the core's
 * `validateMessagesOptions` and fallbacks through `resolveOutcome`, so the
 * configurator says exactly what the element would warn about.
 *
 * @returns Problems by field name; fields without problems are absent.
 */
export function validate(config: Config, env: Env): Map<string, Problem[]> {
  const type = typeOf(config);
  const problems = new Map<string, Problem[]>();
  const add = (field: string, problem: Problem) => {
    const list = problems.get(field) ?? [];
    if (!list.some((p) => p.message === problem.message)) list.push(problem);
    problems.set(field, list);
  };

  for (const found of validateMessagesOptions({
    businessId: str(config, 'business-id'),
    intent: str(config, 'intent'),
    group: str(config, 'group'),
    body: str(config, 'body'),
  })) {
    const field =
      found.field === 'businessId' ? 'business-id' : found.field === 'link' ? 'body' : found.field;
    const message =
      found.field === 'businessId'
        ? `business-id${found.message.slice('businessId'.length)}`
        : found.message;
    add(field, {severity: found.severity, code: found.code, message});
  }

  for (const field of FIELDS) {
    if (!appliesTo(field.name, type)) continue;
    const value = str(config, field.name).trim();
    if (value === '') continue;
    const kind = field.option?.kind;
    if (kind === 'number') {
      const parsed = parseScale(value);
      if (parsed.problem) {
        const notANumber = !(Number(value) > 0);
        add(field.name, {
          severity: notANumber ? 'error' : 'warning',
          code: notANumber ? `invalid-${field.name}` : `${field.name}-clamped`,
          message: parsed.problem,
        });
      }
    } else if (kind === 'color' && !env.isColor(value)) {
      add(field.name, {
        severity: 'error',
        code: 'invalid-color',
        message: `${field.name}="${value}" is not a CSS colour; use e.g. #1b3f68, rgb(27, 63, 104) or navy.`,
      });
    } else if (kind === 'font' && !env.isFontFamily(value)) {
      add(field.name, {
        severity: 'error',
        code: 'invalid-font-family',
        message: `${field.name}="${value}" is not a CSS font list; use e.g. ${field.option?.example}.`,
      });
    }
  }
  const contrast = contrastWarning(config, env);
  if (contrast) add(contrast.field, contrast.problem);

  const policy = effectivePolicy(config);
  const outcome = resolveOutcome({
    businessId: EXAMPLE_BUSINESS_ID,
    supported: false,
    apple: false,
    unsupported: policy,
    phone: str(config, 'phone'),
    fallbackHref: str(config, 'fallback-href'),
    fallbackChannel: (str(config, 'fallback-channel') || 'auto') as FallbackChannel,
    baseUrl: env.baseUrl,
  });
  for (const message of outcome.problems) {
    const field = /^([a-z-]+)=/.exec(message)?.[1] ?? 'unsupported';
    const broken = field === 'phone' || field === 'fallback-href';
    add(field, {
      severity: broken ? 'error' : 'warning',
      code: broken ? `invalid-${field}` : 'fallback-unreachable',
      message,
    });
  }
  for (const [field, problem] of viewProblems(config)) add(field, problem);
  if (policy === 'show') {
    add('unsupported', {
      severity: 'warning',
      code: 'shown-where-unsupported',
      message:
        'unsupported="show" gives visitors on Android, Windows and other devices an Apple Messages link that does not work there; Apple asks to show the button only where it works. Prefer unsupported="fallback" with a phone or page.',
    });
  }
  return problems;
}

/**
 * Fields whose problems the element's own view reports and the other
 * checks here do not: the business hours and the GA4 event name.
 */
const VIEW_FIELDS = ['hours', 'timezone', 'closed-on', 'after-hours', 'analytics-event'];

/**
 * The element's own warnings about business hours and analytics, read by
 * the core's `resolveView` (the same call the element makes), each filed
 * under the field it names. Warnings only: unreadable hours leave the
 * element always open, a bad event name falls back to GA4's default, so
 * the code is still worth pasting.
 */
function viewProblems(config: Config): Array<[string, Problem]> {
  const props: Record<string, string> = {};
  for (const name of [...VIEW_FIELDS, 'phone', 'fallback-href']) {
    const option = fieldNamed(name)?.option;
    if (option) props[option.property] = str(config, name);
  }
  const view = resolveView(tagOf(config), props, {
    supportsMessages: true,
    isApple: true,
    lang: '',
    dir: null,
    // The snippet loads the hours build whenever hours are set.
    hours: hoursSupport,
  });
  const found: Array<[string, Problem]> = [];
  for (const message of view.problems) {
    const field = /^[a-z-]+/.exec(message)?.[0] ?? '';
    if (!VIEW_FIELDS.includes(field)) continue;
    const code =
      field === 'after-hours'
        ? 'fallback-unreachable'
        : message.startsWith('timezone is missing')
          ? 'missing-timezone'
          : `invalid-${field}`;
    found.push([field, {severity: 'warning', code, message}]);
  }
  return found;
}

/**
 * A warning when the chosen text and background colours fall below
 * 4.5:1, judged like the element does; with only one of them set, the
 * other is the theme's (both appearances for `auto`).
 */
function contrastWarning(config: Config, env: Env): {field: string; problem: Problem} | null {
  const [fgName, bgName] = TAG_SPECS[tagOf(config)].contrast;
  const fg = str(config, fgName).trim();
  const bg = str(config, bgName).trim();
  if (!fg && !bg) return null;
  if ((fg && !env.isColor(fg)) || (bg && !env.isColor(bg))) return null;
  const theme = str(config, 'theme');
  const themes =
    theme === 'auto'
      ? [THEME_COLORS.dark, THEME_COLORS.light]
      : [theme === 'light' ? THEME_COLORS.light : THEME_COLORS.dark];
  let worst = Infinity;
  for (const [themeFg, themeBg] of themes) {
    const a = parseComputedColor(fg ? env.computedColor(fg) : themeFg);
    const b = parseComputedColor(bg ? env.computedColor(bg) : themeBg);
    // Translucent colours depend on what is behind the element: not judged.
    if (!a || !b || a[3] < 1 || b[3] < 1) continue;
    worst = Math.min(worst, contrastRatio(a, b));
  }
  if (!(worst < MIN_CONTRAST)) return null;
  return {
    field: fg ? fgName : bgName,
    problem: {
      severity: 'warning',
      code: 'low-contrast',
      message: `${fgName} and ${bgName} give a contrast of ${worst.toFixed(2)}:1; Apple asks for at least 4.5:1, 7:1 preferred.`,
    },
  };
}

// Department presets ------------------------------------------------------

/**
 * Version of the presets file format. Version 2 holds a department's whole
 * configuration; version 1 files (routing only) are still read.
 */
export const PRESETS_VERSION = 2;
const MAX_PRESETS = 200;
const MAX_NAME = 80;
const MAX_FILE = 500_000;
/** The fields a version 1 preset held. */
const V1_FIELDS = ['intent', 'group', 'body'] as const;

/**
 * A department: a name and the configuration to apply. A preset from a
 * version 1 file holds only routing; applying it leaves other fields as
 * they are.
 */
export interface Preset {
  name: string;
  config: Config;
}

/** The presets file: `{"version": 2, "presets": [{"name": …, "config": {field: value}}]}`. */
export function serializePresets(presets: readonly Preset[]): string {
  return `${JSON.stringify({version: PRESETS_VERSION, presets}, null, 2)}\n`;
}

/** A preset of every field's current value (the whole configuration). */
export function presetOf(name: string, config: Config): Preset {
  return {
    name: name.trim(),
    config: Object.fromEntries(
      FIELDS.map((field) => [field.name, config[field.name] ?? field.value])
    ),
  };
}

/** A configuration with a preset applied: the preset's fields over the current ones. */
export function applyPreset(current: Config, preset: Preset): Config {
  const next = {...current};
  for (const [name, value] of Object.entries(preset.config)) {
    const field = BY_NAME.get(name);
    const accepted = field ? accept(field, value) : undefined;
    if (accepted === undefined) continue;
    // A department without an ID of its own keeps the page's.
    if (name === 'business-id' && accepted === '') continue;
    next[name] = accepted;
  }
  return next;
}

const SHAPE =
  'Expected {"version": 2, "presets": [{"name": "Billing", "config": {"intent": "…", "group": "…"}}]} (or a version 1 file).';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads and checks a presets file, version 2 or 1. Bad shapes are refused
 * as a whole, with one message saying what is wrong and where, so a team
 * never half-imports a file. Unknown keys and fields are ignored, for files
 * from newer versions; so are values a control does not offer.
 */
export function parsePresets(text: string): {presets: Preset[]} | {error: string} {
  if (text.length > MAX_FILE)
    return {error: `The file is over 500 KB, too large for a presets file. ${SHAPE}`};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {error: `The file is not valid JSON. ${SHAPE}`};
  }
  if (!isRecord(data)) return {error: `The file does not hold a presets object. ${SHAPE}`};
  const version = data.version;
  if (version !== 1 && version !== PRESETS_VERSION) {
    return {
      error: `"version" must be 1 or ${PRESETS_VERSION}, got ${JSON.stringify(version) ?? 'nothing'}. ${SHAPE}`,
    };
  }
  if (!Array.isArray(data.presets)) return {error: `"presets" must be a list. ${SHAPE}`};
  if (data.presets.length > MAX_PRESETS) {
    return {
      error: `The file has ${data.presets.length} presets; at most ${MAX_PRESETS} are supported.`,
    };
  }
  const presets: Preset[] = [];
  const seen = new Set<string>();
  for (const [index, item] of data.presets.entries()) {
    const where = `Preset ${index + 1}`;
    if (!isRecord(item)) return {error: `${where} is not an object. ${SHAPE}`};
    if (typeof item.name !== 'string' || item.name.trim() === '') {
      return {error: `${where} needs a "name" (text). ${SHAPE}`};
    }
    const name = item.name.trim();
    if (name.length > MAX_NAME)
      return {error: `${where}: the name is longer than ${MAX_NAME} characters.`};
    if (seen.has(name)) return {error: `${where} repeats the name "${name}".`};
    seen.add(name);
    const source: Record<string, unknown> = {};
    if (version === 1) {
      for (const key of V1_FIELDS) source[key] = item[key] ?? '';
    } else {
      if (!isRecord(item.config)) return {error: `${where} ("${name}") needs a "config" object.`};
      Object.assign(source, item.config);
    }
    const config: Config = {};
    for (const [key, value] of Object.entries(source)) {
      const field = BY_NAME.get(key);
      if (!field || value === null) continue;
      const type = field.kind === 'check' ? 'boolean' : 'string';
      if (typeof value !== type) {
        return {
          error: `${where} ("${name}"): "${key}" must be ${type === 'boolean' ? 'true or false' : 'text'}.`,
        };
      }
      const accepted = accept(field, value);
      if (accepted !== undefined) config[key] = accepted;
    }
    presets.push({name, config});
  }
  return {presets};
}

/**
 * Adds presets to a list: same names are replaced in place, new names
 * appended.
 */
export function mergePresets(
  current: readonly Preset[],
  incoming: readonly Preset[]
): {presets: Preset[]; added: number; replaced: number} {
  const presets = [...current];
  let added = 0;
  let replaced = 0;
  for (const preset of incoming) {
    const index = presets.findIndex((p) => p.name === preset.name);
    if (index === -1) {
      presets.push(preset);
      added++;
    } else {
      presets[index] = preset;
      replaced++;
    }
  }
  return {presets, added, replaced};
}
