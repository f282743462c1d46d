// The widget makes no request: the CDN bundle, once loaded, renders every
// variant of both elements, handles a click and re-renders, and the only
// resource the page fetched meanwhile is the bundle itself. Needs the build
// (`npm run build`), as CI runs it before the tests.
import {expect} from '@open-wc/testing';
import type {LitElement} from 'lit';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const BUNDLE = new URL('/dist/cdn/message-us.js', location.href).href;

// One of each outcome, channel, shape, theme, orientation and colour option,
// plus slotted content without URLs, a custom scale and a bad configuration.
const VARIANTS = `
<message-us-button business-id="${ID}" platform="apple" intent="billing" group="team" body="Hi"></message-us-button>
<message-us-button business-id="${ID}" platform="auto" unsupported="show"></message-us-button>
<message-us-button business-id="${ID}" platform="other"></message-us-button>
<message-us-button business-id="${ID}" platform="other" unsupported="fallback" phone="+12163954902"></message-us-button>
<message-us-button business-id="${ID}" platform="other" unsupported="fallback" phone="+12163954902" fallback-channel="sms" body="Hi"></message-us-button>
<message-us-button business-id="${ID}" platform="other" unsupported="fallback" phone="+12163954902" fallback-channel="whatsapp" body="Hi"></message-us-button>
<message-us-button business-id="${ID}" platform="other" unsupported="fallback" fallback-href="https://example.com/contact" fallback-channel="web"></message-us-button>
<message-us-button business-id="${ID}" platform="other" unsupported="fallback" fallback-href="/contact"></message-us-button>
<message-us-button business-id="${ID}" platform="apple" shape="pill" theme="light" scale="1.5" preset="get-help"></message-us-button>
<message-us-button business-id="${ID}" platform="apple" shape="circle" theme="auto"></message-us-button>
<message-us-button business-id="${ID}" platform="apple" shape="square" icon-only label="Chat"></message-us-button>
<message-us-button business-id="${ID}" platform="apple" color="#fff" background="rebeccapurple" lang="ar" dir="rtl"></message-us-button>
<message-us-button business-id="${ID}" platform="apple" color="#777" background="#888"></message-us-button>
<message-us-button business-id="${ID}" platform="apple"><span slot="label">Talk to us</span><b slot="icon">*</b></message-us-button>
<message-us-button business-id="${ID}" platform="apple"><a href="https://bcrw.apple.com/urn:biz:${ID}">Message Us</a></message-us-button>
<message-us-button business-id="not-a-uuid" platform="apple"></message-us-button>
<message-us-button business-id="${ID}" platform="mars" unsupported="show" theme="neon" shape="blob" scale="9" color="nope"></message-us-button>
<message-us-banner business-id="${ID}" platform="apple" cta="Questions?" context="We answer in Messages."></message-us-banner>
<message-us-banner business-id="${ID}" platform="other" phone="+12163954902"></message-us-banner>
<message-us-banner business-id="${ID}" platform="other"></message-us-banner>
<message-us-banner business-id="${ID}" platform="other" unsupported="fallback" fallback-href="https://example.com/help"></message-us-banner>
<message-us-banner business-id="${ID}" platform="apple" orientation="vertical" rounded="false" theme="light"></message-us-banner>
<message-us-banner business-id="${ID}" platform="apple" background="#123" text-color="#fff" icon-color="#0f0" icon-background="#000" font-family="Georgia, serif"></message-us-banner>
<message-us-banner business-id="${ID}" platform="apple" theme="auto" scale="2"><span slot="context">Slotted</span></message-us-banner>
<message-us-banner business-id="" platform="apple"></message-us-banner>
`;

type Element = LitElement & {href: string | null};

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// Every way a page script can start a request without leaving a resource
// timing entry behind (a failed one, say): recorded instead of made while
// the widget runs, then put back for the test runner's own use.
const calls: string[] = [];
function spyOnRequests(): () => void {
  const originals = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    sendBeacon: navigator.sendBeacon,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
  };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${String(args[0])}`);
      throw new Error(`${name} called`);
    };
  window.fetch = record('fetch') as typeof fetch;
  XMLHttpRequest.prototype.open = record('XMLHttpRequest') as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = record('sendBeacon') as typeof navigator.sendBeacon;
  window.WebSocket = record('WebSocket') as unknown as typeof WebSocket;
  window.EventSource = record('EventSource') as unknown as typeof EventSource;
  return () => {
    window.fetch = originals.fetch;
    XMLHttpRequest.prototype.open = originals.open;
    navigator.sendBeacon = originals.sendBeacon;
    window.WebSocket = originals.WebSocket;
    window.EventSource = originals.EventSource;
  };
}

let fetched: string[] = [];

describe('network: the widget makes no request', () => {
  before(async () => {
    // Forget the test runner's own files; from here on the page may fetch
    // the bundle and nothing else.
    performance.setResourceTimingBufferSize(1000);
    performance.clearResourceTimings();
    const restore = spyOnRequests();
    const warn = console.warn;
    // The bad configurations warn on purpose; keep the test output clean.
    console.warn = () => {};
    try {
      try {
        await import(/* @vite-ignore */ BUNDLE);
      } catch (error) {
        throw new Error(`${BUNDLE} did not load: run \`npm run build\` first (${String(error)})`);
      }
      const host = document.createElement('div');
      host.innerHTML = VARIANTS;
      document.body.append(host);
      const elements = [...host.querySelectorAll<Element>('message-us-button, message-us-banner')];
      await Promise.all(elements.map((element) => element.updateComplete));
      // Click every rendered link (the navigation cancelled), then change
      // the page's language and an attribute of each, so every path runs.
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('message-us-click', cancel);
      for (const element of elements) element.shadowRoot?.querySelector('a')?.click();
      document.removeEventListener('message-us-click', cancel);
      document.documentElement.lang = 'fr';
      for (const element of elements) element.setAttribute('theme', 'light');
      await Promise.all(elements.map((element) => element.updateComplete));
      document.documentElement.lang = 'en';
      await frame();
      await frame();
    } finally {
      console.warn = warn;
      restore();
    }
    // WebKitGTK's MiniBrowser asks for the test page's /favicon.ico by
    // itself, sometimes late on a busy machine: the browser's request, not
    // the widget's.
    fetched = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname !== '/favicon.ico');
  });

  it('fetches only the bundle', () => {
    expect(fetched).to.deep.equal([BUNDLE]);
  });

  it('calls no request API (fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource)', () => {
    expect(calls).to.deep.equal([]);
  });

  it('rendered the variants it was meant to', () => {
    const elements = [
      ...document.querySelectorAll<Element>('message-us-button, message-us-banner'),
    ];
    expect(elements.map((element) => element.href !== null)).to.deep.equal([
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
