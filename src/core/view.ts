/**
 * What an element renders, decided from its options and its environment.
 * Pure: the element gathers the environment (platform, base URL, language,
 * direction, the browser's CSS checks, page-level defaults) and calls
 * {@link resolveView}; every decision is table-tested without a page.
 */
import {coded, DEV, shown} from './dev.js';
import {parseAnalytics, parseAnalyticsEvent, type AnalyticsTarget} from './analytics.js';
import type * as Hours from './hours.js';
import type {AvailabilityConfig} from './hours.js';
import {isRtl, localeStrings, resolveLocale, type LocaleStrings} from './i18n.js';
import {validateMessagesOptions} from './messages-url.js';
import {BASE_HEIGHT, parseEnum, parseScale, preview, toText} from './options.js';
import {
  resolveOutcome,
  type FallbackChannel,
  type OutcomeResult,
  type UnsupportedPolicy,
} from './outcome.js';
import {TAG_SPECS, optionsFor, type OptionSpec, type Tag} from './schema.js';

/** What the element knows about its page. */
export interface ViewEnv {
  /** Apple Messages for Business opens on this device. */
  supportsMessages: boolean;
  /** The device is an Apple one (decides the SMS link style). */
  isApple: boolean;
  /** Base for a relative `fallback-href` (`document.baseURI`). */
  baseUrl?: string;
  /** The language that applies to the element (own, ancestors', document's, browser's); may be empty. */
  lang: string;
  /** The nearest explicit `dir` (`ltr`/`rtl`), or null. */
  dir: 'ltr' | 'rtl' | null;
  /** Judges a CSS colour; by default every non-blank value passes. */
  isColor?: (value: string) => boolean;
  /** Judges a CSS `font-family` list; by default every non-blank value passes. */
  isFontFamily?: (value: string) => boolean;
  /** Page-level defaults by attribute name (`<meta name="message-us:ATTRIBUTE">`). */
  defaults?: Readonly<Record<string, string>>;
  /** The current time in ms since the epoch, for the business hours; default `Date.now()`. */
  now?: number;
  /** The visitor's IANA time zone, for the after-hours note; default the engine's. */
  timeZone?: string;
  /**
   * The business-hours functions (`message-us/hours.js`), when the page
   * loaded them. They are injected rather than imported so that the default
   * bundle does not carry them; without them, hours are ignored with a warning.
   */
  hours?: HoursSupport;
}

/** What {@link resolveView} needs of the business-hours module. */
export type HoursSupport = Pick<
  typeof Hours,
  'parseAvailability' | 'availabilityAt' | 'formatBack' | 'closedNowText'
>;

/** The warning when hours are set but the business-hours build is not loaded. */
export const HOURS_NOT_LOADED = DEV
  ? 'hours, timezone and closed-on need the business-hours build; they are ignored. Load dist/cdn/message-us-hours.js instead of dist/cdn/message-us.js, or import \'message-us/hours.js\'. Example: <script type="module" src="…/dist/cdn/message-us-hours.js"></script>'
  : coded('MU14', 'hours');

/** What an element does outside the business hours (`after-hours`). */
export type AfterHours = 'note' | 'fallback' | 'hide' | 'show';

/** Options read by {@link readOptions}: attribute name → usable value (unset ones are absent). */
export type OptionValues = Record<string, string | number | boolean>;

/** Everything a render needs. */
export interface View {
  result: OutcomeResult;
  strings: LocaleStrings;
  /** The link's `lang`, or '' for none. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Height at this scale, in CSS pixels. */
  height: number;
  /**
   * Private custom properties to set on the link (colours, height, radius,
   * font); the height and radius only where they differ from the defaults
   * of the elements' stylesheets.
   */
  tokens: Record<string, string>;
  /** The valid theme, set as a class on the link. */
  theme: string;
  /** The platform rendered for: `apple` where Messages works (or is previewed). */
  platform: 'apple' | 'other';
  /** The visible label (call to action on a banner). */
  label: string;
  /** The banner's supporting line, or '' for none. */
  context: string;
  /** The accessible description of a Messages link ("Opens Apple Messages"), or ''. */
  description: string;
  /** Button: only the glyph shows. Banner: always false. */
  iconOnly: boolean;
  /** Banner: glyph above the texts. */
  vertical: boolean;
  /** Whether the business is open now: always true without hours or with `after-hours="show"`. */
  open: boolean;
  /** The next opening or closing as an ISO string, or null when nothing changes. */
  next: string | null;
  /** The parsed hours to watch the clock for, or null when there are none to apply. */
  availability: AvailabilityConfig | null;
  /** The options as read. */
  values: OptionValues;
  /** The page's analytics tools to report clicks to (`analytics`), in call order. */
  analytics: AnalyticsTarget[];
  /** The GA4 event name (`analytics-event`), `generate_lead` when unset or invalid. */
  analyticsEvent: string;
  /** Problems worth a console warning, each naming its attribute with an example. */
  problems: string[];
  /**
   * Worth one `console.info` per page, or '': the element hides because
   * this device cannot open Apple Messages, which looks like a bug on a
   * developer's Linux or Windows machine.
   */
  hint: string;
}

