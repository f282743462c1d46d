// The configurator's model: the options, their defaults, the page-URL form
// of a configuration, the snippets it produces and the checks it runs. No
// DOM access here (the page passes in what needs a browser, such as the
// colour parser), so the rules stay readable in one place.
import {
  MIN_CONTRAST,
  OPTIONS,
  TAG_SPECS,
  THEME_COLORS,
  readOptions,
  resolveView,
  SUPPORTED_LOCALES,
  buildMessagesUrl,
  contrastRatio,
  localeStrings,
  normalizeBusinessId,
  normalizePhone,
  parseComputedColor,
  parseScale,
  resolveOutcome,
  validateMessagesOptions,
} from '../dist/core/index.js';

/**
 * Where the snippets load the library from. The version comes from the
 * local package.json at run time, so a release needs no edit here.
 */
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/message-us';

/** Apple's example business ID, as in its partner documentation. */
export const EXAMPLE_BUSINESS_ID = '22222222-dddd-4444-bbbb-777777777777';

/** @typedef {'button' | 'banner'} ElementType */
/** @typedef {'both' | 'button' | 'banner' | 'none'} Applies */
/**
 * @typedef {object} FieldSpec
 * @property {string} name Attribute, form control and page-URL parameter name.
 * @property {'text' | 'select' | 'check' | 'radio'} kind
 * @property {Applies} applies Which element has it (`none`: configurator only).
 * @property {string | boolean} value The default.
 * @property {readonly string[]} [options] Allowed values of a select or radio.
 */
/** @typedef {Record<string, string | boolean>} Config */
/** @typedef {{severity: 'error' | 'warning', code: string, message: string}} Problem */
/** @typedef {{version: string | null, integrity: Record<string, string>}} BuildInfo */

const KIND = /** @type {const} */ ({enum: 'select', boolean: 'check'});

/**
 * A form field of a schema option: enumerations are selects, booleans
 * checkboxes, the rest text. `unsupported` has no fixed default (a banner
 * with a phone falls back to a call), so its select starts blank.
 * @param {import('../dist/core/index.js').OptionSpec} option
 * @returns {FieldSpec}
 */
function fieldOf(option) {
  /** @type {FieldSpec['kind']} */
  const kind = KIND[/** @type {'enum' | 'boolean'} */ (option.kind)] ?? 'text';
  const applies =
    option.tags === 'both' ? 'both' : option.tags === 'message-us-button' ? 'button' : 'banner';
  /** @type {FieldSpec} */
  const field = {
    name: option.attribute,
    kind,
    applies,
    value:
      option.default === undefined
        ? ''
        : typeof option.default === 'number'
          ? String(option.default)
          : option.default,
  };
  if (option.values)
    field.options = option.default === undefined ? ['', ...option.values] : option.values;
  return field;
}

/**
 * Every option, in the order of the form; snippets follow this order too.
 * The element's options come from the schema (the preview-only `platform`
 * aside); the configurator adds the element type, the page language and
 * the no-JavaScript link.
 */
export const FIELDS = /** @type {readonly FieldSpec[]} */ (
  OPTIONS.filter((option) => option.group !== 'preview')
    .flatMap((option) => [
      ...(option.attribute === 'business-id'
        ? [
            {
              name: 'element',
              kind: 'radio',
              applies: 'none',
              value: 'button',
              options: ['button', 'banner'],
            },
          ]
        : []),
      fieldOf(option),
      ...(option.attribute === 'context'
        ? [
            {
              name: 'lang',
              kind: 'select',
              applies: 'both',
              value: '',
              options: ['', ...SUPPORTED_LOCALES],
            },
          ]
        : []),
    ])
    .concat([{name: 'nojs', kind: 'check', applies: 'none', value: false}])
);

const BY_NAME = new Map(FIELDS.map((field) => [field.name, field]));

