// The warning codes: every code the source prints is in the one table
// (src/core/warning-codes.ts) and in the README's "Warning codes" section
// with its anchor, every code in the table is used, and the production
// builds carry none of the full texts that the development builds keep.
// Reads the built files: `npm run build` first.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const {WARNING_CODES} = await import(new URL('dist/core/warning-codes.js', root).href);
const {CODES_URL} = await import(new URL('dist/core/dev.js', root).href);

/** Every `coded('MU..'` call in src/, as [file, code]. */
function codesInSource() {
  const found = [];
  for (const file of readdirSync(new URL('src', root), {recursive: true})) {
    if (!String(file).endsWith('.ts')) continue;
    for (const [, code] of read(`src/${file}`).matchAll(/\bcoded\(\s*'([^']*)'/g)) {
      found.push([String(file), code]);
    }
  }
  return found;
}

test('every code used in src/ is in the table, and every code in the table is used', () => {
  const used = codesInSource();
  assert.ok(used.length >= 40, `found only ${used.length} coded warnings`);
  const unknown = used.filter(([, code]) => !(code in WARNING_CODES));
  assert.deepEqual(unknown, []);
  const unused = Object.keys(WARNING_CODES).filter((code) => !used.some(([, c]) => c === code));
  assert.deepEqual(unused, []);
});

test('codes are MU and two digits, in order, each row complete', () => {
  const codes = Object.keys(WARNING_CODES);
  assert.deepEqual(
    codes,
    codes.map((_, i) => `MU${String(i + 1).padStart(2, '0')}`)
  );
  for (const [code, row] of Object.entries(WARNING_CODES)) {
    assert.deepEqual(
      Object.keys(row).filter((key) => typeof row[key] === 'string' && row[key].trim()),
      ['about', 'meaning', 'example'],
      code
    );
  }
});

test('the README explains every code at the anchor the short warnings link to', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Warning codes'));
  for (const code of Object.keys(WARNING_CODES)) {
    const anchor = `${CODES_URL}${code.toLowerCase()}`.split('#')[1];
    assert.ok(section.includes(`<a id="${anchor}">${code}</a>`), `${code} is in the README`);
  }
  assert.equal(CODES_URL.split('#')[1], '', 'CODES_URL ends with #');
});

const BUNDLES = ['message-us', 'message-us-hours', 'apple-compat', 'message-us-launcher'];
// Phrases only the full texts have.
const FULL_TEXT = ['Example:', 'did you mean', 'e.g.', 'is not one of', 'could not render'];

for (const name of BUNDLES) {
  test(`dist/cdn/${name}.js carries no full warning text; ${name}.dev.js does`, () => {
    const production = read(`dist/cdn/${name}.js`);
    const development = read(`dist/cdn/${name}.dev.js`);
    assert.deepEqual(
      FULL_TEXT.filter((phrase) => production.includes(phrase)),
      []
    );
    assert.deepEqual(
      FULL_TEXT.filter((phrase) => !development.includes(phrase)),
      []
    );
    assert.ok(production.includes(CODES_URL), `${name}.js links to the codes`);
    assert.ok(existsSync(new URL(`dist/cdn/${name}.dev.js.sri`, root)), `${name}.dev.js has SRI`);
  });
}

test('the npm build: production by default, full texts under the development condition', () => {
  const pkg = JSON.parse(read('package.json'));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || !target.default?.endsWith('.js')) continue;
    assert.equal(
      target.development,
      target.default.replace('./dist/', './dist/development/'),
      `${entry} has a development build`
    );
    assert.ok(existsSync(new URL(target.development, root)), `${target.development} is built`);
  }
  assert.ok(!read('dist/core/options.js').includes('Example:'));
  assert.ok(read('dist/development/core/options.js').includes('Example:'));
});