/** The {@link View.hint} of an element hidden on a device without Apple Messages. */
export const UNAVAILABLE_HINT = DEV
  ? 'Apple Messages for Business does not open on this device, so message-us elements with unsupported="hide" (the default) are hidden here, and on Android and Windows. To preview the Messages link, add platform="apple"; to show a fallback on such devices, add unsupported="fallback" phone="+12163954902".'
  : coded('MU20', 'unsupported="hide"');

const anything = () => true;

/**
 * Reads the boolean rule every boolean attribute follows: present means on,
 * except the literal `false` (any case, trimmed); absent means the default.
 *
 * @param input - The attribute (`''` when present without a value) or property.
 * @param fallback - The value when absent.
 * @returns The boolean.
 * @example parseBoolean('', false) // true
 * @example parseBoolean('FALSE', true) // false
 * @example parseBoolean(null, true) // true
 */
export function parseBoolean(input: unknown, fallback: boolean): boolean {
  if (input == null) return fallback;
  if (typeof input === 'boolean') return input;
  return toText(input).trim().toLowerCase() !== 'false';
}

/**
 * Reads one option's raw value by its kind.
 *
 * @param option - The schema row.
 * @param input - The attribute or property value; null/undefined is unset.
 * @param env - The colour and font judges.
 * @returns The usable value (undefined when unset or unusable) and the problem, if any.
 */
export function readOption(
  option: OptionSpec,
  input: unknown,
  env: Pick<ViewEnv, 'isColor' | 'isFontFamily'> = {},
  fallback = option.default
): {value: string | number | boolean | undefined; problem?: string} {
  const {attribute, kind} = option;
  if (input == null) return {value: fallback};
  switch (kind) {
    case 'enum':
      return parseEnum(attribute, input, option.values!, fallback as string);
    case 'number':
      return parseScale(input);
    case 'boolean':
      return {value: parseBoolean(input, option.default as boolean)};
    case 'verbatim': {
      const value = toText(input);
      return {value: value || undefined};
    }
  }
  const value = toText(input).trim();
  if (!value) return {value: undefined};
  if (kind === 'text') return {value};
  const judge = (kind === 'color' ? env.isColor : env.isFontFamily) ?? anything;
  if (judge(value)) return {value};
  return {
    value: undefined,
    problem: DEV
      ? `${attribute}="${preview(value)}" is not a CSS ${kind === 'color' ? 'colour' : 'font-family list'}; using the theme's. Example: ${attribute}="${option.example}"`
      : coded('MU07', shown(attribute, value)),
  };
}

/**
 * Reads every option of an element: its own value first, else the page's
 * default for that attribute, else the schema's default.
 *
 * @param tag - The element.
 * @param props - Property name → value (as the element holds them).
 * @param env - Colour and font judges, and page-level defaults.
 * @returns The values by attribute name and the problems found.
 */
export function readOptions(
  tag: Tag,
  props: Readonly<Record<string, unknown>>,
  env: Pick<ViewEnv, 'isColor' | 'isFontFamily' | 'defaults'> = {}
): {values: OptionValues; problems: string[]} {
  const values: OptionValues = {};
  const problems: string[] = [];
  const raw = (option: OptionSpec) => props[option.property] ?? env.defaults?.[option.attribute];
  // `unsupported` has no fixed default: a banner with a phone falls back to
  // a call, as Apple's banner does.
  const phone = optionsFor(tag).find((option) => option.attribute === 'phone')!;
  const withPhone = toText(raw(phone) ?? '').trim() ? TAG_SPECS[tag].withPhone : 'hide';
  for (const option of optionsFor(tag)) {
    const input = raw(option);
    const fallback = option.attribute === 'unsupported' ? withPhone : option.default;
    const {value, problem} = readOption(option, input, env, fallback);
    if (problem) problems.push(problem);
    if (value !== undefined) values[option.attribute] = value;
  }
  return {values, problems};
}

