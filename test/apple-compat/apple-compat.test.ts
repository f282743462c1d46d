import {expect} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import {
  GENERATED_ATTRIBUTE,
  installAppleBusinessChat,
  startAppleCompat,
  type AppleCompat,
} from '../../src/apple-compat/apple-compat.js';
import {APPLE_COMPAT_VERSION} from '../../src/apple-compat/version.js';
import {isMessagesSupported} from '../../src/core/platform.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const LINK = `https://bcrw.apple.com/urn:biz:${ID}`;
const MESSAGE = 'apple-business-chat-message-container';
const BANNER = 'apple-business-chat-banner-container';

let host: HTMLElement;
let layer: AppleCompat | undefined;
let warnings: unknown[][];
let originalWarn: typeof console.warn;

beforeEach(() => {
  host = document.createElement('div');
  host.lang = 'en';
  document.body.append(host);
  warnings = [];
  originalWarn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
});

afterEach(() => {
  layer?.stop();
  layer = undefined;
  host.remove();
  console.warn = originalWarn;
});

/** Puts `markup` in the fixture and starts a fresh layer on it. */
function start(markup: string): AppleCompat {
  host.innerHTML = markup;
  layer = startAppleCompat(host);
  return layer;
}

function container(selector = 'div'): HTMLElement {
  return host.querySelector<HTMLElement>(selector)!;
}

/** The elements the layer rendered in a container. */
function generatedIn(parent: Element): MessageUsElement[] {
  return Array.from(parent.querySelectorAll<MessageUsElement>(`[${GENERATED_ATTRIBUTE}]`));
}

/** The one element in a container, once rendered. */
async function rendered(parent: Element = container()): Promise<MessageUsElement> {
  const elements = generatedIn(parent);
  expect(elements.length, 'elements in the container').to.equal(1);
  await elements[0].updateComplete;
  return elements[0];
}

function attributesOf(element: Element): Record<string, string> {
  return Object.fromEntries(Array.from(element.attributes, ({name, value}) => [name, value]));
}

function link(element: MessageUsElement): HTMLAnchorElement | null {
  return element.shadowRoot!.querySelector('a');
}

function text(element: MessageUsElement, part: string): string | undefined {
  return element.shadowRoot!.querySelector(`[part=${part}]`)?.textContent?.trim();
}

/** Lets the mutation observer and the elements' updates run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** Warnings of the compatibility layer (the elements' own start with `<tag>`). */
function layerWarnings(): string[] {
  return warnings.map((args) => String(args[0])).filter((w) => !w.startsWith('[message-us] <'));
}

