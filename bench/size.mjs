// Size benchmark: the CDN bundles minified, gzip -9 and brotli q11, and the
// bytes message-us adds on top of Lit (Lit's own share measured by bundling
// the same Lit modules alone with the same minifier). Writes
// bench/results/size.json; with --check, fails when a budget is exceeded.
import {mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const budgets = JSON.parse(readFileSync(new URL('./size-budget.json', import.meta.url), 'utf8'));

export function sizes(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

// The Lit modules the elements use, bundled alone the way the CDN build does.
async function litAlone() {
  const entry = '\0lit-entry';
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry
            ? `export {LitElement, html, svg, css, nothing} from 'lit';
               export {styleMap} from 'lit/directives/style-map.js';`
            : null,
      },
      nodeResolve(),
      terser({ecma: 2021, module: true, compress: {passes: 3}, format: {comments: false}}),
    ],
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  return Buffer.from(output[0].code);
}

// Every bundle with a budget is measured; one missing is an error, not a skip.
const files = Object.keys(budgets.brotli);
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`[message-us] missing ${missing.join(', ')}: run \`npm run build\` first.`);
  process.exit(1);
}

const lit = sizes(await litAlone());
const rows = [{file: 'lit (alone)', ...lit}];
for (const file of files) {
  const s = sizes(readFileSync(file));
  rows.push({file, ...s});
  rows.push({
    file: `  ${file.split('/').pop()} minus lit`,
    min: s.min - lit.min,
    gzip: s.gzip - lit.gzip,
    brotli: s.brotli - lit.brotli,
  });
}

// The development twins (full warnings), for comparison; no budget.
for (const file of files) {
  const dev = file.replace(/\.js$/, '.dev.js');
  if (existsSync(dev)) rows.push({file: dev, ...sizes(readFileSync(dev))});
}

const pad = (v, n) => String(v).padStart(n);
console.log(`${'bundle'.padEnd(34)}${pad('min', 9)}${pad('gzip', 9)}${pad('brotli', 9)}`);
for (const r of rows)
  console.log(`${r.file.padEnd(34)}${pad(r.min, 9)}${pad(r.gzip, 9)}${pad(r.brotli, 9)}`);

// The per-language bundles (message-us.<locale>.js, message-us-hours.<locale>.js):
// every one in the JSON, the smallest and the largest of each kind here.
const perLanguage = {};
for (const name of readdirSync('dist/cdn').sort()) {
  // message-us.<locale>.js, not the .dev.js twins.
  const match = /^(message-us(?:-hours)?)\.([^.]+)\.js$/.exec(name);
  if (match && match[2] !== 'dev')
    (perLanguage[match[1]] ??= []).push({
      locale: match[2],
      ...sizes(readFileSync(`dist/cdn/${name}`)),
    });
}
for (const [bundle, list] of Object.entries(perLanguage)) {
  const sorted = [...list].sort((a, b) => a.brotli - b.brotli);
  for (const [which, r] of [
    ['min', sorted[0]],
    ['max', sorted.at(-1)],
  ]) {
    const file = `${bundle}.${r.locale}.js (${which})`;
    console.log(`${file.padEnd(34)}${pad(r.min, 9)}${pad(r.gzip, 9)}${pad(r.brotli, 9)}`);
  }
}

mkdirSync('bench/results', {recursive: true});
writeFileSync(
  'bench/results/size.json',
  `${JSON.stringify({date: new Date().toISOString(), node: process.version, rows, perLanguage, budgets}, null, 2)}\n`
);

if (process.argv.includes('--check')) {
  let over = 0;
  for (const [file, budget] of Object.entries(budgets.brotli)) {
    const row = rows.find((r) => r.file === file);
    if (!row) continue;
    const ok = row.brotli <= budget;
    if (!ok) over++;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${file}: ${row.brotli} B brotli (budget ${budget} B)`);
  }
  // Every per-language bundle of a kind against one ceiling; none built is a failure.
  for (const [bundle, budget] of Object.entries(budgets.perLanguage ?? {})) {
    const largest = Math.max(...(perLanguage[bundle] ?? []).map((r) => r.brotli));
    const ok = largest > 0 && largest <= budget;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${bundle}.<locale>.js: largest ${largest} B brotli (budget ${budget} B)`
    );
  }
  if (over) process.exit(1);
}
