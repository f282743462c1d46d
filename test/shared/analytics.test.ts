/**
 * Analytics: an activation of the link reaches the page's own Google Tag
 * Manager (`dataLayer`), GA4 (`gtag`) and Meta pixel (`fbq`), as the
 * `analytics` attribute asks, with exact payloads; nothing after a
 * cancelled `message-us-click`; one warning per page when a tool is
 * missing; no storage or cookies of our own.
 */
import {expect} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/index.js';
import type {MessageUsClickDetail} from '../../src/index.js';
import {setPageClockEnv} from '../../src/shared/availability-clock.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {
  BUSINESS_ID,
  MESSAGES_BASE,
  auxclicks,
  clicks,
  link,
  make,
  place,
  settle,
  settled,
  takeWarnings,
  type Tag,
} from './harness.js';

const TAGS: Tag[] = ['message-us-button', 'message-us-banner'];
const E164 = '+12163954902';
const ALL = 'gtm ga4 meta';
const ROUTING = {intent: 'billing_question', group: 'billing'};

type Call = [fn: 'dataLayer' | 'gtag' | 'fbq', ...args: unknown[]];
interface Page {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
  fbq?: (...args: unknown[]) => void;
}
const page = window as unknown as Page;

/** Every call the page's tools received, in order. */
let sent: Call[];

/** A `dataLayer` that logs each push, as GTM's own replaced `push` sees it. */
function dataLayer(): unknown[] {
  const layer: unknown[] = [];
  layer.push = (...items: unknown[]) => {
    sent.push(['dataLayer', ...items]);
    return Array.prototype.push.apply(layer, items);
  };
  return layer;
}

const stored = () => [document.cookie, localStorage.length, sessionStorage.length];
let storedBefore: unknown[];

beforeEach(() => {
  sent = [];
  page.dataLayer = dataLayer();
  page.gtag = (...args) => sent.push(['gtag', ...args]);
  page.fbq = (...args) => sent.push(['fbq', ...args]);
  storedBefore = stored();
});

afterEach(async function () {
  delete page.dataLayer;
  delete page.gtag;
  delete page.fbq;
  await resetMouse();
  // Nothing any click did may be kept by the browser. Failed through the
  // hook's error(), as in the harness, so only this test fails.
  const now = stored();
  if (JSON.stringify(now) !== JSON.stringify(storedBefore)) {
    (this.test as unknown as {error(error: Error): void}).error(
      new Error(`storage changed: ${JSON.stringify(storedBefore)} → ${JSON.stringify(now)}`)
    );
  }
});

function center(element: Element): [number, number] {
  const {left, top, width, height} = element.getBoundingClientRect();
  return [Math.round(left + width / 2), Math.round(top + height / 2)];
}

/** The three calls one activation makes with `analytics="gtm ga4 meta"`. */
function expected(
  tag: string,
  channel: string,
  platform: 'apple' | 'other',
  label: string,
  extra: Record<string, unknown> = {}
): Call[] {
  const routing = {channel, ...ROUTING, ...extra};
  const common = {...routing, business_id: BUSINESS_ID, platform};
  return [
    ['dataLayer', {event: 'message_us_click', ...common, element: tag, label}],
    ['gtag', 'event', 'generate_lead', common],
    ['fbq', 'track', 'Contact', routing],
  ];
}

for (const tag of TAGS) {
  describe(`<${tag}> analytics: payloads per channel`, () => {
    const rows: Array<
      [channel: string, attrs: Record<string, string>, href: string, label: string]
    > = [
      [
        'messages',
        {platform: 'apple'},
        `${MESSAGES_BASE}?biz-intent-id=billing_question&biz-group-id=billing`,
        'Message Us',
      ],
      [
        'phone',
        {platform: 'other', unsupported: 'fallback', phone: E164},
        `tel:${E164}`,
        'Call Us',
      ],
      [
        'sms',
        {platform: 'other', unsupported: 'fallback', phone: E164, 'fallback-channel': 'sms'},
        `sms:${E164}`,
        'Text Us',
      ],
      [
        'whatsapp',
        {platform: 'other', unsupported: 'fallback', phone: E164, 'fallback-channel': 'whatsapp'},
        'https://wa.me/12163954902',
        'Chat on WhatsApp',
      ],
      [
        'web',
        {
          platform: 'other',
          unsupported: 'fallback',
          'fallback-href': 'https://example.com/contact',
        },
        'https://example.com/contact',
        'Contact Us',
      ],
    ];
    for (const [channel, attrs, href, label] of rows) {
      it(`${channel}: the exact dataLayer, gtag and fbq calls`, async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          ...ROUTING,
          analytics: ALL,
          ...attrs,
        });
        link(el).click();
        const platform = attrs.platform as 'apple' | 'other';
        expect([
          link(el).getAttribute('href'),
          sent,
          clicks.map((c) => c.defaultPrevented),
        ]).to.deep.equal([href, expected(tag, channel, platform, label), [false]]);
      });
    }
  });
}

