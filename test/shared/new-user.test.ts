/**
 * What a new user ran into, second round: each `describe` reproduces one
 * problem as it was met (script tag on a product page, a Linux or Windows
 * development machine, a Mac, a narrow phone) and checks the fix, for both
 * elements.
 */
import {expect, fixture, oneEvent} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import '../../src/index.js';
import {localeStrings, type MessageUsClickDetail} from '../../src/index.js';
import {UNAVAILABLE_HINT} from '../../src/core/view.js';
import {GLYPHS, glyphName, glyphPath} from '../../src/shared/icon.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {
  BUSINESS_ID,
  MESSAGES_BASE,
  auxclicks,
  clicks,
  link,
  linkOf,
  make,
  place,
  settled,
  takeInfos,
  takeWarnings,
  type Tag,
} from './harness.js';

const TAGS: Tag[] = ['message-us-button', 'message-us-banner'];
const E164 = '+12163954902';
const NO_TARGET =
  'unsupported="fallback" needs a fallback target; the element hides where Apple Messages is unavailable. Example: phone="+12163954902" or fallback-href="https://example.com/contact"';
const DARK_ON_DARK = (ratio: string, page: string) =>
  `barely stands out from the page behind it: a contrast of ${ratio}:1 (rgb(0, 0, 0) on ${page}); WCAG asks for at least 3:1 for a control. Example: theme="light", or theme="auto" to follow the colour scheme`;

function center(element: Element): [number, number] {
  const {left, top, width, height} = element.getBoundingClientRect();
  return [Math.round(left + width / 2), Math.round(top + height / 2)];
}

function record(el: HTMLElement): MessageUsClickDetail[] {
  const details: MessageUsClickDetail[] = [];
  el.addEventListener('message-us-click', (event) => {
    details.push(event.detail);
    event.preventDefault();
  });
  return details;
}

describe('the README’s first snippet on a machine without Apple Messages', () => {
  it('hides, and says why and what to do in ONE console.info for the whole page', async () => {
    const root = await fixture(
      `<div>${TAGS.map((tag) => `<${tag} business-id="${BUSINESS_ID}"></${tag}><${tag} business-id="${BUSINESS_ID}"></${tag}>`).join('')}</div>`
    );
    await settled(null);
    const outcomes = Array.from(root.children).map((el) => (el as MessageUsElement).outcome);
    expect([outcomes, takeInfos(), takeWarnings()]).to.deep.equal([
      ['hidden', 'hidden', 'hidden', 'hidden'],
      [`[message-us] ${UNAVAILABLE_HINT}`],
      [],
    ]);
  });

  it('the hint names a preview and a fallback that work as written', async () => {
    const preview = await make('message-us-button', {
      'business-id': BUSINESS_ID,
      platform: 'apple',
    });
    const fallback = await make('message-us-button', {
      'business-id': BUSINESS_ID,
      unsupported: 'fallback',
      phone: E164,
    });
    expect([
      UNAVAILABLE_HINT.includes('platform="apple"'),
      UNAVAILABLE_HINT.includes(`unsupported="fallback" phone="${E164}"`),
      preview.href,
      fallback.href,
    ]).to.deep.equal([true, true, MESSAGES_BASE, `tel:${E164}`]);
  });

  it('is shared with other copies of the library on the page (Symbol.for)', async () => {
    const flags = globalThis as Record<symbol, Set<string> | undefined>;
    (flags[Symbol.for('message-us.hints')] ??= new Set()).add('unavailable');
    await make('message-us-banner', {'business-id': BUSINESS_ID});
    expect(takeInfos()).to.deep.equal([]);
  });

  it('gives no hint for the deliberate platform="other" preview, or when something shows', async () => {
    await make('message-us-button', {'business-id': BUSINESS_ID, platform: 'other'});
    await make('message-us-button', {'business-id': BUSINESS_ID, platform: 'apple'});
    expect(takeInfos()).to.deep.equal([]);
  });
});