describe('startAppleCompat', () => {
  describe('the minimal container (ID only)', () => {
    beforeEach(() => start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`));

    it('renders a <message-us-button> with only the business ID', async () => {
      const element = await rendered();
      expect([element.localName, attributesOf(element)]).to.deep.equal([
        'message-us-button',
        {'business-id': ID, [GENERATED_ATTRIBUTE]: ''},
      ]);
    });

    it('leaves the container where it was, with its attributes', () => {
      expect([container().parentNode === host, attributesOf(container())]).to.deep.equal([
        true,
        {class: MESSAGE, 'data-apple-business-id': ID},
      ]);
    });

    it('links to Messages where it is supported and hides elsewhere', async () => {
      const element = await rendered();
      const supported = isMessagesSupported();
      expect([
        element.outcome,
        element.href,
        link(element)?.getAttribute('href') ?? null,
      ]).to.deep.equal(supported ? ['messages', LINK, LINK] : ['hidden', null, null]);
    });

    it('warns about nothing', async () => {
      await rendered();
      await settle();
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('an icon button with colours, scale and title', () => {
    beforeEach(() =>
      start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"
        data-apple-icon-color="#fff" data-apple-icon-background-color="rgb(20, 24, 33)"
        data-apple-icon-scale="1.5" data-apple-icon-title="Chat with us"
        data-message-us-platform="apple"></div>`)
    );

    it('maps every attribute', async () => {
      expect(attributesOf(await rendered())).to.deep.equal({
        'business-id': ID,
        color: '#fff',
        background: 'rgb(20, 24, 33)',
        scale: '1.5',
        label: 'Chat with us',
        platform: 'apple',
        [GENERATED_ATTRIBUTE]: '',
      });
    });

    it('renders the link with the colours, the size and the title', async () => {
      const a = link(await rendered())!;
      const style = getComputedStyle(a);
      expect([
        a.getAttribute('href'),
        style.color,
        style.backgroundColor,
        style.height,
        text(await rendered(), 'label'),
      ]).to.deep.equal([LINK, 'rgb(255, 255, 255)', 'rgb(20, 24, 33)', '66px', 'Chat with us']);
    });

    it('shows the default label for an empty title', async () => {
      container().setAttribute('data-apple-icon-title', '');
      await settle();
      const element = await rendered();
      expect([element.hasAttribute('label'), text(element, 'label')]).to.deep.equal([
        false,
        'Message Us',
      ]);
    });
  });

  describe('a banner with CTA, context, vertical orientation, square corners, colours, font and phone', () => {
    const markup = (platform: string) => `<div class="${BANNER}" data-apple-business-id="${ID}"
      data-apple-business-phone="+12163954902"
      data-apple-banner-cta="Message an expert" data-apple-banner-context="We reply within minutes"
      data-apple-banner-orientation="vertical" data-apple-banner-rounded-corners="false"
      data-apple-banner-scale="1.7"
      data-apple-banner-background-color="#1B3F68" data-apple-banner-text-color="#fff"
      data-apple-banner-icon-color="rgba(0, 122, 255)" data-apple-banner-icon-background-color="#fff"
      data-apple-banner-font-family="Georgia, serif" data-message-us-platform="${platform}"></div>`;

    it('maps every attribute', async () => {
      start(markup('apple'));
      expect(attributesOf(await rendered())).to.deep.equal({
        'business-id': ID,
        phone: '+12163954902',
        cta: 'Message an expert',
        context: 'We reply within minutes',
        orientation: 'vertical',
        rounded: 'false',
        scale: '1.7',
        background: '#1B3F68',
        'text-color': '#fff',
        'icon-color': 'rgba(0, 122, 255)',
        'icon-background': '#fff',
        'font-family': 'Georgia, serif',
        platform: 'apple',
        [GENERATED_ATTRIBUTE]: '',
      });
    });

    it('on an Apple device: the Messages link with the texts and the styling', async () => {
      start(markup('apple'));
      const element = await rendered();
      const a = link(element)!;
      const style = getComputedStyle(a);
      const icon = getComputedStyle(element.shadowRoot!.querySelector('[part=icon]')!);
      expect({
        href: a.getAttribute('href'),
        cta: text(element, 'label'),
        context: text(element, 'context'),
        vertical: a.classList.contains('vertical'),
        radius: style.borderTopLeftRadius,
        color: style.color,
        background: style.backgroundColor,
        iconColor: icon.color,
        iconBackground: icon.backgroundColor,
        font: style.fontFamily.split(',')[0],
      }).to.deep.equal({
        href: LINK,
        cta: 'Message an expert',
        context: 'We reply within minutes',
        vertical: true,
        radius: '0px',
        color: 'rgb(255, 255, 255)',
        background: 'rgb(27, 63, 104)',
        iconColor: 'rgb(0, 122, 255)',
        iconBackground: 'rgb(255, 255, 255)',
        font: 'Georgia',
      });
    });

    it('elsewhere: the call fallback', async () => {
      start(markup('other'));
      const element = await rendered();
      expect([element.outcome, element.channel, link(element)?.getAttribute('href')]).to.deep.equal(
        ['fallback', 'phone', 'tel:+12163954902']
      );
    });
  });

  describe('both platforms', () => {
    const rows: Array<[string, string, string, string | null]> = [
      [MESSAGE, 'apple', 'messages', LINK],
      [MESSAGE, 'other', 'hidden', null],
      [BANNER, 'apple', 'messages', LINK],
      [BANNER, 'other', 'hidden', null],
    ];
    for (const [kind, platform, outcome, href] of rows) {
      it(`${kind} without phone on ${platform}: ${outcome}`, async () => {
        start(
          `<div class="${kind}" data-apple-business-id="${ID}" data-message-us-platform="${platform}"></div>`
        );
        const element = await rendered();
        expect([
          element.outcome,
          element.href,
          link(element)?.getAttribute('href') ?? null,
        ]).to.deep.equal([outcome, href, href]);
      });
    }

    it('a message container with a phone still hides elsewhere', async () => {
      start(
        `<div class="${MESSAGE}" data-apple-business-id="${ID}" data-apple-business-phone="+12163954902" data-message-us-platform="other"></div>`
      );
      expect((await rendered()).outcome).to.equal('hidden');
    });
  });

  describe('intents and groups as sites write them', () => {
    const rows: Array<[string, string, string]> = [
      ['data-apple-business-intent-id', 'Customer Enquiry', 'biz-intent-id=Customer%20Enquiry'],
      ['data-apple-business-intent-id', 'O2.CZ', 'biz-intent-id=O2.CZ'],
      ['data-apple-business-intent-id', 'ESHOP', 'biz-intent-id=ESHOP'],
      [
        'data-apple-business-intent-id',
        '0f8fad5b-d9cb-469f-a165-70867728950e',
        'biz-intent-id=0f8fad5b-d9cb-469f-a165-70867728950e',
      ],
      ['data-apple-business-group-id', 'Technician', 'biz-group-id=Technician'],
      ['data-apple-business-body', 'Hi there', 'body=Hi%20there'],
    ];
    for (const [name, value, query] of rows) {
      it(`${name}="${value}" → ?${query}`, async () => {
        start(
          `<div class="${MESSAGE}" data-apple-business-id="${ID}" ${name}="${value}" data-message-us-platform="apple"></div>`
        );
        expect((await rendered()).href).to.equal(`${LINK}?${query}`);
      });
    }
  });

  it('finds containers that carry other classes too', async () => {
    start(
      `<div class="cta-block ${MESSAGE} hidden-xs" data-apple-business-id="${ID}" data-message-us-platform="apple"></div>`
    );
    const element = await rendered();
    expect([container().className, element.localName, element.href]).to.deep.equal([
      `cta-block ${MESSAGE} hidden-xs`,
      'message-us-button',
      LINK,
    ]);
  });

  it('renders two containers with different intents separately', async () => {
    start(`<div class="${MESSAGE}" id="a" data-apple-business-id="${ID}" data-apple-business-intent-id="ESHOP" data-message-us-platform="apple"></div>
      <div class="${BANNER}" id="b" data-apple-business-id="${ID}" data-apple-business-intent-id="Customer Enquiry" data-message-us-platform="apple"></div>`);
    const a = await rendered(container('#a'));
    const b = await rendered(container('#b'));
    expect([a.localName, a.href, b.localName, b.href]).to.deep.equal([
      'message-us-button',
      `${LINK}?biz-intent-id=ESHOP`,
      'message-us-banner',
      `${LINK}?biz-intent-id=Customer%20Enquiry`,
    ]);
  });

  it('keeps the container’s own children and adds the element after them', async () => {
    start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"><span>Chat</span></div>`);
    await rendered();
    expect(Array.from(container().children, (child) => child.localName)).to.deep.equal([
      'span',
      'message-us-button',
    ]);
  });

  describe('after load', () => {
    it('renders a container added later', async () => {
      start('');
      const added = document.createElement('div');
      added.className = BANNER;
      added.setAttribute('data-apple-business-id', ID);
      added.setAttribute('data-message-us-platform', 'apple');
      host.append(added);
      await settle();
      expect((await rendered(added)).href).to.equal(LINK);
    });

    it('renders containers inside a subtree added later', async () => {
      start('');
      const section = document.createElement('section');
      section.innerHTML = `<p><div class="${MESSAGE}" data-apple-business-id="${ID}"></div></p><div class="${BANNER}" data-apple-business-id="${ID}"></div>`;
      host.append(section);
      await settle();
      expect(generatedIn(section).map((element) => element.localName)).to.deep.equal([
        'message-us-button',
        'message-us-banner',
      ]);
    });

    it('updates the element in place when an attribute changes', async () => {
      start(
        `<div class="${MESSAGE}" data-apple-business-id="${ID}" data-apple-business-intent-id="ESHOP" data-message-us-platform="apple"></div>`
      );
      const before = await rendered();
      container().setAttribute('data-apple-business-intent-id', 'O2.CZ');
      await settle();
      const after = await rendered();
      expect([after === before, after.getAttribute('intent'), after.href]).to.deep.equal([
        true,
        'O2.CZ',
        `${LINK}?biz-intent-id=O2.CZ`,
      ]);
    });

    it('removes an attribute from the element when it is removed from the container', async () => {
      start(
        `<div class="${MESSAGE}" data-apple-business-id="${ID}" data-apple-icon-title="Chat" data-message-us-platform="apple"></div>`
      );
      await rendered();
      container().removeAttribute('data-apple-icon-title');
      await settle();
      expect(attributesOf(await rendered())).to.deep.equal({
        'business-id': ID,
        platform: 'apple',
        [GENERATED_ATTRIBUTE]: '',
      });
    });

    it('removes the element when the container loses its class', async () => {
      start(`<div class="${MESSAGE} x" data-apple-business-id="${ID}"></div>`);
      await rendered();
      container().className = 'x';
      await settle();
      expect(generatedIn(container())).to.deep.equal([]);
    });

    it('swaps the button for a banner when the class changes', async () => {
      start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`);
      await rendered();
      container().className = BANNER;
      await settle();
      expect((await rendered()).localName).to.equal('message-us-banner');
    });

    it('renders again when the page empties the container', async () => {
      start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`);
      const before = await rendered();
      container().innerHTML = '';
      await settle();
      const after = await rendered();
      expect([after === before, after.getAttribute('business-id')]).to.deep.equal([false, ID]);
    });

    it('renders once the business ID is fixed', async () => {
      start(`<div class="${MESSAGE}" data-apple-business-id="TODO"></div>`);
      await settle();
      const none = generatedIn(container()).length;
      container().setAttribute('data-apple-business-id', ID);
      await settle();
      expect([none, (await rendered()).getAttribute('business-id')]).to.deep.equal([0, ID]);
    });

    it('removes the element when the business ID is removed', async () => {
      start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`);
      await rendered();
      container().removeAttribute('data-apple-business-id');
      await settle();
      expect(generatedIn(container())).to.deep.equal([]);
    });
  });

  describe('removal', () => {
    it('takes the element out of the page with its container', async () => {
      start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`);
      const element = await rendered();
      const removed = container();
      removed.remove();
      await settle();
      expect([element.isConnected, element.parentNode === removed]).to.deep.equal([false, true]);
    });

    it('no longer watches a removed container', async () => {
      start(
        `<div class="${MESSAGE}" data-apple-business-id="${ID}" data-apple-business-intent-id="ESHOP"></div>`
      );
      const element = await rendered();
      const removed = container();
      removed.remove();
      await settle();
      removed.setAttribute('data-apple-business-intent-id', 'O2.CZ');
      layer!.refresh();
      await settle();
      expect(element.getAttribute('intent')).to.equal('ESHOP');
    });

    it('reuses the element when the container comes back', async () => {
      start(
        `<div class="${MESSAGE}" data-apple-business-id="${ID}" data-apple-business-intent-id="ESHOP"></div>`
      );
      const element = await rendered();
      const moved = container();
      moved.remove();
      await settle();
      moved.setAttribute('data-apple-business-intent-id', 'O2.CZ');
      host.append(moved);
      await settle();
      const back = await rendered(moved);
      expect([back === element, back.getAttribute('intent')]).to.deep.equal([true, 'O2.CZ']);
    });
  });

  describe('refresh()', () => {
    it('never adds a second element and keeps the same one', async () => {
      const compat = start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`);
      const first = await rendered();
      compat.refresh();
      compat.refresh();
      await settle();
      compat.refresh();
      expect([generatedIn(container()).length, (await rendered()) === first]).to.deep.equal([
        1,
        true,
      ]);
    });

    it('does not repeat warnings', async () => {
      const compat = start(
        `<div class="${BANNER}" data-apple-business-id="${ID}" data-apple-banner-orientation="right"></div>`
      );
      compat.refresh();
      compat.refresh();
      await settle();
      expect(layerWarnings()).to.deep.equal([
        `[message-us] div.${BANNER}: data-apple-banner-orientation="right" is not one of horizontal, vertical; using "horizontal". Example: data-apple-banner-orientation="vertical"`,
      ]);
    });

    it('picks up a change made before the observer reports it', async () => {
      const compat = start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`);
      container().setAttribute('data-apple-icon-title', 'Ask us');
      compat.refresh();
      expect(generatedIn(container())[0].getAttribute('label')).to.equal('Ask us');
    });

    it('reuses an element a previous layer left and removes stale ones', async () => {
      start(
        `<div class="${BANNER}" data-apple-business-id="${ID}"><message-us-banner ${GENERATED_ATTRIBUTE} business-id="${ID}" cta="Old"></message-us-banner><message-us-button ${GENERATED_ATTRIBUTE}></message-us-button></div>`
      );
      const leftover = container().querySelector('message-us-banner');
      const element = await rendered();
      expect([element === leftover, attributesOf(element)]).to.deep.equal([
        true,
        {[GENERATED_ATTRIBUTE]: '', 'business-id': ID},
      ]);
    });
  });

  describe('problems', () => {
    it('warns once about an invalid orientation, naming the attribute, and uses the default', async () => {
      start(
        `<div class="${BANNER}" id="help" data-apple-business-id="${ID}" data-apple-banner-orientation="right"></div>`
      );
      const element = await rendered();
      await settle();
      expect([element.hasAttribute('orientation'), warnings]).to.deep.equal([
        false,
        [
          [
            `[message-us] div#help.${BANNER}: data-apple-banner-orientation="right" is not one of horizontal, vertical; using "horizontal". Example: data-apple-banner-orientation="vertical"`,
            container(),
          ],
        ],
      ]);
    });

    it('leaves out a colour the browser cannot parse, with one warning', async () => {
      start(
        `<div class="${MESSAGE}" data-apple-business-id="${ID}" data-apple-icon-color="bleu"></div>`
      );
      const element = await rendered();
      await settle();
      expect([element.hasAttribute('color'), layerWarnings()]).to.deep.equal([
        false,
        [
          `[message-us] div.${MESSAGE}: data-apple-icon-color="bleu" is not a CSS colour; it is ignored. Example: data-apple-icon-color="#1b3f68"`,
        ],
      ]);
    });

    it('renders nothing without a business ID and says so once', async () => {
      const compat = start(`<div class="${MESSAGE}"></div>`);
      compat.refresh();
      await settle();
      expect([generatedIn(container()).length, layerWarnings()]).to.deep.equal([
        0,
        [
          `[message-us] div.${MESSAGE}: data-apple-business-id is missing; nothing is rendered. Example: data-apple-business-id="${ID}"`,
        ],
      ]);
    });

    it('renders a container with both classes as a button, with one warning', async () => {
      start(`<div class="${MESSAGE} ${BANNER}" data-apple-business-id="${ID}"></div>`);
      const element = await rendered();
      expect([element.localName, layerWarnings()]).to.deep.equal([
        'message-us-button',
        [
          `[message-us] div.${MESSAGE}: carries both ${MESSAGE} and ${BANNER}; it is rendered as a message button. Example: class="${BANNER}"`,
        ],
      ]);
    });
    it('keeps a failure inside the layer: one warning, nothing thrown', async () => {
      host.innerHTML = `<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`;
      // As when a page's polyfill or framework patches DOM methods badly.
      container().append = () => {
        throw new Error('append is broken');
      };
      layer = startAppleCompat(host);
      layer.refresh();
      expect(layerWarnings()).to.deep.equal([
        `[message-us] div.${MESSAGE}: could not render: Error: append is broken`,
      ]);
    });
  });

  describe('a container in <head>', () => {
    let inHead: HTMLDivElement;
    afterEach(() => inHead?.remove());

    it('is moved into <body> by the HTML parser when written in <head>', () => {
      const parsed = new DOMParser().parseFromString(
        `<html><head><title>x</title><div class="${BANNER}" data-apple-business-id="${ID}"></div></head><body></body></html>`,
        'text/html'
      );
      expect(parsed.querySelector(`.${BANNER}`)!.parentElement!.localName).to.equal('body');
    });

    it('gets no element and one warning when script puts it there', async () => {
      inHead = document.createElement('div');
      inHead.className = BANNER;
      inHead.setAttribute('data-apple-business-id', ID);
      document.head.append(inHead);
      layer = startAppleCompat(document.head);
      layer.refresh();
      await settle();
      expect([generatedIn(inHead).length, layerWarnings()]).to.deep.equal([
        0,
        [
          `[message-us] div.${BANNER}: is inside <head>, where nothing is displayed; nothing is rendered. Put it in <body>. Example: <body><div class="apple-business-chat-banner-container" data-apple-business-id="…"></div></body>`,
        ],
      ]);
    });

    it('is rendered once moved into <body>', async () => {
      inHead = document.createElement('div');
      inHead.className = BANNER;
      inHead.setAttribute('data-apple-business-id', ID);
      document.head.append(inHead);
      layer = startAppleCompat(document.documentElement);
      host.append(inHead);
      await settle();
      expect((await rendered(inHead)).localName).to.equal('message-us-banner');
    });
  });

  describe('stop()', () => {
    it('removes the elements it rendered and leaves the containers', async () => {
      const compat = start(
        `<div class="${MESSAGE}" data-apple-business-id="${ID}"><span></span></div>`
      );
      await rendered();
      compat.stop();
      expect(container().innerHTML).to.equal('<span></span>');
    });

    it('stops watching', async () => {
      const compat = start('');
      compat.stop();
      host.innerHTML = `<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`;
      compat.refresh();
      await settle();
      expect(generatedIn(host)).to.deep.equal([]);
    });

    it('is harmless when called twice', () => {
      const compat = start(`<div class="${MESSAGE}" data-apple-business-id="${ID}"></div>`);
      compat.stop();
      compat.stop();
      expect(generatedIn(host)).to.deep.equal([]);
    });
  });

  it('works on a shadow root', async () => {
    const shadow = host.attachShadow({mode: 'open'});
    shadow.innerHTML = `<div class="${MESSAGE}" data-apple-business-id="${ID}" data-message-us-platform="apple"></div>`;
    layer = startAppleCompat(shadow);
    const element = await rendered(shadow.querySelector('div')!);
    expect(element.href).to.equal(LINK);
  });
});

