// The per-language CDN bundles (scripts/locale-bundles.mjs): one file per
// locale and per bundle, each with that locale's tables and no other's,
// hashed like the other bundles, with a source map that still points at the
// code after the swapped table. Needs `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {SourceMapConsumer} from 'source-map-js';

const dist = new URL('../../dist/', import.meta.url);
const built = existsSync(new URL('cdn/message-us.en.js', dist));
const read = (path) => readFileSync(new URL(path, dist), 'utf8');
const core = () => import(new URL('core/index.js', dist).href);
const tables = async () => ({
  labels: (await import(new URL('core/labels.js', dist).href)).LABELS,
  back: (await import(new URL('core/hours-i18n.js', dist).href)).BACK_TEMPLATES,
});
// An object of strings as terser prints it (keys that are names bare).
const literal = (entries) =>
  `{${entries.map(([key, value]) => `${/^[a-z]+$/.test(key) ? key : `"${key}"`}:"${value}"`).join(',')}}`;

test('every locale has message-us.<locale>.js and message-us-hours.<locale>.js, and no other file', async (t) => {
  if (!built) return t.skip('run npm run build first');
  const {SUPPORTED_LOCALES} = await core();
  const perLanguage = readdirSync(new URL('cdn/', dist))
    .filter((name) => /^message-us(-hours)?\.[^.]+\.js$/.test(name) && !name.endsWith('.dev.js'))
    .sort();
  const expected = SUPPORTED_LOCALES.flatMap((locale) => [
    `message-us.${locale}.js`,
    `message-us-hours.${locale}.js`,
  ]).sort();
  assert.equal(SUPPORTED_LOCALES.length, 37);
  assert.deepEqual(perLanguage, expected);
});

test('each per-language bundle holds its own locale’s tables only', async (t) => {
  if (!built) return t.skip('run npm run build first');
  const {SUPPORTED_LOCALES} = await core();
  const {labels, back} = await tables();
  for (const bundle of ['message-us', 'message-us-hours']) {
    for (const locale of SUPPORTED_LOCALES) {
      const code = read(`cdn/${bundle}.${locale}.js`);
      // Every locale's key (tags resolve as in the full bundle), one's labels.
      const own = [literal(Object.keys(labels).map((l) => [l, l === locale ? labels[l] : '']))];
      if (bundle === 'message-us-hours') own.push(literal([[locale, back[locale]]]));
      for (const table of own) {
        assert.equal(code.split(table).length, 2, `${bundle}.${locale}.js has ${table} once`);
      }
      for (const other of SUPPORTED_LOCALES.filter((l) => l !== locale)) {
        assert.ok(!code.includes(labels[other]), `${bundle}.${locale}.js has no ${other} labels`);
        assert.ok(
          !code.includes(back[other]),
          `${bundle}.${locale}.js has no ${other} hours words`
        );
      }
      assert.ok(!code.includes('@@'), `${bundle}.${locale}.js has no placeholder left`);
      assert.ok(code.endsWith(`\n//# sourceMappingURL=${bundle}.${locale}.js.map\n`));
    }
  }
});

test('the default bundles keep every locale', async (t) => {
  if (!built) return t.skip('run npm run build first');
  const {labels, back} = await tables();
  const code = read('cdn/message-us.js');
  const hours = read('cdn/message-us-hours.js');
  for (const [locale, value] of Object.entries(labels)) {
    assert.ok(code.includes(value) && hours.includes(value), `${locale} labels`);
    assert.ok(hours.includes(back[locale]), `${locale} hours words`);
  }
  // The stand-in's warning is not in them.
  assert.ok(!code.includes('one-language') && !hours.includes('one-language'));
});

test('the per-language bundles have SRI hashes in their .sri files and integrity.json', async (t) => {
  if (!built) return t.skip('run npm run build first');
  const {SUPPORTED_LOCALES} = await core();
  const integrity = JSON.parse(read('cdn/integrity.json'));
  for (const locale of SUPPORTED_LOCALES) {
    for (const name of [`message-us.${locale}.js`, `message-us-hours.${locale}.js`]) {
      const hash = `sha384-${createHash('sha384')
        .update(readFileSync(new URL(`cdn/${name}`, dist)))
        .digest('base64')}`;
      assert.equal(integrity[name], hash, name);
      assert.equal(read(`cdn/${name}.sri`), `${hash}\n`, `${name}.sri`);
    }
  }
});

test('a per-language source map still maps the code after the table', async (t) => {
  if (!built) return t.skip('run npm run build first');
  for (const name of ['message-us.en.js', 'message-us.zh-Hant.js', 'message-us-hours.fa.js']) {
    const code = read(`cdn/${name}`);
    const map = JSON.parse(read(`cdn/${name}.map`));
    assert.equal(map.file, name);
    const consumer = new SourceMapConsumer(map);
    // The warning's key, right after the table on the same line.
    const at = code.indexOf('"one-language"');
    const line = code.slice(0, at).split('\n').length;
    const column = at - (code.lastIndexOf('\n', at) + 1);
    const original = consumer.originalPositionFor({line, column});
    assert.match(original.source, /src\/cdn\/locale\/labels\.ts$/);
    const source = map.sourcesContent[map.sources.indexOf(original.source)];
    assert.match(source.split('\n')[original.line - 1], /'one-language'/);
  }
});
