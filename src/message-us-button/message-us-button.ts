import {html, css, nothing} from 'lit';
import {tokens} from '../shared/tokens.js';
import {MessageUsElement} from '../shared/message-us-element.js';
import {sharedStyles} from '../shared/styles.js';
import {glyphPath} from '../shared/icon.js';
import {parseEnum} from '../core/options.js';

export type ButtonShape = 'rounded' | 'pill' | 'square' | 'circle';
const SHAPES: readonly ButtonShape[] = ['rounded', 'pill', 'square', 'circle'];

/**
 * The "Message Us" button: the Messages glyph with a label, as a real link
 * to Apple Messages for Business, or a fallback where it is unavailable.
 *
 * @tag message-us-button
 *
 * @fires message-us-click - When the link is activated. Cancelable: `preventDefault()` stops the navigation. `detail`: `{href, channel, businessId, intent, group, platform}`.
 * @fires message-us-outcome - When what the element shows is decided or changes. `detail`: `{outcome, channel, href}`.
 *
 * @slot label - Replaces the text label.
 * @slot icon - Replaces the Messages glyph.
 *
 * @csspart base - The link.
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
export class MessageUsButtonElement extends MessageUsElement {
  static override styles = [
    sharedStyles,
    css`
      a {
        justify-content: center;
        gap: 0.35em;
        height: var(--_h);
        min-width: var(--_h);
        padding-inline: calc(var(--_h) * 0.3);
        font-size: calc(var(--_h) * 0.4);
        font-weight: 600;
        line-height: 1;
        white-space: nowrap;
        border-radius: var(--message-us-radius, var(--_radius));
      }
      [part='icon'] {
        font-size: 1.3em;
      }
      [part='label'] {
        overflow: hidden;
        text-overflow: ellipsis;
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

  static override properties = {
    ...MessageUsElement.properties,
    color: {reflect: true},
    background: {reflect: true},
    shape: {reflect: true, useDefault: true},
    iconOnly: {attribute: 'icon-only', type: Boolean, reflect: true},
  };

  /** Text colour, any CSS colour; overrides the theme. */
  declare color: string | undefined;
  /** Background colour, any CSS colour; overrides the theme. */
  declare background: string | undefined;
  /** `rounded` (default), `pill`, `square` or `circle` (implies `icon-only`). */
  declare shape: ButtonShape;
  /** Shows only the glyph; the label stays the accessible name. */
  declare iconOnly: boolean;

  constructor() {
    super();
    this.shape = 'rounded';
    this.iconOnly = false;
  }

  protected colorAttributes(): Array<[string, unknown, string]> {
    return [
      ['color', this.color, '--_fg'],
      ['background', this.background, '--_bg'],
    ];
  }

  /** The valid shape, derived in `willUpdate()`. */
  private shapeValue: ButtonShape = 'rounded';

  protected override checkOwnOptions(): string[] {
    const {value, problem} = parseEnum('shape', this.shape, SHAPES, 'rounded');
    this.shapeValue = value;
    return problem ? [problem] : [];
  }

  protected override contrastAttributes(): [string, string] | null {
    return this.color || this.background ? ['color', 'background'] : null;
  }

  override render() {
    const {result, height, colors, dir, strings, theme} = this.view;
    if (!result.href) return nothing;
    const shape = this.shapeValue;
    const iconOnly = this.iconOnly || shape === 'circle';
    const radius = {rounded: height * 0.22, pill: height / 2, square: 0, circle: height / 2}[shape];
    const label = this.labelFor();
    const describe = result.channel === 'messages';
    return html`<a
      part="base"
      class="${theme}${iconOnly ? ' icon-only' : ''}"
      href=${result.href}
      lang=${this.linkLang(!!this.customLabel()) || nothing}
      dir=${dir}
      aria-describedby=${describe ? 'd' : nothing}
      ${tokens({...colors, '--_h': `${height}px`, '--_radius': `${radius}px`})}
      @click=${this.handleClick}
      ><span part="icon"
        ><slot name="icon"
          ><svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
            <path fill="currentColor" d=${glyphPath(result.channel)}></path></svg></slot></span
      ><span part="label" class=${iconOnly ? 'vh' : ''}><slot name="label">${label}</slot></span
      >${describe ? html`<span id="d" hidden>${strings.opensIn}</span>` : nothing}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'message-us-button': MessageUsButtonElement;
  }
}
