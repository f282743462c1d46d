// The per-language CDN bundles: dist/cdn/message-us.<locale>.js and
// message-us-hours.<locale>.js for every locale of the labels table, each
// with that locale's labels (and after-hours words) only.
//
// Rollup builds each of the two once, with src/cdn/locale/'s stand-ins,
// whose tables hold one placeholder locale `xx` (dist/cdn/*.xx.js). Here
// the placeholder table's minified text is replaced by one locale's (with
// the other locales' keys and empty labels in the labels table), as
// terser prints it (a key that is a name bare, otherwise double-quoted; the
// value double-quoted, the texts having nothing to escape), and the source
// map's columns after it are moved by the difference. That costs a string
// replacement rather than 37 more Rollup and terser runs per bundle, and
// gives the code a build with that one locale would: the same length,
// differing only in terser's choice of one- and two-letter names, which
// follows character frequencies (the placeholder's included).
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {decode, encode} from '@jridgewell/sourcemap-codec';

const BUNDLES = ['message-us', 'message-us-hours'];
const PLACEHOLDER = {labels: '{xx:"@@LABELS@@"}', back: '{xx:"@@BACK@@"}'};

/** An object literal of strings as terser prints it. */
export function literal(entries) {
  const text = entries.map(([key, value]) => {
    if ([...value].some((c) => c < ' ' || `"'\\\u2028\u2029\ufeff`.includes(c))) {
      throw new Error(`locale-bundles: ${key} has a character terser would escape: ${value}`);
    }
    return `${/^[a-z]+$/.test(key) ? key : JSON.stringify(key)}:"${value}"`;
  });
  return `{${text.join(',')}}`;
}

/**
 * Replaces the one occurrence of `from` in the code with `to` (no line
 * breaks in either), and moves the map's mappings after it on its line.
 */
function replace({code, lines}, from, to) {
  const at = code.indexOf(from);
  if (at < 0 || code.indexOf(from, at + 1) >= 0) {
    throw new Error(`locale-bundles: expected ${from} once in the bundle`);
  }
  const line = code.slice(0, at).split('\n').length - 1;
  const column = at - (code.lastIndexOf('\n', at) + 1);
  const end = column + from.length;
  const delta = to.length - from.length;
  lines[line] = (lines[line] ?? [])
    .filter(([c]) => c <= column || c >= end)
    .map((segment) => (segment[0] >= end ? [segment[0] + delta, ...segment.slice(1)] : segment));
  return {code: code.slice(0, at) + to + code.slice(at + from.length), lines};
}

/** Writes the per-language bundles and their maps; returns their file names. */
export async function writeLocaleBundles() {
  const {LABELS} = await import(new URL('../dist/core/labels.js', import.meta.url).href);
  const {BACK_TEMPLATES} = await import(
    new URL('../dist/core/hours-i18n.js', import.meta.url).href
  );
  const written = [];
  for (const bundle of BUNDLES) {
    const source = `dist/cdn/${bundle}.xx.js`;
    if (!existsSync(source)) continue;
    const code = readFileSync(source, 'utf8');
    const map = JSON.parse(readFileSync(`${source}.map`, 'utf8'));
    const hasBack = code.includes(PLACEHOLDER.back);
    for (const locale of Object.keys(LABELS)) {
      const name = `${bundle}.${locale}.js`;
      let out = {code, lines: decode(map.mappings)};
      // Every locale's key, so tags resolve as in the full bundle; one's labels.
      const labels = Object.keys(LABELS).map((key) => [key, key === locale ? LABELS[key] : '']);
      out = replace(out, PLACEHOLDER.labels, literal(labels));
      if (hasBack)
        out = replace(out, PLACEHOLDER.back, literal([[locale, BACK_TEMPLATES[locale]]]));
      out = replace(
        out,
        `//# sourceMappingURL=${bundle}.xx.js.map`,
        `//# sourceMappingURL=${name}.map`
      );
      writeFileSync(`dist/cdn/${name}`, out.code);
      writeFileSync(
        `dist/cdn/${name}.map`,
        JSON.stringify({...map, file: name, mappings: encode(out.lines)})
      );
      written.push(name);
    }
    rmSync(source);
    rmSync(`${source}.map`);
  }
  // The stand-ins' declarations, which the CDN build's TypeScript pass writes.
  rmSync('dist/cdn/locale', {recursive: true, force: true});
  return written;
}
