import {coded, DEV} from '../core/dev.js';
import {
  LitElement,
  html,
  isServer,
  nothing,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import {normalizeBusinessId} from '../core/messages-url.js';
import {toText} from '../core/options.js';
import type {Channel, Outcome} from '../core/outcome.js';
import {
  optionsFor,
  suggestAttribute,
  TAG_SPECS,
  type PropertiesOf,
  type Tag,
} from '../core/schema.js';
import {
  parseBoolean,
  resolveView,
  type HoursSupport,
  type View,
  type ViewEnv,
} from '../core/view.js';
import {glyphName, glyphPath} from './icon.js';
import {reportClick} from './analytics.js';
import {hintOnce} from './hint.js';
import {setState} from './states.js';
import {renderInTurn} from './render-queue.js';
import type {MessageUsAvailabilityDetail} from './availability.js';
import {ContrastController, PageController, defaultsFor, parentOf} from './controllers.js';
import {isCssColor, isCssFontFamily, langAndDirOf, pagePlatform} from './environment.js';
import {tokens} from './tokens.js';

export type {View} from '../core/view.js';
export type {MessageUsAvailabilityDetail} from './availability.js';
export type PlatformPreview = 'auto' | 'apple' | 'other';
export type Theme = 'light' | 'dark' | 'auto';

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
  /**
   * How the link was activated: `click` (primary button, touch, or
   * `element.click()`), `auxclick` (middle button, which opens a new tab) or
   * `keyboard` (Enter).
   */
  activation: Activation;
}

/** How a link was activated; see {@link MessageUsClickDetail.activation}. */
export type Activation = 'click' | 'auxclick' | 'keyboard';

const ACTIVATIONS = ['click', 'auxclick', 'keydown', 'mousedown'];

/**
 * The nearest `<a href>` or `<button>` around an element, in the composed
 * tree: through the slot it is assigned to, and out of shadow roots.
 */
function interactiveAncestor(element: Element): Element | null {
  for (let node = parentOf(element); node; node = parentOf(node)) {
    if ((node.localName === 'a' && node.hasAttribute('href')) || node.localName === 'button') {
      return node;
    }
  }
  return null;
}

// Equal options in an equal environment give an equal view, and a page of
// many buttons mostly repeats one configuration: the view is decided once
// per distinct configuration and shared (views are never modified). Per set
// of page defaults, since those change together (a meta edit makes a new
// object); not when business hours apply, since the view then depends on
// the time.
const HOURS_OPTIONS = [
  ['hours', 'hours'],
  ['timezone', 'timezone'],
  ['closedOn', 'closed-on'],
] as const;
const views = new WeakMap<object, Map<string, View>>();
/** Views held by the cache above, so possibly shown by many elements. */
const sharedViews = new WeakSet<View>();

// What a shared view rendered to, per element tag and variant (inside a
// page's link or not), without the inline custom properties: the first
// element renders it with Lit, the next ones with that view clone it, one
// deep copy instead of a template instance with its dozen bindings. Their
// later renders go through Lit (see render()).
const rendered = new WeakMap<View, Map<string, DocumentFragment>>();
const NO_DEFAULTS = {};

function sharedView(tag: Tag, props: Record<string, unknown>, env: ViewEnv): View {
  if (
    env.hours &&
    HOURS_OPTIONS.some(([p, a]) => toText(props[p] ?? env.defaults?.[a] ?? '').trim())
  ) {
    return resolveView(tag, props, env);
  }
  const values = Object.values(props);
  for (const value of values) {
    const type = typeof value;
    // Objects set as properties are read by the core through their text,
    // and JSON would write NaN as null: neither is shared.
    if (
      type === 'object'
        ? value !== null
        : type === 'number'
          ? !Number.isFinite(value)
          : type !== 'string' && type !== 'boolean' && type !== 'undefined'
    ) {
      return resolveView(tag, props, env);
    }
  }
  // Unset properties are undefined or null, which the view reads alike.
  const key = JSON.stringify([
    tag,
    env.supportsMessages,
    env.isApple,
    env.lang,
    env.dir,
    env.baseUrl,
    !env.hours,
    values,
  ]);
  let cache = views.get(env.defaults ?? NO_DEFAULTS);
  if (!cache) views.set(env.defaults ?? NO_DEFAULTS, (cache = new Map()));
  let view = cache.get(key);
  if (!view) {
    // A page that generates endless distinct configurations keeps the
    // cache small rather than growing it without bound.
    if (cache.size > 100) cache.clear();
    cache.set(key, (view = resolveView(tag, props, env)));
    sharedViews.add(view);
  }
  return view;
}

