/**
 * Security: privacy: while rendering every variant of both elements (and
 * Apple's containers through the compatibility layer), changing them and
 * clicking every link (navigation prevented), the widget makes no request,
 * sets no cookie and writes no Web Storage, IndexedDB or Cache Storage.
 *
 * Requests are seen twice: as resource timing entries (anything the page
 * loads) and as calls to fetch, XMLHttpRequest, sendBeacon, WebSocket,
 * EventSource and Worker (anything a script starts, even if it fails).
 */
import {expect} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import {startAppleCompat} from '../../src/apple-compat/apple-compat.js';
import {
  APPLE_BANNER_CONTAINER_CLASS,
  APPLE_MESSAGE_CONTAINER_CLASS,
} from '../../src/core/apple-markup.js';
import {
  ID,
  PHONE,
  allRendered,
  create,
  requestedUrls,
  settle,
  type RenderedElement,
  type Tag,
} from './harness.js';

/** Everything a test could have written or sent, as counted by {@link watch}. */
interface Traces {
  requests: string[];
  calls: string[];
  cookieWrites: string[];
  storageWrites: string[];
  databases: string[];
}

interface Watch {
  traces(): Promise<Traces>;
  restore(): void;
}

async function databaseNames(): Promise<string[]> {
  // indexedDB.databases() is missing in older engines; opening is counted
  // there instead (and everywhere).
  if (typeof indexedDB.databases !== 'function') return [];
  return (await indexedDB.databases()).map(({name}) => String(name)).sort();
}

/** Starts counting; traces() lists what happened since. */
async function watch(): Promise<Watch> {
  const restores: Array<() => void> = [];
  const calls: string[] = [];
  const cookieWrites: string[] = [];
  const storageWrites: string[] = [];
  const before = {cookie: document.cookie, databases: await databaseNames()};
  performance.clearResourceTimings();

  function replace<T extends object>(target: T, key: keyof T, value: unknown) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, {configurable: true, writable: true, value});
    restores.push(() => {
      if (descriptor) Object.defineProperty(target, key, descriptor);
      else delete target[key];
    });
  }
  function count<T extends object>(target: T | undefined, key: keyof T, label: string) {
    const original = target?.[key];
    if (typeof original !== 'function') return;
    replace(target!, key, function (this: unknown, ...args: unknown[]) {
      calls.push(`${label}(${String(args[0]).slice(0, 80)})`);
      return Reflect.apply(original, this, args);
    });
  }
  function countConstructor(name: string) {
    const win = window as unknown as Record<string, unknown>;
    const Original = win[name] as (new (...args: unknown[]) => object) | undefined;
    if (typeof Original !== 'function') return;
    replace(win, name, function (...args: unknown[]) {
      calls.push(`new ${name}(${String(args[0]).slice(0, 80)})`);
      return Reflect.construct(Original, args);
    });
  }

  count(window, 'fetch', 'fetch');
  count(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  count(navigator, 'sendBeacon', 'sendBeacon');
  count(indexedDB, 'open', 'indexedDB.open');
  count(indexedDB, 'deleteDatabase', 'indexedDB.deleteDatabase');
  if (typeof caches !== 'undefined') count(caches, 'open', 'caches.open');
  for (const name of ['WebSocket', 'EventSource', 'Worker', 'SharedWorker']) countConstructor(name);

  for (const method of ['setItem', 'removeItem', 'clear'] as const) {
    const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
    replace(Storage.prototype, method, function (this: Storage, ...args: unknown[]) {
      storageWrites.push(
        `${this === localStorage ? 'localStorage' : 'sessionStorage'}.${method}(${String(args[0])})`
      );
      return Reflect.apply(original, this, args);
    });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      cookieWrites.push(value);
      cookie.set!.call(document, value);
    },
  });
  restores.push(() => delete (document as {cookie?: string}).cookie);

  return {
    async traces() {
      const databases = await databaseNames();
      return {
        requests: requestedUrls(),
        // Copies: the lists keep growing after this call.
        calls: [...calls],
        cookieWrites:
          document.cookie === before.cookie
            ? [...cookieWrites]
            : [...cookieWrites, document.cookie],
        storageWrites: [...storageWrites],
        databases: databases.filter((name) => !before.databases.includes(name)),
      };
    },
    restore() {
      for (const restore of restores.reverse()) restore();
    },
  };
}

const NOTHING: Traces = {
  requests: [],
  calls: [],
  cookieWrites: [],
  storageWrites: [],
  databases: [],
};

const FALLBACK = {'business-id': ID, platform: 'other', unsupported: 'fallback', phone: PHONE};

// Every outcome and channel, with the options that change rendering.
const VARIANTS: ReadonlyArray<Record<string, string>> = [
  {'business-id': ID, platform: 'apple', intent: 'a', group: 'b', body: 'Hi'},
  {'business-id': ID, platform: 'apple', theme: 'auto', lang: 'ar', scale: '2'},
  {'business-id': ID, platform: 'apple', theme: 'light', background: '#1b3f68', color: '#fff'},
  {'business-id': ID, platform: 'auto', unsupported: 'show'},
  FALLBACK,
  {...FALLBACK, 'fallback-channel': 'sms', body: 'Hi'},
  {...FALLBACK, 'fallback-channel': 'whatsapp', body: 'Hi'},
  {...FALLBACK, 'fallback-channel': 'web', 'fallback-href': 'https://example.com/contact'},
  {'business-id': ID, platform: 'other'},
  {'business-id': 'nope'},
  {},
];

