// Server-rendered elements (message-us/ssr.js, rendered by the real
// @lit-labs/ssr in Node during this run, see test/frameworks/server.mjs)
// hydrate in the browser: the declarative shadow root and its link are
// adopted, not rendered again; the browser then corrects what the server
// could not know (the platform); nothing warns or throws.
//
// message-us/hydrate-support.js (with Lit's hydration support, which must
// run before LitElement is first evaluated) is the first import; the
// elements are imported only after the server's HTML is in the page, as a
// page's deferred module script would be.
import {isHydrating} from '../../src/hydrate-support.js';
import {expect} from '@open-wc/testing';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, MESSAGES_BASE} from '../shared/harness.js';

const PHONE = '+12163954902';

async function serverHtml(tag: string, attributes: Record<string, string>): Promise<string> {
  const query = new URLSearchParams({tag, attributes: JSON.stringify(attributes)});
  const response = await fetch(`/__frameworks/lit-ssr?${query}`);
  const body = await response.text();
  if (!response.ok) throw new Error(body);
  const warnings = decodeURIComponent(response.headers.get('x-ssr-warnings') ?? '');
  if (warnings) throw new Error(`the server render warned: ${warnings}`);
  return body;
}

interface Case {
  id: string;
  tag: string;
  attributes: Record<string, string>;
  /** The link's href once hydrated in this (non-Apple) browser, or null for none. */
  hydrated: string | null;
  label: string | null;
}

// The test engines run on Linux: not an Apple device, so what the server
// rendered (the Messages link) stays only when a platform is previewed.
const CASES: Case[] = [
  {
    id: 'apple',
    tag: 'message-us-button',
    attributes: {'business-id': BUSINESS_ID, intent: 'billing', platform: 'apple', lang: 'en'},
    hydrated: `${MESSAGES_BASE}?biz-intent-id=billing`,
    label: 'Message Us',
  },
  {
    id: 'fallback',
    tag: 'message-us-button',
    attributes: {'business-id': BUSINESS_ID, unsupported: 'fallback', phone: PHONE, lang: 'en'},
    hydrated: `tel:${PHONE}`,
    label: 'Call Us',
  },
  {
    id: 'banner',
    tag: 'message-us-banner',
    attributes: {'business-id': BUSINESS_ID, body: 'a & "b"', platform: 'apple', lang: 'en'},
    hydrated: `${MESSAGES_BASE}?body=a%20%26%20%22b%22`,
    label: null,
  },
  {
    id: 'hidden',
    tag: 'message-us-button',
    attributes: {'business-id': BUSINESS_ID, lang: 'en'},
    hydrated: null,
    label: null,
  },
];

interface Before {
  host: MessageUsElement;
  root: ShadowRoot;
  link: HTMLAnchorElement;
  href: string;
}

describe('Lit SSR output hydrates', () => {
  const rendered = new Map<string, Before>();
  // Everything logged from the first server render to the end: the
  // harness's own records are reset before each test.
  const logged: string[] = [];
  const originalError = console.error;
  const originalWarn = console.warn;
  let container: HTMLDivElement;

  before(async () => {
    const html = await Promise.all(
      CASES.map((c) => serverHtml(c.tag, {id: c.id, ...c.attributes}))
    );
    container = document.createElement('div');
    document.body.append(container);
    // What the HTML parser does with a server's page: declarative shadow
    // roots are attached (innerHTML would leave them as inert templates).
    container.setHTMLUnsafe(html.join(''));
    for (const c of CASES) {
      const host = container.querySelector<MessageUsElement>(`#${c.id}`)!;
      const root = host.shadowRoot!;
      const link = root.querySelector('a')!;
      rendered.set(c.id, {host, root, link, href: link.getAttribute('href')!});
    }
    console.error = (...args: unknown[]) => {
      logged.push(`error: ${args.map(String).join(' ')}`);
      originalError.apply(console, args);
    };
    console.warn = (...args: unknown[]) => {
      logged.push(`warning: ${args.map(String).join(' ')}`);
      originalWarn.apply(console, args);
    };
    await import('../../src/index.js');
    for (const {host} of rendered.values()) await host.updateComplete;
    // The render after hydration, for this browser.
    await new Promise((resolve) => setTimeout(resolve));
    for (const {host} of rendered.values()) await host.updateComplete;
  });

  after(() => {
    console.error = originalError;
    console.warn = originalWarn;
    container.remove();
  });

  it('the server rendered the Messages link in a declarative shadow root', () => {
    for (const c of CASES) {
      const {root, href} = rendered.get(c.id)!;
      expect(root.mode, c.id).to.equal('open');
      expect(href, c.id).to.equal(
        c.id === 'banner'
          ? `${MESSAGES_BASE}?body=a%20%26%20%22b%22`
          : c.id === 'apple'
            ? `${MESSAGES_BASE}?biz-intent-id=billing`
            : MESSAGES_BASE
      );
    }
  });

  for (const c of CASES) {
    it(`${c.id}: keeps the server's shadow root and link, and links to ${c.hydrated}`, () => {
      const {host, root, link} = rendered.get(c.id)!;
      expect(host.shadowRoot).to.equal(root);
      expect(host.outcome).to.equal(
        c.hydrated === null ? 'hidden' : c.hydrated.startsWith('tel:') ? 'fallback' : 'messages'
      );
      expect(host.href).to.equal(c.hydrated);
      if (c.hydrated === null) {
        expect(root.querySelector('a')).to.equal(null);
        expect(link.isConnected).to.equal(false);
        return;
      }
      // The same node, updated in place: adopted, not rendered again.
      expect(root.querySelectorAll('a').length).to.equal(1);
      expect(root.querySelector('a')).to.equal(link);
      expect(link.isConnected).to.equal(true);
      expect(link.getAttribute('href')).to.equal(c.hydrated);
      if (c.label) {
        expect(root.querySelector('[part="label"]')!.textContent!.trim()).to.equal(c.label);
      }
    });
  }

  it('clicks reach the hydrated element: message-us-click with the exact detail', () => {
    const {host, link} = rendered.get('fallback')!;
    let detail: unknown = null;
    host.addEventListener('message-us-click', (event) => {
      detail = event.detail;
      event.preventDefault();
    });
    link.click();
    expect(detail).to.deep.equal({
      href: `tel:${PHONE}`,
      channel: 'phone',
      businessId: BUSINESS_ID,
      intent: null,
      group: null,
      platform: 'other',
      activation: 'click',
    });
  });

  it('server HTML inserted after the elements are defined hydrates too', async () => {
    const c = CASES.find(({id}) => id === 'fallback')!;
    // Parsed out of the document, then inserted: connected (and so
    // upgraded, in every engine) during append().
    const late = document.createElement('div');
    late.setHTMLUnsafe(await serverHtml(c.tag, {...c.attributes, id: 'late'}));
    const host = late.querySelector<MessageUsElement>('#late')!;
    const link = host.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(MESSAGES_BASE);
    container.append(late);
    expect(isHydrating(host)).to.equal(true);
    await host.updateComplete;
    expect(isHydrating(host)).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve));
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('a')).to.equal(link);
    expect(link.getAttribute('href')).to.equal(`tel:${PHONE}`);
  });

  it('logs no error and no warning (Lit dev mode reports hydration mismatches)', () => {
    expect(logged).to.deep.equal([]);
  });
});
