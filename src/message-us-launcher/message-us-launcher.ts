import {coded, DEV} from '../core/dev.js';
import {css, html, nothing, svg, type PropertyValues} from 'lit';
import {closedNowText, formatBack} from '../core/hours.js';
import {
  departmentDefaults,
  inheritedOptions,
  isHandoffDevice,
  launcherOutcome,
  resolveLauncher,
  type DepartmentState,
  type LauncherView,
} from '../core/launcher.js';
import {buildMessagesUrl} from '../core/messages-url.js';
import type {Channel, Outcome} from '../core/outcome.js';
import {optionsFor, type PropertiesOf} from '../core/schema.js';
import {parseBoolean} from '../core/view.js';
import {pageNow} from '../shared/availability-clock.js';
import {pagePlatform} from '../shared/environment.js';
import {MessageUsElement, propertiesOf, type View} from '../shared/message-us-element.js';
import {glyphPath} from '../shared/icon.js';
import {sharedStyles} from '../shared/styles.js';
import {tokens} from '../shared/tokens.js';
import {MAX_QR_BYTES, qrPath} from './qr.js';

export type {LauncherPosition} from '../core/launcher.js';

/** `detail` of the `message-us-launcher-toggle` event. */
export interface MessageUsLauncherToggleDetail {
  /** Whether the panel is now open. */
  open: boolean;
}

/** The elements a launcher lists as departments: its element children of these tags. */
const DEPARTMENT_TAGS = ['message-us-button', 'message-us-banner'];

const INHERITED = inheritedOptions().map((option) => option.property);
const OWN_PROPERTIES = optionsFor('message-us-launcher').map((option) => option.property);

// A cross, drawn like the glyph on a 24-unit grid.
const CLOSE_PATH =
  'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';

const options = propertiesOf('message-us-launcher');
// `open` has its own accessors (see the class): the base class's `open`
// (whether the business is open) means nothing for a launcher of departments.
const properties = {...options, open: {...options.open, noAccessor: true}};