for (const tag of TAGS) {
  describe(`<${tag}>: what a new user ran into`, () => {
    afterEach(() => resetMouse());

    describe('a fallback misconfigured is reported on the Mac too, not only on Android', () => {
      for (const platform of ['apple', 'other']) {
        it(`unsupported="fallback" without a target warns on platform="${platform}"`, async () => {
          const el = await make(tag, {
            'business-id': BUSINESS_ID,
            platform,
            unsupported: 'fallback',
          });
          expect([el.outcome, takeWarnings()]).to.deep.equal([
            platform === 'apple' ? 'messages' : 'hidden',
            [`[message-us] <${tag}> ${NO_TARGET}`],
          ]);
        });
      }
    });

    describe('custom states for the outcome', () => {
      const rows: Array<[Record<string, string>, string]> = [
        [{platform: 'apple'}, 'messages'],
        [{platform: 'other', unsupported: 'fallback', phone: E164}, 'fallback'],
        [{platform: 'other'}, 'hidden'],
        [{'business-id': 'acme'}, 'invalid'],
      ];
      for (const [attrs, state] of rows) {
        it(`matches :state(${state}) and no other outcome state for ${JSON.stringify(attrs)}`, async () => {
          const el = await make(tag, {'business-id': BUSINESS_ID, ...attrs});
          takeWarnings();
          const states = ['messages', 'fallback', 'hidden', 'invalid'].filter((name) =>
            el.matches(`:state(${name})`)
          );
          expect([el.outcome, states]).to.deep.equal([state, [state]]);
        });
      }

      it('lets .help-card:has(…:state(hidden)) hide the wrapper, and follows changes', async () => {
        const root = await fixture(
          `<div><style>.help-card:has(${tag}:state(hidden)) { display: none }</style><div class="help-card"><p>Questions?</p><${tag} business-id="${BUSINESS_ID}" platform="other"></${tag}></div></div>`
        );
        const card = root.querySelector('.help-card')!;
        const el = root.querySelector(tag) as MessageUsElement;
        await el.updateComplete;
        const hidden = getComputedStyle(card).display;
        el.setAttribute('platform', 'apple');
        await el.updateComplete;
        expect([hidden, getComputedStyle(card).display]).to.deep.equal(['none', 'block']);
      });
    });

    describe('every activation of the link fires message-us-click', () => {
      it('a left click: activation "click"', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const details = record(el);
        await sendMouse({type: 'click', position: center(link(el))});
        expect([details.map((d) => [d.activation, d.href]), clicks.length]).to.deep.equal([
          [['click', MESSAGES_BASE]],
          1,
        ]);
      });

      it('a middle click (new tab): activation "auxclick", cancelable', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          platform: 'other',
          unsupported: 'fallback',
          'fallback-href': 'https://example.com/contact',
        });
        const details = record(el);
        await sendMouse({type: 'click', position: center(link(el)), button: 'middle'});
        expect([
          details.map((d) => [d.activation, d.href, d.channel]),
          // WebKit fires click for the middle button, the others auxclick.
          [...auxclicks, ...clicks].map((c) => c.defaultPrevented),
        ]).to.deep.equal([[['auxclick', 'https://example.com/contact', 'web']], [true]]);
      });

      it('Enter: activation "keyboard"', async () => {
        const root = await place(
          `<div><button>before</button><${tag} business-id="${BUSINESS_ID}" platform="apple"></${tag}></div>`
        );
        const el = root.querySelector(tag)!;
        const details = record(el);
        root.querySelector('button')!.focus();
        await sendKeys({press: 'Tab'});
        await sendKeys({press: 'Enter'});
        expect(details.map((d) => d.activation)).to.deep.equal(['keyboard']);
      });

      it('a click after a keyboard activation is a click again', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const details = record(el);
        el.focus();
        await sendKeys({press: 'Enter'});
        await sendMouse({type: 'click', position: center(link(el))});
        expect(details.map((d) => d.activation)).to.deep.equal(['keyboard', 'click']);
      });

      it('host.click() activates the link, as on a native button', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const heard = oneEvent(el, 'message-us-click');
        el.addEventListener('message-us-click', (event) => event.preventDefault());
        el.click();
        const {detail} = (await heard) as CustomEvent<MessageUsClickDetail>;
        // The host's own click, then the link's, cancelled by the listener.
        expect([
          detail.activation,
          detail.href,
          clicks.map((c) => [c.target === link(el), c.defaultPrevented]),
        ]).to.deep.equal([
          'click',
          MESSAGES_BASE,
          [
            [true, true],
            [false, false],
          ],
        ]);
      });

      it('host.click() does nothing when nothing is rendered', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'other'});
        const details = record(el);
        el.click();
        expect([details, clicks.length, linkOf(el)]).to.deep.equal([[], 1, null]);
      });
    });

    describe('reflow at 320 CSS px (400 % zoom)', () => {
      const german = localeStrings('de').presets['contact-an-agent'];
      const rows: Array<[string, Record<string, string>, string]> = [
        ['lang="de" preset="contact-an-agent"', {lang: 'de', preset: 'contact-an-agent'}, german],
        ['scale="3"', {scale: '3'}, 'Message Us'],
        [
          'scale="3" lang="de" preset="contact-an-agent"',
          {scale: '3', lang: 'de', preset: 'contact-an-agent'},
          german,
        ],
      ];
      for (const [name, attrs, text] of rows) {
        it(`${name}: the whole label shows, nothing is cut, the control fits`, async () => {
          const root = await fixture<HTMLDivElement>(
            `<div style="width: 320px"><${tag} business-id="${BUSINESS_ID}" platform="apple" ${Object.entries(
              attrs
            )
              .map(([k, v]) => `${k}="${v}"`)
              .join(' ')}></${tag}></div>`
          );
          const el = root.querySelector(tag) as MessageUsElement;
          await el.updateComplete;
          takeWarnings();
          const label = el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
          const range = document.createRange();
          range.selectNodeContents(label);
          const textBox = range.getBoundingClientRect();
          const box = link(el).getBoundingClientRect();
          const container = root.getBoundingClientRect();
          expect({
            text: label.textContent!.trim(),
            // Vertically, the text box inside the link says it: Firefox rounds
            // scrollHeight up by a pixel for two lines of 20.24 px.
            cut: label.scrollWidth > label.clientWidth,
            textInside:
              textBox.left >= box.left - 0.5 &&
              textBox.right <= box.right + 0.5 &&
              textBox.top >= box.top - 0.5 &&
              textBox.bottom <= box.bottom + 0.5,
            fits: box.left >= container.left - 0.5 && box.right <= container.right + 0.5,
            overflow: getComputedStyle(label).textOverflow,
          }).to.deep.equal({text, cut: false, textInside: true, fits: true, overflow: 'clip'});
        });
      }

      it('keeps one line at a normal width', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          platform: 'apple',
          lang: 'de',
          preset: 'contact-an-agent',
        });
        const label = el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        expect(lines.size).to.equal(1);
      });
    });

    describe('a default black control on a near-black page', () => {
      async function on(background: string, attrs: Record<string, string> = {}) {
        const root = await place(
          `<div style="background: ${background}"><${tag} business-id="${BUSINESS_ID}" platform="apple" ${Object.entries(
            attrs
          )
            .map(([k, v]) => `${k}="${v}"`)
            .join(' ')}></${tag}></div>`
        );
        return settled(root.querySelector(tag) as MessageUsElement);
      }

      it('warns below 3:1, suggesting theme="light" or theme="auto"', async () => {
        await on('#111');
        expect(takeWarnings()).to.deep.equal([
          `[message-us] <${tag}> ${DARK_ON_DARK('1.11', 'rgb(17, 17, 17)')}`,
        ]);
      });

      it('composes translucent layers over the first opaque one', async () => {
        const root = await place(
          `<div style="background: rgb(20, 20, 20)"><section style="background: rgba(255, 255, 255, 0.1)"><${tag} business-id="${BUSINESS_ID}" platform="apple"></${tag}></section></div>`
        );
        await settled(root);
        // 0.1 × 255 + 0.9 × 20 = 43.5 → rgb(44, 44, 44)
        expect(takeWarnings()).to.deep.equal([
          `[message-us] <${tag}> ${DARK_ON_DARK('1.49', 'rgb(44, 44, 44)')}`,
        ]);
      });

      it('looks across shadow roots for the background behind', async () => {
        const host = await fixture<HTMLDivElement>('<div style="background: #000"></div>');
        const inner = host.attachShadow({mode: 'open'});
        inner.innerHTML = `<p><${tag} business-id="${BUSINESS_ID}" platform="apple"></${tag}></p>`;
        await (inner.querySelector(tag) as MessageUsElement).updateComplete;
        await settled(null);
        expect(takeWarnings()).to.deep.equal([
          `[message-us] <${tag}> ${DARK_ON_DARK('1.00', 'rgb(0, 0, 0)')}`,
        ]);
      });

      it('warns once per element, not on every render', async () => {
        const el = await on('#111');
        el.setAttribute('label', 'Chat');
        await el.updateComplete;
        await settled(null);
        expect(takeWarnings().length).to.equal(1);
      });

      it('is quiet for theme="light" and theme="auto", and on the default white page', async () => {
        await on('#111', {theme: 'light'});
        await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        expect(takeWarnings()).to.deep.equal([]);
      });

      it('is quiet over a background image it cannot judge', async () => {
        await on('linear-gradient(#000, #111)');
        expect(takeWarnings()).to.deep.equal([]);
      });
    });

    describe('each channel has its own glyph', () => {
      const rows: Array<[string, Record<string, string>]> = [
        ['messages', {platform: 'apple'}],
        ['phone', {'fallback-channel': 'phone'}],
        ['sms', {'fallback-channel': 'sms'}],
        ['whatsapp', {'fallback-channel': 'whatsapp'}],
        ['web', {'fallback-channel': 'web'}],
      ];
      for (const [channel, attrs] of rows) {
        it(`${channel}: its exact path`, async () => {
          const el = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'other',
            unsupported: 'fallback',
            phone: E164,
            'fallback-href': 'https://example.com/contact',
            ...attrs,
          });
          const path = el.shadowRoot!.querySelector('svg path')!;
          expect([
            el.channel,
            path.getAttribute('d'),
            path.getAttribute('fill-rule'),
          ]).to.deep.equal([channel, EXACT_PATHS[channel], 'evenodd']);
        });
      }
    });
  });
}

