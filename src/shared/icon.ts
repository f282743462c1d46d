import type {Channel} from '../core/outcome.js';

/** Every glyph: the outcome channels, and Messenger and email for fallbacks built with the core. */
export type Glyph = Channel | 'messenger' | 'email';

// Simple shapes drawn inline (no request) on a 24×24 grid, filled with
// `currentColor` under `fill-rule: evenodd` so inner shapes (the handset in
// the WhatsApp ring, the dots of the SMS bubble) are cut out or filled in
// without a second path. The elements bind a path into one `<svg>` of their
// own template rather than nesting an `svg` template per glyph: one
// template instance less per element, measurable with a thousand buttons.
//
// `name` is set for names every language writes the same way; the
// elements give the glyph that name only on an icon-only button whose label
// does not already say it (see glyphName). Phone, email and web are named by
// the localised default labels ("Call us", "Contact us").
export const GLYPHS: Readonly<Record<Glyph, {readonly d: string; readonly name?: string}>> = {
  // A speech bubble with a tail, as Apple's.
  messages: {
    d: 'M12 2.5C6.2 2.5 1.5 6.4 1.5 11.2c0 2.7 1.5 5.1 3.9 6.7-.2 1.3-.8 2.5-1.8 3.5-.2.2 0 .6.3.6 2-.1 3.8-.8 5.2-1.9.9.2 1.9.3 2.9.3 5.8 0 10.5-3.9 10.5-8.7S17.8 2.5 12 2.5Z',
  },
  // A handset.
  phone: {
    d: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1l-2.3 2.2Z',
  },
  // A square bubble with three dots: a text message.
  sms: {
    d: 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 6.5v2h2v-2Zm4 0v2h2v-2Zm4 0v2h2v-2Z',
    name: 'SMS',
  },
  // A ring with a tail at the bottom left, a handset inside.
  whatsapp: {
    d: 'M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2Zm0 2a8 8 0 1 1-4.2 14.8l-.3-.2-3 .8.8-2.9-.2-.3A8 8 0 0 1 12 4ZM9 7.5c.4 0 .6.2.8.6l.7 1.7c.1.3 0 .6-.2.8l-.6.7c.7 1.4 1.8 2.5 3.2 3.2l.7-.6c.2-.2.5-.3.8-.2l1.7.7c.4.2.6.4.6.8v.8c0 .9-.9 1.6-1.8 1.5C11 17.6 6.4 13 6 9.3c-.1-.9.6-1.8 1.5-1.8Z',
    name: 'WhatsApp',
  },
  // A round bubble with a zigzag cut through it.
  messenger: {
    d: 'M12 2C6.4 2 2 6.1 2 11.7c0 2.9 1.2 5.5 3.2 7.2V22l3-1.7c1.2.4 2.5.6 3.8.6 5.6 0 10-4.1 10-9.6S17.6 2 12 2ZM6.5 14.5l3-4.8 3 2.3 4.5-2.5-3 4.8-3-2.3Z',
    name: 'Messenger',
  },
  // An envelope with its flap.
  email: {
    d: 'M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm0 3.2 8 5.3 8-5.3v2.4l-8 5.3-8-5.3Z',
  },
  // An arrow out of a box: a page elsewhere.
  web: {
    d: 'M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z',
  },
};

/**
 * The path of a channel's glyph (the Messages bubble when there is no
 * channel). It is filled with `currentColor`, so the icon colour is CSS
 * `color` on the `icon` part (`--message-us-icon-color`).
 */
export function glyphPath(channel: Glyph | null): string {
  return GLYPHS[channel ?? 'messages'].d;
}

/**
 * The accessible name the glyph itself carries, or '' when it is decorative.
 * A visible label names the link, and a glyph named as well would be read
 * twice; on an icon-only button whose label does not say the channel
 * (`fallback-label="Contact us"` on a WhatsApp fallback), the glyph names
 * it, so the link reads "WhatsApp Contact us".
 *
 * @example glyphName('whatsapp', 'Contact us', true) // 'WhatsApp'
 * @example glyphName('whatsapp', 'Chat on WhatsApp', true) // ''
 */
export function glyphName(channel: Glyph | null, label: string, iconOnly: boolean): string {
  const name = (channel && GLYPHS[channel].name) || '';
  return iconOnly && !label.toLowerCase().includes(name.toLowerCase()) ? name : '';
}