/** Colour options, as [text colour, background] pairs judged for contrast. */
const CONTRAST_PAIRS = {
  button: TAG_SPECS['message-us-button'].contrast,
  banner: TAG_SPECS['message-us-banner'].contrast,
};
const COLOR_FIELDS = OPTIONS.filter((option) => option.kind === 'color').map((o) => o.attribute);

/** @returns {Config} The configuration of a fresh page. */
export function defaults() {
  return Object.fromEntries(FIELDS.map((field) => [field.name, field.value]));
}

/**
 * Whether an option belongs to the chosen element.
 * @param {string} name @param {ElementType} type
 */
export function appliesTo(name, type) {
  const applies = BY_NAME.get(name)?.applies;
  return applies === 'both' || applies === type;
}

/** @param {Config} config @returns {ElementType} */
function typeOf(config) {
  return config.element === 'banner' ? 'banner' : 'button';
}

/** @param {Config} config @param {string} name */
function str(config, name) {
  const value = config[name];
  return typeof value === 'string' ? value : '';
}

/** @param {FieldSpec} field @param {string | boolean} value */
function isDefault(field, value) {
  if (field.name === 'scale') return String(value).trim() === '' || String(value).trim() === '1';
  return value === field.value;
}

/**
 * The page-URL form of a configuration: only what differs from the
 * defaults, in form order, values exactly as typed.
 * @param {Config} config @returns {URLSearchParams}
 */
