import {expect, fixture} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {MessageUsButtonElement} from '../../src/message-us-button/define.js';
import {contrastRatio, parseComputedColor} from '../../src/core/options.js';
import {
  BUSINESS_ID,
  MESSAGES_BASE,
  link,
  linkSizing,
  make,
  partText,
  place,
  settled,
  shadowMarkup,
  takeWarnings,
} from '../shared/harness.js';

const TAG = 'message-us-button';
const PHONE = '+1 216 395 4902';
const SVG =
  '<svg viewBox="0 0 24 24" width="1em" height="1em" focusable="false" aria-hidden="true"></svg>';

function button(attrs: Record<string, string> = {}, inner = '') {
  return make<MessageUsButtonElement>(
    TAG,
    {'business-id': BUSINESS_ID, lang: 'en', ...attrs},
    inner
  );
}

function rect(element: Element) {
  const {width, height} = element.getBoundingClientRect();
  return {width, height};
}

function style(element: MessageUsButtonElement) {
  return getComputedStyle(link(element));
}

describe('<message-us-button>', () => {
  describe('shadow DOM', () => {
    it('renders the Messages link with glyph, label and description', async () => {
      const el = await button({platform: 'apple'});
      expect(shadowMarkup(el)).to.equal(
        `<a part="base" class="dark" href="${MESSAGES_BASE}" lang="en" dir="ltr" aria-describedby="d"><span part="icon"><slot name="icon">${SVG}</slot></span><span part="label" class=""><slot name="label">Message Us</slot></span><span id="d" hidden="">Opens Apple Messages</span></a>`
      );
    });

    it('takes the default height and radius from its stylesheet, other ones inline', async () => {
      const els = [
        await button({platform: 'apple'}),
        await button({platform: 'apple', scale: '2', shape: 'pill'}),
        await button({platform: 'apple', style: '--message-us-radius: 3px'}),
      ];
      expect(els.map(linkSizing)).to.deep.equal([
        {inline: null, h: '44px', minHeight: '44px', radius: '9.68px'},
        {inline: '--_h: 88px; --_radius: 44px;', h: '88px', minHeight: '88px', radius: '44px'},
        {inline: null, h: '44px', minHeight: '44px', radius: '3px'},
      ]);
      expect(rect(els[0]).height).to.equal(44);
    });

    it('renders an icon-only call fallback: visually hidden label, no Messages description', async () => {
      const el = await button({
        platform: 'other',
        unsupported: 'fallback',
        phone: PHONE,
        shape: 'circle',
      });
      expect(shadowMarkup(el)).to.equal(
        `<a part="base" class="dark icon-only" href="tel:+12163954902" lang="en" dir="ltr" style="--_h: 44px; --_radius: 22px;"><span part="icon"><slot name="icon">${SVG}</slot></span><span part="label" class="vh"><slot name="label">Call Us</slot></span></a>`
      );
    });

    it('renders chosen colours as private tokens, the border following the background', async () => {
      const el = await button({
        platform: 'apple',
        theme: 'light',
        color: '#fff',
        background: '#1b3f68',
        scale: '1.5',
        shape: 'pill',
      });
      // Engines serialise a style attribute differently; compare its values.
      expect(shadowMarkup(el).replace(/ style="[^"]*"/, '')).to.equal(
        `<a part="base" class="light" href="${MESSAGES_BASE}" lang="en" dir="ltr" aria-describedby="d"><span part="icon"><slot name="icon">${SVG}</slot></span><span part="label" class=""><slot name="label">Message Us</slot></span><span id="d" hidden="">Opens Apple Messages</span></a>`
      );
      const s = link(el).style;
      expect(
        ['--_fg', '--_bg', '--_border', '--_h', '--_radius'].map((p) =>
          s.getPropertyValue(p).trim()
        )
      ).to.deep.equal([
        '#fff',
        '#1b3f68',
        'var(--message-us-border-color, #1b3f68)',
        '66px',
        '33px',
      ]);
    });

    it('renders nothing when hidden', async () => {
      const el = await button({platform: 'other'});
      expect(shadowMarkup(el)).to.equal('');
    });

    it('uses the web glyph for a web fallback', async () => {
      const el = await button({
        platform: 'other',
        unsupported: 'fallback',
        'fallback-href': 'https://example.com/contact',
      });
      expect(el.shadowRoot!.querySelector('[part="icon"] path')!.getAttribute('d')).to.match(
        /^M14 3h7v7/
      );
    });

    it('lets the page replace the label and the icon through slots', async () => {
      const el = await button(
        {platform: 'apple'},
        '<span slot="label">Chat now</span><img slot="icon" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
      );
      const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => [
        slot.name,
        slot.assignedElements().map((e) => e.localName),
      ]);
      expect(slots).to.deep.equal([
        ['icon', ['img']],
        ['label', ['span']],
      ]);
    });

    it('exposes the base, icon and label parts for ::part styling', async () => {
      const root = await place(
        `<div><style>.styled::part(base) { letter-spacing: 2px } .styled::part(label) { text-transform: uppercase } .styled::part(icon) { opacity: 0.5 }</style><message-us-button class="styled" business-id="${BUSINESS_ID}" platform="apple"></message-us-button></div>`
      );
      const el = root.querySelector(TAG)!;
      const part = (name: string) =>
        getComputedStyle(el.shadowRoot!.querySelector(`[part="${name}"]`)!);
      expect([
        part('base').letterSpacing,
        part('label').textTransform,
        part('icon').opacity,
      ]).to.deep.equal(['2px', 'uppercase', '0.5']);
    });
  });

  describe('shape', () => {
    const rows: Array<[attrs: Record<string, string>, radius: string]> = [
      [{}, '9.68px'],
      [{shape: 'rounded'}, '9.68px'],
      [{shape: 'pill'}, '22px'],
      [{shape: 'square'}, '0px'],
      [{shape: 'circle'}, '22px'],
      [{shape: 'PILL'}, '22px'],
      [{shape: 'rounded', scale: '1.5'}, '14.52px'],
      [{shape: 'pill', style: '--message-us-radius: 3px'}, '3px'],
    ];
    for (const [attrs, radius] of rows) {
      it(`${JSON.stringify(attrs)} gives a corner radius of ${radius}`, async () => {
        const el = await button({platform: 'apple', ...attrs});
        expect(style(el).borderTopLeftRadius).to.equal(radius);
      });
    }

    it('warns once for an unknown shape and uses rounded', async () => {
      const el = await button({platform: 'apple', shape: 'oval'});
      el.setAttribute('label', 'again');
      await el.updateComplete;
      expect([style(el).borderTopLeftRadius, takeWarnings()]).to.deep.equal([
        '9.68px',
        [
          '[message-us] <message-us-button> shape="oval" is not one of rounded, pill, square, circle; using "rounded". Example: shape="circle"',
        ],
      ]);
    });

    it('circle implies icon-only', async () => {
      const el = await button({platform: 'apple', shape: 'circle'});
      expect([link(el).classList.contains('icon-only'), rect(link(el))]).to.deep.equal([
        true,
        {width: 44, height: 44},
      ]);
    });
  });

  describe('size', () => {
    const rows: Array<[scale: string, height: number]> = [
      ['1', 44],
      ['1.5', 66],
      ['0.5', 40],
      ['9', 150],
    ];
    for (const [scale, height] of rows) {
      it(`scale="${scale}" renders ${height}px high`, async () => {
        const el = await button({platform: 'apple', scale});
        takeWarnings();
        expect([style(el).height, rect(link(el)).height, rect(el).height]).to.deep.equal([
          `${height}px`,
          height,
          height,
        ]);
      });
    }

    const variants: Array<Record<string, string>> = [
      {},
      {'icon-only': ''},
      {shape: 'circle'},
      {shape: 'square', 'icon-only': ''},
      {label: 'X'},
      {platform: 'other', unsupported: 'fallback', phone: PHONE, 'icon-only': ''},
    ];
    for (const attrs of variants) {
      it(`is a target of at least 44×44 px at scale 1: ${JSON.stringify(attrs)}`, async () => {
        const el = await button({platform: 'apple', ...attrs});
        const {width, height} = rect(link(el));
        expect([width >= 44, height]).to.deep.equal([true, 44]);
      });
    }

    it('icon-only is exactly square', async () => {
      const el = await button({platform: 'apple', 'icon-only': ''});
      expect(rect(link(el))).to.deep.equal({width: 44, height: 44});
    });

    it('never grows wider than 1000 px, wrapping a long label instead of cutting it', async () => {
      const text = 'Very long label '.repeat(20).trim();
      const root = await place(
        `<div style="width: 3000px"><message-us-button business-id="${BUSINESS_ID}" platform="apple" scale="3" label="${text}"></message-us-button></div>`
      );
      const el = root.querySelector(TAG)!;
      const label = el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
      expect([
        rect(link(el)).width,
        label.textContent!.trim(),
        label.scrollWidth <= label.clientWidth,
        rect(link(el)).height > 150,
      ]).to.deep.equal([1000, text, true, true]);
    });

    it('shrinks to its container', async () => {
      const root = await place(
        `<div style="width: 120px"><message-us-button business-id="${BUSINESS_ID}" platform="apple" label="${'Long label '.repeat(5)}"></message-us-button></div>`
      );
      expect(rect(link(root.querySelector(TAG)!)).width).to.equal(120);
    });
  });

  describe('icon-only', () => {
    it('keeps the label as the accessible name, visually hidden', async () => {
      const el = await button({platform: 'apple', 'icon-only': '', preset: 'get-help'});
      const label = el.shadowRoot!.querySelector('[part="label"]')!;
      expect([partText(el, 'label'), label.className, rect(label)]).to.deep.equal([
        'Get Help',
        'vh',
        {width: 1, height: 1},
      ]);
      await expect(el).to.be.accessible();
    });

    it('takes the icon-only property without reflecting it', async () => {
      const el = await button({platform: 'apple'});
      el.iconOnly = true;
      await el.updateComplete;
      expect([
        el.hasAttribute('icon-only'),
        link(el).classList.contains('icon-only'),
      ]).to.deep.equal([false, true]);
    });
  });

  describe('colours', () => {
    it('color and background override the theme, in any CSS syntax', async () => {
      const el = await button({
        platform: 'apple',
        theme: 'light',
        color: 'rgba(255, 255, 255)',
        background: 'hsl(240 100% 50%)',
      });
      expect([style(el).color, style(el).backgroundColor, style(el).borderTopColor]).to.deep.equal([
        'rgb(255, 255, 255)',
        'rgb(0, 0, 255)',
        'rgb(0, 0, 255)',
      ]);
    });

    it('--message-us-border-color still outlines a button with a chosen background', async () => {
      const el = await button({
        platform: 'apple',
        background: '#1b3f68',
        color: '#fff',
        style: '--message-us-border-color: #f00',
      });
      expect(style(el).borderTopColor).to.equal('rgb(255, 0, 0)');
    });

    it('the glyph takes the text colour', async () => {
      const el = await button({platform: 'apple', color: '#ffcc00', background: '#000'});
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="icon"]')!).color).to.equal(
        'rgb(255, 204, 0)'
      );
    });

    it('an invalid colour warns once, naming the attribute, and keeps the theme’s', async () => {
      const el = await button({platform: 'apple', color: 'not-a-colour', background: 'url(x)'});
      el.setAttribute('label', 'again');
      await el.updateComplete;
      expect([style(el).color, style(el).backgroundColor, takeWarnings()]).to.deep.equal([
        'rgb(255, 255, 255)',
        'rgb(0, 0, 0)',
        [
          '[message-us] <message-us-button> color="not-a-colour" is not a CSS colour; using the theme\'s. Example: color="#1b3f68"',
          '[message-us] <message-us-button> background="url(x)" is not a CSS colour; using the theme\'s. Example: background="#1b3f68"',
        ],
      ]);
    });

    for (const theme of ['dark', 'light']) {
      it(`the ${theme} theme has at least 7:1 contrast`, async () => {
        const el = await button({platform: 'apple', theme});
        const ratio = contrastRatio(
          parseComputedColor(style(el).color)!,
          parseComputedColor(style(el).backgroundColor)!
        );
        expect(ratio).to.equal(21);
      });
    }

    it('warns once when chosen colours fall below 4.5:1', async () => {
      const el = await button({platform: 'apple', color: '#777', background: '#888'});
      el.setAttribute('label', 'again');
      await el.updateComplete;
      await settled(el);
      expect(takeWarnings()).to.deep.equal([
        '[message-us] <message-us-button> color and background give a contrast of 1.26:1 (rgb(119, 119, 119) on rgb(136, 136, 136)); Apple asks for at least 4.5:1, 7:1 preferred. Example: color="#ffffff" background="#000000"',
      ]);
    });

    it('judges a chosen text colour against the theme’s background', async () => {
      await button({platform: 'apple', color: '#111'});
      expect(takeWarnings()).to.deep.equal([
        '[message-us] <message-us-button> color and background give a contrast of 1.11:1 (rgb(17, 17, 17) on rgb(0, 0, 0)); Apple asks for at least 4.5:1, 7:1 preferred. Example: color="#ffffff" background="#000000"',
      ]);
    });

    it('warns again when a change makes a new low-contrast pair', async () => {
      const el = await button({platform: 'apple', color: '#777', background: '#888'});
      el.setAttribute('background', '#777');
      await el.updateComplete;
      await settled(el);
      expect(takeWarnings().map((w) => /contrast of ([\d.]+):1/.exec(w)![1])).to.deep.equal([
        '1.26',
        '1.00',
      ]);
    });

    it('is silent for passing, translucent or theme colours', async () => {
      await button({platform: 'apple', color: '#fff', background: '#1b3f68'});
      await button({platform: 'apple', color: '#777', background: 'rgba(0, 0, 0, 0.5)'});
      await button({platform: 'apple', theme: 'light'});
      expect(takeWarnings()).to.deep.equal([]);
    });

    it('uses --message-us-focus-ring-color for the focus ring', async () => {
      const root = await place(
        `<div><button>before</button><message-us-button business-id="${BUSINESS_ID}" platform="apple" style="--message-us-focus-ring-color: #ff0000"></message-us-button></div>`
      );
      root.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'});
      const el = root.querySelector(TAG)!;
      expect(getComputedStyle(link(el)).outlineColor).to.equal('rgb(255, 0, 0)');
    });
  });

  describe('attributes and properties', () => {
    it('reflects no styling property: the styles read none from the host', async () => {
      const el = await button({platform: 'apple'});
      Object.assign(el, {
        color: '#fff',
        background: '#000',
        shape: 'pill',
        iconOnly: true,
        theme: 'light',
        scale: 2,
      });
      await el.updateComplete;
      expect(
        ['color', 'background', 'shape', 'icon-only', 'theme', 'scale'].map((a) =>
          el.getAttribute(a)
        )
      ).to.deep.equal([null, null, null, null, null, null]);
    });

    it('mirrors attributes into properties', async () => {
      const el = await button({
        platform: 'apple',
        color: '#fff',
        background: '#000',
        shape: 'square',
        'icon-only': '',
        intent: 'i',
        group: 'g',
        body: 'b',
        phone: PHONE,
        'fallback-href': '/x',
        'fallback-channel': 'sms',
        unsupported: 'show',
        label: 'L',
        'fallback-label': 'F',
        preset: 'get-help',
        theme: 'auto',
        scale: '1.5',
      });
      expect([
        el.color,
        el.background,
        el.shape,
        el.iconOnly,
        el.intent,
        el.group,
        el.body,
        el.phone,
        el.fallbackHref,
        el.fallbackChannel,
        el.unsupported,
        el.label,
        el.fallbackLabel,
        el.preset,
        el.theme,
        el.scale,
        el.platform,
        el.businessId,
      ]).to.deep.equal([
        '#fff',
        '#000',
        'square',
        true,
        'i',
        'g',
        'b',
        PHONE,
        '/x',
        'sms',
        'show',
        'L',
        'F',
        'get-help',
        'auto',
        '1.5',
        'apple',
        BUSINESS_ID,
      ]);
    });

    it('leaves unset properties undefined, so page defaults can apply, and renders the schema defaults', async () => {
      const el = await button({platform: 'apple'});
      expect([
        el.shape,
        el.iconOnly,
        el.theme,
        el.scale,
        el.preset,
        el.fallbackChannel,
        el.unsupported,
        link(el).className,
        style(el).borderTopLeftRadius,
        style(el).height,
        partText(el, 'label'),
      ]).to.deep.equal([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        'dark',
        '9.68px',
        '44px',
        'Message Us',
      ]);
    });

    it('is not displayed with the hidden attribute', async () => {
      const el = await button({platform: 'apple', hidden: ''});
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });

  describe('right to left', () => {
    it('puts the glyph before the label on the right in rtl', async () => {
      const el = await button({platform: 'apple', lang: 'ar'});
      const icon = el.shadowRoot!.querySelector('[part="icon"]')!.getBoundingClientRect();
      const label = el.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect();
      expect([link(el).dir, icon.left >= label.right]).to.deep.equal(['rtl', true]);
    });

    it('puts the glyph on the left in ltr', async () => {
      const el = await button({platform: 'apple'});
      const icon = el.shadowRoot!.querySelector('[part="icon"]')!.getBoundingClientRect();
      const label = el.shadowRoot!.querySelector('[part="label"]')!.getBoundingClientRect();
      expect(icon.right <= label.left).to.equal(true);
    });
  });

  describe('accessibility (axe)', () => {
    const variants: Array<Record<string, string>> = [
      {platform: 'apple'},
      {platform: 'apple', theme: 'light'},
      {platform: 'apple', theme: 'auto'},
      {platform: 'apple', 'icon-only': ''},
      {platform: 'apple', shape: 'circle'},
      {platform: 'apple', shape: 'pill', scale: '1.5'},
      {platform: 'apple', shape: 'square', scale: '0.91'},
      {platform: 'apple', preset: 'contact-an-agent'},
      {platform: 'apple', color: '#fff', background: '#1b3f68'},
      {platform: 'apple', lang: 'ar'},
      {platform: 'apple', lang: 'he', 'icon-only': ''},
      {platform: 'apple', lang: 'ja'},
      {platform: 'other', unsupported: 'fallback', phone: PHONE},
      {platform: 'other', unsupported: 'fallback', phone: PHONE, 'fallback-channel': 'sms'},
      {platform: 'other', unsupported: 'fallback', phone: PHONE, 'fallback-channel': 'whatsapp'},
      {platform: 'other', unsupported: 'fallback', 'fallback-href': 'https://example.com/contact'},
      {platform: 'other', unsupported: 'fallback', phone: PHONE, shape: 'circle'},
      {platform: 'other'},
      {},
      {lang: ''},
    ];
    for (const attrs of variants) {
      it(`has no violations: ${JSON.stringify(attrs)}`, async () => {
        const el = await button(attrs);
        await expect(el).to.be.accessible();
      });
    }

    it('has no violations with slotted label and icon', async () => {
      const el = await button(
        {platform: 'apple'},
        '<span slot="label">Chat now</span><svg slot="icon" aria-hidden="true" viewBox="0 0 1 1"></svg>'
      );
      await expect(el).to.be.accessible();
    });

    it('has no violations with the author’s no-JS link inside', async () => {
      const el = await button({platform: 'apple'}, `<a href="${MESSAGES_BASE}">Message Us</a>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('upgrade from the no-JS link', () => {
    let count = 0;

    // The shipped dist/no-js.css (source: src/no-js.css), renamed to this
    // test's own tag so the upgrade can be triggered by defining it.
    let shipped = '';
    before(async () => {
      shipped = await (await fetch('/src/no-js.css')).text();
    });
    const noJsCss = (tag: string) => shipped.replaceAll('message-us-button', tag);

    it('keeps the host’s box when the element is defined after the markup exists', async () => {
      const tag = `no-js-button-${count++}`;
      const root = await fixture<HTMLDivElement>(
        `<div><style>${noJsCss(tag)}</style><p><${tag} business-id="${BUSINESS_ID}" platform="apple" lang="en"><a href="${MESSAGES_BASE}">Message Us</a></${tag}> text after</p></div>`
      );
      const el = root.querySelector(tag)!;
      const authored = el.querySelector('a')!;
      const before = {...rect(el), visible: authored.getClientRects().length > 0};
      customElements.define(tag, class extends MessageUsButtonElement {});
      await (el as MessageUsButtonElement).updateComplete;
      const after = {...rect(el), visible: authored.getClientRects().length > 0};
      expect([before.visible, after.visible, link(el).getAttribute('href')]).to.deep.equal([
        true,
        false,
        MESSAGES_BASE,
      ]);
      expect(after.height).to.equal(before.height);
      expect(after.width).to.be.closeTo(before.width, 0.5);
    });
  });
});