/** `detail` of the `message-us-outcome` event. */
export interface MessageUsOutcomeDetail {
  outcome: Outcome;
  channel: Channel | null;
  href: string | null;
}

/** Lit property declarations for an element's options, read from the schema. */
export function propertiesOf(tag: Tag): PropertyDeclarations {
  return Object.fromEntries(
    optionsFor(tag).map((option) => [
      option.property,
      option.kind === 'boolean'
        ? // One rule for every boolean: present means true, except "false".
          // Removed means unset (null), so a page default can still apply.
          {attribute: option.attribute, converter: toBoolean}
        : {attribute: option.attribute},
    ])
  );
}

const toBoolean = {
  fromAttribute: (value: string | null) => (value === null ? null : parseBoolean(value, true)),
};

const HOST_ATTRIBUTES = ['lang', 'dir'];

/** What `message-us/hours.js` plugs in. */
export interface HoursBuild {
  /** The business-hours functions the view needs. */
  support: HoursSupport;
  /** The page clock's time (fixed in tests). */
  now(): number;
  /** Watches the clock for one element. */
  attach(element: MessageUsElement): void;
}

// Business hours are an optional build: the default bundle does not carry
// the parser, the time-zone arithmetic and the "Back Monday" texts of 37
// locales (about 4 KB brotli) for pages that set no hours.
let hoursBuild: HoursBuild | undefined;

/**
 * Turns business hours on for every element created from now on (and
 * re-renders the connected ones). Called by `message-us/hours.js`.
 *
 * @param build - The hours functions, clock and per-element watcher.
 */
export function enableHours(build: HoursBuild): void {
  hoursBuild = build;
  if (isServer) return;
  for (const element of Array.from(
    document.querySelectorAll('message-us-button, message-us-banner')
  )) {
    if (element instanceof MessageUsElement) {
      build.attach(element);
      element.requestUpdate();
    }
  }
}

// On a server nothing can be detected: render the Messages link (or what
// the page's policy gives for it), and let the browser correct it on hydration.
/**
 * The environment of a server render, also used by the browser's first render
 * of a server-rendered element (`message-us/hydrate-support.js`), which must match it.
 *
 * @param element - The element.
 * @returns The environment.
 */
export function serverEnv(element: Element): ViewEnv {
  return {
    supportsMessages: true,
    isApple: true,
    lang: element.getAttribute('lang') ?? '',
    dir: null,
  };
}

