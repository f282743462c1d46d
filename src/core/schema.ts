/**
 * The elements' options as data: one row per option, read by everything
 * that needs to know an option (the elements' properties, the Apple markup
 * mapping, `schema.json`, `custom-elements.json`, the configurator, the
 * security suite and docs/attributes.md). Adding an option is
 * adding a row here.
 *
 * Pure: no DOM, no `lit`.
 */
import {LABEL_PRESETS} from './i18n.js';
import {BASE_HEIGHT, MAX_HEIGHT, MIN_HEIGHT} from './options.js';

/** The elements the schema describes. */
export type Tag = 'message-us-button' | 'message-us-banner' | 'message-us-launcher';

/** A valid `hours` value, shown in warnings and docs. */
export const HOURS_EXAMPLE = 'Mo-Fr 09:00-18:00; Sa 10:00-14:00';

/** Every element tag, in the order of the docs. */
export const TAGS: readonly Tag[] = [
  'message-us-button',
  'message-us-banner',
  'message-us-launcher',
];

/** Sections of the attribute tables and of configurators' forms. */
export type OptionGroup =
  'routing' | 'label' | 'look' | 'fallback' | 'availability' | 'analytics' | 'preview';

/**
 * How an attribute's text is read:
 * - `text`: trimmed; blank is unset;
 * - `verbatim`: kept as written (the prefilled message); empty is unset;
 * - `enum`: one of `values`, case and surrounding spaces ignored;
 * - `number`: a positive decimal;
 * - `boolean`: present means on, except the literal `false` (any case);
 * - `color` / `font`: a CSS colour / `font-family` list, judged by the browser.
 */
export type OptionKind = 'text' | 'verbatim' | 'enum' | 'number' | 'boolean' | 'color' | 'font';

/** One option of one or both elements. */
export interface OptionSpec {
  /** The attribute, as written in HTML. */
  readonly attribute: string;
  /** The JavaScript property. */
  readonly property: string;
  readonly kind: OptionKind;
  /** Allowed values of an `enum`, in lower case; the last is the warnings' example. */
  readonly values?: readonly string[];
  /** The value used when the attribute is absent, blank or invalid. */
  readonly default?: string | number | boolean;
  readonly group: OptionGroup;
  /** The elements that have it: `both` is the button and the banner. */
  readonly tags: 'both' | Tag | readonly Tag[];
  /** The equivalent attribute in Apple's embed markup, per element. */
  readonly apple?: Partial<Record<Tag, string>>;
  /** The private custom property a colour or font feeds (`--_bg`). */
  readonly token?: string;
  /**
   * The words a `text` option may list, separated by spaces (`analytics`:
   * `ga4 gtm`), so forms can offer one checkbox per word.
   */
  readonly tokens?: readonly string[];
  /** A valid value, shown in warnings and docs. */
  readonly example: string;
}

/**
 * A message-us attribute, not Apple's, that previews an Apple embed
 * container as on an Apple device (`apple`) or elsewhere (`other`); it
 * becomes the element's `platform`. For demos and tests: leave it out on a
 * live page.
 */
export const PLATFORM_PREVIEW_ATTRIBUTE = 'data-message-us-platform';

const ICON = 'message-us-button';
const BANNER = 'message-us-banner';
const LAUNCHER = 'message-us-launcher';
// The launcher routes, falls back, keeps hours and reports like the others,
// and passes those options down to its departments.
const ALL = [ICON, BANNER, LAUNCHER] as const;

