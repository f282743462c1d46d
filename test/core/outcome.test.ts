import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  FALLBACK_CHANNELS,
  UNSUPPORTED_POLICIES,
  resolveOutcome,
  type OutcomeInput,
  type OutcomeResult,
} from '../../src/core/outcome.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const MESSAGES = `https://bcrw.apple.com/urn:biz:${ID}`;
const PHONE = '+1 216 395 4902';
const E164 = '+12163954902';
const WEB = 'https://example.com/contact';

const badPhone = (shown: string) =>
  `phone="${shown}" is not an international phone number; start it with + and the country code. Example: phone="+12163954902"`;
const badHref = (shown: string) =>
  `fallback-href="${shown}" is not an http: or https: address; it is ignored. Example: fallback-href="https://example.com/contact"`;
const NO_TARGET =
  'unsupported="fallback" needs a fallback target; the element hides where Apple Messages is unavailable. Example: phone="+12163954902" or fallback-href="https://example.com/contact"';
const needsHref = (channel: string) =>
  `fallback-channel="${channel}" needs fallback-href; the element hides where Apple Messages is unavailable. Example: fallback-href="https://example.com/contact"`;
const needsPhone = (channel: string) =>
  `fallback-channel="${channel}" needs phone; the element hides where Apple Messages is unavailable. Example: phone="+12163954902"`;

/** An unsupported, non-Apple device (Android, Windows, Linux) with the policy given. */
const other = (unsupported: OutcomeInput['unsupported'], rest: Partial<OutcomeInput> = {}) =>
  ({businessId: ID, supported: false, apple: false, unsupported, ...rest}) as OutcomeInput;

const result = (
  outcome: OutcomeResult['outcome'],
  channel: OutcomeResult['channel'] = null,
  href: string | null = null,
  phone: string | null = null,
  problems: string[] = []
): OutcomeResult => ({outcome, channel, href, phone, problems});