/**
 * Decides what an element renders: the link (Messages or a fallback, see
 * `resolveOutcome()`), its label, language, direction, size, colours and
 * shape, and the problems to warn about.
 *
 * @param tag - `message-us-button` or `message-us-banner`.
 * @param props - The element's properties by property name (`businessId`, …).
 * @param env - What the element knows about the page; see {@link ViewEnv}.
 * @returns The view. Never throws for any props.
 * @example
 * resolveView('message-us-button', {businessId: '22222222-dddd-4444-bbbb-777777777777'},
 *   {supportsMessages: true, isApple: true, lang: 'de', dir: null}).label
 * // 'Schreiben Sie uns'
 */
export function resolveView(
  tag: Tag,
  props: Readonly<Record<string, unknown>>,
  env: ViewEnv
): View {
  const {values, problems} = readOptions(tag, props, env);
  const get = (attribute: string) => values[attribute] as string | undefined;

  // Routing values reach the core as written: it trims intent and group
  // itself, and warns about the whitespace it removed.
  const routed = (property: string, attribute: string) => {
    const value = props[property] ?? env.defaults?.[attribute];
    return value == null ? undefined : toText(value);
  };
  const routing = {
    businessId: routed('businessId', 'business-id'),
    intent: routed('intent', 'intent'),
    group: routed('group', 'group'),
    body: get('body'),
  };
  for (const {field, message} of validateMessagesOptions(routing)) {
    // The core names options by property; page authors write attributes.
    // Its first word in the full text, its first after the code in the short.
    problems.push(field === 'businessId' ? message.replace(field, 'business-id') : message);
  }

  // Business hours. `show` ignores them: nothing is parsed, nothing warned.
  const afterHours = get('after-hours') as AfterHours;
  const hasTarget = Boolean(get('phone') || get('fallback-href'));
  let availability: AvailabilityConfig | null = null;
  const hours = env.hours;
  const wantsHours = Boolean(get('hours') || get('timezone') || get('closed-on'));
  if (afterHours !== 'show' && wantsHours && !hours) problems.push(HOURS_NOT_LOADED);
  if (afterHours !== 'show' && hours) {
    const parsed = hours.parseAvailability({
      hours: get('hours'),
      timeZone: get('timezone'),
      closedOn: get('closed-on'),
    });
    problems.push(...parsed.problems);
    availability = parsed.config;
    if (availability && afterHours === 'fallback' && !hasTarget) {
      problems.push(
        DEV
          ? 'after-hours="fallback" needs a fallback target; the element hides outside the hours. Example: phone="+12163954902" or fallback-href="https://example.com/contact"'
          : coded('MU13', 'after-hours="fallback"')
      );
    }
  }
  const now = env.now ?? Date.now();
  const {open, next} =
    availability && hours
      ? hours.availabilityAt(availability, new Date(now))
      : {open: true, next: null};
  // Outside the hours, `fallback` and `hide` treat Messages as unavailable.
  const away = !open && (afterHours === 'fallback' || afterHours === 'hide');

  const previewed = get('platform');
  const supported = previewed === 'auto' ? env.supportsMessages : previewed === 'apple';
  const apple = previewed === 'auto' ? env.isApple : previewed === 'apple';
  const result = resolveOutcome({
    ...routing,
    supported: supported && !away,
    apple,
    unsupported: (!away
      ? get('unsupported')
      : afterHours === 'fallback' && hasTarget
        ? 'fallback'
        : 'hide') as UnsupportedPolicy,
    phone: get('phone'),
    fallbackHref: get('fallback-href'),
    fallbackChannel: get('fallback-channel') as FallbackChannel,
    baseUrl: env.baseUrl,
  });
  problems.push(...result.problems);

  // Analytics: which of the page's own tools a click reports to, and the
  // GA4 event name (read even without `ga4`, so a bad name is reported
  // before someone adds `ga4` and wonders where the events went).
  const analytics = parseAnalytics(get('analytics'));
  problems.push(...analytics.problems);
  const analyticsEvent = parseAnalyticsEvent(get('analytics-event'));
  if (analyticsEvent.problem) problems.push(analyticsEvent.problem);

  const pageLang = env.lang;
  const locale = resolveLocale(pageLang);
  const strings = localeStrings(locale);
  // Where the labels fell back to another locale (English for `ps`), the
  // link says so, and a screen reader does not read English with a Pashto voice.
  const labelLang =
    locale.split('-')[0] === pageLang.split(/[-_]/)[0].toLowerCase() ? pageLang : locale;

  const messages = result.channel === 'messages';
  const banner = tag === 'message-us-banner';
  const custom = (messages ? (banner && get('cta')) || get('label') : get('fallback-label')) ?? '';
  const label = custom || (messages ? strings.presets[get('preset') as 'message-us'] : '');
  const fallbackLabel = {
    phone: strings.call,
    sms: strings.sms,
    whatsapp: strings.whatsapp,
    web: strings.web,
  };
  const height = BASE_HEIGHT * (values.scale as number);
  const shape = get('shape');

  const tokens: Record<string, string> = {'--_h': `${height}px`};
  for (const option of optionsFor(tag)) {
    const value = get(option.attribute);
    if (option.token && value) tokens[option.token] = value;
  }
  // A chosen background takes the theme's outline with it, unless the page
  // sets --message-us-border-color (inline tokens would otherwise win).
  if (tokens['--_bg']) tokens['--_border'] = `var(--message-us-border-color, ${tokens['--_bg']})`;
  if (banner) {
    tokens['--_radius'] = values.rounded ? `var(--message-us-radius, ${height * 0.25}px)` : '0';
  } else {
    const ratio = {rounded: 0.22, pill: 0.5, square: 0, circle: 0.5}[shape as 'rounded'];
    tokens['--_radius'] = `${height * ratio}px`;
  }
  // The elements' stylesheets set the height and radius of the default
  // scale and shape (44px; 9.68px, or a banner's 11px): a link at the
  // defaults carries no inline style, and engines share the computed style
  // of elements without one (1,000 buttons rendered about 30% faster in
  // WebKit; bench/README.md).
  if (height === BASE_HEIGHT && (banner ? values.rounded : shape === 'rounded')) {
    delete tokens['--_h'];
    delete tokens['--_radius'];
  }

  // The after-hours note: in the banner's context line when it shows the
  // Messages call to action, else in the link's accessible description.
  const note =
    open || afterHours !== 'note' || !hours
      ? ''
      : next
        ? hours.formatBack(next, {locale: pageLang, timeZone: env.timeZone, now: new Date(now)})
        : hours.closedNowText(pageLang);
  const noteInContext = banner && messages && note !== '';
  const description = [messages ? strings.opensIn : '', noteInContext ? '' : note]
    .filter(Boolean)
    .join('. ');

  return {
    result,
    strings,
    lang: custom ? pageLang : labelLang,
    // The layout follows the page, whatever language the labels are in.
    dir: env.dir ?? (isRtl(pageLang) ? 'rtl' : 'ltr'),
    height,
    tokens,
    theme: get('theme')!,
    platform: supported ? 'apple' : 'other',
    label:
      label ||
      (result.channel && result.channel !== 'messages' ? fallbackLabel[result.channel] : ''),
    // A fallback banner shows the number it dials or texts; a web fallback
    // has no number to show, even when a (non-chosen) phone is set.
    context: !banner
      ? ''
      : noteInContext
        ? note
        : messages
          ? (get('context') ?? strings.bannerContext)
          : result.phone
            ? get('phone')!
            : '',
    description,
    iconOnly: !banner && (values['icon-only'] === true || shape === 'circle'),
    vertical: get('orientation') === 'vertical',
    open,
    next: next?.toISOString() ?? null,
    availability,
    analytics: analytics.targets,
    analyticsEvent: analyticsEvent.name,
    values,
    problems,
    // Only for the detected platform: platform="other" is a deliberate preview.
    hint:
      result.outcome === 'hidden' && previewed === 'auto' && get('unsupported') === 'hide'
        ? UNAVAILABLE_HINT
        : '',
  };
}