/** Every option, in the order of the attribute tables. */
export const OPTIONS = [
  {
    attribute: 'business-id',
    property: 'businessId',
    kind: 'text',
    group: 'routing',
    tags: ALL,
    apple: {[ICON]: 'data-apple-business-id', [BANNER]: 'data-apple-business-id'},
    example: '22222222-dddd-4444-bbbb-777777777777',
  },
  {
    attribute: 'intent',
    property: 'intent',
    kind: 'text',
    group: 'routing',
    tags: ALL,
    apple: {[ICON]: 'data-apple-business-intent-id', [BANNER]: 'data-apple-business-intent-id'},
    example: 'account_question',
  },
  {
    attribute: 'group',
    property: 'group',
    kind: 'text',
    group: 'routing',
    tags: ALL,
    apple: {[ICON]: 'data-apple-business-group-id', [BANNER]: 'data-apple-business-group-id'},
    example: 'billing_department',
  },
  {
    attribute: 'body',
    property: 'body',
    kind: 'verbatim',
    group: 'routing',
    tags: ALL,
    apple: {[ICON]: 'data-apple-business-body', [BANNER]: 'data-apple-business-body'},
    example: 'I have a question about my order',
  },
  {
    attribute: 'preset',
    property: 'preset',
    kind: 'enum',
    values: LABEL_PRESETS,
    default: 'message-us',
    group: 'label',
    tags: ALL,
    example: 'get-help',
  },
  {
    attribute: 'label',
    property: 'label',
    kind: 'text',
    group: 'label',
    tags: ALL,
    apple: {[ICON]: 'data-apple-icon-title'},
    example: 'Chat with Billing',
  },
  {
    attribute: 'cta',
    property: 'cta',
    kind: 'text',
    group: 'label',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-cta'},
    example: 'Message our team',
  },
  {
    attribute: 'context',
    property: 'context',
    kind: 'text',
    group: 'label',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-context'},
    example: 'We usually answer within minutes.',
  },
  {
    attribute: 'heading',
    property: 'heading',
    kind: 'text',
    group: 'label',
    tags: LAUNCHER,
    example: 'Talk to us',
  },
  {
    attribute: 'greeting',
    property: 'greeting',
    kind: 'text',
    group: 'label',
    tags: LAUNCHER,
    example: 'Hi! Who would you like to talk to?',
  },
  {
    attribute: 'theme',
    property: 'theme',
    kind: 'enum',
    values: ['light', 'dark', 'auto'],
    default: 'dark',
    group: 'look',
    tags: ALL,
    example: 'auto',
  },
  {
    attribute: 'shape',
    property: 'shape',
    kind: 'enum',
    values: ['rounded', 'pill', 'square', 'circle'],
    default: 'rounded',
    group: 'look',
    tags: ICON,
    example: 'pill',
  },
  {
    attribute: 'icon-only',
    property: 'iconOnly',
    kind: 'boolean',
    default: false,
    group: 'look',
    tags: ICON,
    example: 'true',
  },
  {
    attribute: 'scale',
    property: 'scale',
    kind: 'number',
    default: 1,
    group: 'look',
    tags: 'both',
    apple: {[ICON]: 'data-apple-icon-scale', [BANNER]: 'data-apple-banner-scale'},
    example: '1.5',
  },
  {
    attribute: 'orientation',
    property: 'orientation',
    kind: 'enum',
    values: ['horizontal', 'vertical'],
    default: 'horizontal',
    group: 'look',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-orientation'},
    example: 'vertical',
  },
  {
    attribute: 'rounded',
    property: 'rounded',
    kind: 'boolean',
    default: true,
    group: 'look',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-rounded-corners'},
    example: 'false',
  },
  {
    attribute: 'color',
    property: 'color',
    kind: 'color',
    group: 'look',
    tags: [ICON, LAUNCHER],
    apple: {[ICON]: 'data-apple-icon-color'},
    token: '--_fg',
    example: '#1b3f68',
  },
  {
    attribute: 'background',
    property: 'background',
    kind: 'color',
    group: 'look',
    tags: ALL,
    apple: {
      [ICON]: 'data-apple-icon-background-color',
      [BANNER]: 'data-apple-banner-background-color',
    },
    token: '--_bg',
    example: '#1b3f68',
  },
  {
    attribute: 'text-color',
    property: 'textColor',
    kind: 'color',
    group: 'look',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-text-color'},
    token: '--_fg',
    example: '#1b3f68',
  },
  {
    attribute: 'icon-color',
    property: 'iconColor',
    kind: 'color',
    group: 'look',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-icon-color'},
    token: '--_icon',
    example: '#1b3f68',
  },
  {
    attribute: 'icon-background',
    property: 'iconBackground',
    kind: 'color',
    group: 'look',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-icon-background-color'},
    token: '--_icon-bg',
    example: '#1b3f68',
  },
  {
    attribute: 'font-family',
    property: 'fontFamily',
    kind: 'font',
    group: 'look',
    tags: BANNER,
    apple: {[BANNER]: 'data-apple-banner-font-family'},
    token: '--_font',
    example: 'Georgia, serif',
  },
  {
    attribute: 'position',
    property: 'position',
    kind: 'enum',
    values: ['bottom-end', 'bottom-start', 'top-end', 'top-start'],
    default: 'bottom-end',
    group: 'look',
    tags: LAUNCHER,
    example: 'bottom-start',
  },
  {
    attribute: 'open',
    property: 'open',
    kind: 'boolean',
    default: false,
    group: 'look',
    tags: LAUNCHER,
    example: 'true',
  },
  {
    attribute: 'unsupported',
    property: 'unsupported',
    kind: 'enum',
    values: ['hide', 'fallback', 'show'],
    group: 'fallback',
    tags: ALL,
    example: 'fallback',
  },
  {
    attribute: 'fallback-channel',
    property: 'fallbackChannel',
    kind: 'enum',
    values: ['auto', 'phone', 'sms', 'whatsapp', 'web'],
    default: 'auto',
    group: 'fallback',
    tags: ALL,
    example: 'web',
  },
  {
    attribute: 'phone',
    property: 'phone',
    kind: 'text',
    group: 'fallback',
    tags: ALL,
    apple: {[ICON]: 'data-apple-business-phone', [BANNER]: 'data-apple-business-phone'},
    example: '+12163954902',
  },
  {
    attribute: 'fallback-href',
    property: 'fallbackHref',
    kind: 'text',
    group: 'fallback',
    tags: ALL,
    example: 'https://example.com/contact',
  },
  {
    attribute: 'fallback-label',
    property: 'fallbackLabel',
    kind: 'text',
    group: 'fallback',
    tags: ALL,
    example: 'Call our team',
  },
  {
    attribute: 'handoff',
    property: 'handoff',
    kind: 'enum',
    values: ['none', 'qr'],
    default: 'none',
    group: 'fallback',
    tags: LAUNCHER,
    example: 'qr',
  },
  {
    attribute: 'handoff-label',
    property: 'handoffLabel',
    kind: 'text',
    group: 'fallback',
    tags: LAUNCHER,
    example: 'Scan to message us from your iPhone',
  },
  {
    attribute: 'hours',
    property: 'hours',
    kind: 'text',
    group: 'availability',
    tags: ALL,
    example: HOURS_EXAMPLE,
  },
  {
    attribute: 'timezone',
    property: 'timezone',
    kind: 'text',
    group: 'availability',
    tags: ALL,
    example: 'Europe/Berlin',
  },
  {
    attribute: 'closed-on',
    property: 'closedOn',
    kind: 'text',
    group: 'availability',
    tags: ALL,
    example: '2026-12-24/2026-12-26 2027-01-01',
  },
  {
    attribute: 'after-hours',
    property: 'afterHours',
    kind: 'enum',
    values: ['note', 'fallback', 'hide', 'show'],
    default: 'note',
    group: 'availability',
    tags: ALL,
    example: 'fallback',
  },
  {
    attribute: 'analytics',
    property: 'analytics',
    kind: 'text',
    tokens: ['ga4', 'gtm', 'meta'],
    group: 'analytics',
    tags: ALL,
    example: 'ga4 gtm',
  },
  {
    attribute: 'analytics-event',
    property: 'analyticsEvent',
    kind: 'text',
    group: 'analytics',
    tags: ALL,
    example: 'generate_lead',
  },
  {
    attribute: 'platform',
    property: 'platform',
    kind: 'enum',
    values: ['auto', 'apple', 'other'],
    default: 'auto',
    group: 'preview',
    tags: ALL,
    apple: {[ICON]: PLATFORM_PREVIEW_ATTRIBUTE, [BANNER]: PLATFORM_PREVIEW_ATTRIBUTE},
    example: 'apple',
  },
] as const satisfies readonly OptionSpec[];

