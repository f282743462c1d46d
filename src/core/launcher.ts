/**
 * What `<message-us-launcher>` decides: which of its options its
 * departments inherit, how its own options read, whether it shows at all,
 * and where the hand-off to a phone applies. Pure: the element gathers the
 * page (children's outcomes, platform, language) and passes it in.
 */
import type {OperatingSystem} from './types.js';
import {isRtl, localeStrings, resolveLocale} from './i18n.js';
import type {Outcome} from './outcome.js';
import {optionsFor, type OptionSpec} from './schema.js';
import {readOptions, type OptionValues, type ViewEnv} from './view.js';

const LAUNCHER = 'message-us-launcher';

/** Corners of the page, in logical terms: `end` is the right in a left-to-right page. */
export type LauncherPosition = 'bottom-end' | 'bottom-start' | 'top-end' | 'top-start';

// A department names itself: the launcher's label texts are its own.
const OWN = new Set(['preset', 'label', 'fallback-label']);

/**
 * The launcher's options its departments read as defaults: every option a
 * department has too, except the label texts, so `business-id`, `body`,
 * the fallbacks, the hours, analytics, theme and platform are written once
 * on the launcher.
 *
 * @example inheritedOptions().map((o) => o.attribute).includes('business-id') // true
 * @example inheritedOptions().map((o) => o.attribute).includes('label') // false
 */
export function inheritedOptions(): OptionSpec[] {
  const button = new Set(optionsFor('message-us-button'));
  return optionsFor(LAUNCHER).filter((option) => button.has(option) && !OWN.has(option.attribute));
}

/**
 * The defaults a department reads: the page's (`<meta name="message-us:…">`),
 * overlaid with what is set on the launcher. The department's own
 * attributes still win, so the order is own → launcher → page → schema.
 *
 * @param props - The launcher's properties by property name; null and undefined are unset.
 * @param page - The page-level defaults by attribute name.
 * @returns Defaults by attribute name.
 * @example
 * departmentDefaults({businessId: 'X', label: 'Help'}, {body: 'Hi'})
 * // {body: 'Hi', 'business-id': 'X'}
 */
export function departmentDefaults(
  props: Readonly<Record<string, unknown>>,
  page: Readonly<Record<string, string>> = {}
): Record<string, string> {
  const defaults: Record<string, string> = {...page};
  for (const {property, attribute} of inheritedOptions()) {
    const value = props[property];
    if (value != null) defaults[attribute] = String(value);
  }
  return defaults;
}

/**
 * The caption under a hand-off QR code, by primary language; English
 * elsewhere. A page writes its own with `handoff-label`.
 */
export const HANDOFF_CAPTIONS: Readonly<Record<string, string>> = {
  en: 'Scan with your iPhone’s camera',
  de: 'Mit der Kamera Ihres iPhone scannen',
  fr: 'Scannez avec l’appareil photo de votre iPhone',
  es: 'Escanea con la cámara de tu iPhone',
  it: 'Inquadra con la fotocamera del tuo iPhone',
};

/** What a launcher shows, decided from its options and the page. */
export interface LauncherView {
  /** The options as read, by attribute name. */
  values: OptionValues;
  /** Problems worth a console warning. */
  problems: string[];
  /** The toggle's accessible name: `label`, else the preset in the page's language. */
  label: string;
  /** The panel's title: `heading`, else the label. */
  heading: string;
  /** The line under the title, or ''. */
  greeting: string;
  /** The caption of the hand-off QR codes. */
  caption: string;
  /** The language of the default texts, or '' when they follow the page. */
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: string;
  position: LauncherPosition;
  /** Private custom properties for the toggle's colours. */
  tokens: Record<string, string>;
}

/**
 * Reads a launcher's own options with its panel of departments: labels,
 * heading, greeting, direction, corner and colours. Routing is left to the
 * departments, which report their own problems, so a launcher that holds
 * no `business-id` (its departments or the page do) is not a mistake.
 *
 * @param props - The launcher's properties by property name.
 * @param env - Language, direction, CSS judges and page-level defaults.
 * @returns The view.
 * @example
 * resolveLauncher({greeting: 'Hi!'}, {lang: 'de', dir: null}).heading // 'Schreiben Sie uns'
 */
export function resolveLauncher(
  props: Readonly<Record<string, unknown>>,
  env: Pick<ViewEnv, 'lang' | 'dir' | 'isColor' | 'isFontFamily' | 'defaults'>
): LauncherView {
  const {values, problems} = readOptions(LAUNCHER, props, env);
  const get = (attribute: string) => values[attribute] as string | undefined;
  const locale = resolveLocale(env.lang);
  const language = locale.split('-')[0];
  // Default texts in another language than the page's say so (`lang`).
  const lang = language === env.lang.split(/[-_]/)[0].toLowerCase() ? '' : locale;
  const label = get('label') ?? localeStrings(locale).presets[get('preset') as 'message-us'] ?? '';
  const tokens: Record<string, string> = {};
  for (const option of optionsFor(LAUNCHER)) {
    const value = get(option.attribute);
    if (option.token && value) tokens[option.token] = value;
  }
  if (tokens['--_bg']) tokens['--_border'] = `var(--message-us-border-color, ${tokens['--_bg']})`;
  return {
    values,
    problems,
    label,
    heading: get('heading') ?? label,
    greeting: get('greeting') ?? '',
    caption: get('handoff-label') ?? HANDOFF_CAPTIONS[language] ?? HANDOFF_CAPTIONS.en,
    lang: get('label') && get('heading') ? '' : lang,
    dir: env.dir ?? (isRtl(env.lang) ? 'rtl' : 'ltr'),
    theme: get('theme')!,
    position: get('position') as LauncherPosition,
    tokens,
  };
}

/**
 * Whether a device is a computer, from which a visitor can scan a QR code
 * with a phone: Windows, Linux, ChromeOS, and a Mac too old for Messages
 * links. Phones and tablets cannot scan their own screen.
 *
 * @param os - From `detectPlatform()`.
 * @example isHandoffDevice('windows') // true
 * @example isHandoffDevice('android') // false
 */
export function isHandoffDevice(os: OperatingSystem): boolean {
  return os === 'windows' || os === 'linux' || os === 'chromeos' || os === 'macos';
}

/** What the launcher knows of one department. */
export interface DepartmentState {
  outcome: Outcome;
  /** The Messages link to hand off as a QR code, or null for none. */
  handoff: string | null;
}

/**
 * What a launcher with departments reports as its own outcome: the best a
 * department reaches (`messages`, then `fallback`), `fallback` when only
 * hand-off codes show, else `hidden`, or `invalid` when every department
 * is. A launcher whose outcome is `hidden` or `invalid` renders nothing.
 *
 * @param departments - The departments, in order.
 * @returns The outcome.
 * @example launcherOutcome([{outcome: 'hidden', handoff: null}]) // 'hidden'
 * @example launcherOutcome([{outcome: 'hidden', handoff: 'https://bcrw.apple.com/urn:biz:…'}]) // 'fallback'
 */
export function launcherOutcome(departments: readonly DepartmentState[]): Outcome {
  const outcomes = departments.map((d) => d.outcome);
  if (outcomes.includes('messages')) return 'messages';
  if (outcomes.includes('fallback') || departments.some((d) => d.handoff)) return 'fallback';
  return outcomes.length && outcomes.every((o) => o === 'invalid') ? 'invalid' : 'hidden';
}
