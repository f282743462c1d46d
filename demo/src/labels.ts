/**
 * Words of the configurator's form: field titles and the names of choices.
 * Presentation only: which fields exist, their values, defaults and hints
 * come from the schema (src/core/schema.ts, schema-docs.ts), and a field
 * missing here is titled from its attribute name, so new schema rows show
 * up without an edit.
 */
import {localeStrings, type LabelPreset} from '../../src/core/index.js';
import type {Section} from './model.js';

const TITLES: Record<string, string> = {
  element: 'Element',
  'business-id': 'Business ID (required)',
  body: 'Prefilled message',
  preset: 'Title',
  label: 'Your own label',
  cta: 'Call to action',
  lang: 'Language',
  scale: 'Size',
  'icon-only': 'Icon only',
  rounded: 'Rounded corners',
  color: 'Text colour',
  background: 'Background colour',
  'text-color': 'Text colour',
  'icon-color': 'Icon colour',
  'font-family': 'Font',
  unsupported: 'On Android, Windows and other devices',
  'fallback-channel': 'Fallback',
  phone: 'Phone number',
  'fallback-href': 'Fallback page',
  analytics: 'Count conversations in',
  'analytics-event': 'GA4 event name (optional)',
  nojs: 'Include a plain link for browsers without JavaScript',
  'all-languages': 'The page mixes languages: load every language’s labels',
};

const CHOICES: Record<string, Record<string, string>> = {
  element: {button: 'Button', banner: 'Banner (icon, call to action and a line of context)'},
  theme: {dark: 'Dark (black)', light: 'Light (white)', auto: 'Follows the visitor'},
  shape: {circle: 'Circle (icon only)'},
  unsupported: {
    '': 'Default',
    fallback: 'Show a fallback',
    show: 'Show the link anyway',
  },
  'fallback-channel': {auto: 'Automatic (call, else page)', sms: 'Text message', web: 'Web page'},
  analytics: {ga4: 'Google Analytics 4', gtm: 'Google Tag Manager', meta: 'Meta Pixel'},
};

const SECTIONS: Record<string, string> = {
  element: 'Element',
  routing: 'Routing',
  label: 'Label and language',
  look: 'Appearance',
  fallback: 'Where Apple Messages is unavailable',
  analytics: 'Analytics',
  snippet: 'Snippet',
};

/** `fallback-href` → `Fallback href`. */
function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's title. */
export function titleOf(name: string): string {
  return TITLES[name] ?? humanize(name);
}

/** A section's heading. */
export function sectionTitle(section: Section): string {
  return SECTIONS[section] ?? humanize(section);
}

/** The words shown for one value of a select, radio or token list. */
export function choiceLabel(name: string, value: string): string {
  if (name === 'preset') {
    return localeStrings('en').presets[value as LabelPreset] ?? humanize(value);
  }
  return CHOICES[name]?.[value] ?? humanize(value);
}

/** A language's name in itself, with its code: `Deutsch (de)`. */
export function languageName(code: string): string {
  if (!code) return 'The page’s language';
  try {
    return `${new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}
