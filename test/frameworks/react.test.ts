// React 19 with the elements. Server rendering: the app is rendered to a
// string by React's server renderer in Node during this run
// (test/frameworks/server.mjs), then hydrated here with hydrateRoot. Client
// rendering: createRoot. React passes the attributes through, `className`
// becomes `class`, and `onmessage-us-click` is a listener.
// Chromium only: the engine does not matter to React's handling.
import {expect} from '@open-wc/testing';
import type * as ReactModule from 'react';
import type * as ReactDOMClientModule from 'react-dom/client';
import '../../src/index.js';
import type {MessageUsClickDetail, Outcome} from '../../src/index.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, MESSAGES_BASE, engine, settle} from '../shared/harness.js';
import {App, type AppProps} from './react/app.js';

const PHONE = '+12163954902';
const PROPS: AppProps = {businessId: BUSINESS_ID, intent: 'billing', phone: PHONE};
const BUTTON_CLICK: MessageUsClickDetail = {
  href: `tel:${PHONE}`,
  channel: 'phone',
  businessId: BUSINESS_ID,
  intent: 'billing',
  group: null,
  platform: 'other',
  activation: 'click',
};
const BANNER_CLICK: MessageUsClickDetail = {
  href: MESSAGES_BASE,
  channel: 'messages',
  businessId: BUSINESS_ID,
  intent: null,
  group: null,
  platform: 'apple',
  activation: 'click',
};

// React is CommonJS: the test server bundles it as an ES module.
const REACT = '/__frameworks/react.js';
const REACT_DOM_CLIENT = '/__frameworks/react-dom-client.js';

describe('React 19', function () {
  let React: typeof ReactModule;
  let ReactDOMClient: typeof ReactDOMClientModule;
  const logged: string[] = [];
  const originalError = console.error;
  const originalWarn = console.warn;

  before(async function () {
    if (engine !== 'chromium') this.skip();
    React = (await import(REACT)).default as typeof ReactModule;
    ReactDOMClient = (await import(REACT_DOM_CLIENT)) as typeof ReactDOMClientModule;
    // React reports hydration mismatches with console.error.
    console.error = (...args: unknown[]) => {
      logged.push(`error: ${args.map(String).join(' ')}`);
      originalError.apply(console, args);
    };
    console.warn = (...args: unknown[]) => {
      logged.push(`warning: ${args.map(String).join(' ')}`);
      originalWarn.apply(console, args);
    };
  });

  after(() => {
    console.error = originalError;
    console.warn = originalWarn;
  });

  async function mount(hydrate: boolean) {
    const clicks: Array<['button' | 'banner', MessageUsClickDetail]> = [];
    const ready: Outcome[] = [];
    const container = document.createElement('div');
    let serverHtml = '';
    if (hydrate) {
      const query = new URLSearchParams({props: JSON.stringify(PROPS)});
      const response = await fetch(`/__frameworks/react-ssr?${query}`);
      serverHtml = await response.text();
      expect(decodeURIComponent(response.headers.get('x-ssr-warnings') ?? '')).to.equal('');
      container.innerHTML = serverHtml;
    }
    document.body.append(container);
    const app = App(React, {
      ...PROPS,
      onButtonClick: (detail) => clicks.push(['button', detail]),
      onButtonReady: (outcome) => ready.push(outcome),
      onBannerClick: (detail) => clicks.push(['banner', detail]),
    });
    const root = hydrate
      ? ReactDOMClient.hydrateRoot(container, app, {
          onRecoverableError: (error) => logged.push(`recoverable: ${String(error)}`),
        })
      : ReactDOMClient.createRoot(container);
    if (!hydrate) root.render(app);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    const button = container.querySelector<MessageUsElement>('#react-button')!;
    const banner = container.querySelector<MessageUsElement>('#react-banner')!;
    return {container, root, serverHtml, clicks, ready, button, banner};
  }

  describe('server-rendered, then hydrated', () => {
    let mounted: Awaited<ReturnType<typeof mount>>;
    before(async () => {
      mounted = await mount(true);
    });
    after(() => {
      mounted.root.unmount();
      mounted.container.remove();
    });

    it('renderToString writes the custom elements with their attributes', () => {
      expect(mounted.serverHtml).to.equal(
        `<main><message-us-button id="react-button" business-id="${BUSINESS_ID}" intent="billing" theme="light" unsupported="fallback" phone="${PHONE}" class="cta"></message-us-button><message-us-banner id="react-banner" business-id="${BUSINESS_ID}" platform="apple" orientation="vertical"></message-us-banner></main>`
      );
    });

    it('hydrates onto the server nodes; the elements render the exact links', () => {
      const {button, banner, ready} = mounted;
      expect(button.className).to.equal('cta');
      // Linux is not an Apple device: the button falls back to the phone.
      expect(button.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`tel:${PHONE}`);
      expect(banner.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(MESSAGES_BASE);
      expect(ready).to.deep.equal(['fallback']);
    });

    it('a listener added in an effect receives message-us-click', () => {
      mounted.button.shadowRoot!.querySelector('a')!.click();
      expect(mounted.clicks).to.deep.equal([['button', BUTTON_CLICK]]);
    });
  });

  describe('rendered in the browser (createRoot)', () => {
    let mounted: Awaited<ReturnType<typeof mount>>;
    before(async () => {
      mounted = await mount(false);
    });
    after(() => {
      mounted.root.unmount();
      mounted.container.remove();
    });

    it('sets the attributes and properties; the elements render the exact links', () => {
      const {button, banner, ready} = mounted;
      expect(button.getAttribute('business-id')).to.equal(BUSINESS_ID);
      expect(button.getAttribute('class')).to.equal('cta');
      expect(button.theme).to.equal('light');
      expect(button.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(`tel:${PHONE}`);
      expect(banner.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(MESSAGES_BASE);
      expect(ready).to.deep.equal(['fallback']);
    });

    it('onmessage-us-click and the effect listener both receive their clicks', () => {
      mounted.banner.shadowRoot!.querySelector('a')!.click();
      mounted.button.shadowRoot!.querySelector('a')!.click();
      expect(mounted.clicks).to.deep.equal([
        ['banner', BANNER_CLICK],
        ['button', BUTTON_CLICK],
      ]);
    });
  });

  it('logs no hydration mismatch, error or warning', function () {
    if (engine !== 'chromium') this.skip();
    expect(logged).to.deep.equal([]);
  });
});