/**
 * What `<message-us-button>` and `<message-us-banner>` share: the options
 * (declared once, in the schema), the decision of what to render (the
 * core's `resolveView()`), the link with its glyph and description, the
 * click and outcome events, and the warnings for bad configuration.
 *
 * Not registered as an element of its own.
 *
 * @fires {CustomEvent<MessageUsClickDetail>} message-us-click - When the link is activated. Cancelable: `preventDefault()` stops the navigation.
 * @fires {CustomEvent<MessageUsOutcomeDetail>} message-us-outcome - When what the element shows is decided or changes.
 * @fires {CustomEvent<MessageUsAvailabilityDetail>} message-us-availability - When the business opens or closes (and once at first when there are hours).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class MessageUsElement extends LitElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The tag whose schema rows this class reads. */
  static readonly tag: Tag;

  /** @internal What the last update decided; read by render() and the getters. */
  view?: View;
  private _warned = new Set<string>();
  private _announced = '';
  private _statesOf?: Outcome;
  /** What the next click on the link comes from, as its keydown or mousedown said. */
  private _via: Activation = 'click';
  /** The page's link or button this element sits inside, if any; see connectedCallback. */
  private _outer: Element | null = null;
  /** The render root was made by this element, not by a server (declarative shadow DOM). */
  private _fresh = false;
  /** The shadow content is a copy (see `rendered`), not Lit's. */
  private _copied = false;
  /** The copied link had focus when Lit's render replaced it. */
  private _refocus = false;
  /** The shadow root waits for the first render (see createRenderRoot). */
  private _lazy = false;

  constructor() {
    super();
    new PageController(this);
    new ContrastController(this);
    hoursBuild?.attach(this);
    // `element.click()` on the host, or a click dispatched at it, activates
    // the link as it would a native button; a click from inside the shadow
    // root (the link itself) is not forwarded again.
    this.addEventListener('click', (event) => {
      if (event.composedPath()[0] === this) this.renderRoot.querySelector('a')?.click();
    });
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...HOST_ATTRIBUTES];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` and `dir` are the page's own attributes, not properties of ours
    // (a Lit property would shadow the native ones), but the label and
    // layout depend on them.
    if (HOST_ATTRIBUTES.includes(name)) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.checkAttributeNames();
    // Inside a page's `<a href>` or `<button>` (a chat vendor's widget
    // wrapping Apple's container in its own link), a link of ours would be
    // a second control and a second tab stop in one, and invalid HTML: the
    // element renders the same look without a link, and reports the outer
    // control's activations as its own.
    this._outer = interactiveAncestor(this);
    if (this._outer) {
      for (const type of ACTIVATIONS) this._outer.addEventListener(type, this);
      const outer = this._outer.localName === 'a' ? '<a href>' : '<button>';
      this.warn(
        DEV
          ? `is inside a ${outer}, so it renders no link of its own (a link inside a link is two tab stops and invalid HTML). Drop the outer ${outer}, or let <${this.localName}> be the link. Example: <${this.localName} business-id="…"></${this.localName}> with no ${outer} around it`
          : coded('MU10', outer)
      );
    }
    // A moved element may now sit under another `lang` or `dir`; Lit itself
    // does not re-render on reconnection.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ACTIVATIONS) this._outer?.removeEventListener(type, this);
    this._outer = null;
  }

  /**
   * Which copy of a shared view's render this element can use, or '' for
   * none: an element class that renders more than this class's render()
   * (the launcher's dock) renders through Lit.
   */
  private get variant(): string {
    if (this.render !== MessageUsElement.prototype.render) return '';
    return this._outer ? `${this.localName} inside` : this.localName;
  }

  private get tag(): Tag {
    return (this.constructor as typeof MessageUsElement).tag;
  }

  /** What the element reached: `messages`, `fallback`, `hidden` or `invalid`. */
  get outcome(): Outcome {
    // Updated without a view: deriving it failed, so nothing could render.
    return this.view?.result.outcome ?? (this.hasUpdated ? 'invalid' : 'hidden');
  }

  /** Whether the business is open now by its `hours`; true without hours. */
  get open(): boolean {
    return this.view?.open ?? true;
  }

  /** Where the rendered link goes, or null when nothing is rendered. */
  get href(): string | null {
    return this.view?.result.href ?? null;
  }

  /** The channel of the rendered link, or null when nothing is rendered. */
  get channel(): Channel | null {
    return this.view?.result.channel ?? null;
  }

  /** @internal The environment the view is decided in. */
  protected gatherEnv(): ViewEnv {
    if (isServer) return serverEnv(this);
    const {supportsMessages, isApple} = pagePlatform();
    const {lang, dir} = langAndDirOf(this);
    return {
      supportsMessages,
      isApple,
      baseUrl: document.baseURI,
      lang,
      dir,
      isColor: isCssColor,
      isFontFamily: isCssFontFamily,
      defaults: defaultsFor(this),
      now: hoursBuild?.now(),
      hours: hoursBuild?.support,
    };
  }

  protected override willUpdate(): void {
    try {
      const props: Record<string, unknown> = {};
      for (const {property} of optionsFor(this.tag)) {
        props[property] = (this as unknown as Record<string, unknown>)[property];
      }
      this.view = sharedView(this.tag, props, this.gatherEnv());
      this.view.problems.forEach((problem) => this.warn(problem));
      if (this.view.hint) hintOnce('unavailable', this.view.hint, this);
    } catch (error) {
      // The core does not throw for any values; this is the last line that
      // keeps a surprise out of the host page.
      this.view = undefined;
      this.warn(DEV ? `could not render: ${String(error)}` : coded('MU19', String(error)));
    }
  }

  /** Warns about attributes that look like a typo of one of ours. */
  private checkAttributeNames(): void {
    const tag = this.tag;
    for (const name of this.getAttributeNames()) {
      const meant = suggestAttribute(tag, name);
      if (!meant) continue;
      const option = optionsFor(this.tag).find((o) => o.attribute === meant);
      if (option) {
        this.warn(
          DEV
            ? `${name} is not an attribute of <${this.localName}>; did you mean ${option.attribute}? Example: ${option.attribute}="${option.example}"`
            : coded('MU09', `${name} (${option.attribute})`)
        );
      }
    }
  }

  protected override updated(): void {
    const view = this.view;
    if (this._refocus) {
      this._refocus = false;
      this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus({preventScroll: true});
    }
    if (
      this._fresh &&
      !this._copied &&
      view?.result.href &&
      sharedViews.has(view) &&
      this.variant
    ) {
      let variants = rendered.get(view);
      if (!variants) rendered.set(view, (variants = new Map()));
      if (!variants.has(this.variant)) {
        const copy = document.createDocumentFragment();
        for (const node of Array.from(this.renderRoot.childNodes)) {
          // Lit's <style> elements, where adopted stylesheets are missing, are the class's.
          if (node.nodeName !== 'STYLE') copy.append(node.cloneNode(true));
        }
        copy.querySelector('[part=base]')?.removeAttribute('style');
        // Lit's markers mean nothing in a copy (Lit sees it as one value and
        // replaces it whole): every element would clone them for nothing.
        const markers = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
        const comments: Node[] = [];
        while (markers.nextNode()) comments.push(markers.currentNode);
        comments.forEach((comment) => comment.parentNode!.removeChild(comment));
        variants.set(this.variant, copy);
      }
    }
    const {outcome, channel, href} = this;
    // `:state(hidden)` and the rest, so a page can style around the element
    // (`.card:has(message-us-button:state(hidden)) {display: none}`); set
    // only when the outcome changes, since most updates keep it.
    if (outcome !== this._statesOf) {
      if (this._statesOf) setState(this, this._statesOf, false);
      setState(this, outcome, true);
      this._statesOf = outcome;
    }
    const key = `${outcome} ${channel} ${href}`;
    if (key === this._announced) return;
    this._announced = key;
    const detail: MessageUsOutcomeDetail = {outcome, channel, href};
    this.dispatchEvent(
      new CustomEvent('message-us-outcome', {detail, bubbles: true, composed: true})
    );
  }

  /**
   * The text and background colour attributes when the author set either
   * (their contrast is then judged), else null.
   * @internal
   */
  contrastAttributes(): readonly [foreground: string, background: string] | null {
    const pair = TAG_SPECS[this.tag].contrast;
    const values = this.view?.values ?? {};
    return pair.some((name) => values[name]) ? pair : null;
  }

  /**
   * One warning per distinct problem per element, prefixed so it is easy to
   * find, with the element itself as the second argument so devtools link to it.
   * @internal
   */
  warn(message: string): void {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`[message-us] <${this.localName}> ${message}`, this);
  }

  /**
   * @internal Listens to the link, or to the outer link or button it sits
   * in: a click, a middle click (`auxclick`), and the keydown or mousedown
   * that tells what the next click comes from. Enter on a link fires a
   * click, and so does WebKit for the middle button (others fire auxclick).
   */
  handleEvent(event: Event): void {
    // Inside a page's link or button, the outer control's listeners report
    // (the same event reaches the shadow root first).
    if (this._outer && event.currentTarget !== this._outer) return;
    const {type} = event;
    const mouse = event as MouseEvent;
    if (type === 'keydown' || type === 'mousedown') {
      this._via =
        mouse.button === 1
          ? 'auxclick'
          : (event as KeyboardEvent).key === 'Enter'
            ? 'keyboard'
            : 'click';
      return;
    }
    if (type === 'click' || mouse.button === 1) {
      this.activate(mouse, type === 'click' ? this._via : 'auxclick');
    }
    this._via = 'click';
  }

  private activate(event: MouseEvent, activation: Activation): void {
    // Only a rendered link can be clicked, and one is rendered only with a
    // channel and an href. Inside someone else's link, that link is what
    // the browser opens.
    const view = this.view;
    if (!view?.result.href) return;
    const {values} = view;
    const detail: MessageUsClickDetail = {
      href: (this._outer as HTMLAnchorElement | null)?.href || view.result.href,
      channel: view.result.channel!,
      businessId: normalizeBusinessId(values['business-id'])!,
      intent: (values.intent as string | undefined) ?? null,
      group: (values.group as string | undefined) ?? null,
      platform: view.platform,
      activation,
    };
    const proceed = this.dispatchEvent(
      new CustomEvent('message-us-click', {detail, bubbles: true, composed: true, cancelable: true})
    );
    if (!proceed) event.preventDefault();
    else reportClick(this, view, detail);
  }

  /** The element's own texts inside the link, after the glyph. */
  protected abstract renderText(view: View): TemplateResult;

  // A new button or banner attaches its shadow root at its first render,
  // not on connection: until then the author's no-JS link inside it still
  // shows, and a page of many buttons can spread those renders over tasks
  // (render-queue.ts). Lit renders into `renderRoot`, set then.
  protected override createRenderRoot() {
    this._fresh = !this.shadowRoot;
    if (this._fresh && this.render === MessageUsElement.prototype.render) {
      this._lazy = true;
      return document.createDocumentFragment();
    }
    return this.attachRoot();
  }

  // The link's listeners are the shadow root's, added once, rather than
  // four event bindings per render: a click on the link or on slotted
  // content reaches the root all the same.
  private attachRoot() {
    const root = super.createRenderRoot();
    for (const type of ACTIVATIONS) root.addEventListener(type, this);
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this._lazy) return super.scheduleUpdate();
    this._lazy = false;
    let failed = false;
    let failure: unknown;
    let done: (() => void) | undefined;
    const queued = renderInTurn(() => {
      try {
        if (done) setState(this, 'pending', false);
        // A keyboard user on the author's no-JS link keeps the focus: that
        // link stops being rendered, so the element's own link takes it.
        const focused = this.contains(document.activeElement);
        (this as {renderRoot: HTMLElement | DocumentFragment}).renderRoot = this.attachRoot();
        super.scheduleUpdate();
        if (focused) {
          this.renderRoot.querySelector<HTMLElement>('[part=base]')?.focus({preventScroll: true});
        }
      } catch (error) {
        failed = true;
        failure = error;
      }
      done?.();
    });
    if (!queued) {
      if (failed) throw failure;
      return;
    }
    setState(this, 'pending', true);
    return new Promise<void>((resolve, reject) => {
      done = () => (failed ? reject(failure) : resolve());
    });
  }

  override render() {
    const view = this.view;
    if (!view?.result.href) return nothing;
    if (!isServer && !this.hasUpdated && this._fresh && this.variant) {
      const copy = rendered.get(view)?.get(this.variant)?.cloneNode(true) as DocumentFragment;
      if (copy) {
        // Set through CSSOM, as the tokens directive does (see tokens.ts).
        // The base is the copy's only node.
        const {style} = copy.firstElementChild as HTMLElement;
        for (const [name, value] of Object.entries(view.tokens)) {
          if (value) style.setProperty(name, value);
        }
        this._copied = true;
        return copy;
      }
    } else if (this._copied) {
      // Lit replaces the copy with its own render now; keep the focus.
      this._copied = false;
      this._refocus = (this.renderRoot as ShadowRoot).activeElement !== null;
    }
    const {result, theme, iconOnly, vertical, description} = view;
    const name = glyphName(result.channel, view.label, iconOnly);
    const classes = `${theme}${iconOnly ? ' icon-only' : ''}${vertical ? ' vertical' : ''}`;
    const d = glyphPath(result.channel);
    // One template instance for the link and its glyph (the texts are the
    // element's own): nested templates cost a clone and two markers each,
    // measurable with a thousand buttons, so the glyph's markup is written
    // out in both templates below rather than shared as a template of its
    // own. It is decorative unless it names the channel (see glyphName).
    // Inside a page's link or button: the same look, no link of its own.
    if (this._outer) {
      // No blank text before the glyph's path: a node each element would clone.
      // prettier-ignore
      return html`<span
        part="base"
        class=${classes}
        lang=${view.lang || nothing}
        dir=${view.dir}
        ${tokens(view.tokens)}
        ><span part="icon"
          ><slot name="icon"
            ><svg
              viewBox="0 0 24 24"
              width="1em"
              height="1em"
              role=${name ? 'img' : nothing}
              aria-label=${name || nothing}
              aria-hidden=${name ? nothing : 'true'}
              focusable="false"
              ><path fill="currentColor" fill-rule="evenodd" d=${d}></path></svg></slot></span
        >${this.renderText(view)}</span
      >`;
    }
    // prettier-ignore
    return html`<a
      part="base"
      class=${classes}
      href=${result.href}
      lang=${view.lang || nothing}
      dir=${view.dir}
      aria-describedby=${description ? 'd' : nothing}
      ${tokens(view.tokens)}
      ><span part="icon"
        ><slot name="icon"
          ><svg
            viewBox="0 0 24 24"
            width="1em"
            height="1em"
            role=${name ? 'img' : nothing}
            aria-label=${name || nothing}
            aria-hidden=${name ? nothing : 'true'}
            focusable="false"
            ><path fill="currentColor" fill-rule="evenodd" d=${d}></path></svg></slot></span
      >${this.renderText(view)}${description ? html`<span id="d" hidden>${description}</span>` : nothing}</a
    >`;
  }
}

// The shared options, typed from the schema (see the elements for theirs).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface MessageUsElement extends PropertiesOf<never> {}

declare global {
  interface HTMLElementEventMap {
    'message-us-click': CustomEvent<MessageUsClickDetail>;
    'message-us-outcome': CustomEvent<MessageUsOutcomeDetail>;
    'message-us-availability': CustomEvent<MessageUsAvailabilityDetail>;
  }
}
