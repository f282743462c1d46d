import {LitElement, type PropertyDeclarations, type PropertyValues} from 'lit';
import {normalizeBusinessId, validateMessagesOptions} from '../core/messages-url.js';
import {
  localeStrings,
  isRtl,
  resolveLocale,
  LABEL_PRESETS,
  type LabelPreset,
  type LocaleStrings,
} from '../core/i18n.js';
import {
  parseEnum,
  parseScale,
  preview,
  toText,
  BASE_HEIGHT,
  contrastProblem,
} from '../core/options.js';
import {
  resolveOutcome,
  FALLBACK_CHANNELS,
  UNSUPPORTED_POLICIES,
  type Channel,
  type FallbackChannel,
  type Outcome,
  type OutcomeResult,
  type UnsupportedPolicy,
} from '../core/outcome.js';
import {explicitDirOf, isCssColor, langOf, pagePlatform} from './environment.js';

export type PlatformPreview = 'auto' | 'apple' | 'other';
export type Theme = 'light' | 'dark' | 'auto';

const PLATFORMS: readonly PlatformPreview[] = ['auto', 'apple', 'other'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** `detail` of the `message-us-click` event. */
export interface MessageUsClickDetail {
  /** Where the link goes. */
  href: string;
  /** `messages`, or the fallback channel: `phone`, `sms`, `whatsapp`, `web`. */
  channel: Channel;
  /** The normalised (lower-case) business ID. */
  businessId: string;
  intent: string | null;
  group: string | null;
  /** The platform the element rendered for. */
  platform: 'apple' | 'other';
}

/** `detail` of the `message-us-outcome` event. */
export interface MessageUsOutcomeDetail {
  outcome: Outcome;
  channel: Channel | null;
  href: string | null;
}

/** What a render needs, derived from the properties in `willUpdate()`. */
export interface View {
  result: OutcomeResult;
  strings: LocaleStrings;
  /** The language of the default texts: the page's, or the locale they fell back to. */
  lang: string;
  /** The language that applies to the element (own, ancestor, document or browser); may be empty. */
  pageLang: string;
  dir: 'ltr' | 'rtl';
  /** Height of the control at this scale, in CSS pixels. */
  height: number;
  /** Valid colours, keyed by their private custom property (`--_bg`, …). */
  colors: Record<string, string>;
  /** The default label of the Messages link (preset in the resolved language). */
  presetLabel: string;
  /** The valid theme, set as a class on the link (so `theme="Light"` or junk cannot mismatch the CSS). */
  theme: Theme;
  /** The platform the element renders for: `apple` where Messages works (or is previewed). */
  platform: 'apple' | 'other';
}

/**
 * A text property as the attribute would hold it, trimmed: attributes are
 * strings, but a property set from script may hold a number (or null), and
 * calling `.trim()` on that would throw into the page.
 */
export function text(value: unknown): string {
  return value == null ? '' : toText(value).trim();
}

// Routing values for the core: converted like `text()`, but `body` keeps its
// whitespace (the core keeps it verbatim) and absent stays absent.
function raw(value: unknown): string | undefined {
  return value == null ? undefined : toText(value);
}

// One observer for the whole page, not one per element: a single-page app
// that switches `<html lang>` re-labels every connected element.
const connected = new Set<MessageUsElement>();
let langObserver: MutationObserver | undefined;

function watchDocumentLang(element: MessageUsElement, on: boolean): void {
  if (on) connected.add(element);
  else connected.delete(element);
  // Only connected elements get here, so there is a document (no SSR guard).
  if (connected.size && !langObserver) {
    langObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, {attributeFilter: ['lang', 'dir']});
  } else if (!connected.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

const pendingContrast = new Set<MessageUsElement>();

function flushContrast(): void {
  const elements = [...pendingContrast];
  pendingContrast.clear();
  for (const element of elements) element.runContrastCheck();
}

const HOST_ATTRIBUTES = ['lang', 'dir'];

/**
 * What `<message-us-button>` and `<message-us-banner>` share: routing,
 * platform, fallback, language, theme and scale; the outcome decision; the
 * click and outcome events; and the warnings for bad configuration.
 *
 * Not registered as an element of its own.
 */
export abstract class MessageUsElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override properties: PropertyDeclarations = {
    businessId: {attribute: 'business-id'},
    intent: {},
    group: {},
    body: {},
    phone: {},
    fallbackHref: {attribute: 'fallback-href'},
    fallbackChannel: {attribute: 'fallback-channel', reflect: true, useDefault: true},
    unsupported: {reflect: true},
    platform: {reflect: true, useDefault: true},
    label: {},
    fallbackLabel: {attribute: 'fallback-label'},
    preset: {reflect: true, useDefault: true},
    theme: {reflect: true, useDefault: true},
    scale: {reflect: true, useDefault: true},
  };

  /** Apple business ID (UUID) from Apple Business Register. Required. */
  declare businessId: string | undefined;
  /** `biz-intent-id`: the purpose of the conversation, e.g. `account_question`. */
  declare intent: string | undefined;
  /** `biz-group-id`: the team that should answer, e.g. `billing_department`. */
  declare group: string | undefined;
  /** Text prefilled in the customer's compose field (also SMS and WhatsApp fallbacks). */
  declare body: string | undefined;
  /** Phone number in international format for the fallback, e.g. `+12163954902`. */
  declare phone: string | undefined;
  /** http(s) page for the web fallback, e.g. `https://example.com/contact`. */
  declare fallbackHref: string | undefined;
  /** Which fallback to render: `auto` (phone, else web), `phone`, `sms`, `whatsapp` or `web`. */
  declare fallbackChannel: FallbackChannel;
  /**
   * Where Apple Messages for Business is unavailable: `hide`, `fallback` or
   * `show` (always the Messages link). Unset means `hide`, except for a
   * banner with a `phone`, which falls back to a call as Apple's banner does.
   */
  declare unsupported: UnsupportedPolicy | undefined;
  /** `auto` detects the device; `apple` and `other` preview either world. */
  declare platform: PlatformPreview;
  /** Free text that replaces the default label. */
  declare label: string | undefined;
  /** Free text that replaces the default label of a fallback link. */
  declare fallbackLabel: string | undefined;
  /** Apple's standard title: `message-us`, `get-help`, `ask-a-question` or `contact-an-agent`. */
  declare preset: LabelPreset;
  /** `dark` (black), `light` (white) or `auto` (follows `prefers-color-scheme`). */
  declare theme: Theme;
  /** Size multiplier; the height is kept within Apple's 40–150 px. */
  declare scale: number | string;

  /** @internal */
  protected view!: View;
  private _warned = new Set<string>();
  private _announced = '';

  constructor() {
    super();
    this.fallbackChannel = 'auto';
    this.platform = 'auto';
    this.preset = 'message-us';
    this.theme = 'dark';
    this.scale = 1;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...HOST_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` and `dir` are the page's own attributes, not properties of ours,
    // but the label and layout depend on them.
    if (HOST_ATTRIBUTES.includes(name)) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchDocumentLang(this, true);
    // A moved element may now sit under another `lang` or `dir`; Lit itself
    // does not re-render on reconnection.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchDocumentLang(this, false);
  }

  /** What the element reached: `messages`, `fallback`, `hidden` or `invalid`. */
  get outcome(): Outcome {
    return this.view?.result.outcome ?? 'hidden';
  }

  /** Where the rendered link goes, or null when nothing is rendered. */
  get href(): string | null {
    return this.view?.result.href ?? null;
  }

  /** The channel of the rendered link, or null when nothing is rendered. */
  get channel(): Channel | null {
    return this.view?.result.channel ?? null;
  }

  /** The default `unsupported` policy when the attribute is not set. */
  protected defaultPolicy(): UnsupportedPolicy {
    return 'hide';
  }

  /** Colour attributes of the element, as `[attribute, value, private property]`. */
  protected abstract colorAttributes(): Array<[string, unknown, string]>;

  /**
   * Derives the subclass's own options (once per update, in `willUpdate()`,
   * for `render()` to read) and returns the problems found.
   */
  protected abstract checkOwnOptions(): string[];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.view = this.deriveView();
    } catch (error) {
      // The core does not throw for the values it is given here; this is the
      // last line that keeps any surprise out of the host page.
      this.view = {
        ...this.view,
        result: {outcome: 'invalid', channel: null, href: null, phone: null, problems: []},
      };
      this.warn(`could not render: ${String(error)}`);
    }
  }

  private deriveView(): View {
    const problems: string[] = [];
    const pick = <T>(parsed: {value: T; problem?: string}) => {
      if (parsed.problem) problems.push(parsed.problem);
      return parsed.value;
    };
    const preset = pick(parseEnum('preset', this.preset, LABEL_PRESETS, 'message-us'));
    const theme = pick(parseEnum('theme', this.theme, THEMES, 'dark'));
    const platform = pick(parseEnum('platform', this.platform, PLATFORMS, 'auto'));
    const fallbackChannel = pick(
      parseEnum('fallback-channel', this.fallbackChannel, FALLBACK_CHANNELS, 'auto')
    );
    const policy = pick(
      parseEnum('unsupported', this.unsupported, UNSUPPORTED_POLICIES, this.defaultPolicy())
    );
    const scale = pick(parseScale(this.scale));

    const colors: Record<string, string> = {};
    for (const [attribute, value, token] of this.colorAttributes()) {
      const color = text(value);
      if (!color) continue;
      if (isCssColor(color)) colors[token] = color;
      else
        problems.push(
          `${attribute}="${preview(color)}" is not a CSS colour; using the theme's. Example: ${attribute}="#1b3f68"`
        );
    }
    // A chosen background takes the theme's outline with it, unless the page
    // sets --message-us-border-color (inline tokens would otherwise win).
    if (colors['--_bg']) colors['--_border'] = `var(--message-us-border-color, ${colors['--_bg']})`;

    // The core's routing messages start with the option's property name;
    // page authors write attributes, so name the attribute instead.
    const routing = {
      businessId: raw(this.businessId),
      intent: raw(this.intent),
      group: raw(this.group),
      body: raw(this.body),
    };
    for (const {field, message} of validateMessagesOptions(routing)) {
      problems.push(field === 'businessId' ? `business-id${message.slice(field.length)}` : message);
    }

    const apple = platform === 'auto' ? pagePlatform().isApple : platform === 'apple';
    const supported = platform === 'auto' ? pagePlatform().supportsMessages : platform === 'apple';
    const result = resolveOutcome({
      ...routing,
      supported,
      apple,
      unsupported: policy,
      phone: this.phone,
      fallbackHref: this.fallbackHref,
      fallbackChannel,
      baseUrl: document.baseURI,
    });
    problems.push(...result.problems, ...this.checkOwnOptions());
    problems.forEach((p) => this.warn(p));

    const pageLang = langOf(this);
    const locale = resolveLocale(pageLang);
    const strings = localeStrings(locale);
    return {
      result,
      strings,
      // Where the labels had to fall back to another locale (English for
      // `ps`, or for no usable language at all), the link says so, and a
      // screen reader does not read English with a Pashto voice.
      lang: locale.split('-')[0] === pageLang.split(/[-_]/)[0].toLowerCase() ? pageLang : locale,
      pageLang,
      // The layout follows the page, whatever language the labels are in.
      dir: explicitDirOf(this) ?? (isRtl(pageLang) ? 'rtl' : 'ltr'),
      height: BASE_HEIGHT * scale,
      colors,
      presetLabel: strings.presets[preset],
      theme,
      platform: supported ? 'apple' : 'other',
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const {outcome, channel, href} = this.view.result;
    const key = `${outcome} ${channel} ${href}`;
    if (key !== this._announced) {
      this._announced = key;
      const detail: MessageUsOutcomeDetail = {outcome, channel, href};
      this.dispatchEvent(
        new CustomEvent('message-us-outcome', {detail, bubbles: true, composed: true})
      );
    }
    this.checkContrast();
  }

  /**
   * Warns when explicit colours give text below 4.5:1. Read from computed
   * style, so every CSS colour syntax is judged, and only when the author
   * chose colours: the themes' defaults are known to pass 7:1.
   */
  private checkContrast(): void {
    if (!this.contrastAttributes()) return;
    // Reading computed style between renders forces a style recalculation
    // per element (WebKit took 6.8 s for 1,000 coloured buttons); queued,
    // all checks of a page run in one task after one recalculation.
    pendingContrast.add(this);
    if (pendingContrast.size === 1) setTimeout(flushContrast);
  }

  /** @internal Runs a queued contrast check. */
  runContrastCheck(): void {
    const attributes = this.contrastAttributes();
    const base = this.renderRoot.querySelector('a');
    if (!attributes || !base || !this.isConnected) return;
    const style = getComputedStyle(base);
    const problem = contrastProblem(attributes, style.color, style.backgroundColor);
    if (problem) this.warn(problem);
  }

  /**
   * The element's text and background colour attributes when the author set
   * either (their contrast is then checked), else null.
   */
  protected abstract contrastAttributes(): [foreground: string, background: string] | null;

  /** One warning per distinct problem per element, prefixed so it is easy to find. */
  protected warn(message: string): void {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`[message-us] <${this.localName}> ${message}`);
  }

  /** Dispatches `message-us-click`; a listener's `preventDefault()` stops the navigation. */
  protected handleClick(event: MouseEvent): void {
    // Only a rendered link can be clicked, and a link is rendered only with
    // a channel and an href.
    const {channel, href} = this.view.result as {channel: Channel; href: string};
    const detail: MessageUsClickDetail = {
      href,
      channel,
      businessId: normalizeBusinessId(raw(this.businessId))!,
      intent: text(this.intent) || null,
      group: text(this.group) || null,
      platform: this.view.platform,
    };
    const proceed = this.dispatchEvent(
      new CustomEvent('message-us-click', {detail, bubbles: true, composed: true, cancelable: true})
    );
    if (!proceed) event.preventDefault();
  }

  /** The author's label for the current outcome (`label` or `fallback-label`), or ''. */
  protected customLabel(): string {
    return text(this.view.result.channel === 'messages' ? this.label : this.fallbackLabel);
  }

  /**
   * The `lang` of the link: the page's when its main text is the author's
   * own, else the language of the default texts. Empty means none.
   */
  protected linkLang(custom: boolean): string {
    return custom ? this.view.pageLang : this.view.lang;
  }

  /** The visible label for the current outcome. */
  protected labelFor(): string {
    const {result, strings, presetLabel} = this.view;
    const custom = this.customLabel();
    if (custom) return custom;
    switch (result.channel) {
      case 'phone':
        return strings.call;
      case 'sms':
        return strings.sms;
      case 'whatsapp':
        return strings.whatsapp;
      case 'web':
        return strings.web;
      default:
        return presetLabel;
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'message-us-click': CustomEvent<MessageUsClickDetail>;
    'message-us-outcome': CustomEvent<MessageUsOutcomeDetail>;
  }
}