const rows: Array<[name: string, input: OutcomeInput, expected: OutcomeResult]> = [
  // The ID decides first.
  [
    'a missing ID is invalid, even where Messages works',
    {supported: true, apple: true, unsupported: 'show'},
    result('invalid'),
  ],
  [
    'a null ID is invalid',
    {businessId: null, supported: true, apple: true, unsupported: 'hide'},
    result('invalid'),
  ],
  [
    'a malformed ID is invalid',
    {businessId: 'my-business', supported: true, apple: true, unsupported: 'hide'},
    result('invalid'),
  ],
  [
    'a non-string ID is invalid',
    {businessId: 42 as unknown as string, supported: true, apple: true, unsupported: 'hide'},
    result('invalid'),
  ],
  [
    'an invalid ID still reports bad fallback targets',
    {
      businessId: 'x',
      supported: false,
      apple: false,
      unsupported: 'fallback',
      phone: '555-0100',
      fallbackHref: 'javascript:alert(1)',
    },
    result('invalid', null, null, null, [badPhone('555-0100'), badHref('javascript:alert(1)')]),
  ],

  // Where Messages works.
  [
    'supported: the Messages link',
    {businessId: ID, supported: true, apple: true, unsupported: 'hide'},
    result('messages', 'messages', MESSAGES),
  ],
  [
    'supported: the ID is trimmed and lower-cased',
    {
      businessId: ` ${ID.toUpperCase()} `,
      supported: true,
      apple: true,
      unsupported: 'hide',
    },
    result('messages', 'messages', MESSAGES),
  ],
  [
    'supported: intent, group and body in the query, encoded once',
    {
      businessId: ID,
      intent: 'account_question',
      group: 'billing_department',
      body: 'Order additional credit card',
      supported: true,
      apple: true,
      unsupported: 'hide',
    },
    result(
      'messages',
      'messages',
      `${MESSAGES}?biz-intent-id=account_question&biz-group-id=billing_department&body=Order%20additional%20credit%20card`
    ),
  ],
  [
    'supported: null intent and group are left out, body kept verbatim',
    {
      businessId: ID,
      intent: null,
      group: null,
      body: ' Fish & Chips ',
      supported: true,
      apple: true,
      unsupported: 'fallback',
      phone: PHONE,
    },
    result('messages', 'messages', `${MESSAGES}?body=%20Fish%20%26%20Chips%20`),
  ],
  [
    'supported: a bad phone is still reported',
    {businessId: ID, supported: true, apple: true, unsupported: 'fallback', phone: 'call me'},
    result('messages', 'messages', MESSAGES, null, [badPhone('call me')]),
  ],
  [
    'supported: fallback without a target is reported on the Mac too, not only on Android',
    {businessId: ID, supported: true, apple: true, unsupported: 'fallback'},
    result('messages', 'messages', MESSAGES, null, [NO_TARGET]),
  ],
  [
    'supported: fallback-channel="whatsapp" without a phone is reported too',
    {
      businessId: ID,
      supported: true,
      apple: true,
      unsupported: 'fallback',
      fallbackChannel: 'whatsapp',
      fallbackHref: 'https://example.com/contact',
    },
    result('messages', 'messages', MESSAGES, null, [needsPhone('whatsapp')]),
  ],
  [
    'supported: a missing target with unsupported="show" is not a problem (no fallback wanted)',
    {businessId: ID, supported: true, apple: true, unsupported: 'show'},
    result('messages', 'messages', MESSAGES),
  ],
  [
    'supported: non-string routing values from script are converted',
    {
      businessId: ID,
      intent: 42 as unknown as string,
      body: 7 as unknown as string,
      supported: true,
      apple: true,
      unsupported: 'hide',
    },
    result('messages', 'messages', `${MESSAGES}?biz-intent-id=42&body=7`),
  ],

  // Where it does not: show and hide.
  [
    'unsupported, show: the Messages link anyway',
    other('show'),
    result('messages', 'messages', MESSAGES),
  ],
  ['unsupported, hide: hidden', other('hide'), result('hidden')],
  [
    'unsupported, hide: a phone does not change it',
    other('hide', {phone: PHONE, fallbackHref: WEB}),
    result('hidden'),
  ],

  // Fallback, automatic channel: phone first, then the web page.
  [
    'fallback auto: a phone gives a call',
    other('fallback', {phone: PHONE}),
    result('fallback', 'phone', `tel:${E164}`, E164),
  ],
  [
    'fallback with no channel given means auto',
    other('fallback', {phone: PHONE, fallbackChannel: undefined}),
    result('fallback', 'phone', `tel:${E164}`, E164),
  ],
  [
    'fallback auto: the phone wins over the web page',
    other('fallback', {phone: PHONE, fallbackHref: WEB, fallbackChannel: 'auto'}),
    result('fallback', 'phone', `tel:${E164}`, E164),
  ],
  [
    'fallback auto: the web page without a phone',
    other('fallback', {fallbackHref: 'HTTPS://Example.com/contact'}),
    result('fallback', 'web', WEB),
  ],
  [
    'fallback auto: a bad phone falls through to the web page, reported',
    other('fallback', {phone: '0216 395 4902', fallbackHref: WEB}),
    result('fallback', 'web', WEB, null, [badPhone('0216 395 4902')]),
  ],
  [
    'fallback auto: a bad phone alone hides, reported once',
    other('fallback', {phone: '0216 395 4902'}),
    result('hidden', null, null, null, [badPhone('0216 395 4902')]),
  ],
  [
    'fallback auto: nothing to fall back to hides, with a hint',
    other('fallback'),
    result('hidden', null, null, null, [NO_TARGET]),
  ],
  [
    'fallback auto: blank targets count as none',
    other('fallback', {phone: '  ', fallbackHref: '\t'}),
    result('hidden', null, null, null, [NO_TARGET]),
  ],

  // Fallback, chosen channel.
  [
    'fallback phone',
    other('fallback', {phone: PHONE, fallbackHref: WEB, fallbackChannel: 'phone'}),
    result('fallback', 'phone', `tel:${E164}`, E164),
  ],
  [
    'fallback sms on an Apple device: iOS-style body',
    other('fallback', {phone: PHONE, body: 'Hello there', fallbackChannel: 'sms', apple: true}),
    result('fallback', 'sms', `sms:${E164}&body=Hello%20there`, E164),
  ],
  [
    'fallback sms elsewhere: RFC 5724 body',
    other('fallback', {phone: PHONE, body: 'Hello there', fallbackChannel: 'sms'}),
    result('fallback', 'sms', `sms:${E164}?body=Hello%20there`, E164),
  ],
  [
    'fallback sms without body',
    other('fallback', {phone: PHONE, body: '', fallbackChannel: 'sms'}),
    result('fallback', 'sms', `sms:${E164}`, E164),
  ],
  [
    'fallback whatsapp with text',
    other('fallback', {phone: PHONE, body: 'Hi & bye', fallbackChannel: 'whatsapp'}),
    result('fallback', 'whatsapp', 'https://wa.me/12163954902?text=Hi%20%26%20bye', E164),
  ],
  [
    'fallback whatsapp without text',
    other('fallback', {phone: PHONE, body: null, fallbackChannel: 'whatsapp'}),
    result('fallback', 'whatsapp', 'https://wa.me/12163954902', E164),
  ],
  [
    'fallback web skips the phone',
    other('fallback', {phone: PHONE, fallbackHref: WEB, fallbackChannel: 'web'}),
    result('fallback', 'web', WEB),
  ],
  [
    'fallback web: a relative link is resolved against the base',
    other('fallback', {
      fallbackHref: '/contact?team=billing',
      fallbackChannel: 'web',
      baseUrl: 'https://shop.example/products/42',
    }),
    result('fallback', 'web', 'https://shop.example/contact?team=billing'),
  ],
  [
    'fallback web: a relative link without a base is refused',
    other('fallback', {fallbackHref: '/contact', fallbackChannel: 'web'}),
    result('hidden', null, null, null, [badHref('/contact')]),
  ],
  [
    'fallback web: javascript: is refused',
    other('fallback', {fallbackHref: 'javascript:alert(1)', fallbackChannel: 'web'}),
    result('hidden', null, null, null, [badHref('javascript:alert(1)')]),
  ],
  [
    'fallback auto: a disguised javascript: is refused',
    other('fallback', {fallbackHref: ' JaVa\tScRiPt:alert(1)', baseUrl: 'https://shop.example/'}),
    result('hidden', null, null, null, [badHref('JaVa\tScRiPt:alert(1)')]),
  ],
  [
    'fallback auto: data: is refused',
    other('fallback', {fallbackHref: 'data:text/html,<b>hi</b>'}),
    result('hidden', null, null, null, [badHref('data:text/html,<b>hi</b>')]),
  ],
  [
    'fallback: a long bad link is shortened in the message',
    other('fallback', {fallbackHref: `javascript:${'x'.repeat(100)}`}),
    result('hidden', null, null, null, [badHref(`javascript:${'x'.repeat(29)}…`)]),
  ],
  [
    'fallback web without fallback-href hides, naming what is missing',
    other('fallback', {phone: PHONE, fallbackChannel: 'web'}),
    result('hidden', null, null, null, [needsHref('web')]),
  ],
  [
    'fallback phone without phone hides, naming what is missing',
    other('fallback', {fallbackHref: WEB, fallbackChannel: 'phone'}),
    result('hidden', null, null, null, [needsPhone('phone')]),
  ],
  [
    'fallback sms without phone hides, naming what is missing',
    other('fallback', {fallbackHref: WEB, fallbackChannel: 'sms'}),
    result('hidden', null, null, null, [needsPhone('sms')]),
  ],
  [
    'fallback whatsapp with a bad phone reports only the phone',
    other('fallback', {phone: 'ext. 12', fallbackHref: WEB, fallbackChannel: 'whatsapp'}),
    result('hidden', null, null, null, [badPhone('ext. 12')]),
  ],
  [
    'fallback web with a bad link reports only the link',
    other('fallback', {phone: PHONE, fallbackHref: 'ftp://example.com', fallbackChannel: 'web'}),
    result('hidden', null, null, null, [badHref('ftp://example.com')]),
  ],
  [
    'fallback with no target and a chosen channel gives the general hint',
    other('fallback', {fallbackChannel: 'whatsapp'}),
    result('hidden', null, null, null, [NO_TARGET]),
  ],
  [
    'fallback: a phone number set from script as a number is read as text',
    other('fallback', {phone: 12163954902 as unknown as string}),
    result('hidden', null, null, null, [badPhone('12163954902')]),
  ],
  [
    'fallback: a non-string link set from script is read as text',
    other('fallback', {fallbackHref: 42 as unknown as string}),
    result('hidden', null, null, null, [badHref('42')]),
  ],
  [
    'values that String() cannot convert do not throw',
    {
      businessId: ID,
      intent: Object.create(null) as string,
      supported: true,
      apple: true,
      unsupported: 'hide',
      phone: Object.create(null) as string,
    },
    result('messages', 'messages', `${MESSAGES}?biz-intent-id=%5Bobject%20Object%5D`, null, [
      badPhone('[object Object]'),
    ]),
  ],
];

