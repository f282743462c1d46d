/**
 * Stands in for `src/core/labels.ts` in the per-language CDN bundles
 * (`dist/cdn/message-us.<locale>.js`). Those are built once with the
 * placeholder table below, then scripts/locale-bundles.mjs writes one file
 * per locale with that locale's labels in the placeholder's place: a
 * minified bundle with one locale, without a build of its own per locale.
 *
 * @module
 */
import {coded, shown} from '../../core/dev.js';
import {warnOnce} from '../../shared/hint.js';

/**
 * Every locale, as in the full table, so a tag resolves as it does with the
 * bundle of every language (French is `fr`, not English), but only one
 * locale with its labels, the others empty. The build replaces this
 * placeholder.
 */
export const LABELS: Readonly<Record<string, string>> = {xx: '@@LABELS@@'};

/**
 * A tag resolved to a locale without labels here: its labels stay in the
 * bundle's locale, and the page is told once, by code (MU23): these files
 * are production builds only, with no development twin to print more.
 */
export function ownLocale(locale: string, lang: string | null | undefined): string {
  if (LABELS[locale]) return locale;
  warnOnce('one-language', coded('MU23', shown('lang', lang ?? '')), document.documentElement);
  return Object.keys(LABELS).find((key) => LABELS[key])!;
}
