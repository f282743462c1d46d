// Where the bytes of a CDN bundle come from: every byte of the minified
// bundle (after terser) is attributed to the source module its source map
// names, then modules are grouped (Lit, link building, schema and view,
// locales, …). Brotli does not add up per part, so each group shows its
// bytes compressed alone (what it would cost as a bundle of its own) and its
// share of the whole bundle's brotli size (in proportion to its minified bytes).
//
//   npm run build && node bench/modules.mjs [dist/cdn/message-us.js]
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants} from 'node:zlib';
import {SourceMapConsumer} from 'source-map-js';

const file = process.argv[2] ?? 'dist/cdn/message-us.js';
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

// Generated text per source: each mapping owns the text up to the next one
// on its line; text before a line's first mapping is unattributed.
const lines = code.split('\n');
const byLine = lines.map(() => []);
map.eachMapping(
  (m) => byLine[m.generatedLine - 1]?.push(m),
  null,
  SourceMapConsumer.GENERATED_ORDER
);
const text = new Map();
const add = (source, s) => text.set(source, (text.get(source) ?? '') + s);
lines.forEach((line, i) => {
  const marks = byLine[i];
  add('(unmapped)', line.slice(0, marks[0]?.generatedColumn ?? line.length) + '\n');
  marks.forEach((m, j) => {
    const end = marks[j + 1]?.generatedColumn ?? line.length;
    add(m.source ?? '(unmapped)', line.slice(m.generatedColumn, end));
  });
});

const GROUPS = [
  [
    'Lit (lit-html, reactive-element, lit-element)',
    /node_modules\/(lit|lit-html|lit-element|@lit)\//,
  ],
  [
    'locales (labels of every language)',
    /src\/(core\/(i18n|labels|locales?)|cdn\/locale\/)[^/]*\.ts$/,
  ],
  ['schema and view (options, defaults, parsing)', /src\/core\/(schema|view|options)\.ts$/],
  [
    'link building (Messages URL, fallback, outcome)',
    /src\/core\/(messages-url|fallback|outcome|errors)\.ts$/,
  ],
  ['platform detection', /src\/core\/platform\.ts$/],
  ['contrast', /src\/core\/contrast\.ts$/],
  ['analytics', /src\/(core|shared)\/analytics\.ts$/],
  ['styles', /src\/(shared\/styles|shared\/tokens)\.ts$/],
  [
    'elements (shared element, button, banner, controllers)',
    /src\/(shared|message-us-button|message-us-banner)\//,
  ],
  ['CDN entry', /src\/cdn\//],
];
const groupOf = (source) => GROUPS.find(([, re]) => re.test(source))?.[0] ?? 'other';

const brotli = (s) =>
  brotliCompressSync(Buffer.from(s), {
    params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: s.length},
  }).length;
const total = Buffer.byteLength(code);
const totalBrotli = brotli(code);

const groups = new Map();
for (const [source, s] of text) {
  const g = groups.get(groupOf(source)) ?? {text: '', modules: []};
  g.text += s;
  g.modules.push([source.replace(/^.*?(node_modules|src)\//, '$1/'), Buffer.byteLength(s)]);
  groups.set(groupOf(source), g);
}
const rows = [...groups]
  .map(([name, g]) => ({
    name,
    bytes: Buffer.byteLength(g.text),
    alone: brotli(g.text),
    modules: g.modules,
  }))
  .sort((a, b) => b.bytes - a.bytes);

console.log(`${file}: ${total} B minified, ${totalBrotli} B brotli q11\n`);
console.log(
  'group                                                    minified  brotli alone  share of brotli'
);
for (const r of rows) {
  console.log(
    `${r.name.padEnd(56)} ${String(r.bytes).padStart(8)}  ${String(r.alone).padStart(12)}  ${String(Math.round((r.bytes / total) * totalBrotli)).padStart(15)}`
  );
  for (const [m, b] of r.modules.sort((x, y) => y[1] - x[1]).slice(0, 8)) {
    console.log(`    ${m.padEnd(52)} ${String(b).padStart(8)}`);
  }
}

// Warning texts cut across modules: the string and template literals of the
// minified bundle that carry an example (every warning does), approximately
// (a template literal with a nested one is cut at the inner backtick).
const warnings =
  code.match(/`[^`]*Example[^`]*`|"[^"\n]*Example[^"\n]*"|'[^'\n]*Example[^'\n]*'/g) ?? [];
const warningText = warnings.join('');
console.log(
  `\nwarning texts (literals with "Example", ~${warnings.length}): ${Buffer.byteLength(warningText)} B minified, ${brotli(warningText)} B brotli alone`
);
// The stylesheets: css`…` literals survive minification as template strings.
const styles = code.match(/`(?::host|\[part=)[^`]*`/g) ?? [];
const styleText = styles.join('');
console.log(
  `stylesheets (css literals, ${styles.length}): ${Buffer.byteLength(styleText)} B minified, ${brotli(styleText)} B brotli alone`
);