/**
 * A floating launcher: a round button in a corner of the page that opens a
 * panel with a title, a greeting and the departments to message (the
 * `<message-us-button>` or `<message-us-banner>` elements inside it, shown
 * as full-width links). The departments inherit the launcher's options
 * (`business-id`, `body`, fallbacks, hours, analytics, theme, platform…)
 * under their own and over the page's `<meta name="message-us:…">`
 * defaults. Without departments, the launcher is one Messages link in the
 * corner. Where no department would show, it renders nothing. On a
 * computer that cannot open Apple Messages, `handoff="qr"` shows each
 * department's Messages link as a QR code to scan with an iPhone.
 *
 * The panel follows the disclosure pattern: the toggle is a `<button>`
 * with `aria-expanded` and `aria-controls`; opening moves focus to the
 * first department, Escape and a click outside close it and return focus to
 * the toggle. It is not modal and does not trap focus.
 *
 * @tag message-us-launcher
 *
 * @fires {CustomEvent<MessageUsLauncherToggleDetail>} message-us-launcher-toggle - When the panel opens or closes. `detail`: `{open}`.
 * @fires {CustomEvent<MessageUsClickDetail>} message-us-click - Without departments: when its link is activated (the departments fire their own).
 * @fires {CustomEvent<MessageUsOutcomeDetail>} message-us-outcome - When what the launcher shows is decided or changes. With departments: `messages` or `fallback` when some department shows (`fallback` too when only hand-off codes show), else `hidden` or `invalid`, and no href.
 *
 * @slot - The departments: `<message-us-button>` and `<message-us-banner>` elements. Other children are not shown.
 *
 * @cssstate messages - Some department (or the launcher's own link) opens Apple Messages.
 * @cssstate fallback - Only fallbacks or hand-off codes show.
 * @cssstate hidden - Shows nothing on this device.
 * @cssstate invalid - Shows nothing: the configuration is invalid.
 *
 * @csspart base - The round toggle button (the link, without departments).
 * @csspart icon - The glyph's box (without departments).
 * @csspart label - The label (without departments).
 * @csspart panel - The panel of departments.
 * @csspart heading - The panel's title.
 * @csspart greeting - The line under the title.
 * @csspart departments - The list of departments.
 * @csspart department - One department's list item.
 * @csspart status - A department's after-hours note.
 * @csspart handoff - A department's QR code with its caption.
 *
 * @cssprop --message-us-launcher-offset - Distance from the corner (default 16px), added to the safe-area inset.
 * @cssprop --message-us-launcher-z-index - Stacking order (default 2147483000).
 * @cssprop --message-us-launcher-panel-background - Background of the panel (default white).
 * @cssprop --message-us-launcher-panel-color - Text colour of the panel (default black).
 * @cssprop --message-us-background - Background of the toggle.
 * @cssprop --message-us-color - Glyph colour of the toggle.
 * @cssprop --message-us-border-color - Outline of the toggle.
 * @cssprop --message-us-focus-ring-color - Keyboard focus ring.
 * @cssprop --message-us-font-family - Font of the panel.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class MessageUsLauncherElement extends MessageUsElement {
  // Manual slot assignment puts each department in its own list item, next
  // to its after-hours note and hand-off code.
  static override shadowRootOptions: ShadowRootInit = {
    ...MessageUsElement.shadowRootOptions,
    slotAssignment: 'manual',
  };

  static override readonly tag = 'message-us-launcher';
  static override properties = properties;

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        width: 0;
        height: 0;
        --_offset: var(--message-us-launcher-offset, 16px);
        --_panel-bg: var(--message-us-launcher-panel-background, #fff);
        --_panel-fg: var(--message-us-launcher-panel-color, #000);
      }
      .dock {
        position: fixed;
        z-index: var(--message-us-launcher-z-index, 2147483000);
        display: flex;
        flex-direction: column;
        align-items: flex-end;
        gap: 12px;
        font-family: var(--_font);
      }
      .ltr {
        --_safe-start: env(safe-area-inset-left, 0px);
        --_safe-end: env(safe-area-inset-right, 0px);
      }
      .rtl {
        --_safe-start: env(safe-area-inset-right, 0px);
        --_safe-end: env(safe-area-inset-left, 0px);
      }
      .bottom {
        inset-block-end: calc(var(--_offset) + env(safe-area-inset-bottom, 0px));
        flex-direction: column-reverse;
      }
      .top {
        inset-block-start: calc(var(--_offset) + env(safe-area-inset-top, 0px));
      }
      .end {
        inset-inline-end: calc(var(--_offset) + var(--_safe-end));
      }
      .start {
        inset-inline-start: calc(var(--_offset) + var(--_safe-start));
        align-items: flex-start;
      }
      a[part='base'] {
        gap: 0.4em;
        min-height: 56px;
        padding: 0 20px;
        font-size: 16px;
        font-weight: 600;
        border-radius: var(--message-us-radius, 28px);
        box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
      }
      a [part='icon'] {
        font-size: 1.5em;
      }
      .toggle {
        justify-content: center;
        width: 56px;
        height: 56px;
        padding: 0;
        border-radius: 50%;
        font-size: 28px;
        cursor: pointer;
        box-shadow: 0 2px 12px rgb(0 0 0 / 0.25);
      }
      .toggle svg {
        width: 1em;
        height: 1em;
      }
      .panel {
        box-sizing: border-box;
        width: min(22rem, calc(100vw - 2 * var(--_offset)));
        max-height: calc(100vh - 68px - 2 * var(--_offset));
        overflow: auto;
        padding: 16px;
        color: var(--_panel-fg);
        background: var(--_panel-bg);
        border: 1px solid rgb(0 0 0 / 0.15);
        border-radius: 16px;
        box-shadow: 0 4px 24px rgb(0 0 0 / 0.2);
        transition:
          opacity 0.15s ease-out,
          transform 0.15s ease-out;
      }
      @starting-style {
        .panel {
          opacity: 0;
          transform: translateY(8px);
        }
      }
      .panel:focus {
        outline: none;
      }
      h2 {
        margin: 0;
        font-size: 1.125rem;
      }
      [part='greeting'] {
        margin: 4px 0 0;
      }
      ul {
        display: grid;
        gap: 12px;
        margin: 12px 0 0;
        padding: 0;
        list-style: none;
      }
      ::slotted(*) {
        display: block;
      }
      [part='status'] {
        margin: 4px 0 0;
        font-size: 0.875em;
      }
      figure {
        display: flex;
        align-items: center;
        gap: 12px;
        margin: 8px 0 0;
      }
      figure svg {
        flex: none;
        width: 112px;
        height: 112px;
      }
      figcaption {
        font-size: 0.875em;
      }
      figcaption strong {
        display: block;
      }
      @media (prefers-reduced-motion: reduce) {
        .panel {
          transition: none;
        }
      }
      @media (forced-colors: active) {
        .panel {
          border-color: CanvasText;
        }
        figure svg {
          forced-color-adjust: none;
        }
      }
    `,
  ];

  private _open = false;
  /** Whether opening should move focus into the panel (opened by the visitor or show()). */
  private _focusOnOpen = false;
  /** The open state last announced by `message-us-launcher-toggle`; undefined before the first update. */
  private _announcedOpen?: boolean;
  private _state?: LauncherView;
  private _departments: MessageUsElement[] = [];
  private _handoff: Array<string | null> = [];
  private _observer?: MutationObserver;

  constructor() {
    super();
    this.addEventListener('message-us-outcome', (event) => {
      if (event.target !== this) this.requestUpdate();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this._open || !this._departments.length) return;
      this.hide();
      this.toggleButton?.focus();
    });
    this._onOutside = this._onOutside.bind(this);
  }

  /** Whether the panel of departments is open. Reflected to the `open` attribute. */
  override get open(): boolean {
    return this._open;
  }

  override set open(value: unknown) {
    const next = parseBoolean(value, false);
    const old = this._open;
    if (next === old) return;
    this._open = next;
    if (!next) this._focusOnOpen = false;
    // Reflected, so a page can style `message-us-launcher[open]`.
    if (this.hasAttribute('open') !== next) this.toggleAttribute('open', next);
    this.requestUpdate('open', old);
  }

  /** Opens the panel and moves focus to the first department. */
  show(): void {
    this._focusOnOpen = true;
    this.open = true;
  }

  /** Closes the panel. */
  hide(): void {
    this.open = false;
  }

  private get toggleButton(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button');
  }

  /** @internal Read by the departments: the defaults they inherit. */
  messageUsDefaults(page: Readonly<Record<string, string>>): Record<string, string> {
    return departmentDefaults(this as unknown as Record<string, unknown>, page);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Departments added or removed: manual slots do not announce them. A
    // department's own routing changes its hand-off code without changing
    // its outcome, so its attributes are watched too.
    this._observer = new MutationObserver(() => this.requestUpdate());
    this._observer.observe(this, {childList: true, subtree: true, attributes: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    document.removeEventListener('click', this._onOutside, true);
  }

  override get outcome(): Outcome {
    if (!this._departments.length) return super.outcome;
    return launcherOutcome(this.departmentStates());
  }

  override get href(): string | null {
    return this._departments.length ? null : super.href;
  }

  override get channel(): Channel | null {
    return this._departments.length ? null : super.channel;
  }

  private departmentStates(): DepartmentState[] {
    return this._departments.map((department, i) => ({
      outcome: department.outcome,
      handoff: this._handoff[i] ?? null,
    }));
  }

  protected override willUpdate(): void {
    this._departments = Array.from(this.children).filter((child) =>
      DEPARTMENT_TAGS.includes(child.localName)
    ) as MessageUsElement[];
    try {
      const props: Record<string, unknown> = {};
      for (const property of OWN_PROPERTIES) {
        props[property] = (this as unknown as Record<string, unknown>)[property];
      }
      const env = this.gatherEnv();
      this._state = resolveLauncher(props, env);
      this._state.problems.forEach((problem) => this.warn(problem));
      this._handoff = this.handoffLinks();
    } catch (error) {
      this._state = undefined;
      this.warn(DEV ? `could not render: ${String(error)}` : coded('MU19', String(error)));
    }
    // Without departments the launcher is one link, decided as a button's is.
    if (this._departments.length) this.view = undefined;
    else super.willUpdate();
  }

  /** Each department's hand-off link as its view now reads, or null. */
  private handoffLinks(): Array<string | null> {
    const handoff = this._state?.values.handoff === 'qr' && isHandoffDevice(pagePlatform().os);
    // A link too long for any QR code (a megabyte `body`) hands nothing
    // off, or the panel would open on no code at all.
    return this._departments.map((department) => {
      const link = handoff ? handoffLink(department.view) : null;
      return link && link.length <= MAX_QR_BYTES ? link : null;
    });
  }

  override contrastAttributes(): readonly [string, string] | null {
    const values = this._state?.values ?? {};
    return values.color || values.background ? ['color', 'background'] : null;
  }

  protected override updated(changed: PropertyValues = new Map()): void {
    super.updated();
    const departments = this._departments;
    // Each department in its own list item; engines without manual
    // assignment put them all in the first.
    this.renderRoot.querySelectorAll('slot').forEach((slot, i) => {
      if (departments[i]) slot.assign?.(departments[i]);
    });
    if (INHERITED.some((property) => changed.has(property))) {
      departments.forEach((department) => department.requestUpdate());
    }
    // The departments read their options in their own updates, after this
    // one: a code drawn from a view they have since replaced would send the
    // visitor to the old intent or body, so draw again once they are done.
    void Promise.all(departments.map((department) => department.updateComplete)).then(
      () => {
        if (this._departments !== departments) return;
        const links = this.handoffLinks();
        if (links.some((link, i) => link !== this._handoff[i])) this.requestUpdate();
      },
      () => {}
    );
    const open = this._open && departments.length > 0;
    if (open) document.addEventListener('click', this._onOutside, true);
    else document.removeEventListener('click', this._onOutside, true);
    if (this._announcedOpen !== undefined && this._announcedOpen !== this._open) {
      const detail: MessageUsLauncherToggleDetail = {open: this._open};
      this.dispatchEvent(
        new CustomEvent('message-us-launcher-toggle', {detail, bubbles: true, composed: true})
      );
    }
    this._announcedOpen = this._open;
    if (open && this._focusOnOpen) {
      this._focusOnOpen = false;
      const first = departments.find((d) => d.outcome === 'messages' || d.outcome === 'fallback');
      (first ?? this.renderRoot.querySelector<HTMLElement>('.panel'))?.focus();
    }
  }

  /** A click outside the launcher closes the panel. */
  private _onOutside(event: Event): void {
    if (event.composedPath().includes(this)) return;
    // Focus that went to something the visitor clicked stays there.
    const active = document.activeElement;
    const returnFocus = !active || active === document.body || this.contains(active);
    this.hide();
    if (returnFocus) {
      void this.updateComplete.then(() => this.toggleButton?.focus());
    }
  }

  private _onToggle(): void {
    if (this._open) this.hide();
    else this.show();
  }

  protected override renderText({label}: View) {
    return html`<span part="label">${label}</span>`;
  }

  override render() {
    const state = this._state;
    if (!state) return nothing;
    const {position, dir} = state;
    const [block, inline] = position.split('-');
    const dock = (content: unknown) =>
      html`<div class="dock ${block} ${inline} ${dir}" dir=${dir}>${content}</div>`;
    if (!this._departments.length) {
      const link = super.render();
      return link === nothing ? nothing : dock(link);
    }
    const outcome = this.outcome;
    if (outcome === 'hidden' || outcome === 'invalid') return nothing;
    const open = this._open;
    const lang = state.lang || nothing;
    return dock(
      html`<button
          part="base"
          class="toggle ${state.theme}"
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="panel"
          lang=${lang}
          ${tokens(state.tokens)}
          @click=${this._onToggle}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              fill-rule="evenodd"
              d=${open ? CLOSE_PATH : glyphPath('messages')}
            ></path></svg
          ><span class="vh">${state.label}</span>
        </button>
        <section
          part="panel"
          id="panel"
          class="panel"
          tabindex="-1"
          aria-labelledby="heading"
          ?hidden=${!open}
        >
          <h2 part="heading" id="heading" lang=${state.values.heading ? nothing : lang}>
            ${state.heading}
          </h2>
          ${state.greeting ? html`<p part="greeting">${state.greeting}</p>` : nothing}
          <ul part="departments">
            ${this._departments.map((department, i) => this.renderDepartment(department, i))}
          </ul>
        </section>`
    );
  }

  private renderDepartment(department: MessageUsElement, i: number) {
    const view = department.view;
    const link = this._handoff[i];
    const shows = department.outcome === 'messages' || department.outcome === 'fallback';
    const state = this._state!;
    // The department's link says it too, in its accessible description;
    // this line is for the eye, so it is not read twice.
    const note =
      shows && view?.availability && !view.open && view.values['after-hours'] === 'note'
        ? view.next
          ? formatBack(new Date(view.next), {locale: view.lang, now: new Date(pageNow())})
          : closedNowText(view.lang)
        : '';
    const qr = link ? qrPath(link) : null;
    const name = view?.label || department.getAttribute('label') || state.label;
    return html`<li part="department" ?hidden=${!shows && !qr}>
      <slot></slot>
      ${note ? html`<p part="status" aria-hidden="true">${note}</p>` : nothing}
      ${
        qr
          ? html`<figure part="handoff">
              <svg
                viewBox="0 0 ${qr.size} ${qr.size}"
                role="img"
                aria-label=${`QR code: ${name}, Apple Messages`}
                shape-rendering="crispEdges"
              >
                ${svg`<rect width="100%" height="100%" fill="#fff"></rect><path fill="#000" d=${qr.d}></path>`}
              </svg>
              <figcaption>
                ${shows ? nothing : html`<strong>${name}</strong> `}${state.caption}
              </figcaption>
            </figure>`
          : nothing
      }
    </li>`;
  }
}

/**
 * The Messages link a department would open on an Apple device, for its
 * hand-off code: only where it cannot open here, and not outside its hours
 * when they hide or replace Messages.
 */
function handoffLink(view: View | undefined): string | null {
  if (!view || view.platform === 'apple' || view.result.outcome === 'invalid') return null;
  const {values} = view;
  const mode = values['after-hours'];
  if (!view.open && (mode === 'hide' || mode === 'fallback')) return null;
  try {
    return buildMessagesUrl({
      businessId: values['business-id'] as string,
      intent: values.intent as string | undefined,
      group: values.group as string | undefined,
      body: values.body as string | undefined,
    });
  } catch {
    return null;
  }
}

// The properties are declared once, in the schema; this gives them their
// types. `open` is typed by its accessors above.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface MessageUsLauncherElement extends Omit<
  PropertiesOf<'message-us-launcher'>,
  'open'
> {}

declare global {
  interface HTMLElementTagNameMap {
    'message-us-launcher': MessageUsLauncherElement;
  }
  interface HTMLElementEventMap {
    'message-us-launcher-toggle': CustomEvent<MessageUsLauncherToggleDetail>;
  }
}
