import {expect, fixture} from '@open-wc/testing';
import {MessageUsBannerElement} from '../../src/message-us-banner/define.js';
import {contrastRatio, parseComputedColor} from '../../src/core/options.js';
import {
  BUSINESS_ID,
  MESSAGES_BASE,
  link,
  linkSizing,
  make,
  partText,
  place,
  shadowMarkup,
  takeWarnings,
} from '../shared/harness.js';

const TAG = 'message-us-banner';
const PHONE = '+1 216 395 4902';
const SVG =
  '<svg viewBox="0 0 24 24" width="1em" height="1em" focusable="false" aria-hidden="true"></svg>';
const CONTEXT = 'Get answers from our team in Apple Messages.';

function banner(attrs: Record<string, string> = {}, inner = '') {
  return make<MessageUsBannerElement>(
    TAG,
    {'business-id': BUSINESS_ID, lang: 'en', ...attrs},
    inner
  );
}

function rect(element: Element) {
  const {top, left, right, bottom, width, height} = element.getBoundingClientRect();
  return {top, left, right, bottom, width, height};
}

function part(element: Element, name: string): Element {
  return element.shadowRoot!.querySelector(`[part="${name}"]`)!;
}

function texts(element: Element) {
  return [partText(element, 'label'), partText(element, 'context')];
}

