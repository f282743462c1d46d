// window.appleBusinessChat.version is a constant in the source (so the npm
// modules, the CDN bundle and the browser tests read it without a build
// step); this keeps it equal to package.json's version.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const source = readFileSync(new URL('../../src/apple-compat/version.ts', import.meta.url), 'utf8');

test('APPLE_COMPAT_VERSION equals the package version', () => {
  const match = /export const APPLE_COMPAT_VERSION = '([^']*)';/.exec(source);
  assert.ok(match, 'src/apple-compat/version.ts declares APPLE_COMPAT_VERSION as a string literal');
  assert.equal(match[1], pkg.version);
});

test('the version is digits and dots, as Apple documents for its own', () => {
  assert.match(pkg.version, /^\d+(\.\d+)*$/);
});

// The browser test of the bundle cannot check the hash (its test server
// re-serves JavaScript through esbuild), so it is checked here, after a build.
test('dist/cdn/apple-compat.js matches its published SRI hash', (t) => {
  const bundle = new URL('../../dist/cdn/apple-compat.js', import.meta.url);
  if (!existsSync(bundle)) return t.skip('run npm run build first');
  const sri = readFileSync(new URL('../../dist/cdn/apple-compat.js.sri', import.meta.url), 'utf8');
  const hash = createHash('sha384').update(readFileSync(bundle)).digest('base64');
  assert.equal(sri, `sha384-${hash}\n`);
});