export function toParams(config) {
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
 * values a select does not offer are ignored, so a hand-edited link cannot
 * put the form in a state it could not reach itself.
 * @param {URLSearchParams} params @returns {Config}
 */
export function fromParams(params) {
  const config = defaults();
  for (const field of FIELDS) {
    const raw = params.get(field.name);
    if (raw === null) continue;
    if (field.kind === 'check') {
      if (raw === 'true' || raw === '1' || raw === '') config[field.name] = true;
      else if (raw === 'false' || raw === '0') config[field.name] = false;
    } else if (field.options) {
      if (field.options.includes(raw)) config[field.name] = raw;
    } else {
      config[field.name] = raw;
    }
  }
  return config;
}

/**
 * The element's attributes for a configuration, in form order, leaving out
 * defaults and empty values. Values are tidied as the element itself would
 * read them (ID lower-cased, phone in E.164, surrounding spaces trimmed),
 * except `body`, which the customer sees and is kept verbatim.
 * @param {Config} config @returns {Array<[string, string]>}
 */
export function elementAttributes(config) {
  const type = typeOf(config);
  /** @type {Array<[string, string]>} */
  const attributes = [];
  for (const field of FIELDS) {
    if (!appliesTo(field.name, type)) continue;
    const value = config[field.name];
    if (value === undefined || isDefault(field, value)) continue;
    if (field.kind === 'check') {
      if (field.name === 'icon-only') attributes.push(['icon-only', '']);
      else attributes.push([field.name, String(value)]);
      continue;
    }
    const raw = String(value);
    if (field.name === 'body') {
      attributes.push(['body', raw]);
      continue;
    }
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (field.name === 'business-id') {
      attributes.push(['business-id', normalizeBusinessId(trimmed) ?? trimmed]);
    } else if (field.name === 'phone') {
      attributes.push(['phone', normalizePhone(trimmed) ?? trimmed]);
    } else {
      attributes.push([field.name, trimmed]);
    }
  }
  return attributes;
}

/** @type {Record<string, string>} */
const ENTITIES = {
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
 * @param {string} value
 */
export function escapeAttribute(value) {
  return value.replace(/[&"<>\n\r\t]/g, (char) => ENTITIES[char] ?? '');
}

/** @param {string} value */
function escapeText(value) {
  return value.replace(/[&<>]/g, (char) => ENTITIES[char] ?? '');
}

/**
 * A tag opened over several lines, one attribute per line.
 * @param {string} tag @param {Array<[string, string]>} attributes
 */
function openTag(tag, attributes) {
  if (attributes.length === 0) return `<${tag}>`;
  const lines = attributes.map(([name, value]) =>
    value === '' && name === 'icon-only' ? `  ${name}` : `  ${name}="${escapeAttribute(value)}"`
  );
  return `<${tag}\n${lines.join('\n')}\n>`;
}

/**
 * The deep link of a configuration, or null while the options cannot make
 * one (the ID missing or not a UUID).
 * @param {Config} config @returns {string | null}
 */
export function messagesLink(config) {
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

/**
 * A `<script>` tag for one CDN bundle: pinned to a version, with its SRI
 * hash when the build lists one.
 * @param {string} file @param {BuildInfo} build
 */
export function scriptTag(file, build) {
  const version = build.version ? `@${build.version}` : '';
  const src = `${CDN_BASE}${version}/dist/cdn/${file}`;
  const hash = build.version ? build.integrity[file] : undefined;
  const integrity = hash ? ` integrity="${escapeAttribute(hash)}" crossorigin="anonymous"` : '';
  return `<script type="module" src="${escapeAttribute(src)}"${integrity}></script>`;
}

/**
 * The visible text of the no-JavaScript link: the label the element would
 * show on an Apple device, in the chosen language.
 * @param {Config} config
 */
export function noJsLabel(config) {
  const own = typeOf(config) === 'banner' ? str(config, 'cta').trim() : str(config, 'label').trim();
  if (own) return own;
  const preset = /** @type {import('../dist/core/index.js').LabelPreset} */ (str(config, 'preset'));
  return localeStrings(str(config, 'lang') || 'en').presets[preset] ?? 'Message Us';
}

/**
 * The element's markup, with the plain link inside when `nojs` is on.
 * @param {Config} config @returns {string}
 */
export function elementHtml(config) {
  const tag = `message-us-${typeOf(config)}`;
  const open = openTag(tag, elementAttributes(config));
  const link = messagesLink(config);
  if (config.nojs === true && link) {
    return `${open}\n  <a href="${escapeAttribute(link)}">${escapeText(noJsLabel(config))}</a>\n</${tag}>`;
  }
  return `${open}</${tag}>`;
}

/**
 * The snippet to paste into a page: the script tag, then the element.
 * @param {Config} config @param {BuildInfo} build
 */
export function htmlSnippet(config, build) {
  return `${scriptTag('message-us.js', build)}\n${elementHtml(config)}`;
}

/**
 * Apple's container markup for the same configuration, loading
 * message-us's compatibility bundle, and the options that markup cannot
 * express (so the page can say what is lost).
 * @param {Config} config @param {BuildInfo} build
 * @returns {{html: string, unmapped: string[]}}
 */
export function legacyMarkup(config, build) {
  const type = typeOf(config);
  const attrs = new Map(elementAttributes(config));
  /** @type {Array<[string, string]>} */
  const out = [];
  const map = (/** @type {string} */ from, /** @type {string} */ to) => {
    const value = attrs.get(from);
    if (value !== undefined) out.push([to, value]);
    attrs.delete(from);
  };
  const tag = type === 'button' ? 'message-us-button' : 'message-us-banner';
  for (const option of /** @type {readonly import('../dist/core/index.js').OptionSpec[]} */ (
    OPTIONS
  )) {
    const apple = option.apple?.[tag];
    if (apple && option.group !== 'preview') map(option.attribute, apple);
  }
  const container = TAG_SPECS[tag].appleContainer;
  const html = `${openTag('div', [['class', container], ...out])}</div>\n${scriptTag('apple-compat.js', build)}`;
  return {html, unmapped: [...attrs.keys()]};
}

/**
 * The policy the element would apply, read by the core's own option reader
 * (a banner with a phone falls back to a call when `unsupported` is unset).
 * @param {Config} config
 */
function effectivePolicy(config) {
  const tag = typeOf(config) === 'button' ? 'message-us-button' : 'message-us-banner';
  const {values} = readOptions(tag, {
    unsupported: str(config, 'unsupported') || null,
    phone: str(config, 'phone') || null,
  });
  return /** @type {'hide' | 'fallback' | 'show'} */ (values.unsupported);
}

/**
 * What the page knows that the model cannot: colour and font parsing by the
 * browser, and the base for relative fallback pages.
 * @typedef {object} Env
 * @property {(value: string) => boolean} isColor
 * @property {(value: string) => boolean} isFontFamily
 * @property {(value: string) => string} computedColor The browser's `rgb()` form.
 * @property {string} baseUrl
 */

/**
 * Checks a configuration, field by field. Only options of the chosen
 * element are checked. Routing goes through the core's
 * `validateMessagesOptions` and fallbacks through `resolveOutcome`, so the
 * configurator says exactly what the element would warn about.
 * @param {Config} config @param {Env} env
 * @returns {Map<string, Problem[]>} Problems by field name; fields without problems are absent.
 */
export function validate(config, env) {
  const type = typeOf(config);
  /** @type {Map<string, Problem[]>} */
  const problems = new Map();
  const add = (/** @type {string} */ field, /** @type {Problem} */ problem) => {
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

  const scale = str(config, 'scale').trim();
  if (scale !== '') {
    const parsed = parseScale(scale);
    if (parsed.problem) {
      const notANumber = !(Number(scale) > 0);
      add('scale', {
        severity: notANumber ? 'error' : 'warning',
        code: notANumber ? 'invalid-scale' : 'scale-clamped',
        message: parsed.problem,
      });
    }
  }

  for (const name of COLOR_FIELDS) {
    const value = str(config, name).trim();
    if (!appliesTo(name, type) || value === '' || env.isColor(value)) continue;
    add(name, {
      severity: 'error',
      code: 'invalid-color',
      message: `${name}="${value}" is not a CSS colour; use e.g. #1b3f68, rgb(27, 63, 104) or navy.`,
    });
  }
  const contrast = contrastWarning(config, env);
  if (contrast) add(contrast.field, contrast.problem);

  const font = str(config, 'font-family').trim();
  if (appliesTo('font-family', type) && font !== '' && !env.isFontFamily(font)) {
    add('font-family', {
      severity: 'error',
      code: 'invalid-font-family',
      message: `font-family="${font}" is not a CSS font list; use e.g. Georgia, serif.`,
    });
  }

  const policy = effectivePolicy(config);
  const outcome = resolveOutcome({
    businessId: EXAMPLE_BUSINESS_ID,
    supported: false,
    apple: false,
    unsupported: policy,
    phone: str(config, 'phone'),
    fallbackHref: str(config, 'fallback-href'),
    fallbackChannel: /** @type {any} */ (str(config, 'fallback-channel') || 'auto'),
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
  if (policy === 'show') {
    add('unsupported', {
      severity: 'warning',
      code: 'shown-where-unsupported',
      message:
        'unsupported="show" gives visitors on Android, Windows and other devices an Apple Messages link that does not work there; Apple asks to show the button only where it works. Prefer unsupported="fallback" with a phone or page.',
    });
  }

  // Business hours, read by the element's own rules, so the form says what
  // the element would warn about.
  const hours = resolveView(
    typeOf(config) === 'button' ? 'message-us-button' : 'message-us-banner',
    {
      hours: str(config, 'hours'),
      timezone: str(config, 'timezone'),
      closedOn: str(config, 'closed-on'),
      afterHours: str(config, 'after-hours'),
      phone: str(config, 'phone'),
      fallbackHref: str(config, 'fallback-href'),
    },
    {supportsMessages: true, isApple: true, lang: '', dir: null}
  );
  for (const message of hours.problems) {
    const field = /^(hours|timezone|closed-on|after-hours)\b/.exec(message)?.[1];
    if (!field) continue;
    add(field, {
      severity: 'warning',
      code:
        field === 'after-hours'
          ? 'fallback-unreachable'
          : message.startsWith('timezone is missing')
            ? 'missing-timezone'
            : `invalid-${field}`,
      message,
    });
  }
  return problems;
}

/**
 * A warning when the chosen text and background colours fall below
 * 4.5:1, judged like the element does; with only one of them set, the
 * other is the theme's (both appearances for `auto`).
 * @param {Config} config @param {Env} env
 * @returns {{field: string, problem: Problem} | null}
 */
function contrastWarning(config, env) {
  const type = typeOf(config);
  const [fgName, bgName] = CONTRAST_PAIRS[type];
  const fg = str(config, fgName).trim();
  const bg = str(config, bgName).trim();
  if (!fg && !bg) return null;
  if ((fg && !env.isColor(fg)) || (bg && !env.isColor(bg))) return null;
  const theme = /** @type {'dark' | 'light' | 'auto'} */ (str(config, 'theme') || 'dark');
  let worst = Infinity;
  for (const [themeFg, themeBg] of theme === 'auto'
    ? [THEME_COLORS.dark, THEME_COLORS.light]
    : [THEME_COLORS[theme] ?? THEME_COLORS.dark]) {
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

/** Version of the presets file format. */
export const PRESETS_VERSION = 1;
const MAX_PRESETS = 200;
const MAX_NAME = 80;
const MAX_FILE = 100_000;

/** @typedef {{name: string, intent: string, group: string, body: string}} Preset */

/**
 * The presets file: `{"version": 1, "presets": [{name, intent, group, body}]}`.
 * @param {Preset[]} presets
 */
export function serializePresets(presets) {
  return `${JSON.stringify({version: PRESETS_VERSION, presets}, null, 2)}\n`;
}

/**
 * Reads and checks a presets file. Bad shapes are refused as a whole, with
 * one message saying what is wrong and where, so a team never half-imports
 * a file. Unknown keys are ignored, for files from newer versions.
 * @param {string} text
 * @returns {{presets: Preset[]} | {error: string}}
 */
export function parsePresets(text) {
  const shape =
    'Expected {"version": 1, "presets": [{"name": "Billing", "intent": "…", "group": "…", "body": "…"}]}.';
  if (text.length > MAX_FILE)
    return {error: `The file is over 100 KB, too large for a presets file. ${shape}`};
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return {error: `The file is not valid JSON. ${shape}`};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {error: `The file does not hold a presets object. ${shape}`};
  }
  const record = /** @type {Record<string, unknown>} */ (data);
  if (record.version !== PRESETS_VERSION) {
    return {
      error: `"version" must be ${PRESETS_VERSION}, got ${JSON.stringify(record.version) ?? 'nothing'}. ${shape}`,
    };
  }
  if (!Array.isArray(record.presets)) return {error: `"presets" must be a list. ${shape}`};
  if (record.presets.length > MAX_PRESETS) {
    return {
      error: `The file has ${record.presets.length} presets; at most ${MAX_PRESETS} are supported.`,
    };
  }
  /** @type {Preset[]} */
  const presets = [];
  const seen = new Set();
  for (const [index, item] of record.presets.entries()) {
    const where = `Preset ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return {error: `${where} is not an object. ${shape}`};
    }
    const entry = /** @type {Record<string, unknown>} */ (item);
    if (typeof entry.name !== 'string' || entry.name.trim() === '') {
      return {error: `${where} needs a "name" (text). ${shape}`};
    }
    const name = entry.name.trim();
    if (name.length > MAX_NAME)
      return {error: `${where}: the name is longer than ${MAX_NAME} characters.`};
    if (seen.has(name)) return {error: `${where} repeats the name "${name}".`};
    seen.add(name);
    /** @type {Preset} */
    const preset = {name, intent: '', group: '', body: ''};
    for (const key of /** @type {const} */ (['intent', 'group', 'body'])) {
      const value = entry[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') return {error: `${where} ("${name}"): "${key}" must be text.`};
      preset[key] = value;
    }
    presets.push(preset);
  }
  return {presets};
}

/**
 * Adds presets to a list: same names are replaced in place, new names
 * appended.
 * @param {Preset[]} current @param {Preset[]} incoming
 * @returns {{presets: Preset[], added: number, replaced: number}}
 */
export function mergePresets(current, incoming) {
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
