import {html, css} from 'lit';
import type {PropertiesOf} from '../core/schema.js';
import {MessageUsElement, propertiesOf, type View} from '../shared/message-us-element.js';
import {sharedStyles} from '../shared/styles.js';

export type ButtonShape = 'rounded' | 'pill' | 'square' | 'circle';

/**
 * The "Message Us" button: the Messages glyph with a label, as a real link
 * to Apple Messages for Business, or a fallback where it is unavailable.
 *
 * @tag message-us-button
 *
 * @fires {CustomEvent<MessageUsClickDetail>} message-us-click - When the link is activated. Cancelable: `preventDefault()` stops the navigation. Fires for every activation: a click, a middle click, Enter, `element.click()`, and the outer control's activation when nested in a page's `<a href>` or `<button>`. `detail`: `{href, channel, businessId, intent, group, platform, activation}`, `activation` being `click`, `auxclick` or `keyboard`.
 * @fires {CustomEvent<MessageUsOutcomeDetail>} message-us-outcome - When what the element shows is decided or changes. `detail`: `{outcome, channel, href}`.
 *
 * @slot label - Replaces the text label.
 * @slot icon - Replaces the Messages glyph.
 *
 * @cssstate messages - Shows the Apple Messages link.
 * @cssstate fallback - Shows a fallback link (phone, SMS, WhatsApp, web).
 * @cssstate hidden - Shows nothing on this device.
 * @cssstate invalid - Shows nothing: the configuration is invalid.
 *
 * @csspart base - The link (a `<span>` when nested in a page's link or button).
 * @csspart icon - The glyph's box.
 * @csspart label - The text label.
 *
 * @cssprop --message-us-background - Background of the button.
 * @cssprop --message-us-color - Text colour.
 * @cssprop --message-us-border-color - Outline colour.
 * @cssprop --message-us-icon-color - Glyph colour (defaults to the text colour).
 * @cssprop --message-us-icon-background - Background behind the glyph.
 * @cssprop --message-us-focus-ring-color - Keyboard focus ring.
 * @cssprop --message-us-font-family - Label font.
 * @cssprop --message-us-radius - Corner radius (overrides `shape`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class MessageUsButtonElement extends MessageUsElement {
  static override styles = [
    sharedStyles,
    css`
      [part='base'] {
        --_h: 44px;
        --_radius: 9.68px;
        justify-content: center;
        gap: 0.35em;
        min-height: var(--_h);
        min-width: var(--_h);
        padding: calc(var(--_h) * 0.1) calc(var(--_h) * 0.3);
        font-size: calc(var(--_h) * 0.4);
        font-weight: 600;
        line-height: 1.15;
        text-align: center;
        border-radius: var(--message-us-radius, var(--_radius));
      }
      [part='icon'] {
        font-size: 1.3em;
      }
      [part='label'] {
        flex: none;
        max-width: calc(100% - 1.65em + 1px);
      }
      .icon-only {
        padding: 0;
        width: var(--_h);
      }
      .icon-only [part='icon'] {
        font-size: calc(var(--_h) * 0.6);
      }
    `,
  ];

  // The label does not shrink but is capped to the room beside the glyph
  // (1.3em) and the gap (0.35em): it wraps only when the container is
  // narrower than the label. Firefox computes the shrink-to-fit width a
  // fraction of a pixel short, which wrapped a shrinkable or exactly capped
  // label at normal widths; the 1px of slack overflows into the padding at
  // most, inside the control.
  static override readonly tag = 'message-us-button';
  static override properties = propertiesOf('message-us-button');

  protected override renderText({label, iconOnly}: View) {
    return html`<span part="label" class=${iconOnly ? 'vh' : ''}
      ><slot name="label">${label}</slot></span
    >`;
  }
}

// The properties are declared once, in the schema; this gives them their
// types (enumerations as literal unions), without a second declaration.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface MessageUsButtonElement extends PropertiesOf<'message-us-button'> {}

declare global {
  interface HTMLElementTagNameMap {
    'message-us-button': MessageUsButtonElement;
  }
}