describe('installAppleBusinessChat', () => {
  it('defines isSupported(), refresh() and version', () => {
    const target: {appleBusinessChat?: unknown} = {};
    let refreshed = 0;
    const api = installAppleBusinessChat(target, () => refreshed++)!;
    api.refresh();
    expect({
      same: target.appleBusinessChat === api,
      keys: Object.keys(api).sort(),
      isSupported: api.isSupported(),
      version: api.version,
      refreshed,
    }).to.deep.equal({
      same: true,
      keys: ['isSupported', 'refresh', 'version'],
      isSupported: isMessagesSupported(),
      version: APPLE_COMPAT_VERSION,
      refreshed: 1,
    });
  });

  it('reports a version of digits and dots', () => {
    expect(installAppleBusinessChat({}, () => {})!.version).to.match(/^\d+(\.\d+)*$/);
  });

  it('leaves an existing global alone and warns once', () => {
    const apple = {isSupported: () => true, refresh: () => {}, version: '2.0.0'};
    const target = {appleBusinessChat: apple};
    const result = installAppleBusinessChat(target, () => {});
    expect([result, target.appleBusinessChat === apple, warnings]).to.deep.equal([
      undefined,
      true,
      [
        [
          `[message-us] window.appleBusinessChat is already defined, probably by Apple's own script; it is left alone, and the page may show two buttons per container. Load only message-us, e.g. replace <script src="https://static.cdn-apple.com/businesschat/start-chat-button/2/index.js"> with the message-us apple-compat.js script.`,
        ],
      ],
    ]);
  });

  it('says nothing when the global is its own (a second copy of message-us)', () => {
    const target: {appleBusinessChat?: unknown} = {};
    const first = installAppleBusinessChat(target, () => {});
    const second = installAppleBusinessChat(target, () => {});
    expect([second, target.appleBusinessChat === first, warnings]).to.deep.equal([
      undefined,
      true,
      [],
    ]);
  });
});
