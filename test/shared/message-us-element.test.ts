/**
 * Behaviour both elements share (routing, outcome, events, warnings,
 * language, theme, scale, keyboard, accessibility), run for each tag.
 * Element-specific rendering is tested in test/message-us-button/ and
 * test/message-us-banner/.
 */
import {expect, fixture, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {
  LABEL_PRESETS,
  SUPPORTED_LOCALES,
  localeStrings,
  MessageUsBannerElement,
  MessageUsButtonElement,
  type MessageUsClickDetail,
  type MessageUsOutcomeDetail,
} from '../../src/index.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {pagePlatform} from '../../src/shared/environment.js';
import {
  BUSINESS_ID,
  MESSAGES_BASE,
  clicks,
  engine,
  link,
  linkOf,
  make,
  partText,
  place,
  settle,
  shadowCss,
  takeWarnings,
  type Tag,
} from './harness.js';

const TAGS: Tag[] = ['message-us-button', 'message-us-banner'];
const PHONE = '+1 216 395 4902';
const E164 = '+12163954902';
const ROUTED = `${MESSAGES_BASE}?biz-intent-id=account_question&biz-group-id=billing_department&body=Order%20additional%20credit%20card`;
const ROUTING = {
  'business-id': BUSINESS_ID,
  intent: 'account_question',
  group: 'billing_department',
  body: 'Order additional credit card',
};

const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

function colors(element: Element): [background: string, text: string, border: string] {
  const style = getComputedStyle(link(element));
  return [style.backgroundColor, style.color, style.borderTopColor];
}

function label(element: Element): string | null {
  return partText(element, 'label');
}

// Subclasses whose hook throws stand in for any future bug in deriving the view.
class BrokenButton extends MessageUsButtonElement {
  protected override gatherEnv(): never {
    throw new Error('boom');
  }
}
class BrokenBanner extends MessageUsBannerElement {
  protected override gatherEnv(): never {
    throw new Error('boom');
  }
}

describe('the test environment', () => {
  it('is a device without Apple Messages for Business, so platform="auto" previews "other"', () => {
    expect([pagePlatform().isApple, pagePlatform().supportsMessages]).to.deep.equal([false, false]);
  });
});

for (const tag of TAGS) {
  const isBanner = tag === 'message-us-banner';

  describe(`<${tag}>`, () => {
    afterEach(() => {
      document.documentElement.removeAttribute('lang');
      document.documentElement.removeAttribute('dir');
    });

    describe('registration', () => {
      it('is defined by the root entry with its class', () => {
        expect(customElements.get(tag)).to.equal(
          isBanner ? MessageUsBannerElement : MessageUsButtonElement
        );
      });
    });

    describe('outcome per platform and unsupported policy', () => {
      type Row = [
        name: string,
        attrs: Record<string, string>,
        expected: {outcome: string; channel: string | null; href: string | null},
        warnings?: string[],
      ];
      const messages = {outcome: 'messages', channel: 'messages', href: MESSAGES_BASE};
      const hidden = {outcome: 'hidden', channel: null, href: null};
      const call = {outcome: 'fallback', channel: 'phone', href: `tel:${E164}`};
      const rows: Row[] = [
        ['apple: the Messages link', {platform: 'apple'}, messages],
        ['apple + hide', {platform: 'apple', unsupported: 'hide'}, messages],
        [
          'apple + fallback with a phone',
          {platform: 'apple', unsupported: 'fallback', phone: PHONE},
          messages,
        ],
        ['apple + show', {platform: 'apple', unsupported: 'show'}, messages],
        ['other: hidden by default', {platform: 'other'}, hidden],
        ['other + hide', {platform: 'other', unsupported: 'hide'}, hidden],
        [
          'other + hide with a phone',
          {platform: 'other', unsupported: 'hide', phone: PHONE},
          hidden,
        ],
        ['other + show', {platform: 'other', unsupported: 'show'}, messages],
        [
          'other + fallback with a phone',
          {platform: 'other', unsupported: 'fallback', phone: PHONE},
          call,
        ],
        [
          'other + fallback with a web page',
          {
            platform: 'other',
            unsupported: 'fallback',
            'fallback-href': 'https://example.com/contact',
          },
          {outcome: 'fallback', channel: 'web', href: 'https://example.com/contact'},
        ],
        [
          'other + fallback without a target',
          {platform: 'other', unsupported: 'fallback'},
          hidden,
          [
            'unsupported="fallback" needs a fallback target; the element hides where Apple Messages is unavailable. Example: phone="+12163954902" or fallback-href="https://example.com/contact"',
          ],
        ],
        [
          'other with a phone and no policy',
          {platform: 'other', phone: PHONE},
          // Apple's banner becomes a call banner; the icon button hides.
          isBanner ? call : hidden,
        ],
        ['auto (this machine): hidden', {}, hidden],
        ['auto (this machine) + show', {unsupported: 'show'}, messages],
        ['auto (this machine) + fallback', {unsupported: 'fallback', phone: PHONE}, call],
      ];
      for (const [name, attrs, expected, warnings = []] of rows) {
        it(name, async () => {
          const el = await make(tag, {'business-id': BUSINESS_ID, ...attrs});
          expect({outcome: el.outcome, channel: el.channel, href: el.href}).to.deep.equal(expected);
          expect(linkOf(el)?.getAttribute('href') ?? null).to.equal(expected.href);
          expect(takeWarnings()).to.deep.equal(warnings.map((w) => `[message-us] <${tag}> ${w}`));
        });
      }
    });

    describe('exact links', () => {
      const rows: Array<[name: string, attrs: Record<string, string>, href: string]> = [
        ['routing in Apple’s order, encoded once', {...ROUTING, platform: 'apple'}, ROUTED],
        [
          'an upper-case ID with spaces is normalised',
          {'business-id': ` ${BUSINESS_ID.toUpperCase()} `, platform: 'apple'},
          MESSAGES_BASE,
        ],
        [
          'reserved characters in the body are encoded',
          {'business-id': BUSINESS_ID, body: 'Fish & Chips #2 (large)', platform: 'apple'},
          `${MESSAGES_BASE}?body=Fish%20%26%20Chips%20%232%20%28large%29`,
        ],
        [
          'SMS on a non-Apple device uses RFC 5724',
          {
            ...ROUTING,
            platform: 'other',
            unsupported: 'fallback',
            phone: PHONE,
            'fallback-channel': 'sms',
          },
          `sms:${E164}?body=Order%20additional%20credit%20card`,
        ],
        [
          'WhatsApp carries the body as text',
          {
            ...ROUTING,
            platform: 'other',
            unsupported: 'fallback',
            phone: PHONE,
            'fallback-channel': 'whatsapp',
          },
          'https://wa.me/12163954902?text=Order%20additional%20credit%20card',
        ],
        [
          'a relative fallback-href is resolved against the page',
          {
            'business-id': BUSINESS_ID,
            platform: 'other',
            unsupported: 'fallback',
            'fallback-href': '/contact?team=billing',
          },
          new URL('/contact?team=billing', document.baseURI).href,
        ],
      ];
      for (const [name, attrs, href] of rows) {
        it(name, async () => {
          const el = await make(tag, attrs);
          expect([el.href, link(el).getAttribute('href')]).to.deep.equal([href, href]);
        });
      }
    });

    describe('message-us-click', () => {
      it('carries the exact detail, bubbles out of the shadow root and is cancelable', async () => {
        const el = await make(tag, {...ROUTING, platform: 'apple'});
        const heard = oneEvent(document, 'message-us-click');
        el.addEventListener('message-us-click', (event) => event.preventDefault());
        link(el).click();
        const event = (await heard) as CustomEvent<MessageUsClickDetail>;
        expect({
          detail: event.detail,
          bubbles: event.bubbles,
          composed: event.composed,
          cancelable: event.cancelable,
          target: event.target,
        }).to.deep.equal({
          detail: {
            href: ROUTED,
            channel: 'messages',
            businessId: BUSINESS_ID,
            intent: 'account_question',
            group: 'billing_department',
            platform: 'apple',
            activation: 'click',
          },
          bubbles: true,
          composed: true,
          cancelable: true,
          target: el,
        });
      });

      it('preventDefault() on it cancels the native click (no navigation)', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        el.addEventListener('message-us-click', (event) => event.preventDefault());
        link(el).click();
        expect(clicks.map((c) => c.defaultPrevented)).to.deep.equal([true]);
      });

      it('leaves the native click alone when no listener cancels it', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        let seen = 0;
        el.addEventListener('message-us-click', () => seen++);
        link(el).click();
        // The harness cancels it at the window, after recording it.
        expect([seen, clicks.map((c) => c.defaultPrevented)]).to.deep.equal([1, [false]]);
      });

      it('describes a fallback: channel, link, normalised ID, no routing, platform "other"', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID.toUpperCase(),
          platform: 'other',
          unsupported: 'fallback',
          phone: PHONE,
          'fallback-channel': 'sms',
          body: 'Hi',
        });
        const heard = oneEvent(el, 'message-us-click');
        el.addEventListener('message-us-click', (event) => event.preventDefault());
        link(el).click();
        expect(((await heard) as CustomEvent<MessageUsClickDetail>).detail).to.deep.equal({
          href: `sms:${E164}?body=Hi`,
          channel: 'sms',
          businessId: BUSINESS_ID,
          intent: null,
          group: null,
          platform: 'other',
          activation: 'click',
        });
      });

      it('reports the platform it rendered for when platform="auto" (this machine: other)', async () => {
        const el = await make(tag, {...ROUTING, intent: ' account_question ', unsupported: 'show'});
        takeWarnings(); // the whitespace warning is tested below
        const heard = oneEvent(el, 'message-us-click');
        el.addEventListener('message-us-click', (event) => event.preventDefault());
        link(el).click();
        const {detail} = (await heard) as CustomEvent<MessageUsClickDetail>;
        expect([detail.platform, detail.intent]).to.deep.equal(['other', 'account_question']);
      });

      it('reads a mixed-case platform attribute as the platform it rendered', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'Apple'});
        const heard = oneEvent(el, 'message-us-click');
        el.addEventListener('message-us-click', (event) => event.preventDefault());
        link(el).click();
        const {detail} = (await heard) as CustomEvent<MessageUsClickDetail>;
        expect([el.outcome, detail.platform]).to.deep.equal(['messages', 'apple']);
      });

      it('fires for a click on slotted label content', async () => {
        const el = await make(
          tag,
          {'business-id': BUSINESS_ID, platform: 'apple'},
          '<span slot="label">Chat with us</span>'
        );
        const heard = oneEvent(el, 'message-us-click');
        el.addEventListener('message-us-click', (event) => event.preventDefault());
        el.querySelector('span')!.click();
        expect(((await heard) as CustomEvent).detail.href).to.equal(MESSAGES_BASE);
        expect(clicks.map((c) => c.defaultPrevented)).to.deep.equal([true]);
      });
    });

    describe('message-us-outcome and the read-only properties', () => {
      it('are hidden/null before the element is connected', () => {
        const el = document.createElement(tag);
        el.businessId = BUSINESS_ID;
        el.platform = 'apple';
        expect([el.outcome, el.href, el.channel]).to.deep.equal(['hidden', null, null]);
      });

      it('announces the first outcome, bubbling and composed', async () => {
        const container = document.createElement('div');
        document.body.append(container);
        try {
          const heard = oneEvent(container, 'message-us-outcome');
          const el = document.createElement(tag);
          el.setAttribute('business-id', BUSINESS_ID);
          el.setAttribute('platform', 'apple');
          container.append(el);
          const event = (await heard) as CustomEvent<MessageUsOutcomeDetail>;
          expect([event.detail, event.bubbles, event.composed, event.target]).to.deep.equal([
            {outcome: 'messages', channel: 'messages', href: MESSAGES_BASE},
            true,
            true,
            el,
          ]);
        } finally {
          container.remove();
        }
      });

      it('announces hidden and invalid outcomes too', async () => {
        const details: MessageUsOutcomeDetail[] = [];
        const listener = (event: Event) => details.push((event as CustomEvent).detail);
        document.addEventListener('message-us-outcome', listener);
        try {
          await make(tag, {'business-id': BUSINESS_ID, platform: 'other'});
          await make(tag, {platform: 'apple'});
        } finally {
          document.removeEventListener('message-us-outcome', listener);
        }
        takeWarnings();
        expect(details).to.deep.equal([
          {outcome: 'hidden', channel: null, href: null},
          {outcome: 'invalid', channel: null, href: null},
        ]);
      });

      it('announces each change, and nothing when the outcome stays the same', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'other', phone: PHONE});
        const details: MessageUsOutcomeDetail[] = [];
        el.addEventListener('message-us-outcome', (event) => details.push(event.detail));
        el.setAttribute('platform', 'apple');
        await el.updateComplete;
        el.setAttribute('label', 'Chat with billing');
        await el.updateComplete;
        el.setAttribute('intent', 'billing');
        await el.updateComplete;
        el.setAttribute('unsupported', 'fallback');
        el.setAttribute('platform', 'other');
        await el.updateComplete;
        el.removeAttribute('business-id');
        await el.updateComplete;
        takeWarnings();
        expect(details).to.deep.equal([
          {outcome: 'messages', channel: 'messages', href: MESSAGES_BASE},
          {
            outcome: 'messages',
            channel: 'messages',
            href: `${MESSAGES_BASE}?biz-intent-id=billing`,
          },
          {outcome: 'fallback', channel: 'phone', href: `tel:${E164}`},
          {outcome: 'invalid', channel: null, href: null},
        ]);
        expect([el.outcome, el.href, el.channel]).to.deep.equal(['invalid', null, null]);
      });
    });

    describe('invalid configuration', () => {
      it('renders nothing for a missing ID and warns once, naming business-id and an example', async () => {
        const el = await make(tag, {platform: 'apple'});
        el.setAttribute('label', 'Again');
        await el.updateComplete;
        expect([el.outcome, el.shadowRoot!.querySelector('*'), takeWarnings()]).to.deep.equal([
          'invalid',
          null,
          [
            `[message-us] <${tag}> business-id is missing; use the UUID from Apple Business Register, e.g. "22222222-dddd-4444-bbbb-777777777777".`,
          ],
        ]);
      });

      it('renders nothing for a malformed ID and warns once with the value and an example', async () => {
        const el = await make(tag, {'business-id': 'my-business', platform: 'apple'});
        el.requestUpdate();
        await el.updateComplete;
        expect([el.outcome, el.shadowRoot!.querySelector('*'), takeWarnings()]).to.deep.equal([
          'invalid',
          null,
          [
            `[message-us] <${tag}> business-id "my-business" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. "22222222-dddd-4444-bbbb-777777777777".`,
          ],
        ]);
      });

      const enums: Array<[attribute: string, value: string, message: string]> = [
        [
          'theme',
          'blue',
          'theme="blue" is not one of light, dark, auto; using "dark". Example: theme="auto"',
        ],
        [
          'platform',
          'ios',
          'platform="ios" is not one of auto, apple, other; using "auto". Example: platform="other"',
        ],
        [
          'preset',
          'hello',
          'preset="hello" is not one of message-us, get-help, ask-a-question, contact-an-agent; using "message-us". Example: preset="contact-an-agent"',
        ],
        [
          'unsupported',
          'never',
          'unsupported="never" is not one of hide, fallback, show; using "hide". Example: unsupported="show"',
        ],
        [
          'fallback-channel',
          'fax',
          'fallback-channel="fax" is not one of auto, phone, sms, whatsapp, web; using "auto". Example: fallback-channel="web"',
        ],
        ['scale', 'big', 'scale="big" is not a positive number; using 1. Example: scale="1.5"'],
      ];
      for (const [attribute, value, message] of enums) {
        it(`warns once for ${attribute}="${value}", naming it with a valid example`, async () => {
          const el = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            [attribute]: value,
          });
          el.setAttribute('label', 'Re-render');
          await el.updateComplete;
          el.setAttribute('intent', 'again');
          await el.updateComplete;
          expect(takeWarnings()).to.deep.equal([`[message-us] <${tag}> ${message}`]);
        });
      }

      it('falls back to the defaults for bad enum and scale values', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          theme: 'blue',
          platform: 'ios',
          preset: 'hello',
          unsupported: 'never',
          scale: 'big',
        });
        const hidden = el.outcome; // platform auto on this machine, policy hide
        el.setAttribute('unsupported', 'show');
        await el.updateComplete;
        expect(takeWarnings()).to.have.length(5);
        expect([
          hidden,
          el.outcome,
          label(el),
          colors(el)[0],
          getComputedStyle(link(el)).getPropertyValue('--_h'),
        ]).to.deep.equal(['hidden', 'messages', 'Message Us', BLACK, '44px']);
      });

      it('gives one warning per distinct problem, in a stable order', async () => {
        await make(tag, {
          'business-id': 'nope',
          theme: 'blue',
          scale: '0',
          phone: 'call me',
          'fallback-href': 'javascript:alert(1)',
          intent: 'a/b',
        });
        expect(takeWarnings()).to.deep.equal(
          [
            'theme="blue" is not one of light, dark, auto; using "dark". Example: theme="auto"',
            'scale="0" is not a positive number; using 1. Example: scale="1.5"',
            'business-id "nope" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. "22222222-dddd-4444-bbbb-777777777777".',
            'intent "a/b" contains "/", which Apple reserves; use e.g. "a_b".',
            'phone="call me" is not an international phone number; start it with + and the country code. Example: phone="+12163954902"',
            'fallback-href="javascript:alert(1)" is not an http: or https: address; it is ignored. Example: fallback-href="https://example.com/contact"',
          ].map((w) => `[message-us] <${tag}> ${w}`)
        );
      });

      it('warns about whitespace around a routing value but still links', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          intent: ' billing ',
          platform: 'apple',
        });
        expect([el.href, takeWarnings()]).to.deep.equal([
          `${MESSAGES_BASE}?biz-intent-id=billing`,
          [
            `[message-us] <${tag}> intent " billing " has leading or trailing whitespace, which is removed from the link; use e.g. "billing".`,
          ],
        ]);
      });

      it('never throws for non-string property values set from script', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        Object.assign(el, {intent: 42, label: 7, group: null, preset: 3, theme: 0});
        await el.updateComplete;
        expect([el.href, label(el), takeWarnings()]).to.deep.equal([
          `${MESSAGES_BASE}?biz-intent-id=42`,
          '7',
          [
            `[message-us] <${tag}> preset="3" is not one of message-us, get-help, ask-a-question, contact-an-agent; using "message-us". Example: preset="contact-an-agent"`,
            `[message-us] <${tag}> theme="0" is not one of light, dark, auto; using "dark". Example: theme="auto"`,
          ],
        ]);
      });

      it('never throws for values String() cannot convert', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const bare = Object.create(null) as string;
        Object.assign(el, {intent: bare, label: bare, cta: bare, context: bare, phone: bare});
        await el.updateComplete;
        expect([el.href, label(el)]).to.deep.equal([
          `${MESSAGES_BASE}?biz-intent-id=%5Bobject%20Object%5D`,
          '[object Object]',
        ]);
        takeWarnings(); // the reserved [ ] in intent and the bad phone
      });

      it('renders nothing and warns, instead of throwing, if deriving the view fails', async () => {
        // The element must keep any such failure out of the page.
        const broken = `broken-${tag}`;
        if (!customElements.get(broken)) {
          customElements.define(broken, isBanner ? BrokenBanner : BrokenButton);
        }
        const el = await make(broken, {'business-id': BUSINESS_ID, platform: 'apple'});
        el.setAttribute('label', 'again');
        await el.updateComplete;
        expect([el.outcome, el.shadowRoot!.querySelector('*'), takeWarnings()]).to.deep.equal([
          'invalid',
          null,
          [`[message-us] <${broken}> could not render: Error: boom`],
        ]);
      });
    });

    describe('updates', () => {
      it('re-renders on every attribute change', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const seen: Array<[string | null, string | null]> = [];
        const steps: Array<[string, string | null]> = [
          ['intent', 'account_question'],
          ['group', 'billing_department'],
          ['body', 'Hi'],
          ['label', 'Chat with billing'],
          ['preset', 'get-help'],
          ['label', null],
        ];
        for (const [name, value] of steps) {
          if (value === null) el.removeAttribute(name);
          else el.setAttribute(name, value);
          await el.updateComplete;
          seen.push([link(el).getAttribute('href'), label(el)]);
        }
        const q = `${MESSAGES_BASE}?biz-intent-id=account_question&biz-group-id=billing_department&body=Hi`;
        expect(seen).to.deep.equal([
          [`${MESSAGES_BASE}?biz-intent-id=account_question`, 'Message Us'],
          [
            `${MESSAGES_BASE}?biz-intent-id=account_question&biz-group-id=billing_department`,
            'Message Us',
          ],
          [q, 'Message Us'],
          [q, 'Chat with billing'],
          [q, 'Chat with billing'],
          [q, 'Get Help'],
        ]);
      });

      it('works when created with document.createElement and configured by properties', async () => {
        const el = document.createElement(tag);
        el.businessId = BUSINESS_ID;
        el.intent = 'account_question';
        el.group = 'billing_department';
        el.body = 'Order additional credit card';
        el.platform = 'apple';
        el.preset = 'ask-a-question';
        el.theme = 'light';
        el.scale = 1.5;
        document.body.append(el);
        try {
          await el.updateComplete;
          expect([
            el.href,
            label(el),
            colors(el)[0],
            getComputedStyle(link(el)).getPropertyValue('--_h'),
            el.getAttribute('business-id'),
            el.getAttribute('theme'),
            el.getAttribute('scale'),
          ]).to.deep.equal([ROUTED, 'Ask a Question', WHITE, '66px', null, null, null]);
        } finally {
          el.remove();
        }
      });

      it('reflects no property: the styles read none of them from the host', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID});
        el.platform = 'apple';
        el.unsupported = 'show';
        el.fallbackChannel = 'web';
        el.preset = 'get-help';
        el.intent = 'x';
        el.phone = PHONE;
        el.label = 'L';
        await el.updateComplete;
        expect(
          ['platform', 'unsupported', 'fallback-channel', 'preset', 'intent', 'phone', 'label'].map(
            (a) => el.getAttribute(a)
          )
        ).to.deep.equal([null, null, null, null, null, null, null]);
      });

      it('keeps working when moved in the DOM, and takes the new place’s language and direction', async () => {
        const root = await place<HTMLDivElement>(
          `<div><section lang="de"><${tag} business-id="${BUSINESS_ID}" platform="apple"></${tag}></section><section lang="ar" dir="rtl"></section></div>`
        );
        const el = root.querySelector(tag) as MessageUsElement;
        const before = [label(el), link(el).lang, link(el).dir];
        root.lastElementChild!.append(el);
        await el.updateComplete;
        expect([before, [label(el), link(el).lang, link(el).dir], el.href]).to.deep.equal([
          ['Schreiben Sie uns', 'de', 'ltr'],
          ['راسلنا', 'ar', 'rtl'],
          MESSAGES_BASE,
        ]);
      });

      it('renders again when removed and re-added', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const parent = el.parentNode!;
        el.remove();
        el.setAttribute('intent', 'later');
        parent.append(el);
        await el.updateComplete;
        expect(link(el).getAttribute('href')).to.equal(`${MESSAGES_BASE}?biz-intent-id=later`);
      });
    });

    describe('language', () => {
      it('prefers its own lang over the ancestor’s and the document’s', async () => {
        document.documentElement.lang = 'ja';
        const root = await place(
          `<div lang="fr"><${tag} lang="de" business-id="${BUSINESS_ID}" platform="apple"></${tag}></div>`
        );
        const el = root.querySelector(tag)!;
        expect([label(el), link(el).lang]).to.deep.equal(['Schreiben Sie uns', 'de']);
      });

      it('uses the nearest ancestor’s lang before the document’s', async () => {
        document.documentElement.lang = 'ja';
        const root = await place(
          `<div lang="es"><p lang="fr"><${tag} business-id="${BUSINESS_ID}" platform="apple"></${tag}></p></div>`
        );
        const el = root.querySelector(tag)!;
        expect([label(el), link(el).lang]).to.deep.equal(['Écrivez-nous', 'fr']);
      });

      it('uses the document’s lang when nothing nearer has one', async () => {
        document.documentElement.lang = 'ja';
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        expect([label(el), link(el).lang]).to.deep.equal(['メッセージを送る', 'ja']);
      });

      it('uses the browser’s language when the page has none', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        // WebKitGTK under a POSIX locale reports navigator.language "C",
        // which is no language tag: the labels are English and say so.
        const browser = /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(navigator.language)
          ? navigator.language
          : '';
        expect([label(el), link(el).lang]).to.deep.equal([
          localeStrings(browser).presets['message-us'],
          browser || 'en',
        ]);
      });

      it('crosses shadow roots to find an ancestor’s lang', async () => {
        const host = await fixture<HTMLDivElement>('<div lang="it"></div>');
        const shadow = host.attachShadow({mode: 'open'});
        const el = document.createElement(tag);
        el.setAttribute('business-id', BUSINESS_ID);
        el.setAttribute('platform', 'apple');
        shadow.append(el);
        await el.updateComplete;
        expect(label(el)).to.equal('Scrivici');
      });

      it(`has default labels in at least 30 locales, including Arabic, Hebrew, Persian and Urdu`, () => {
        expect(SUPPORTED_LOCALES.length).to.be.at.least(30);
        expect(SUPPORTED_LOCALES).to.include.members(['ar', 'he', 'fa', 'ur']);
      });

      for (const locale of SUPPORTED_LOCALES) {
        it(`labels in ${locale}`, async () => {
          const el = await make(tag, {lang: locale, 'business-id': BUSINESS_ID, platform: 'apple'});
          expect([label(el), link(el).lang]).to.deep.equal([
            localeStrings(locale).presets['message-us'],
            locale,
          ]);
        });
      }

      const spot: Array<[lang: string, text: string, dir: string]> = [
        ['ar', 'راسلنا', 'rtl'],
        ['he', 'שלחו לנו הודעה', 'rtl'],
        ['fa', 'به ما پیام دهید', 'rtl'],
        ['ur', 'ہمیں پیغام بھیجیں', 'rtl'],
        ['ja', 'メッセージを送る', 'ltr'],
        ['de-CH', 'Schreiben Sie uns', 'ltr'],
        ['zh-TW', '傳訊息給我們', 'ltr'],
      ];
      for (const [lang, text, dir] of spot) {
        it(`says "${text}" in ${lang}, laid out ${dir}`, async () => {
          const el = await make(tag, {lang, 'business-id': BUSINESS_ID, platform: 'apple'});
          expect([
            label(el),
            link(el).getAttribute('lang'),
            link(el).getAttribute('dir'),
          ]).to.deep.equal([text, lang, dir]);
        });
      }

      it('marks English fallback labels as English in a language without labels, keeping the page’s direction', async () => {
        const el = await make(tag, {lang: 'ps', 'business-id': BUSINESS_ID, platform: 'apple'});
        expect([label(el), link(el).lang, link(el).dir]).to.deep.equal(['Message Us', 'en', 'rtl']);
      });

      it('marks the author’s own label with the page’s language', async () => {
        const el = await make(tag, {
          lang: 'ps',
          label: 'موږ ته پیغام راولېږئ',
          'business-id': BUSINESS_ID,
          platform: 'apple',
        });
        expect([label(el), link(el).lang]).to.deep.equal(['موږ ته پیغام راولېږئ', 'ps']);
      });

      it('sets no lang for the author’s own label when the page has no usable language', async () => {
        // As on WebKitGTK under a POSIX locale: navigator.language is "C".
        Object.defineProperty(navigator, 'language', {value: 'C', configurable: true});
        try {
          const own = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            label: 'Chat',
          });
          const preset = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
          expect([link(own).hasAttribute('lang'), label(own), link(preset).lang]).to.deep.equal([
            false,
            'Chat',
            'en',
          ]);
        } finally {
          delete (navigator as unknown as Record<string, unknown>).language;
        }
      });

      it('lets an explicit dir win over the language’s direction', async () => {
        const root = await place(
          `<div dir="ltr"><${tag} lang="ar" business-id="${BUSINESS_ID}" platform="apple"></${tag}></div>`
        );
        expect(link(root.querySelector(tag)!).dir).to.equal('ltr');
      });

      it('re-labels when <html lang> changes', async () => {
        document.documentElement.lang = 'en';
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const before = label(el);
        document.documentElement.lang = 'de';
        await settle();
        await el.updateComplete;
        expect([before, label(el), link(el).lang]).to.deep.equal([
          'Message Us',
          'Schreiben Sie uns',
          'de',
        ]);
      });

      it('follows <html dir> changes', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        document.documentElement.dir = 'rtl';
        await settle();
        await el.updateComplete;
        expect(link(el).dir).to.equal('rtl');
      });

      it('re-labels when its own lang changes', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple', lang: 'en'});
        el.setAttribute('lang', 'he');
        await el.updateComplete;
        expect([label(el), link(el).dir]).to.deep.equal(['שלחו לנו הודעה', 'rtl']);
      });

      for (const preset of LABEL_PRESETS) {
        it(`uses Apple’s title for preset="${preset}", translated`, async () => {
          const en = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            preset,
            lang: 'en',
          });
          const de = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            preset,
            lang: 'de',
          });
          const titles = {
            'message-us': ['Message Us', 'Schreiben Sie uns'],
            'get-help': ['Get Help', 'Hilfe erhalten'],
            'ask-a-question': ['Ask a Question', 'Frage stellen'],
            'contact-an-agent': ['Contact an Agent', 'Kundenberatung kontaktieren'],
          }[preset];
          expect([label(en), label(de)]).to.deep.equal(titles);
        });
      }

      it('accepts a preset in any case', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          platform: 'apple',
          preset: 'Get-Help',
          lang: 'en',
        });
        expect(label(el)).to.equal('Get Help');
      });

      it('shows a free-text label instead of the preset', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          platform: 'apple',
          preset: 'get-help',
          label: '  Chat with billing ',
          lang: 'de',
        });
        expect(label(el)).to.equal('Chat with billing');
      });

      it('labels a call fallback in the page’s language, ignoring the Messages label', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          platform: 'other',
          unsupported: 'fallback',
          phone: PHONE,
          label: 'Chat with billing',
          lang: 'fr',
        });
        expect(label(el)).to.equal('Appelez-nous');
      });

      const fallbacks: Array<[channel: string, extra: Record<string, string>, text: string]> = [
        ['phone', {phone: PHONE}, 'Call Us'],
        ['sms', {phone: PHONE}, 'Text Us'],
        ['whatsapp', {phone: PHONE}, 'Chat on WhatsApp'],
        ['web', {'fallback-href': 'https://example.com/contact'}, 'Contact Us'],
      ];
      for (const [channel, extra, text] of fallbacks) {
        it(`labels the ${channel} fallback "${text}"`, async () => {
          const el = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'other',
            unsupported: 'fallback',
            'fallback-channel': channel,
            lang: 'en',
            ...extra,
          });
          expect([el.channel, label(el)]).to.deep.equal([channel, text]);
        });
      }

      it('uses fallback-label for a fallback link', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          platform: 'other',
          unsupported: 'fallback',
          phone: PHONE,
          'fallback-label': 'Call billing',
        });
        expect(label(el)).to.equal('Call billing');
      });
    });

    describe('theme', () => {
      const rows: Array<[name: string, attrs: Record<string, string>, expected: string[]]> = [
        ['dark by default: black, white text', {}, [BLACK, WHITE, BLACK]],
        ['dark', {theme: 'dark'}, [BLACK, WHITE, BLACK]],
        ['light: white, black text, black outline', {theme: 'light'}, [WHITE, BLACK, BLACK]],
        ['light written in capitals', {theme: ' LIGHT '}, [WHITE, BLACK, BLACK]],
        ['an unknown theme falls back to dark', {theme: 'blue'}, [BLACK, WHITE, BLACK]],
      ];
      for (const [name, attrs, expected] of rows) {
        it(name, async () => {
          const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple', ...attrs});
          takeWarnings();
          expect(colors(el)).to.deep.equal(expected);
        });
      }

      it('auto follows the page’s current colour scheme', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple', theme: 'auto'});
        const dark = matchMedia('(prefers-color-scheme: dark)').matches;
        expect(colors(el)).to.deep.equal(dark ? [BLACK, WHITE, WHITE] : [WHITE, BLACK, BLACK]);
      });

      describe('with an emulated colour scheme', () => {
        before(function () {
          // wtr's emulateMedia needs CDP (Chromium) or Playwright; Firefox is
          // driven over WebDriver BiDi and WebKit over classic WebDriver,
          // which cannot emulate media features.
          if (engine !== 'chromium') this.skip();
        });
        after(async () => {
          if (engine === 'chromium') await emulateMedia({});
        });

        it('auto in dark mode: black with white text and a white outline', async () => {
          await emulateMedia({colorScheme: 'dark'});
          const el = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            theme: 'auto',
          });
          expect(colors(el)).to.deep.equal([BLACK, WHITE, WHITE]);
        });

        it('auto in light mode: white with black text and a black outline', async () => {
          await emulateMedia({colorScheme: 'light'});
          const el = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            theme: 'auto',
          });
          expect(colors(el)).to.deep.equal([WHITE, BLACK, BLACK]);
        });

        it('dark and light ignore the colour scheme', async () => {
          await emulateMedia({colorScheme: 'dark'});
          const light = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            theme: 'light',
          });
          await emulateMedia({colorScheme: 'light'});
          const dark = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
          expect([colors(light), colors(dark)]).to.deep.equal([
            [WHITE, BLACK, BLACK],
            [BLACK, WHITE, BLACK],
          ]);
        });
      });

      it('lets --message-us-* custom properties restyle it', async () => {
        const el = await make(tag, {
          'business-id': BUSINESS_ID,
          platform: 'apple',
          style:
            '--message-us-background: #1b3f68; --message-us-color: #fff; --message-us-border-color: #f00',
        });
        expect(colors(el)).to.deep.equal(['rgb(27, 63, 104)', WHITE, 'rgb(255, 0, 0)']);
      });
    });

    it('does not judge chosen colours while it renders nothing', async () => {
      const el = await make(tag, {
        'business-id': BUSINESS_ID,
        platform: 'other',
        [isBanner ? 'text-color' : 'color']: '#777',
        background: '#888',
      });
      expect([el.outcome, takeWarnings()]).to.deep.equal(['hidden', []]);
    });

    describe('reduced motion and forced colours', () => {
      it('animates hover with a short transition by default', async function () {
        if (matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip(); // the machine asks for none
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const style = getComputedStyle(link(el));
        expect([style.transitionProperty, style.transitionDuration]).to.deep.equal([
          'filter',
          '0.15s',
        ]);
      });

      it('has a prefers-reduced-motion rule that removes the transition', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        expect(shadowCss(el)).to.match(
          /@media \(prefers-reduced-motion: reduce\) \{\s*\[part="base"\] \{ transition: none;? \}/
        );
      });

      it('drops the transition when reduced motion is emulated', async function () {
        // Only Chromium can emulate media features here (see the theme tests).
        if (engine !== 'chromium') this.skip();
        await emulateMedia({reducedMotion: 'reduce'});
        try {
          const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
          expect(getComputedStyle(link(el)).transitionDuration).to.equal('0s');
        } finally {
          await emulateMedia({});
        }
      });

      it('has a forced-colors rule using system colours for the link and the glyph', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'});
        const css = shadowCss(el).toLowerCase();
        const block = /@media \(forced-colors: active\) \{([^@]*)/.exec(css)?.[1] ?? '';
        expect([
          /\[part="base"\] \{[^}]*border-color: linktext;[^}]*color: linktext;[^}]*background: canvas/.test(
            block
          ),
          /\[part="icon"\] \{[^}]*color: linktext;/.test(block),
        ]).to.deep.equal([true, true]);
      });
    });

    describe('scale', () => {
      const rows: Array<[scale: string | null, height: string, warned: boolean]> = [
        [null, '44px', false],
        ['1', '44px', false],
        ['1.5', '66px', false],
        ['0.5', '40px', true],
        ['9', '150px', true],
      ];
      for (const [scale, height, warned] of rows) {
        it(`scale=${scale ?? 'unset'} gives a base height of ${height}`, async () => {
          const el = await make(tag, {
            'business-id': BUSINESS_ID,
            platform: 'apple',
            ...(scale ? {scale} : {}),
          });
          expect([
            getComputedStyle(link(el)).getPropertyValue('--_h'),
            takeWarnings().length,
          ]).to.deep.equal([height, warned ? 1 : 0]);
        });
      }
    });

    describe('keyboard', () => {
      async function between(attrs: Record<string, string>) {
        const root = await place<HTMLDivElement>(
          `<div><button id="before">before</button><${tag} business-id="${BUSINESS_ID}" ${Object.entries(
            attrs
          )
            .map(([k, v]) => `${k}="${v}"`)
            .join(' ')}></${tag}><button id="after">after</button></div>`
        );
        (root.querySelector('#before') as HTMLButtonElement).focus();
        return root.querySelector(tag) as MessageUsElement;
      }

      it('Tab reaches the link (delegatesFocus), and the next Tab leaves', async () => {
        const el = await between({platform: 'apple'});
        await sendKeys({press: 'Tab'});
        const focused = [document.activeElement, el.shadowRoot!.activeElement];
        await sendKeys({press: 'Tab'});
        expect([...focused, document.activeElement!.id]).to.deep.equal([el, link(el), 'after']);
      });

      it('shows a visible focus ring after keyboard focus', async () => {
        const el = await between({platform: 'apple'});
        await sendKeys({press: 'Tab'});
        const style = getComputedStyle(link(el));
        expect([
          link(el).matches(':focus-visible'),
          style.outlineStyle,
          style.outlineWidth,
        ]).to.deep.equal([true, 'solid', '3px']);
      });

      it('Enter activates the link: message-us-click fires and can stop the navigation', async () => {
        const el = await between({platform: 'apple'});
        const details: MessageUsClickDetail[] = [];
        el.addEventListener('message-us-click', (event) => {
          details.push(event.detail);
          event.preventDefault();
        });
        await sendKeys({press: 'Tab'});
        await sendKeys({press: 'Enter'});
        expect([details.map((d) => d.href), clicks.map((c) => c.defaultPrevented)]).to.deep.equal([
          [MESSAGES_BASE],
          [true],
        ]);
      });

      it('focus() on the host focuses the link', async () => {
        const el = await between({platform: 'apple'});
        el.focus();
        expect(el.shadowRoot!.activeElement).to.equal(link(el));
      });

      it('is skipped by Tab when it renders nothing', async () => {
        await between({platform: 'other'});
        await sendKeys({press: 'Tab'});
        expect(document.activeElement!.id).to.equal('after');
      });
    });

    describe('without JavaScript', () => {
      const noJs = `<a href="${MESSAGES_BASE}">Message Us</a>`;

      it('does not render the author’s light-DOM link once upgraded (no duplicate)', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'apple'}, noJs);
        const authored = el.querySelector('a')!;
        expect([
          authored.getClientRects().length,
          el.shadowRoot!.querySelector('slot:not([name])'),
          link(el).getClientRects().length,
        ]).to.deep.equal([0, null, 1]);
      });

      it('leaves the shadow link as the only link Tab reaches', async () => {
        const root = await place<HTMLDivElement>(
          `<div><button id="before">before</button><${tag} business-id="${BUSINESS_ID}" platform="apple">${noJs}</${tag}><button id="after">after</button></div>`
        );
        const el = root.querySelector(tag)!;
        (root.querySelector('#before') as HTMLButtonElement).focus();
        await sendKeys({press: 'Tab'});
        const first = el.shadowRoot!.activeElement;
        await sendKeys({press: 'Tab'});
        expect([first, document.activeElement!.id]).to.deep.equal([link(el), 'after']);
      });

      it('hides the author’s link too where the element hides', async () => {
        const el = await make(tag, {'business-id': BUSINESS_ID, platform: 'other'}, noJs);
        expect([el.outcome, el.querySelector('a')!.getClientRects().length]).to.deep.equal([
          'hidden',
          0,
        ]);
      });
    });
  });
}