describe('<message-us-banner>', () => {
  describe('shadow DOM', () => {
    it('takes the default height and radius from its stylesheet, other ones inline', async () => {
      const els = [
        await banner({platform: 'apple'}),
        await banner({platform: 'apple', rounded: 'false', scale: '1.5'}),
        await banner({platform: 'apple', style: '--message-us-radius: 3px'}),
      ];
      expect(els.map(linkSizing)).to.deep.equal([
        {inline: null, h: '44px', minHeight: '66px', radius: '11px'},
        {inline: '--_h: 66px; --_radius: 0;', h: '66px', minHeight: '99px', radius: '0px'},
        {inline: null, h: '44px', minHeight: '66px', radius: '3px'},
      ]);
    });

    it('renders glyph, call to action, context and description in one link', async () => {
      const el = await banner({platform: 'apple'});
      expect(shadowMarkup(el)).to.equal(
        `<a part="base" class="dark" href="${MESSAGES_BASE}" lang="en" dir="ltr" aria-describedby="d"><span part="icon"><slot name="icon">${SVG}</slot></span><span class="text"><span part="label"><slot name="label">Message Us</slot></span><span part="context"><slot name="context">${CONTEXT}</slot></span></span><span id="d" hidden="">Opens Apple Messages</span></a>`
      );
    });

    it('becomes a call banner showing the number where Messages is unavailable', async () => {
      const el = await banner({platform: 'other', phone: PHONE});
      expect(shadowMarkup(el)).to.equal(
        `<a part="base" class="dark" href="tel:+12163954902" lang="en" dir="ltr"><span part="icon"><slot name="icon">${SVG}</slot></span><span class="text"><span part="label"><slot name="label">Call Us</slot></span><span part="context"><slot name="context">+1 216 395 4902</slot></span></span></a>`
      );
    });

    it('shows no phone number on a web fallback, even with a phone set', async () => {
      const el = await banner({
        platform: 'other',
        phone: PHONE,
        'fallback-channel': 'web',
        'fallback-href': 'https://example.com/contact',
      });
      expect(shadowMarkup(el)).to.equal(
        `<a part="base" class="dark" href="https://example.com/contact" lang="en" dir="ltr"><span part="icon"><slot name="icon">${SVG}</slot></span><span class="text"><span part="label"><slot name="label">Contact Us</slot></span></span></a>`
      );
    });

    it('renders chosen colours, font and square corners as private tokens', async () => {
      const el = await banner({
        platform: 'apple',
        orientation: 'vertical',
        rounded: 'false',
        theme: 'light',
        background: '#1b3f68',
        'text-color': '#fff',
        'icon-color': '#1b3f68',
        'icon-background': '#fff',
        'font-family': 'Georgia, serif',
      });
      expect(shadowMarkup(el).replace(/ style="[^"]*"/, '')).to.equal(
        `<a part="base" class="light vertical" href="${MESSAGES_BASE}" lang="en" dir="ltr" aria-describedby="d"><span part="icon"><slot name="icon">${SVG}</slot></span><span class="text"><span part="label"><slot name="label">Message Us</slot></span><span part="context"><slot name="context">${CONTEXT}</slot></span></span><span id="d" hidden="">Opens Apple Messages</span></a>`
      );
      const s = link(el).style;
      expect(
        [
          '--_fg',
          '--_bg',
          '--_icon',
          '--_icon-bg',
          '--_border',
          '--_h',
          '--_radius',
          '--_font',
        ].map((p) => s.getPropertyValue(p).trim())
      ).to.deep.equal([
        '#fff',
        '#1b3f68',
        '#1b3f68',
        '#fff',
        'var(--message-us-border-color, #1b3f68)',
        '44px',
        '0',
        'Georgia, serif',
      ]);
    });

    it('lets the page replace the call to action, the context and the icon through slots', async () => {
      const el = await banner(
        {platform: 'apple'},
        '<b slot="label">Chat now</b><i slot="context">We reply in minutes</i><svg slot="icon" aria-hidden="true" viewBox="0 0 1 1"></svg>'
      );
      const slots = [...el.shadowRoot!.querySelectorAll('slot')].map((slot) => [
        slot.name,
        slot.assignedElements().map((e) => e.localName),
      ]);
      expect(slots).to.deep.equal([
        ['icon', ['svg']],
        ['label', ['b']],
        ['context', ['i']],
      ]);
    });

    it('exposes the base, icon, label and context parts', async () => {
      const root = await place(
        `<div><style>.styled::part(context) { font-style: italic } .styled::part(base) { letter-spacing: 1px }</style><message-us-banner class="styled" business-id="${BUSINESS_ID}" platform="apple"></message-us-banner></div>`
      );
      const el = root.querySelector(TAG)!;
      expect([
        getComputedStyle(part(el, 'context')).fontStyle,
        getComputedStyle(part(el, 'base')).letterSpacing,
        part(el, 'icon').localName,
        part(el, 'label').localName,
      ]).to.deep.equal(['italic', '1px', 'span', 'span']);
    });
  });

  describe('texts', () => {
    it('shows cta and context instead of the defaults', async () => {
      const el = await banner({
        platform: 'apple',
        cta: ' Ask billing ',
        context: 'Replies within an hour.',
      });
      expect(texts(el)).to.deep.equal(['Ask billing', 'Replies within an hour.']);
    });

    it('uses label, then the preset, when there is no cta', async () => {
      const labelled = await banner({platform: 'apple', label: 'Chat with us', preset: 'get-help'});
      const preset = await banner({platform: 'apple', preset: 'get-help'});
      expect([partText(labelled, 'label'), partText(preset, 'label')]).to.deep.equal([
        'Chat with us',
        'Get Help',
      ]);
    });

    it('translates the default context', async () => {
      const el = await banner({platform: 'apple', lang: 'de'});
      expect(texts(el)).to.deep.equal([
        'Schreiben Sie uns',
        'Unser Team antwortet Ihnen in Apple Messages.',
      ]);
    });

    it('replaces cta and context by the fallback’s own texts', async () => {
      const el = await banner({
        platform: 'other',
        phone: PHONE,
        cta: 'Ask billing',
        context: 'In Apple Messages',
        'fallback-label': 'Call billing',
      });
      expect(texts(el)).to.deep.equal(['Call billing', '+1 216 395 4902']);
    });

    it('shows the number on SMS and WhatsApp fallbacks', async () => {
      const sms = await banner({platform: 'other', phone: PHONE, 'fallback-channel': 'sms'});
      const wa = await banner({platform: 'other', phone: PHONE, 'fallback-channel': 'whatsapp'});
      expect([texts(sms), texts(wa)]).to.deep.equal([
        ['Text Us', '+1 216 395 4902'],
        ['Chat on WhatsApp', '+1 216 395 4902'],
      ]);
    });

    it('marks an author’s cta with the page’s language and default texts with theirs', async () => {
      const own = await banner({platform: 'apple', lang: 'ps', cta: 'له موږ سره اړیکه ونیسئ'});
      const fallback = await banner({platform: 'apple', lang: 'ps'});
      expect([link(own).lang, link(fallback).lang]).to.deep.equal(['ps', 'en']);
    });
  });

  describe('call banner by default', () => {
    const rows: Array<[attrs: Record<string, string>, outcome: string, href: string | null]> = [
      [{platform: 'other', phone: PHONE}, 'fallback', 'tel:+12163954902'],
      [{phone: PHONE}, 'fallback', 'tel:+12163954902'],
      [{platform: 'apple', phone: PHONE}, 'messages', MESSAGES_BASE],
      [{platform: 'other', phone: PHONE, unsupported: 'hide'}, 'hidden', null],
      [{platform: 'other', phone: PHONE, unsupported: 'show'}, 'messages', MESSAGES_BASE],
      [{platform: 'other', phone: '  '}, 'hidden', null],
      [{platform: 'other'}, 'hidden', null],
    ];
    for (const [attrs, outcome, href] of rows) {
      it(`${JSON.stringify(attrs)} → ${outcome}`, async () => {
        const el = await banner(attrs);
        expect([el.outcome, el.href]).to.deep.equal([outcome, href]);
      });
    }

    it('warns about a bad phone and hides', async () => {
      const el = await banner({platform: 'other', phone: '216 395 4902'});
      expect([el.outcome, takeWarnings()]).to.deep.equal([
        'hidden',
        [
          '[message-us] <message-us-banner> phone="216 395 4902" is not an international phone number; start it with + and the country code. Example: phone="+12163954902"',
        ],
      ]);
    });

    it('follows a phone set later by property', async () => {
      const el = await banner({platform: 'other'});
      el.phone = PHONE;
      await el.updateComplete;
      expect(el.href).to.equal('tel:+12163954902');
    });
  });

  describe('orientation', () => {
    it('is horizontal by default: glyph beside the texts', async () => {
      const el = await banner({platform: 'apple'});
      const icon = rect(part(el, 'icon'));
      const label = rect(part(el, 'label'));
      expect([getComputedStyle(link(el)).flexDirection, icon.right <= label.left]).to.deep.equal([
        'row',
        true,
      ]);
    });

    it('vertical puts the glyph above the centred texts', async () => {
      const el = await banner({platform: 'apple', orientation: 'vertical'});
      const icon = rect(part(el, 'icon'));
      const label = rect(part(el, 'label'));
      const style = getComputedStyle(link(el));
      expect([style.flexDirection, style.textAlign, icon.bottom <= label.top]).to.deep.equal([
        'column',
        'center',
        true,
      ]);
    });

    it('warns once for an unknown orientation (Apple’s sites used "right") and stays horizontal', async () => {
      const el = await banner({platform: 'apple', orientation: 'right'});
      el.setAttribute('cta', 'again');
      await el.updateComplete;
      expect([getComputedStyle(link(el)).flexDirection, takeWarnings()]).to.deep.equal([
        'row',
        [
          '[message-us] <message-us-banner> orientation="right" is not one of horizontal, vertical; using "horizontal". Example: orientation="vertical"',
        ],
      ]);
    });

    it('mirrors in rtl: glyph on the right', async () => {
      const el = await banner({platform: 'apple', lang: 'he'});
      const icon = rect(part(el, 'icon'));
      const label = rect(part(el, 'label'));
      expect([link(el).dir, icon.left >= label.right]).to.deep.equal(['rtl', true]);
    });
  });

  describe('corners', () => {
    const rows: Array<[attrs: Record<string, string>, radius: string]> = [
      [{}, '11px'],
      [{rounded: ''}, '11px'],
      [{rounded: 'true'}, '11px'],
      [{rounded: 'false'}, '0px'],
      [{rounded: 'FALSE'}, '0px'],
      [{scale: '1.5'}, '16.5px'],
      [{style: '--message-us-radius: 4px'}, '4px'],
      [{rounded: 'false', style: '--message-us-radius: 4px'}, '0px'],
    ];
    for (const [attrs, radius] of rows) {
      it(`${JSON.stringify(attrs)} gives a corner radius of ${radius}`, async () => {
        const el = await banner({platform: 'apple', ...attrs});
        expect(getComputedStyle(link(el)).borderTopLeftRadius).to.equal(radius);
      });
    }

    it('switches corners off through the property', async () => {
      const el = await banner({platform: 'apple'});
      el.rounded = false;
      await el.updateComplete;
      expect([
        el.getAttribute('rounded'),
        getComputedStyle(link(el)).borderTopLeftRadius,
      ]).to.deep.equal([null, '0px']);
    });
  });

  describe('size', () => {
    const rows: Array<[scale: string, height: number]> = [
      ['1', 66],
      ['1.5', 99],
    ];
    for (const [scale, height] of rows) {
      it(`scale="${scale}" renders ${height}px high (one line of each text)`, async () => {
        const el = await banner({platform: 'apple', scale});
        const {height: actual, width} = rect(link(el));
        expect([getComputedStyle(link(el)).minHeight, actual, width >= 44]).to.deep.equal([
          `${height}px`,
          height,
          true,
        ]);
      });
    }

    it('is at least 44×44 px even with empty texts', async () => {
      const el = await banner(
        {platform: 'apple'},
        '<span slot="label"></span><span slot="context"></span>'
      );
      const {width, height} = rect(link(el));
      expect([width >= 44, height >= 44]).to.deep.equal([true, true]);
    });

    it('never grows wider than 1000 px', async () => {
      const root = await place(
        `<div style="width: 3000px"><message-us-banner business-id="${BUSINESS_ID}" platform="apple" context="${'A long line of context. '.repeat(30)}"></message-us-banner></div>`
      );
      expect(rect(link(root.querySelector(TAG)!)).width).to.equal(1000);
    });
  });

  describe('colours and font', () => {
    it('applies background, text, icon and icon background colours', async () => {
      const el = await banner({
        platform: 'apple',
        background: '#1b3f68',
        'text-color': '#ffffff',
        'icon-color': 'rgb(0, 122, 255)',
        'icon-background': '#fff',
      });
      const base = getComputedStyle(link(el));
      const icon = getComputedStyle(part(el, 'icon'));
      expect([
        base.backgroundColor,
        base.color,
        base.borderTopColor,
        icon.color,
        icon.backgroundColor,
      ]).to.deep.equal([
        'rgb(27, 63, 104)',
        'rgb(255, 255, 255)',
        'rgb(27, 63, 104)',
        'rgb(0, 122, 255)',
        'rgb(255, 255, 255)',
      ]);
    });

    it('applies font-family to the texts', async () => {
      const el = await banner({platform: 'apple', 'font-family': 'Georgia, serif'});
      expect(getComputedStyle(part(el, 'label')).fontFamily).to.equal('Georgia, serif');
    });

    it('warns once per invalid colour, naming the attribute', async () => {
      const el = await banner({
        platform: 'apple',
        'text-color': 'nope',
        'icon-color': '12px',
        'icon-background': 'red; color: blue',
      });
      el.setAttribute('cta', 'again');
      await el.updateComplete;
      expect(takeWarnings()).to.deep.equal([
        '[message-us] <message-us-banner> text-color="nope" is not a CSS colour; using the theme\'s. Example: text-color="#1b3f68"',
        '[message-us] <message-us-banner> icon-color="12px" is not a CSS colour; using the theme\'s. Example: icon-color="#1b3f68"',
        '[message-us] <message-us-banner> icon-background="red; color: blue" is not a CSS colour; using the theme\'s. Example: icon-background="#1b3f68"',
      ]);
    });

    it('warns when text-color and background fall below 4.5:1, naming the banner’s attributes', async () => {
      await banner({platform: 'apple', 'text-color': '#777', background: '#888'});
      expect(takeWarnings()).to.deep.equal([
        '[message-us] <message-us-banner> text-color and background give a contrast of 1.26:1 (rgb(119, 119, 119) on rgb(136, 136, 136)); Apple asks for at least 4.5:1, 7:1 preferred. Example: text-color="#ffffff" background="#000000"',
      ]);
    });

    it('does not take the button’s color attribute for a text colour', async () => {
      const el = await banner({platform: 'apple', color: '#777'});
      expect([getComputedStyle(link(el)).color, takeWarnings()]).to.deep.equal([
        'rgb(255, 255, 255)',
        [],
      ]);
    });

    for (const theme of ['dark', 'light']) {
      it(`the ${theme} theme has at least 7:1 contrast`, async () => {
        const el = await banner({platform: 'apple', theme});
        const style = getComputedStyle(link(el));
        expect(
          contrastRatio(
            parseComputedColor(style.color)!,
            parseComputedColor(style.backgroundColor)!
          )
        ).to.equal(21);
      });
    }
  });

  describe('attributes and properties', () => {
    it('reflects no styling property: the styles read none from the host', async () => {
      const el = await banner({platform: 'apple'});
      Object.assign(el, {
        orientation: 'vertical',
        rounded: false,
        background: '#000',
        textColor: '#fff',
        iconColor: '#eee',
        iconBackground: '#111',
        fontFamily: 'serif',
      });
      await el.updateComplete;
      expect(
        [
          'orientation',
          'rounded',
          'background',
          'text-color',
          'icon-color',
          'icon-background',
          'font-family',
        ].map((a) => el.getAttribute(a))
      ).to.deep.equal([null, null, null, null, null, null, null]);
    });

    it('does not reflect cta and context', async () => {
      const el = await banner({platform: 'apple'});
      el.cta = 'A';
      el.context = 'B';
      await el.updateComplete;
      expect([el.getAttribute('cta'), el.getAttribute('context'), texts(el)]).to.deep.equal([
        null,
        null,
        ['A', 'B'],
      ]);
    });

    it('leaves unset properties undefined, so page defaults can apply, and renders the schema defaults', async () => {
      const el = await banner({platform: 'apple'});
      expect([
        el.orientation,
        el.rounded,
        el.theme,
        el.scale,
        el.unsupported,
        link(el).className,
        getComputedStyle(link(el)).borderTopLeftRadius,
        getComputedStyle(link(el)).minHeight,
      ]).to.deep.equal([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
        'dark',
        '11px',
        '66px',
      ]);
    });
  });

  describe('accessibility (axe)', () => {
    const variants: Array<Record<string, string>> = [
      {platform: 'apple'},
      {platform: 'apple', theme: 'light'},
      {platform: 'apple', theme: 'auto'},
      {platform: 'apple', orientation: 'vertical'},
      {platform: 'apple', rounded: 'false', scale: '1.5'},
      {platform: 'apple', cta: 'Ask billing', context: 'Replies within an hour.'},
      {
        platform: 'apple',
        background: '#1b3f68',
        'text-color': '#fff',
        'icon-color': '#1b3f68',
        'icon-background': '#fff',
      },
      {platform: 'apple', lang: 'ar'},
      {platform: 'apple', lang: 'ur', orientation: 'vertical'},
      {platform: 'other', phone: PHONE},
      {platform: 'other', phone: PHONE, 'fallback-channel': 'whatsapp'},
      {platform: 'other', 'fallback-href': 'https://example.com/contact', unsupported: 'fallback'},
      {platform: 'other'},
      {},
    ];
    for (const attrs of variants) {
      it(`has no violations: ${JSON.stringify(attrs)}`, async () => {
        const el = await banner(attrs);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('upgrade from the no-JS link', () => {
    let count = 0;

    // The shipped dist/no-js.css (source: src/no-js.css), renamed to this
    // test's own tag so the upgrade can be triggered by defining it.
    let shipped = '';
    before(async () => {
      shipped = await (await fetch('/src/no-js.css')).text();
    });
    const noJsCss = (tag: string) => shipped.replaceAll('message-us-banner', tag);

    it('keeps the host’s height when the element is defined after the markup exists', async () => {
      const tag = `no-js-banner-${count++}`;
      const root = await fixture<HTMLDivElement>(
        `<div><style>${noJsCss(tag)}</style><${tag} business-id="${BUSINESS_ID}" platform="apple" lang="en"><a href="${MESSAGES_BASE}">Message Us in Apple Messages</a></${tag}><p>below</p></div>`
      );
      const el = root.querySelector(tag)!;
      const below = root.querySelector('p')!;
      const before = [rect(el).height, rect(below).top];
      customElements.define(tag, class extends MessageUsBannerElement {});
      await (el as MessageUsBannerElement).updateComplete;
      expect([
        [rect(el).height, rect(below).top],
        el.querySelector('a')!.getClientRects().length,
      ]).to.deep.equal([before, 0]);
    });
  });
});
