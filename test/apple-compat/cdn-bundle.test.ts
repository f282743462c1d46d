// The built CDN bundle on a plain page with Apple's markup and no other
// message-us code: what a site gets by swapping Apple's script URL for
// dist/cdn/apple-compat.js. Needs `npm run build` first; skipped (not
// passed) when the bundle is missing.
import {expect, waitUntil} from '@open-wc/testing';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const BUNDLE = '/dist/cdn/apple-compat.js';

describe('dist/cdn/apple-compat.js', () => {
  let early: HTMLDivElement;

  function container(kind: string, extra: string): HTMLDivElement {
    const div = document.createElement('div');
    div.innerHTML = `<div class="apple-business-chat-${kind}-container site-class" data-apple-business-id="${ID}" ${extra}></div>`;
    return div.firstElementChild as HTMLDivElement;
  }

  async function renderedIn(parent: Element, tag: string) {
    await waitUntil(() => parent.querySelector(tag), `no <${tag}> rendered`);
    const element = parent.querySelector(tag) as HTMLElement & {
      updateComplete: Promise<boolean>;
      href: string | null;
      outcome: string;
    };
    await element.updateComplete;
    return element;
  }

  before(async function () {
    const response = await fetch(BUNDLE, {method: 'HEAD'});
    if (!response.ok) {
      console.warn(`${BUNDLE} is missing; run npm run build to test the bundle.`);
      this.skip();
    }
    early = container(
      'message',
      'data-apple-business-intent-id="O2.CZ" data-apple-icon-title="Chat" data-message-us-platform="apple"'
    );
    document.body.append(early);
    // A classic script, as Apple's snippet has it: swapping the URL must be
    // enough. (The test server re-serves JavaScript through esbuild, so the
    // bytes differ from the build's and an integrity attribute would not
    // match: test/node/apple-compat-version.test.mjs checks the .sri file.)
    const script = document.createElement('script');
    script.src = BUNDLE;
    // A classic script that throws still fires `load`; its error goes to the window.
    let thrown: unknown;
    const onError = (event: ErrorEvent) => (thrown ??= event.error ?? event.message);
    window.addEventListener('error', onError);
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${BUNDLE} failed to load`));
      document.head.append(script);
    });
    window.removeEventListener('error', onError);
    if (thrown) throw new Error(`${BUNDLE} threw: ${String(thrown)}`);
  });

  it('renders the containers already on the page', async () => {
    const element = await renderedIn(early, 'message-us-button');
    expect([element.href, element.getAttribute('label')]).to.deep.equal([
      `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=O2.CZ`,
      'Chat',
    ]);
  });

  it('renders a banner added afterwards, with the call fallback elsewhere', async () => {
    const banner = container(
      'banner',
      'data-apple-business-phone="+12163954902" data-message-us-platform="other"'
    );
    document.body.append(banner);
    const element = await renderedIn(banner, 'message-us-banner');
    banner.remove();
    expect([element.outcome, element.href]).to.deep.equal(['fallback', 'tel:+12163954902']);
  });

  it('defines window.appleBusinessChat with the package version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const api = (window as unknown as {appleBusinessChat: Record<string, unknown>})
      .appleBusinessChat;
    expect([typeof api.isSupported, typeof api.refresh, api.version]).to.deep.equal([
      'function',
      'function',
      pkg.version,
    ]);
  });
});
