// The elements are server-safe: importing and constructing them in Node,
// and deciding what they render, touches no `document` or `navigator`.
// Reads from our own build (dist/) count; Lit's node build checks
// `globalThis.document` itself, which is its business.
import {test} from 'node:test';
import assert from 'node:assert/strict';

const touched = [];
for (const name of ['document', 'navigator', 'window', 'location']) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get() {
      const stack = new Error().stack ?? '';
      if (/\/dist\//.test(stack)) touched.push(`${name} ${stack.split('\n')[2].trim()}`);
      return undefined;
    },
  });
}

const ID = '22222222-dddd-4444-bbbb-777777777777';

test('imports, constructs and renders both elements without touching the DOM', async () => {
  const {MessageUsButtonElement, MessageUsBannerElement} = await import('message-us');
  const button = new MessageUsButtonElement();
  const banner = new MessageUsBannerElement();
  Object.assign(button, {businessId: ID, intent: 'billing', theme: 'light'});
  Object.assign(banner, {businessId: ID, cta: 'Ask us'});
  // What a server renderer calls before render().
  button.willUpdate(new Map());
  banner.willUpdate(new Map());
  const strings = (template) =>
    template.strings.join('|') + template.values.filter((v) => typeof v === 'string').join('|');
  assert.deepEqual(
    [button.outcome, button.href, banner.href, button.view.label, banner.view.label],
    [
      'messages',
      `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=billing`,
      `https://bcrw.apple.com/urn:biz:${ID}`,
      'Message Us',
      'Ask us',
    ]
  );
  assert.match(strings(button.render()), /part="base"/);
  assert.deepEqual(touched, []);
});