// Written out, so a change to a glyph is a visible change to this test.
const EXACT_PATHS: Record<string, string> = {
  messages:
    'M12 2.5C6.2 2.5 1.5 6.4 1.5 11.2c0 2.7 1.5 5.1 3.9 6.7-.2 1.3-.8 2.5-1.8 3.5-.2.2 0 .6.3.6 2-.1 3.8-.8 5.2-1.9.9.2 1.9.3 2.9.3 5.8 0 10.5-3.9 10.5-8.7S17.8 2.5 12 2.5Z',
  phone:
    'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1C10.6 21 3 13.4 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1l-2.3 2.2Z',
  sms: 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2Zm3 6.5v2h2v-2Zm4 0v2h2v-2Zm4 0v2h2v-2Z',
  whatsapp:
    'M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2Zm0 2a8 8 0 1 1-4.2 14.8l-.3-.2-3 .8.8-2.9-.2-.3A8 8 0 0 1 12 4ZM9 7.5c.4 0 .6.2.8.6l.7 1.7c.1.3 0 .6-.2.8l-.6.7c.7 1.4 1.8 2.5 3.2 3.2l.7-.6c.2-.2.5-.3.8-.2l1.7.7c.4.2.6.4.6.8v.8c0 .9-.9 1.6-1.8 1.5C11 17.6 6.4 13 6 9.3c-.1-.9.6-1.8 1.5-1.8Z',
  messenger:
    'M12 2C6.4 2 2 6.1 2 11.7c0 2.9 1.2 5.5 3.2 7.2V22l3-1.7c1.2.4 2.5.6 3.8.6 5.6 0 10-4.1 10-9.6S17.6 2 12 2ZM6.5 14.5l3-4.8 3 2.3 4.5-2.5-3 4.8-3-2.3Z',
  email:
    'M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm0 3.2 8 5.3 8-5.3v2.4l-8 5.3-8-5.3Z',
  web: 'M14 3h7v7h-2V6.4l-9.3 9.3-1.4-1.4L17.6 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z',
};

