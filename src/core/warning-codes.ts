/**
 * Every warning code the elements, the Apple layer and the core's builders
 * print, in one table: the production build prints only the code, the
 * attribute and a link (`coded()` in dev.ts); the README's "Warning codes"
 * section is generated from this table (`npm run docs`), and the tests check
 * that every code used in src/ is here and in the README. Codes are stable:
 * a retired code is not reused. Data only, so no bundle carries it.
 */
export interface WarningCode {
  /** The attributes (or the place) the warning is about. */
  readonly about: string;
  /** What is wrong and what the element does instead, in one line. */
  readonly meaning: string;
  /** A valid value (Markdown: code in backticks) or what fixes it. */
  readonly example: string;
}

export const WARNING_CODES: Readonly<Record<string, WarningCode>> = {
  MU01: {
    about: 'business-id',
    meaning: 'missing or not a UUID',
    example: '`business-id="22222222-dddd-4444-bbbb-777777777777"`',
  },
  MU02: {
    about: 'intent, group',
    meaning: 'spaces around, or reserved or control characters',
    example: '`intent="billing"`',
  },
  MU03: {about: 'body', meaning: 'the link is over 2,048 characters', example: '`body="Hello"`'},
  MU04: {
    about: 'core API',
    meaning: 'a builder got an unusable value',
    example: "`buildTelUrl('+12163954902')`",
  },
  MU05: {
    about: 'listed values',
    meaning: 'not a listed value; the default is used',
    example: '`shape="pill"`',
  },
  MU06: {
    about: 'scale',
    meaning: 'not a positive number, or clamped to 40–150 px',
    example: '`scale="1.5"`',
  },
  MU07: {
    about: 'colours, font-family',
    meaning: 'not a CSS colour or font list',
    example: '`background="#1b3f68"`',
  },
  MU08: {
    about: 'colours, theme',
    meaning: 'contrast under 4.5:1 (text) or 3:1 (page)',
    example: '`theme="auto"`',
  },
  MU09: {
    about: 'attribute, meta',
    meaning: 'a typo of the name in brackets',
    example: '`intent="billing"`, not `intnet`',
  },
  MU10: {
    about: 'placement',
    meaning: 'inside a link or button, so no link of its own',
    example: 'move it out',
  },
  MU11: {about: 'phone', meaning: 'not an international number', example: '`phone="+12163954902"`'},
  MU12: {
    about: 'fallback-href',
    meaning: 'not an http(s) address',
    example: '`fallback-href="https://example.com"`',
  },
  MU13: {
    about: 'unsupported, fallback-channel, after-hours',
    meaning: 'no target for the fallback; hides',
    example: '`phone="+12163954902"`',
  },
  MU14: {
    about: 'hours, timezone, closed-on',
    meaning: 'need the hours build',
    example: 'load `message-us-hours.js`',
  },
  MU15: {
    about: 'hours, timezone, closed-on',
    meaning: 'unreadable, or no timezone ([hours](docs/hours.md))',
    example: '`timezone="Europe/Berlin"`',
  },
  MU16: {
    about: 'analytics, analytics-event',
    meaning: 'unknown tool or bad GA4 event name',
    example: '`analytics="ga4"`',
  },
  MU17: {
    about: 'analytics',
    meaning: "the page's gtag or fbq is missing or threw",
    example: 'load the tag first',
  },
  MU18: {
    about: 'loading',
    meaning: 'loaded twice, or not registered; the first copy works',
    example: 'load it once',
  },
  MU19: {about: 'internal', meaning: 'could not render, a bug', example: '`.dev.js` gives details'},
  MU20: {
    about: 'unsupported',
    meaning: 'hidden, Apple Messages cannot open here (info)',
    example: '`platform="apple"`',
  },
  MU21: {
    about: 'Apple markup',
    meaning: 'unknown data-apple-*, wrong container, both classes, in head',
    example: 'one class',
  },
  MU22: {
    about: 'appleBusinessChat',
    meaning: "already set by Apple's script",
    example: 'load only apple-compat.js',
  },
  MU23: {
    about: 'lang',
    meaning: 'a one-language file shows its own labels',
    example: 'load `message-us.js` for a page in several languages',
  },
};
