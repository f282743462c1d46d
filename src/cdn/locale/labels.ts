/**
 * Stands in for `src/core/labels.ts` in the per-language CDN bundles
 * (`dist/cdn/message-us.<locale>.js`). Those are built once with the
 * placeholder table below, then scripts/locale-bundles.mjs writes one file
 * per locale with that locale's labels in the placeholder's place: a
 * minified bundle with one locale, without a build of its own per locale.
 *
 * @module
 */
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
 * bundle's locale, and the page is told once which file has them all. The
 * URL of that file is this one's without the locale, so the example is
 * pinned to the same version and host.
 */
export function ownLocale(locale: string, lang: string | null | undefined): string {
  if (LABELS[locale]) return locale;
  const own = Object.keys(LABELS).find((key) => LABELS[key])!;
  const file = import.meta.url.replace(/[?#].*/, '');
  const full = file.replace(/\.[^./]+(\.js)$/, '$1');
  warnOnce(
    'one-language',
    `lang="${lang ?? ''}": this file has the ${own} labels only (${file.split('/').pop()}), so the labels show in ${own}, not ${locale}. For a page in several languages, load the file of every language instead. Example: <script type="module" src="${full}"></script>`,
    document.documentElement
  );
  return own;
}