describe('glyphs', () => {
  it('has seven, each its own exact path, Messages for no channel', () => {
    const channels = Object.keys(GLYPHS) as Array<keyof typeof GLYPHS>;
    expect([
      channels,
      channels.map((channel) => glyphPath(channel) === EXACT_PATHS[channel]),
      new Set(channels.map(glyphPath)).size,
      glyphPath(null),
    ]).to.deep.equal([
      ['messages', 'phone', 'sms', 'whatsapp', 'messenger', 'email', 'web'],
      [true, true, true, true, true, true, true],
      7,
      EXACT_PATHS.messages,
    ]);
  });

  it('names a glyph only on an icon-only control whose label does not say the channel', () => {
    expect([
      glyphName('whatsapp', 'Contact us', true),
      glyphName('whatsapp', 'Chat via WhatsApp', true),
      glyphName('whatsapp', 'Contact us', false),
      glyphName('messenger', 'Chat', true),
      glyphName('sms', 'Text us', true),
      glyphName('phone', 'Contact us', true),
      glyphName(null, 'x', true),
    ]).to.deep.equal(['WhatsApp', '', '', 'Messenger', 'SMS', '', '']);
  });

  it('an icon-only WhatsApp button with its own label is named after the channel', async () => {
    const el = await make('message-us-button', {
      'business-id': BUSINESS_ID,
      platform: 'other',
      unsupported: 'fallback',
      phone: E164,
      'fallback-channel': 'whatsapp',
      'fallback-label': 'Contact us',
      'icon-only': '',
    });
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect([
      svg.getAttribute('role'),
      svg.getAttribute('aria-label'),
      svg.hasAttribute('aria-hidden'),
    ]).to.deep.equal(['img', 'WhatsApp', false]);
    await expect(el).to.be.accessible();
  });

  it('the default icon-only WhatsApp label already says it: the glyph stays decorative', async () => {
    const el = await make('message-us-button', {
      'business-id': BUSINESS_ID,
      platform: 'other',
      unsupported: 'fallback',
      phone: E164,
      'fallback-channel': 'whatsapp',
      'icon-only': '',
    });
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect([
      el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim(),
      svg.getAttribute('aria-hidden'),
      svg.hasAttribute('aria-label'),
    ]).to.deep.equal([localeStrings('en').whatsapp, 'true', false]);
  });
});