describe('analytics: every way of activating the link reports once', () => {
  const tag = 'message-us-button';
  const messages = expected(tag, 'messages', 'apple', 'Message Us');

  /** A Messages button, and the activations its click events reported. */
  async function button(): Promise<[MessageUsElement, string[]]> {
    const el = await make(tag, {
      'business-id': BUSINESS_ID,
      ...ROUTING,
      analytics: ALL,
      platform: 'apple',
    });
    const activations: string[] = [];
    el.addEventListener('message-us-click', (event) => {
      activations.push((event as CustomEvent<MessageUsClickDetail>).detail.activation);
    });
    return [el, activations];
  }

  it('a left click (link.click())', async () => {
    const [el, activations] = await button();
    link(el).click();
    expect([sent, activations]).to.deep.equal([messages, ['click']]);
  });

  it('a middle click (sendMouse, middle button)', async () => {
    const [el, activations] = await button();
    await sendMouse({type: 'click', position: center(link(el)), button: 'middle'});
    expect([
      sent,
      activations,
      // WebKit fires click for the middle button, the others auxclick.
      [...auxclicks, ...clicks].map((c) => c.defaultPrevented),
    ]).to.deep.equal([messages, ['auxclick'], [false]]);
  });

  it('Enter (sendKeys)', async () => {
    const [el, activations] = await button();
    el.focus();
    await sendKeys({press: 'Enter'});
    expect([sent, activations]).to.deep.equal([messages, ['keyboard']]);
  });

  it('host.click(), as on a native button', async () => {
    const [el, activations] = await button();
    el.click();
    expect([sent, activations]).to.deep.equal([messages, ['click']]);
  });

  it('a click on the page’s own link the element sits in', async () => {
    const root = await place<HTMLElement>(
      `<a href="${MESSAGES_BASE}"><${tag} business-id="${BUSINESS_ID}" platform="apple" analytics="gtm" group="billing"></${tag}></a>`
    );
    await settled(null);
    takeWarnings(); // The nesting warning, tested in nesting.test.ts.
    root.click();
    expect(sent).to.deep.equal([
      [
        'dataLayer',
        {
          event: 'message_us_click',
          channel: 'messages',
          group: 'billing',
          business_id: BUSINESS_ID,
          platform: 'apple',
          element: tag,
          label: 'Message Us',
        },
      ],
    ]);
  });
});