/** What differs between the elements beyond their options. */
export interface TagSpec {
  /** The text and background colour attributes whose contrast is judged. */
  readonly contrast: readonly [foreground: string, background: string];
  /**
   * The `unsupported` policy when the attribute is unset and a `phone` is
   * set. Apple's banner turns into a call banner where Messages is unavailable.
   */
  readonly withPhone: 'hide' | 'fallback';
  /** The class of Apple's embed container this element replaces. */
  readonly appleContainer: string;
}

/** Per-element facts, keyed by tag. */
export const TAG_SPECS: Readonly<Record<Tag, TagSpec>> = {
  [ICON]: {
    contrast: ['color', 'background'],
    withPhone: 'hide',
    appleContainer: 'apple-business-chat-message-container',
  },
  [BANNER]: {
    contrast: ['text-color', 'background'],
    withPhone: 'fallback',
    appleContainer: 'apple-business-chat-banner-container',
  },
  // Apple has no launcher; its single link replaces the button's container.
  [LAUNCHER]: {
    contrast: ['color', 'background'],
    withPhone: 'hide',
    appleContainer: 'apple-business-chat-message-container',
  },
};

/**
 * The themes' own colours as `[text, background]`, in the `rgb()` form
 * browsers compute: the elements' styles, the contrast checks and
 * configurators read them from here. Both pass 21:1.
 */
export const THEME_COLORS = {
  dark: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
  light: ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'],
} as const;

type AnyOption = (typeof OPTIONS)[number];
type HeldBy<O> = O extends {tags: 'both'}
  ? typeof ICON | typeof BANNER
  : O extends {tags: readonly (infer T)[]}
    ? T
    : O extends {tags: infer T}
      ? T
      : never;
// Rows every listed tag has; `never` lists every tag (the options all share).
type RowsOf<O, T> = O extends unknown
  ? ([T] extends [never] ? Tag : T) extends HeldBy<O>
    ? O
    : never
  : never;
