import type {Channel} from '../core/outcome.js';

// Paths of the glyphs, drawn inline (no request) on a 24×24 grid. The
// elements bind a path into one `<svg>` of their own template rather than
// nesting an `svg` template per glyph: one template instance less per
// element, measurable with a thousand buttons on a page.
const MESSAGES =
  'M12 2.5C6.2 2.5 1.5 6.4 1.5 11.2c0 2.7 1.5 5.1 3.9 6.7-.2 1.3-.8 2.5-1.8 3.5-.2.2 0 .6.3.6 2-.1 3.8-.8 5.2-1.9.9.2 1.9.3 2.9.3 5.8 0 10.5-3.9 10.5-8.7S17.8 2.5 12 2.5Z';
const PHONE =
  'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1l-2.3 2.2Z';
const WEB =
  'M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z';

/**
 * The glyph of a channel: the Messages speech bubble, a handset for the
 * phone, SMS and WhatsApp fallbacks, an arrow out of a box for the web. It
 * is filled with `currentColor`, so the icon colour is CSS `color` on the
 * `icon` part (`--message-us-icon-color`).
 */
export function glyphPath(channel: Channel | null): string {
  return channel === 'messages' ? MESSAGES : channel === 'web' ? WEB : PHONE;
}
