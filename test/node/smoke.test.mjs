// Every published entry imports in plain Node (no DOM) without throwing, the
// core stays free of Lit and the DOM, and registration is a no-op there.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// Data files (JSON, CSS) are not modules, and type-only entries
// (message-us/types/react…) have no JavaScript to import.
const entries = Object.keys(pkg.exports).filter(
  (key) =>
    !/\.(json|css)$/.test(key) && (typeof pkg.exports[key] === 'string' || pkg.exports[key].default)
);

for (const entry of entries) {
  test(`imports message-us${entry.slice(1)} in Node`, async () => {
    const specifier = entry === '.' ? 'message-us' : `message-us${entry.slice(1)}`;
    const module = await import(specifier);
    assert.ok(Object.keys(module).length > 0, `${specifier} exports something`);
  });
}

test('core.js exports the documented functions', async () => {
  const core = await import('message-us/core.js');
  for (const name of [
    'buildMessagesUrl',
    'parseMessagesUrl',
    'validateMessagesOptions',
    'detectPlatform',
    'isMessagesSupported',
    'buildTelUrl',
    'buildSmsUrl',
    'buildWhatsAppUrl',
    'buildMailtoUrl',
    'normalizeWebUrl',
    'MessageUsError',
  ]) {
    assert.equal(typeof core[name], 'function', name);
  }
  assert.equal(
    core.buildMessagesUrl({businessId: '22222222-dddd-4444-bbbb-777777777777', body: 'Hi there'}),
    'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777?body=Hi%20there'
  );
  assert.deepEqual(core.detectPlatform(), {
    os: 'unknown',
    osVersion: null,
    isApple: false,
    supportsMessages: false,
  });
});

test('dist/core imports nothing from lit', () => {
  const dir = new URL('../../dist/core/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  assert.ok(files.length >= 5);
  for (const file of files) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    assert.doesNotMatch(source, /from\s*['"](lit|@lit)/, file);
  }
});

test('the root entry exports both element classes', async () => {
  const root = await import('message-us');
  assert.equal(typeof root.MessageUsButtonElement, 'function');
  assert.equal(typeof root.MessageUsBannerElement, 'function');
});

test('custom-elements.json documents both elements', () => {
  const manifest = JSON.parse(
    readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')
  );
  const elements = {};
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (d.customElement && d.tagName) elements[d.tagName] = d;
    }
  }
  assert.deepEqual(Object.keys(elements).sort(), [
    'message-us-banner',
    'message-us-button',
    'message-us-launcher',
  ]);
  for (const [tag, d] of Object.entries(elements)) {
    const attributes = d.attributes.map((a) => a.name);
    for (const name of [
      'business-id',
      'intent',
      'group',
      'body',
      'unsupported',
      'phone',
      'platform',
    ]) {
      assert.ok(attributes.includes(name), `${tag} lists ${name}`);
    }
    assert.deepEqual(d.events.map((e) => e.name).sort(), [
      'message-us-availability',
      'message-us-click',
      ...(tag === 'message-us-launcher' ? ['message-us-launcher-toggle'] : []),
      'message-us-outcome',
    ]);
    assert.ok(
      d.cssParts.some((p) => p.name === 'base'),
      `${tag} lists part base`
    );
    // The launcher's one slot holds its departments.
    const slot = tag === 'message-us-launcher' ? '' : 'label';
    assert.ok(
      d.slots.some((s) => s.name === slot),
      `${tag} lists slot ${slot || '(default)'}`
    );
  }
});

test('business hours ship in their own bundle, not in the default one', () => {
  const read = (file) => readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
  // Texts only the hours build carries: the "back at" labels, and in the
  // development build its parse warning.
  assert.doesNotMatch(read('message-us.js'), /Back at \{t\}/);
  assert.match(read('message-us-hours.js'), /Back at \{t\}/);
  const marker = /treating the business as always open/;
  assert.doesNotMatch(read('message-us.dev.js'), marker);
  assert.match(read('message-us-hours.dev.js'), marker);
  // The default bundle still warns when a page sets hours: the code in
  // production, the build to load in development.
  assert.match(read('message-us.js'), /"MU14"/);
  assert.match(read('message-us.dev.js'), /dist\/cdn\/message-us-hours\.js/);
});

test('the CDN bundles carry only the schema fields their code reads', () => {
  const read = (file) => readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url), 'utf8');
  const apple = /data-apple-business-intent-id/;
  // The form-only fields: every row's section, and the analytics words.
  const formOnly = /group:"(routing|label|look)"|tokens:\[/;
  for (const file of ['message-us.js', 'message-us-hours.js', 'message-us-launcher.js']) {
    assert.doesNotMatch(read(file), apple, file);
    assert.doesNotMatch(read(file), formOnly, file);
  }
  // The Apple layer maps Apple's attributes with them.
  assert.match(read('apple-compat.js'), apple);
  assert.doesNotMatch(read('apple-compat.js'), formOnly);
  // Examples only in the full warnings of the development twins.
  const example = /example:"account_question"/;
  for (const file of ['message-us.js', 'apple-compat.js']) {
    assert.doesNotMatch(read(file), example, file);
    assert.match(read(file.replace(/\.js$/, '.dev.js')), example, file);
  }
  // The npm build keeps every field for forms, docs and CMS authors.
  const npm = readFileSync(new URL('../../dist/core/schema.js', import.meta.url), 'utf8');
  assert.match(npm, apple);
  assert.match(npm, /group: 'routing'/);
});
