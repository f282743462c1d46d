/**
 * The prose of the schema: one sentence per option and per element, for
 * docs, `schema.json`, `custom-elements.json`, tooltips and CMS forms. Kept
 * apart from `schema.ts` because the widget bundle reads the rules, never the
 * prose: a page would download every sentence for nothing.
 */
import {MAX_HEIGHT, MIN_HEIGHT} from './options.js';
import type {Tag} from './schema.js';

/** One sentence per attribute. */
export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'business-id': 'Your Apple business ID (a UUID). Required.',
  intent: 'biz-intent-id: the purpose of the conversation.',
  group: 'biz-group-id: the team that should answer.',
  body: 'Text prefilled in the compose field (and SMS, WhatsApp).',
  preset: "Apple's standard title, in the page's language.",
  label: 'Replaces the default label (a banner uses it when cta is unset).',
  cta: 'The call to action of the Messages banner.',
  context: 'The supporting line under the call to action.',
  theme: 'dark (black), light (white) or auto (follows the colour scheme).',
  shape: 'Corner shape; circle implies icon-only.',
  'icon-only': 'Shows only the glyph; the label stays the accessible name.',
  scale: `Size multiplier; the height stays within Apple's ${MIN_HEIGHT}–${MAX_HEIGHT} px.`,
  orientation: 'Glyph beside (horizontal) or above (vertical) the texts.',
  rounded: 'Rounded corners; rounded="false" makes them square.',
  color: 'Text and glyph colour, any CSS colour; overrides the theme.',
  background: 'Background colour, any CSS colour; overrides the theme.',
  'text-color': 'Text colour, any CSS colour; overrides the theme.',
  'icon-color': 'Glyph colour.',
  'icon-background': "Background of the glyph's box.",
  'font-family': 'Font of the texts, a CSS font-family list.',
  unsupported: 'Where Apple Messages is unavailable. Unset: hide, but a banner with a phone calls.',
  'fallback-channel': 'Which fallback to use; auto prefers the phone, then the web page.',
  phone: 'International number for the call, SMS and WhatsApp fallbacks.',
  'fallback-href': 'An http(s) contact page for the web fallback.',
  'fallback-label': 'Replaces the default label of a fallback link.',
  analytics: 'Analytics told of each conversation started: ga4, gtm, meta.',
  'analytics-event': 'The GA4 event name to send instead of the default.',
  hours: 'Opening hours (schema.org openingHours). Unset: always open.',
  timezone: "The business's IANA time zone.",
  'closed-on': 'Closed days: dates and date/date ranges.',
  'after-hours':
    'Outside the hours: say when the team is back, fall back, hide, or ignore the hours.',
  heading: "The title of the launcher's panel.",
  greeting: 'A line under the title of the panel.',
  position: 'The corner; start and end follow the text direction.',
  open: "Whether the launcher's panel is open.",
  handoff: "On a computer without Apple Messages, qr shows each department's link as a QR code.",
  'handoff-label': 'Replaces the caption of the QR codes.',
  platform: 'auto detects the device; apple and other preview either world.',
};

/** One sentence per element. */
export const TAG_DESCRIPTIONS: Readonly<Record<Tag, string>> = {
  'message-us-button': 'The "Message Us" button: the Messages glyph with a label, as one link.',
  'message-us-banner': 'A banner: the glyph, a call to action and a line of context, as one link.',
  'message-us-launcher':
    'A floating button in a corner that opens a panel of departments (the buttons inside it), which inherit its options.',
};