/** The options of one element (of every element for `never`), as a union of rows. */
export type OptionOf<T extends Tag> = RowsOf<AnyOption, T>;

type ValueOf<O> = O extends {kind: 'enum'; values: readonly (infer V)[]}
  ? V
  : O extends {kind: 'number'}
    ? number | string
    : O extends {kind: 'boolean'}
      ? boolean | string
      : string;

/**
 * The properties of an element, typed from the schema: enumerations as
 * literal unions, so `theme = 'purple'` is a type error. Each may be unset
 * (the default applies) and holds what the attribute holds.
 */
export type PropertiesOf<T extends Tag> = {
  [O in OptionOf<T> as O['property']]: ValueOf<O> | null | undefined;
};

/**
 * The elements that have an option.
 *
 * @param option - A schema row.
 * @returns Its tags, in the order of {@link TAGS}.
 * @example tagsOf(OPTIONS[0]) // ['message-us-button', 'message-us-banner', 'message-us-launcher']
 */
export function tagsOf(option: OptionSpec): readonly Tag[] {
  const {tags} = option;
  return tags === 'both' ? [ICON, BANNER] : typeof tags === 'string' ? [tags] : tags;
}

/** The options of an element, in table order. */
export function optionsFor(tag: Tag): readonly OptionSpec[] {
  // Asked several times per render of every element: filtered once per tag.
  let options = optionsByTag.get(tag);
  if (!options) optionsByTag.set(tag, (options = OPTIONS.filter((o) => tagsOf(o).includes(tag))));
  return options;
}
const optionsByTag = new Map<Tag, readonly OptionSpec[]>();

/** The attributes of an element, in table order. */
export function attributesFor(tag: Tag): string[] {
  return optionsFor(tag).map((option) => option.attribute);
}

/** The lowest and highest `scale`, from Apple's height limits. */
export const SCALE_RANGE: readonly [min: number, max: number] = [
  MIN_HEIGHT / BASE_HEIGHT,
  MAX_HEIGHT / BASE_HEIGHT,
];

// Attributes any HTML element may carry; never mistaken for a typo of ours.
const GLOBAL_ATTRIBUTES = new Set(
  'id class style slot part exportparts hidden lang dir title tabindex role is inert nonce autofocus accesskey contenteditable draggable spellcheck translate popover enterkeyhint inputmode autocapitalize itemprop itemscope itemtype itemid itemref'.split(
    ' '
  )
);

const squash = (name: string) => name.toLowerCase().replace(/[-_\s]/g, '');

// Levenshtein distance, stopping early once it exceeds `limit`.
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The attribute an unknown attribute name was probably meant to be: the
 * same letters without hyphens (`businessid`), or one or two typos away
 * (`bussiness-id`, `intnet`). Names every element may carry (`class`,
 * `data-*`, `aria-*`, event handlers) and known attributes give null, as do
 * names too far from any of ours.
 *
 * @param tag - The element.
 * @param name - The attribute as found on the element, any case.
 * @returns The intended attribute, or null.
 * @example suggestAttribute('message-us-button', 'bussiness-id') // 'business-id'
 * @example suggestAttribute('message-us-button', 'class') // null
 */
export function suggestAttribute(tag: Tag, name: string): string | null {
  // Every element checks every attribute it carries when it connects: a
  // page of a thousand buttons asks the same few questions a thousand times.
  if (knownAttributes(tag).has(name)) return null;
  const key = `${tag} ${name}`;
  let meant = suggestions.get(key);
  if (meant === undefined) {
    if (suggestions.size >= 256) suggestions.clear();
    suggestions.set(key, (meant = suggest(tag, name)));
  }
  return meant;
}
const suggestions = new Map<string, string | null>();
const knownByTag = new Map<Tag, ReadonlySet<string>>();
const knownAttributes = (tag: Tag) => {
  let names = knownByTag.get(tag);
  if (!names) knownByTag.set(tag, (names = new Set(attributesFor(tag))));
  return names;
};

function suggest(tag: Tag, name: string): string | null {
  const lower = name.toLowerCase();
  const known = attributesFor(tag);
  if (
    known.includes(lower) ||
    GLOBAL_ATTRIBUTES.has(lower) ||
    /^(data-|aria-|on|xml|xmlns)/.test(lower)
  ) {
    return null;
  }
  const target = squash(lower);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const attribute of known) {
    const candidate = squash(attribute);
    // Short names would match too much at distance 2 (`cta` → `ct`, `tag`).
    const limit = Math.min(2, Math.floor(candidate.length / 3));
    const found = distance(target, candidate, limit);
    if (found <= limit && found < bestDistance) {
      best = attribute;
      bestDistance = found;
    }
  }
  return best;
}