const TAG_OPTIONS: Record<Tag, Record<string, string>> = {
  'message-us-button': {shape: 'pill'},
  'message-us-banner': {
    cta: 'Chat',
    context: 'Now',
    'font-family': 'Georgia, serif',
    'icon-background': '#000',
  },
};

describe('privacy', () => {
  let watching: Watch | undefined;
  let stage: HTMLDivElement;
  let warn: typeof console.warn;
  const preventNavigation = (event: Event) => event.preventDefault();

  before(() => {
    // The runner's modules fill the default buffer; a full buffer would
    // drop the entries these tests look for.
    performance.setResourceTimingBufferSize(100_000);
  });

  beforeEach(() => {
    stage = document.createElement('div');
    document.body.append(stage);
    window.addEventListener('click', preventNavigation);
    warn = console.warn;
    console.warn = () => {};
  });

  afterEach(() => {
    watching?.restore();
    watching = undefined;
    console.warn = warn;
    window.removeEventListener('click', preventNavigation);
    stage.remove();
  });

  it('the watch sees a request, a cookie, a storage write and a database', async () => {
    watching = await watch();
    await (await fetch('/test/security/pages/probe.js?privacy-control')).text();
    document.cookie = 'message-us-control=1; SameSite=Strict';
    localStorage.setItem('message-us-control', '1');
    localStorage.removeItem('message-us-control');
    const request = indexedDB.open('message-us-control');
    await new Promise((resolve) => (request.onsuccess = resolve));
    request.result.close();
    // The timing entry of a finished fetch is added a little later.
    await settle(stage);
    const traces = await watching.traces();
    document.cookie = 'message-us-control=; Max-Age=0';
    await new Promise(
      (resolve) => (indexedDB.deleteDatabase('message-us-control').onsuccess = resolve)
    );
    expect({
      requests: traces.requests.map((url) => new URL(url).search),
      calls: traces.calls,
      cookieWrites: traces.cookieWrites,
      storageWrites: traces.storageWrites,
      databases: traces.databases,
    }).to.deep.equal({
      requests: ['?privacy-control'],
      calls: [
        'fetch(/test/security/pages/probe.js?privacy-control)',
        'indexedDB.open(message-us-control)',
      ],
      cookieWrites: ['message-us-control=1; SameSite=Strict', 'message-us-control=1'],
      storageWrites: [
        'localStorage.setItem(message-us-control)',
        'localStorage.removeItem(message-us-control)',
      ],
      databases: typeof indexedDB.databases === 'function' ? ['message-us-control'] : [],
    });
  });

  it('rendering, changing and clicking every variant sends, sets and stores nothing', async () => {
    watching = await watch();
    const elements: RenderedElement[] = [];
    for (const tag of Object.keys(TAG_OPTIONS) as Tag[]) {
      for (const variant of VARIANTS) elements.push(create(tag, {...TAG_OPTIONS[tag], ...variant}));
    }
    stage.append(...elements);
    await allRendered(elements);
    for (const element of elements) element.setAttribute('preset', 'get-help');
    document.documentElement.setAttribute('dir', 'ltr');
    await allRendered(elements);
    document.documentElement.removeAttribute('dir');
    let clicks = 0;
    stage.addEventListener('message-us-click', () => clicks++);
    for (const element of elements) element.shadowRoot?.querySelector('a')?.click();
    // Twice: some engines report a request well after it was made.
    await settle(stage);
    await settle(stage);
    // Every variant that renders a link was clicked (the others render none).
    const links = elements.filter((element) => element.shadowRoot?.querySelector('a')).length;
    expect([clicks, links]).to.deep.equal([16, 16]);
    expect(await watching.traces()).to.deep.equal(NOTHING);
  });

  it('Apple containers rendered, changed and clicked send, set and store nothing', async () => {
    watching = await watch();
    const containers = [APPLE_MESSAGE_CONTAINER_CLASS, APPLE_BANNER_CONTAINER_CLASS].flatMap(
      (className) =>
        ['apple', 'other'].map((platform) => {
          const div = document.createElement('div');
          div.className = className;
          div.setAttribute('data-apple-business-id', ID);
          div.setAttribute('data-apple-business-phone', PHONE);
          div.setAttribute('data-message-us-platform', platform);
          return div;
        })
    );
    stage.append(...containers);
    const compat = startAppleCompat(stage);
    try {
      const rendered = () =>
        containers.flatMap((div) => Array.from(div.children) as RenderedElement[]);
      await allRendered(rendered());
      containers.forEach((div) => div.setAttribute('data-apple-business-intent-id', 'billing'));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await allRendered(rendered());
      const hrefs = rendered().map((element) => element.href);
      for (const element of rendered()) element.shadowRoot?.querySelector('a')?.click();
      await settle(stage);
      await settle(stage);
      expect(hrefs).to.deep.equal([
        `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=billing`,
        null,
        `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=billing`,
        `tel:${PHONE}`,
      ]);
      expect(await watching.traces()).to.deep.equal(NOTHING);
    } finally {
      compat.stop();
    }
  });
});
