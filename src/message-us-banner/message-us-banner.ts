import {html, css, nothing} from 'lit';
import {tokens} from '../shared/tokens.js';
import {MessageUsElement, text} from '../shared/message-us-element.js';
import {sharedStyles} from '../shared/styles.js';
import {glyphPath} from '../shared/icon.js';
import {parseEnum, parseOptOut, preview} from '../core/options.js';
import {isCssFontFamily} from '../shared/environment.js';
import type {UnsupportedPolicy} from '../core/outcome.js';

export type BannerOrientation = 'horizontal' | 'vertical';
const ORIENTATIONS: readonly BannerOrientation[] = ['horizontal', 'vertical'];

/**
 * The banner: the Messages glyph, a call to action and a line of context,
 * as one link. Where Apple Messages is unavailable and a `phone` is set, it
 * becomes a call banner, as Apple's own banner does.
 *
 * @tag message-us-banner
 *
 * @fires message-us-click - When the link is activated. Cancelable: `preventDefault()` stops the navigation. `detail`: `{href, channel, businessId, intent, group, platform}`.
 * @fires message-us-outcome - When what the element shows is decided or changes. `detail`: `{outcome, channel, href}`.
 *
 * @slot label - Replaces the call to action.
 * @slot context - Replaces the supporting text.
 * @slot icon - Replaces the glyph.
 *
 * @csspart base - The link.
 * @csspart icon - The glyph's box.
 * @csspart label - The call to action.
 * @csspart context - The supporting text.
 *
 * @cssprop --message-us-background - Background of the banner.
 * @cssprop --message-us-color - Text colour.
 * @cssprop --message-us-border-color - Outline colour.
 * @cssprop --message-us-icon-color - Glyph colour.
 * @cssprop --message-us-icon-background - Background of the glyph's box.
 * @cssprop --message-us-focus-ring-color - Keyboard focus ring.
 * @cssprop --message-us-font-family - Font of the texts.
 * @cssprop --message-us-radius - Corner radius when `rounded` is on.
 */
export class MessageUsBannerElement extends MessageUsElement {
  static override styles = [
    sharedStyles,
    css`
      a {
        gap: calc(var(--_h) * 0.3);
        min-height: calc(var(--_h) * 1.5);
        padding: calc(var(--_h) * 0.25) calc(var(--_h) * 0.35);
        font-size: calc(var(--_h) * 0.36);
        line-height: 1.25;
        border-radius: var(--_radius);
      }
      .vertical {
        flex-direction: column;
        text-align: center;
      }
      [part='icon'] {
        font-size: calc(var(--_h) * 0.6);
        padding: calc(var(--_h) * 0.12);
        border-radius: calc(var(--_h) * 0.22);
      }
      .text {
        display: flex;
        flex-direction: column;
        gap: 0.15em;
        min-width: 0;
      }
      [part='label'] {
        font-weight: 600;
        font-size: 1.1em;
      }
      [part='context'] {
        font-size: 0.9em;
      }
    `,
  ];

  static override properties = {
    ...MessageUsElement.properties,
    cta: {},
    context: {},
    orientation: {reflect: true, useDefault: true},
    rounded: {reflect: true, useDefault: true},
    background: {reflect: true},
    textColor: {attribute: 'text-color', reflect: true},
    iconColor: {attribute: 'icon-color', reflect: true},
    iconBackground: {attribute: 'icon-background', reflect: true},
    fontFamily: {attribute: 'font-family', reflect: true},
  };

  /** Call to action; defaults to the preset title (or `label`). */
  declare cta: string | undefined;
  /** Supporting text under the call to action. */
  declare context: string | undefined;
  /** `horizontal` (default) or `vertical`. */
  declare orientation: BannerOrientation;
  /** Rounded corners, on unless set to the string `false` (as Apple's `rounded-corners="false"`). */
  declare rounded: string | boolean;
  /** Background colour, any CSS colour; overrides the theme. */
  declare background: string | undefined;
  /** Text colour, any CSS colour; overrides the theme. */
  declare textColor: string | undefined;
  /** Glyph colour. */
  declare iconColor: string | undefined;
  /** Background of the glyph's box. */
  declare iconBackground: string | undefined;
  /** Font family of the texts, e.g. `Georgia, serif`. */
  declare fontFamily: string | undefined;

  constructor() {
    super();
    this.orientation = 'horizontal';
    this.rounded = true;
  }

  protected override defaultPolicy(): UnsupportedPolicy {
    // Apple's banner turns into a call banner where Messages is unavailable.
    return text(this.phone) ? 'fallback' : 'hide';
  }

  protected colorAttributes(): Array<[string, unknown, string]> {
    return [
      ['text-color', this.textColor, '--_fg'],
      ['background', this.background, '--_bg'],
      ['icon-color', this.iconColor, '--_icon'],
      ['icon-background', this.iconBackground, '--_icon-bg'],
    ];
  }

  /** Derived in `willUpdate()`: the valid orientation is vertical. */
  private vertical = false;
  /** Derived in `willUpdate()`: the author's font list when the browser accepts it, else ''. */
  private font = '';

  protected override checkOwnOptions(): string[] {
    const {value, problem} = parseEnum('orientation', this.orientation, ORIENTATIONS, 'horizontal');
    const problems = problem ? [problem] : [];
    this.vertical = value === 'vertical';
    const font = text(this.fontFamily);
    this.font = font && isCssFontFamily(font) ? font : '';
    if (font && !this.font) {
      problems.push(
        `font-family="${preview(font)}" is not a CSS font-family list; using the theme's. Example: font-family="Georgia, serif"`
      );
    }
    return problems;
  }

  protected override contrastAttributes(): [string, string] | null {
    return this.textColor || this.background ? ['text-color', 'background'] : null;
  }

  override render() {
    const {result, height, colors, dir, strings, theme} = this.view;
    if (!result.href) return nothing;
    const messages = result.channel === 'messages';
    const customCta = (messages && text(this.cta)) || this.customLabel();
    const cta = customCta || this.labelFor();
    // A fallback banner shows the number it dials or texts; a web fallback
    // has no number to show, even when a (non-chosen) phone is set.
    const context = messages
      ? text(this.context) || strings.bannerContext
      : result.phone
        ? text(this.phone)
        : '';
    return html`<a
      part="base"
      class="${theme}${this.vertical ? ' vertical' : ''}"
      href=${result.href}
      lang=${this.linkLang(!!customCta) || nothing}
      dir=${dir}
      aria-describedby=${messages ? 'd' : nothing}
      ${tokens({
        ...colors,
        '--_h': `${height}px`,
        '--_radius': parseOptOut(this.rounded)
          ? `var(--message-us-radius, ${height * 0.25}px)`
          : '0',
        '--_font': this.font || null,
      })}
      @click=${this.handleClick}
      ><span part="icon"
        ><slot name="icon"
          ><svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
            <path fill="currentColor" d=${glyphPath(result.channel)}></path></svg></slot></span
      ><span class="text"
        ><span part="label"><slot name="label">${cta}</slot></span
        >${context ? html`<span part="context"><slot name="context">${context}</slot></span>` : nothing}</span
      >${messages ? html`<span id="d" hidden>${strings.opensIn}</span>` : nothing}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'message-us-banner': MessageUsBannerElement;
  }
}
