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

/** One locale's labels; the build replaces this placeholder. */
export const LABELS: Readonly<Record<string, string>> = {xx: '@@LABELS@@'};

/**
 * Every locale's tag, as in the bundle of every language, so a language
 * is matched as there (French is `fr`, which this file lacks, not English).
 * The build replaces this placeholder.
 */
export const LOCALES: readonly string[] = '@@LOCALES@@'.split(' ');

/**
 * A tag resolved to another locale than the bundle's: its labels stay in
 * the bundle's locale, and the page is told once which file has them all.
 * The URL of that file is this one's without the locale, so the example
 * is pinned to the same version and host.
 */
export function otherLocale(lang: string, locale: string): void {
  const own = Object.keys(LABELS)[0];
  const file = import.meta.url.replace(/[?#].*/, '');
  const full = file.replace(/\.[^./]+(\.js)$/, '$1');
  warnOnce(
    'one-language',
    `lang="${lang}": this file has the ${own} labels only (${file.split('/').pop()}), so the labels show in ${own}, not ${locale}. For a page in several languages, load the file of every language instead. Example: <script type="module" src="${full}"></script>`,
    document.documentElement
  );
}
