// message-us/ssr.js (dist/ssr.js, npm run build): the elements' HTML
// rendered in Node by Lit's real server renderer, as static-site generators
// use it. The browser side (hydration in three engines) is in
// test/frameworks/lit-hydration.test.ts.
import {afterEach, beforeEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {renderElement, escapeAttribute} from 'message-us/ssr.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const MESSAGES = `https://bcrw.apple.com/urn:biz:${ID}`;

let warnings = [];
const originalWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args) => warnings.push(String(args[0]));
});
afterEach(() => {
  console.warn = originalWarn;
});

/** The host's start tag, exactly as rendered. */
const hostTag = (html) => html.slice(0, html.indexOf('>') + 1);

/** The shadow link's start tag, whitespace collapsed, or null. */
function linkTag(html) {
  const match = /<a\s[^>]*>/.exec(html);
  return match ? match[0].replace(/\s+/g, ' ') : null;
}

/** The shadow root's text without styles and Lit's markers. */
const text = (html) =>
  html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// The server assumes English unless the element has a `lang`: it cannot see
// the page's. Sizes and colours (the `--_*` tokens) are set through CSSOM,
// so they apply once the element hydrates.
test('renders a button with its declarative shadow root and the Messages link', async () => {
  const html = await renderElement('message-us-button', {'business-id': ID, intent: 'billing'});
  assert.equal(hostTag(html), `<message-us-button business-id="${ID}" intent="billing">`);
  assert.ok(
    html.startsWith(
      `<message-us-button business-id="${ID}" intent="billing"><template shadowroot="open" shadowrootmode="open" shadowrootdelegatesfocus><style>`
    ),
    html.slice(0, 200)
  );
  assert.ok(
    html.endsWith('</a\n    ><!--/lit-part--></template></message-us-button>'),
    html.slice(-80)
  );
  assert.equal(html.match(/<template/g).length, 1);
  assert.equal(
    linkTag(html),
    `<a part="base" class="dark" href="${MESSAGES}?biz-intent-id=billing" lang="en" dir="ltr" aria-describedby="d" >`
  );
  assert.equal(text(html), 'Message Us Opens Apple Messages');
  assert.deepEqual(warnings, []);
});

test('escapes attribute values (& " < > \')', async () => {
  const html = await renderElement('message-us-button', {
    'business-id': ID,
    body: 'a & "b" <c> \'d\'',
  });
  assert.equal(
    hostTag(html),
    `<message-us-button business-id="${ID}" body="a &amp; &quot;b&quot; &lt;c&gt; &#39;d&#39;">`
  );
  assert.equal(
    linkTag(html),
    `<a part="base" class="dark" href="${MESSAGES}?body=a%20%26%20%22b%22%20%3Cc%3E%20%27d%27" lang="en" dir="ltr" aria-describedby="d" >`
  );
  assert.deepEqual(warnings, []);
});

test('an attribute value cannot close the tag or inject markup', async () => {
  const html = await renderElement('message-us-button', {
    'business-id': ID,
    label: '"><script>alert(1)</script>',
  });
  assert.equal(
    hostTag(html),
    `<message-us-button business-id="${ID}" label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">`
  );
  assert.doesNotMatch(html, /<script/);
  assert.equal(text(html), '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; Opens Apple Messages');
});

test('true is a bare attribute, false is "false", null and undefined are left out, numbers are text', async () => {
  const html = await renderElement('message-us-button', {
    'business-id': ID,
    'icon-only': true,
    theme: 'light',
    scale: 1.5,
    intent: null,
    group: undefined,
    lang: 'fr',
  });
  assert.equal(
    hostTag(html),
    `<message-us-button business-id="${ID}" icon-only theme="light" scale="1.5" lang="fr">`
  );
  assert.equal(
    linkTag(html),
    `<a part="base" class="light icon-only" href="${MESSAGES}" lang="fr" dir="ltr" aria-describedby="d" >`
  );
  assert.equal(text(html), 'Écrivez-nous Ouvre Apple Messages');

  const banner = await renderElement('message-us-banner', {'business-id': ID, rounded: false});
  assert.equal(hostTag(banner), `<message-us-banner business-id="${ID}" rounded="false">`);
});

test('the server renders the Messages link whatever the policy, unless a platform is previewed', async () => {
  const fallback = await renderElement('message-us-banner', {
    'business-id': ID,
    unsupported: 'fallback',
    phone: '+12163954902',
  });
  assert.match(linkTag(fallback), new RegExp(`href="${MESSAGES}"`));

  const other = await renderElement('message-us-banner', {
    'business-id': ID,
    platform: 'other',
    phone: '+12163954902',
  });
  assert.match(linkTag(other), /href="tel:\+12163954902"/);
  assert.deepEqual(warnings, []);
});

test('an invalid business ID renders an empty shadow root and warns once', async () => {
  const html = await renderElement('message-us-button', {'business-id': 'nope'});
  assert.equal(linkTag(html), null);
  assert.equal(warnings.length, 1);
  // Node resolves the production build (no `development` condition): the short form.
  assert.equal(
    warnings[0],
    '[message-us] <message-us-button> MU01 business-id="nope": https://github.com/message-us/message-us#mu01'
  );
});

test('bad input warns and never throws', async () => {
  assert.equal(await renderElement('message-us-launcherz', {'business-id': ID}), '');
  const html = await renderElement('message-us-button', {
    'business-id': ID,
    'on"click': 'x',
    'a b': 'y',
  });
  assert.equal(hostTag(html), `<message-us-button business-id="${ID}">`);
  assert.deepEqual(warnings, [
    '[message-us] renderElement: unknown tag "message-us-launcherz"; use one of message-us-button, message-us-banner',
    `[message-us] renderElement: "on\\"click" is not an attribute name; example: {intent: 'billing'}`,
    `[message-us] renderElement: "a b" is not an attribute name; example: {intent: 'billing'}`,
  ]);
});

test('escapeAttribute', () => {
  assert.equal(escapeAttribute('a & "b"'), 'a &amp; &quot;b&quot;');
  assert.equal(escapeAttribute('<x>'), '&lt;x&gt;');
  assert.equal(escapeAttribute('&amp;'), '&amp;amp;');
  assert.equal(escapeAttribute("it's"), "it's");
});

test('the CDN bundle does not contain the server renderer', () => {
  const bundle = readFileSync(new URL('../../dist/cdn/message-us.js', import.meta.url), 'utf8');
  assert.doesNotMatch(bundle, /lit-labs\/ssr|renderElement|shadowrootmode/);
});
