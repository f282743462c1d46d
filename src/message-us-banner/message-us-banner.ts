import {html, css, nothing} from 'lit';
import type {PropertiesOf} from '../core/schema.js';
import {MessageUsElement, propertiesOf, type View} from '../shared/message-us-element.js';
import {sharedStyles} from '../shared/styles.js';

export type BannerOrientation = 'horizontal' | 'vertical';

/**
 * The banner: the Messages glyph, a call to action and a line of context,
 * as one link. Where Apple Messages is unavailable and a `phone` is set, it
 * becomes a call banner, as Apple's own banner does.
 *
 * @tag message-us-banner
 *
 * @fires {CustomEvent<MessageUsClickDetail>} message-us-click - When the link is activated. Cancelable: `preventDefault()` stops the navigation. Fires for every activation: a click, a middle click, Enter, `element.click()`, and the outer control's activation when nested in a page's `<a href>` or `<button>`. `detail`: `{href, channel, businessId, intent, group, platform, activation}`, `activation` being `click`, `auxclick` or `keyboard`.
 * @fires {CustomEvent<MessageUsOutcomeDetail>} message-us-outcome - When what the element shows is decided or changes. `detail`: `{outcome, channel, href}`.
 *
 * @slot label - Replaces the call to action.
 * @slot context - Replaces the supporting text.
 * @slot icon - Replaces the glyph.
 *
 * @cssstate messages - Shows the Apple Messages link.
 * @cssstate fallback - Shows a fallback link (phone, SMS, WhatsApp, web).
 * @cssstate hidden - Shows nothing on this device.
 * @cssstate invalid - Shows nothing: the configuration is invalid.
 *
 * @csspart base - The link (a `<span>` when nested in a page's link or button).
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
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class MessageUsBannerElement extends MessageUsElement {
  static override styles = [
    sharedStyles,
    css`
      [part='base'] {
        --_h: 44px;
        --_radius: var(--message-us-radius, 11px);
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

  static override readonly tag = 'message-us-banner';
  static override properties = propertiesOf('message-us-banner');

  protected override renderText({label, context}: View) {
    return html`<span class="text"
      ><span part="label"><slot name="label">${label}</slot></span
      >${
        context ? html`<span part="context"><slot name="context">${context}</slot></span>` : nothing
      }</span
    >`;
  }
}

// The properties are declared once, in the schema; this gives them their
// types (enumerations as literal unions), without a second declaration.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface MessageUsBannerElement extends PropertiesOf<'message-us-banner'> {}

declare global {
  interface HTMLElementTagNameMap {
    'message-us-banner': MessageUsBannerElement;
  }
}
