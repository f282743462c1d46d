import {svg} from 'lit';

/**
 * The Messages glyph: a speech bubble, drawn inline so the widget makes no
 * request. It takes `currentColor`, so the icon colour is set with CSS
 * `color` on the `icon` part (`--message-us-icon-color`).
 */
export const messagesGlyph = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2.5C6.2 2.5 1.5 6.4 1.5 11.2c0 2.7 1.5 5.1 3.9 6.7-.2 1.3-.8 2.5-1.8 3.5-.2.2 0 .6.3.6 2-.1 3.8-.8 5.2-1.9.9.2 1.9.3 2.9.3 5.8 0 10.5-3.9 10.5-8.7S17.8 2.5 12 2.5Z"/></svg>`;

/** A handset, for the phone, SMS and WhatsApp fallbacks. */
export const phoneGlyph = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1l-2.3 2.2Z"/></svg>`;

/** A globe-less arrow out of a box, for the web fallback. */
export const webGlyph = svg`<svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false"><path fill="currentColor" d="M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z"/></svg>`;