describe('resolveOutcome', () => {
  for (const [name, input, expected] of rows) {
    it(name, () => {
      expect(resolveOutcome(input)).to.deep.equal(expected);
    });
  }

  it('lists the policies and channels the elements accept', () => {
    expect([UNSUPPORTED_POLICIES, FALLBACK_CHANNELS]).to.deep.equal([
      ['hide', 'fallback', 'show'],
      ['auto', 'phone', 'sms', 'whatsapp', 'web'],
    ]);
  });

  it('never throws, and shows a link exactly when it says so (property)', () => {
    const textish = fc.oneof(fc.string(), fc.constant(null), fc.constant(undefined), fc.anything());
    fc.assert(
      fc.property(
        fc.record({
          businessId: fc.oneof(fc.constant(ID), fc.string()),
          intent: textish,
          group: textish,
          body: textish,
          supported: fc.boolean(),
          apple: fc.boolean(),
          unsupported: fc.constantFrom(...UNSUPPORTED_POLICIES),
          phone: fc.oneof(fc.constant(PHONE), textish),
          fallbackHref: fc.oneof(fc.constant(WEB), fc.constant('javascript:x'), textish),
          fallbackChannel: fc.constantFrom(...FALLBACK_CHANNELS),
        }),
        (input) => {
          const got = resolveOutcome(input as OutcomeInput);
          const shown = got.outcome === 'messages' || got.outcome === 'fallback';
          expect(got.href !== null).to.equal(shown);
          expect(got.channel !== null).to.equal(shown);
          if (got.href !== null) expect(got.href).to.match(/^(https:|tel:|sms:)/);
        }
      )
    );
  });
});
