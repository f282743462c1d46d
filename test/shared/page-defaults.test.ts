/**
 * Page-level defaults (`<meta name="message-us:ATTRIBUTE" content="…">`),
 * warnings for attribute names that look like typos, and the element as the
 * second argument of every warning.
 */
import {expect, fixture} from '@open-wc/testing';
import '../../src/index.js';
import {BUSINESS_ID, MESSAGES_BASE, link, settle, takeWarnings, warnedAbout} from './harness.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';

const metas: HTMLMetaElement[] = [];

function meta(name: string, content: string): HTMLMetaElement {
  const element = document.createElement('meta');
  element.name = name;
  element.content = content;
  document.head.append(element);
  metas.push(element);
  return element;
}

async function element(html: string): Promise<MessageUsElement> {
  const el = await fixture<MessageUsElement>(html);
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  metas.splice(0).forEach((m) => m.remove());
  await settle();
});

describe('page-level defaults', () => {
  it('give every element of the page its business ID and routing', async () => {
    meta('message-us:business-id', BUSINESS_ID);
    meta('message-us:group', 'billing');
    const el = await element(
      '<message-us-button platform="apple" intent="refund"></message-us-button>'
    );
    expect(el.href).to.equal(`${MESSAGES_BASE}?biz-intent-id=refund&biz-group-id=billing`);
  });

  it('lose to the element’s own attribute', async () => {
    meta('message-us:business-id', BUSINESS_ID);
    meta('message-us:theme', 'light');
    meta('message-us:intent', 'sales');
    const el = await element(
      '<message-us-banner platform="apple" theme="dark" intent="support"></message-us-banner>'
    );
    expect([el.href, link(el).className]).to.deep.equal([
      `${MESSAGES_BASE}?biz-intent-id=support`,
      'dark',
    ]);
  });

  it('apply live when a meta is added, changed or removed later', async () => {
    const el = await element('<message-us-button platform="apple"></message-us-button>');
    const before = [el.outcome, el.href];
    const id = meta('message-us:business-id', BUSINESS_ID);
    await settle();
    await el.updateComplete;
    const added = el.href;
    id.content = BUSINESS_ID.toUpperCase();
    meta('message-us:body', 'Hi');
    await settle();
    await el.updateComplete;
    const changed = el.href;
    id.remove();
    await settle();
    await el.updateComplete;
    expect([before, added, changed, [el.outcome, el.href]]).to.deep.equal([
      ['invalid', null],
      MESSAGES_BASE,
      `${MESSAGES_BASE}?body=Hi`,
      ['invalid', null],
    ]);
    takeWarnings(); // the missing ID, before and after
  });

  it('read the meta name in any case, the first one for a name winning', async () => {
    meta('Message-US:Business-ID', BUSINESS_ID);
    meta('message-us:business-id', 'not-a-uuid');
    const el = await element('<message-us-button platform="apple"></message-us-button>');
    expect(el.href).to.equal(MESSAGES_BASE);
  });

  it('warn once per page about a meta name that looks like a typo', async () => {
    const typo = meta('message-us:bussiness-id', BUSINESS_ID);
    await element(`<message-us-button business-id="${BUSINESS_ID}"></message-us-button>`);
    await element(`<message-us-banner business-id="${BUSINESS_ID}"></message-us-banner>`);
    expect([takeWarnings(), warnedAbout]).to.deep.equal([
      [
        '[message-us] <meta name="message-us:bussiness-id"> names no attribute; did you mean message-us:business-id? Example: <meta name="message-us:business-id" content="…">',
      ],
      [typo],
    ]);
  });
});

describe('attribute names that look like typos', () => {
  const rows: Array<[tag: string, typo: string, meant: string, example: string]> = [
    ['message-us-button', 'bussiness-id', 'business-id', '22222222-dddd-4444-bbbb-777777777777'],
    ['message-us-button', 'intnet', 'intent', 'account_question'],
    ['message-us-button', 'businessid', 'business-id', '22222222-dddd-4444-bbbb-777777777777'],
    ['message-us-banner', 'text-colour', 'text-color', '#1b3f68'],
  ];
  for (const [tag, typo, meant, example] of rows) {
    it(`<${tag} ${typo}> gets one warning naming ${meant}`, async () => {
      const el = await element(
        `<${tag} business-id="${BUSINESS_ID}" platform="apple" ${typo}="x" class="a" data-x="1" aria-label="Chat"></${tag}>`
      );
      el.setAttribute('label', 'again');
      await el.updateComplete;
      expect([takeWarnings(), warnedAbout]).to.deep.equal([
        [
          `[message-us] <${tag}> ${typo} is not an attribute of <${tag}>; did you mean ${meant}? Example: ${meant}="${example}"`,
        ],
        [el],
      ]);
    });
  }

  it('passes the element as the second argument of every warning', async () => {
    const el = await element(
      '<message-us-button business-id="nope" theme="purple" scale="x"></message-us-button>'
    );
    expect([takeWarnings().length, warnedAbout]).to.deep.equal([3, [el, el, el]]);
  });
});