describe('analytics: what is sent, and when not', () => {
  const tag = 'message-us-button';
  const APPLE = {'business-id': BUSINESS_ID, platform: 'apple'};

  it('sends nothing without the attribute, even with every tool on the page', async () => {
    const el = await make(tag, APPLE);
    link(el).click();
    expect([sent, page.dataLayer]).to.deep.equal([[], []]);
  });

  it('sends nothing when a message-us-click listener cancels the click', async () => {
    const el = await make(tag, {...APPLE, analytics: ALL});
    el.addEventListener('message-us-click', (event) => event.preventDefault());
    link(el).click();
    el.click();
    el.focus();
    await sendKeys({press: 'Enter'});
    expect(sent).to.deep.equal([]);
  });

  it('sends nothing when a listener higher up the page cancels it', async () => {
    const el = await make(tag, {...APPLE, analytics: ALL});
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('message-us-click', cancel);
    try {
      await sendMouse({type: 'click', position: center(link(el)), button: 'middle'});
    } finally {
      document.removeEventListener('message-us-click', cancel);
    }
    expect(sent).to.deep.equal([]);
  });

  it('takes the tools and the GA4 event from the page’s meta defaults', async () => {
    const metas = [
      ['message-us:analytics', 'ga4'],
      ['message-us:analytics-event', 'contact_click'],
    ].map(([name, content]) => Object.assign(document.createElement('meta'), {name, content}));
    document.head.append(...metas);
    try {
      await settle();
      const el = await make(tag, APPLE);
      link(el).click();
      expect(sent).to.deep.equal([
        [
          'gtag',
          'event',
          'contact_click',
          {channel: 'messages', business_id: BUSINESS_ID, platform: 'apple'},
        ],
      ]);
    } finally {
      metas.forEach((meta) => meta.remove());
      await settle();
    }
  });

  it('creates window.dataLayer when the page has none yet, as Google’s snippet does', async () => {
    delete page.dataLayer;
    const el = await make(tag, {...APPLE, analytics: 'gtm', intent: 'order_status'});
    link(el).click();
    expect(page.dataLayer).to.deep.equal([
      {
        event: 'message_us_click',
        channel: 'messages',
        intent: 'order_status',
        business_id: BUSINESS_ID,
        platform: 'apple',
        element: tag,
        label: 'Message Us',
      },
    ]);
  });

  it('reports whether the team is open when hours are set', async () => {
    // Saturday 2026-01-10, 12:00 on the visitor's clock: closed until Monday.
    const saturday = new Date(2026, 0, 10, 12).getTime();
    setPageClockEnv({
      now: () => saturday,
      setTimeout: () => 0,
      clearTimeout: () => undefined,
      document: null,
    });
    try {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const hours = {...APPLE, analytics: 'gtm meta', timezone: zone};
      const closed = await make(tag, {...hours, hours: 'Mo-Fr 09:00-18:00'});
      const open = await make(tag, {...hours, hours: 'Mo-Su 00:00-24:00'});
      link(closed).click();
      link(open).click();
      const payload = (isOpen: boolean) => ({
        event: 'message_us_click',
        channel: 'messages',
        business_id: BUSINESS_ID,
        platform: 'apple',
        open: isOpen,
        element: tag,
        label: 'Message Us',
      });
      expect(sent).to.deep.equal([
        ['dataLayer', payload(false)],
        ['fbq', 'track', 'Contact', {channel: 'messages', open: false}],
        ['dataLayer', payload(true)],
        ['fbq', 'track', 'Contact', {channel: 'messages', open: true}],
      ]);
    } finally {
      setPageClockEnv(null);
    }
  });
});

describe('analytics: a page without the tool, or a tool that throws', () => {
  const tag = 'message-us-button';
  const APPLE = {'business-id': BUSINESS_ID, platform: 'apple'};

  it('warns ONCE per page for a missing gtag and fbq, and the clicks go ahead', async () => {
    delete page.gtag;
    delete page.fbq;
    const first = await make(tag, {...APPLE, analytics: 'ga4 meta'});
    const second = await make('message-us-banner', {...APPLE, analytics: 'ga4'});
    link(first).click();
    link(second).click();
    link(first).click();
    expect([takeWarnings(), clicks.map((c) => c.defaultPrevented)]).to.deep.equal([
      [
        '[message-us] analytics="ga4" is set but window.gtag is not defined; clicks are not sent to GA4. Load Google\'s tag before the first click, or use analytics="gtm" with Google Tag Manager. Example: <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>',
        "[message-us] analytics=\"meta\" is set but window.fbq is not defined; clicks are not sent to Meta. Load the Meta pixel's base code before the first click. Example: fbq('init', '<your pixel ID>')",
      ],
      [false, false, false],
    ]);
  });

  it('a throwing gtag warns once, the next tool is still called, the click goes ahead', async () => {
    page.gtag = () => {
      throw new Error('boom');
    };
    const el = await make(tag, {...APPLE, analytics: 'ga4 meta'});
    link(el).click();
    link(el).click();
    expect([sent, takeWarnings(), clicks.map((c) => c.defaultPrevented)]).to.deep.equal([
      [
        ['fbq', 'track', 'Contact', {channel: 'messages'}],
        ['fbq', 'track', 'Contact', {channel: 'messages'}],
      ],
      [
        '[message-us] analytics="ga4": window.gtag threw (Error: boom); the click went ahead without it. Check the page\'s Google tag setup, or leave ga4 out. Example: analytics="gtm"',
      ],
      [false, false],
    ]);
  });

  it('a dataLayer whose push throws warns once and does not break the click', async () => {
    page.dataLayer = {
      push() {
        throw new Error('layer full');
      },
    } as unknown as unknown[];
    const el = await make(tag, {...APPLE, analytics: 'gtm ga4'});
    link(el).click();
    link(el).click();
    expect([sent.length, takeWarnings(), clicks.map((c) => c.defaultPrevented)]).to.deep.equal([
      2,
      [
        '[message-us] analytics="gtm": window.dataLayer.push threw (Error: layer full); the click went ahead without it. Check the page\'s Google Tag Manager setup, or leave gtm out. Example: analytics="ga4"',
      ],
      [false, false],
    ]);
  });
});