describe('boolean attributes: present means on, except "false"', () => {
  const iconOnly = (el: Element) => link(el).classList.contains('icon-only');
  const rows: Array<[value: string | null, on: boolean]> = [
    [null, false],
    ['', true],
    ['icon-only', true],
    ['true', true],
    ['false', false],
    ['FALSE', false],
  ];
  for (const [value, on] of rows) {
    it(`<message-us-button icon-only${value === null ? '' : `="${value}"`}> is ${on ? 'on' : 'off'}`, async () => {
      const el = await make('message-us-button', {
        'business-id': BUSINESS_ID,
        platform: 'apple',
        ...(value === null ? {} : {'icon-only': value}),
      });
      expect(iconOnly(el)).to.equal(on);
    });
  }

  const radius = (el: Element) => getComputedStyle(link(el)).borderTopLeftRadius;
  const banners: Array<[value: string | null, expected: string]> = [
    [null, '11px'],
    ['', '11px'],
    ['false', '0px'],
    [' False ', '0px'],
  ];
  for (const [value, expected] of banners) {
    it(`<message-us-banner rounded${value === null ? '' : `="${value}"`}> has corners of ${expected}`, async () => {
      const el = await make('message-us-banner', {
        'business-id': BUSINESS_ID,
        platform: 'apple',
        ...(value === null ? {} : {rounded: value}),
      });
      expect(radius(el)).to.equal(expected);
    });
  }
});
