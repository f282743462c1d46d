import {css, unsafeCSS} from 'lit';
import {THEME_COLORS} from '../core/schema.js';

const [WHITE, BLACK] = THEME_COLORS.dark.map((color) => unsafeCSS(color));

/**
 * Theme tokens and behaviour shared by both elements. Public
 * `--message-us-*` properties feed private `--_*` tokens; only the private
 * tokens are used below, so the theming contract stays small.
 *
 * Defaults: `dark` is black with white text (21:1), `light` white with black
 * text and a black outline (21:1), both beyond the 7:1 Apple prefers.
 *
 * The theme is a class on the link (`.light`, `.auto`), set from the parsed
 * attribute: an attribute selector on the host would miss `theme="Light"` or
 * `" light "`, which the parser accepts without a warning. Dark is the
 * `:host` default.
 *
 * Reflow (WCAG 1.4.10): `overflow-wrap: anywhere` lets a label wrap, even
 * inside a long word, at 320 px or 400 % zoom rather than being cut; at
 * normal widths the shrink-to-fit host keeps it on one line.
 *
 * Each element's own sheet sets the link's `--_h` and `--_radius` for the
 * default scale and shape, and the link sets them inline only at another
 * (see resolveView); on the link rather than the host, so a page's rule on
 * the element does not reach them. (A comment inside the css literal would ship in the bundle.)
 */
export const sharedStyles = css`
  :host {
    --_bg: var(--message-us-background, ${BLACK});
    --_fg: var(--message-us-color, ${WHITE});
    --_border: var(--message-us-border-color, ${BLACK});
    --_icon: var(--message-us-icon-color, currentColor);
    --_icon-bg: var(--message-us-icon-background, transparent);
    --_focus: var(--message-us-focus-ring-color, #0a63d6);
    --_font: var(
      --message-us-font-family,
      -apple-system,
      BlinkMacSystemFont,
      'Segoe UI',
      system-ui,
      sans-serif
    );
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }
  .light {
    --_bg: var(--message-us-background, ${WHITE});
    --_fg: var(--message-us-color, ${BLACK});
  }
  @media (prefers-color-scheme: dark) {
    .auto {
      --_border: var(--message-us-border-color, ${WHITE});
    }
  }
  @media (prefers-color-scheme: light) {
    .auto {
      --_bg: var(--message-us-background, ${WHITE});
      --_fg: var(--message-us-color, ${BLACK});
    }
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    max-width: min(100%, 1000px);
    color: var(--_fg);
    background-color: var(--_bg);
    border: 1px solid var(--_border);
    font-family: var(--_font);
    overflow-wrap: anywhere;
    text-decoration: none;
    -webkit-tap-highlight-color: transparent;
    transition: filter 0.15s ease-out;
  }
  [part='base']:hover {
    filter: brightness(0.9) contrast(1.1);
  }
  [part='base']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part='icon'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    color: var(--_icon);
    background-color: var(--_icon-bg);
  }
  [part='icon'] svg,
  ::slotted([slot='icon']) {
    width: 1em;
    height: 1em;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    [part='base'] {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [part='base'] {
      border-color: LinkText;
      color: LinkText;
      background: Canvas;
    }
    [part='icon'] {
      color: LinkText;
      background: Canvas;
      forced-color-adjust: auto;
    }
  }
`;
