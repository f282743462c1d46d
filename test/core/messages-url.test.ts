import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {MessageUsError} from '../../src/core/errors.js';
import {
  MESSAGES_LINK_BASE,
  buildMessagesUrl,
  canonicalizeMessagesUrl,
  encodeParam,
  normalizeBusinessId,
  parseMessagesUrl,
  validateMessagesOptions,
} from '../../src/core/messages-url.js';
import type {MessagesOptions, ValidationProblem} from '../../src/core/messages-url.js';

const ID = '22222222-dddd-4444-bbbb-777777777777';
const LINK = `https://bcrw.apple.com/urn:biz:${ID}`;
const ID_EXAMPLE = `"${ID}"`;

/** Calls `fn` and returns what it threw; fails the test when it throws nothing. */
function thrown(fn: () => unknown): MessageUsError {
  try {
    fn();
  } catch (error) {
    return error as MessageUsError;
  }
  throw new Error('expected a throw');
}

/** Test oracle, independent of the implementation: lone surrogates → U+FFFD. */
function wellFormed(value: string): string {
  return Array.from(value, (char) => (/^[\uD800-\uDFFF]$/.test(char) ? '\uFFFD' : char)).join('');
}

/** Test oracle for what build/parse should treat as the options' meaning. */
function normalised(options: Record<string, unknown>): MessagesOptions {
  const result: MessagesOptions = {
    businessId: (options.businessId as string).trim().toLowerCase(),
  };
  for (const field of ['intent', 'group', 'body'] as const) {
    const raw = options[field];
    if (typeof raw !== 'string') continue;
    const value = wellFormed(field === 'body' ? raw : raw.trim());
    if (value !== '') result[field] = value;
  }
  return result;
}

describe('MESSAGES_LINK_BASE', () => {
  it('is the canonical urn:biz: prefix', () => {
    expect(MESSAGES_LINK_BASE).to.equal('https://bcrw.apple.com/urn:biz:');
  });
});

describe('normalizeBusinessId', () => {
  const cases: Array<[string, unknown, string | null]> = [
    ['a lower-case UUID', ID, ID],
    ['an upper-case UUID, lowered', '22222222-DDDD-4444-BBBB-777777777777', ID],
    [
      'a mixed-case UUID, lowered',
      'AbCdEf01-2345-6789-aBcD-eF0123456789',
      'abcdef01-2345-6789-abcd-ef0123456789',
    ],
    ['surrounding spaces, trimmed', `  ${ID}  `, ID],
    ['surrounding tabs and newlines, trimmed', `\t\n${ID}\r\n`, ID],
    ['a no-break space and BOM, trimmed', `\u00A0\uFEFF${ID}\u00A0`, ID],
    ['an empty string', '', null],
    ['only whitespace', '   ', null],
    ['no hyphens', '22222222dddd4444bbbb777777777777', null],
    ['a short last group', '22222222-dddd-4444-bbbb-77777777777', null],
    ['a long last group', '22222222-dddd-4444-bbbb-7777777777777', null],
    ['a non-hex digit', '22222222-dddd-4444-bbbb-77777777777g', null],
    ['braces', `{${ID}}`, null],
    ['a urn:biz: prefix', `urn:biz:${ID}`, null],
    ['a space inside', '22222222-dddd-4444-bbbb -777777777777', null],
    ['a trailing letter', `${ID}x`, null],
    ['a newline before a trailing letter', `${ID}\nx`, null],
    ['undefined', undefined, null],
    ['null', null, null],
    ['a number', 22222222, null],
    ['an object', {businessId: ID}, null],
    ['an array', [ID], null],
  ];
  for (const [name, input, expected] of cases) {
    it(`returns ${JSON.stringify(expected)} for ${name}`, () => {
      expect(normalizeBusinessId(input)).to.equal(expected);
    });
  }
});

describe('encodeParam', () => {
  const cases: Array<[string, string, string]> = [
    ['spaces as %20', 'Order additional credit card', 'Order%20additional%20credit%20card'],
    ['unreserved characters raw', 'az-AZ_09.~', 'az-AZ_09.~'],
    ['the empty string', '', ''],
    ['the sub-delimiters encodeURIComponent leaves', "'()*!", '%27%28%29%2A%21'],
    ['& # + % = ? / :', '&#+%=?/:', '%26%23%2B%25%3D%3F%2F%3A'],
    ['[ ] { } @ $ , ;', '[]{}@$,;', '%5B%5D%7B%7D%40%24%2C%3B'],
    ['an already encoded value, exactly once more', '%20', '%2520'],
    ['LF and CRLF', 'a\nb\r\nc', 'a%0Ab%0D%0Ac'],
    ['an emoji (astral)', '😀', '%F0%9F%98%80'],
    ['Arabic', 'مرحبا', '%D9%85%D8%B1%D8%AD%D8%A8%D8%A7'],
    ['a combining mark', 'e\u0301', 'e%CC%81'],
    ['a lone high surrogate', '\uD800', '%EF%BF%BD'],
    ['a lone low surrogate before text', '\uDC00x', '%EF%BF%BDx'],
    ['a high surrogate before a pair', '\uD83D\uD83D\uDE00', '%EF%BF%BD%F0%9F%98%80'],
    ['a reversed pair', '\uDE00\uD83D', '%EF%BF%BD%EF%BF%BD'],
    ['a lone surrogate at the end after a pair', '😀\uDBFF', '%F0%9F%98%80%EF%BF%BD'],
  ];
  for (const [name, input, expected] of cases) {
    it(`encodes ${name}`, () => {
      expect(encodeParam(input)).to.equal(expected);
    });
  }

  it('converts a non-string from JavaScript callers with String()', () => {
    expect(encodeParam(42 as unknown as string)).to.equal('42');
  });

  it('leaves only unreserved characters and %XX escapes, decoding back to the well-formed input', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (value) => {
        const encoded = encodeParam(value);
        expect(encoded).to.match(/^(?:[\w.~-]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).to.equal(wellFormed(value));
      }),
      {numRuns: 10000}
    );
  });
});

describe('buildMessagesUrl', () => {
  const cases: Array<[string, MessagesOptions, string]> = [
    [
      'the partner-doc example',
      {
        businessId: ID,
        intent: 'account_question',
        group: 'billing_department',
        body: 'Order additional credit card',
      },
      `${LINK}?biz-intent-id=account_question&biz-group-id=billing_department&body=Order%20additional%20credit%20card`,
    ],
    ['only the ID, without "?"', {businessId: ID}, LINK],
    [
      'an intent with a space',
      {businessId: ID, intent: 'Customer Enquiry'},
      `${LINK}?biz-intent-id=Customer%20Enquiry`,
    ],
    ['an intent with a dot', {businessId: ID, intent: 'O2.CZ'}, `${LINK}?biz-intent-id=O2.CZ`],
    ['an upper-case intent', {businessId: ID, intent: 'ESHOP'}, `${LINK}?biz-intent-id=ESHOP`],
    [
      'a UUID as intent',
      {businessId: ID, intent: 'ABCDEF01-2345-6789-ABCD-EF0123456789'},
      `${LINK}?biz-intent-id=ABCDEF01-2345-6789-ABCD-EF0123456789`,
    ],
    ['a group alone', {businessId: ID, group: 'Technician'}, `${LINK}?biz-group-id=Technician`],
    [
      'a body with & # + %',
      {businessId: ID, body: 'Fish & Chips #1 + 100%'},
      `${LINK}?body=Fish%20%26%20Chips%20%231%20%2B%20100%25`,
    ],
    [
      "a body with ' ( ) * !",
      {businessId: ID, body: "It's (very) *good*!"},
      `${LINK}?body=It%27s%20%28very%29%20%2Agood%2A%21`,
    ],
    ['a body with a literal %20', {businessId: ID, body: 'a%20b'}, `${LINK}?body=a%2520b`],
    [
      'a body with LF and CRLF newlines',
      {businessId: ID, body: 'Line 1\nLine 2\r\nLine 3'},
      `${LINK}?body=Line%201%0ALine%202%0D%0ALine%203`,
    ],
    [
      'a body with an emoji and skin-tone modifier',
      {businessId: ID, body: 'Hi 👋🏽'},
      `${LINK}?body=Hi%20%F0%9F%91%8B%F0%9F%8F%BD`,
    ],
    [
      'an Arabic body',
      {businessId: ID, body: 'مرحبا'},
      `${LINK}?body=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7`,
    ],
    [
      'a body with lone surrogates',
      {businessId: ID, body: 'a\uD800b\uDC00'},
      `${LINK}?body=a%EF%BF%BDb%EF%BF%BD`,
    ],
    [
      'keys given in reverse order, written in the fixed order',
      {body: 'b', group: 'g', intent: 'i', businessId: ID},
      `${LINK}?biz-intent-id=i&biz-group-id=g&body=b`,
    ],
    [
      'empty intent and group, dropped',
      {businessId: ID, intent: '', group: '', body: 'Hi'},
      `${LINK}?body=Hi`,
    ],
    [
      'an empty body, dropped',
      {businessId: ID, intent: 'ESHOP', body: ''},
      `${LINK}?biz-intent-id=ESHOP`,
    ],
    [
      'null and undefined values from JavaScript, dropped',
      {
        businessId: ID,
        intent: null as unknown as string,
        group: undefined,
        body: null as unknown as string,
      },
      LINK,
    ],
    ['an upper-case ID, lowered', {businessId: '22222222-DDDD-4444-BBBB-777777777777'}, LINK],
    ['an ID with surrounding whitespace, trimmed', {businessId: ` \t${ID}\n`}, LINK],
    [
      'intent and group with surrounding whitespace, trimmed',
      {businessId: ID, intent: '  ESHOP \n', group: '\tTechnician '},
      `${LINK}?biz-intent-id=ESHOP&biz-group-id=Technician`,
    ],
    ['a whitespace-only intent, dropped', {businessId: ID, intent: ' \n '}, LINK],
    [
      'a body with surrounding whitespace, verbatim',
      {businessId: ID, body: '  Hi\n'},
      `${LINK}?body=%20%20Hi%0A`,
    ],
  ];
  for (const [name, options, expected] of cases) {
    it(`builds ${name}`, () => {
      expect(buildMessagesUrl(options)).to.equal(expected);
    });
  }

  describe('errors', () => {
    const errors: Array<[string, unknown, string, string, string]> = [
      [
        'a missing businessId',
        {intent: 'ESHOP'},
        'invalid-business-id',
        'businessId',
        `businessId is missing; use the UUID from Apple Business Register, e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a null businessId',
        {businessId: null},
        'invalid-business-id',
        'businessId',
        `businessId is missing; use the UUID from Apple Business Register, e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'an empty businessId',
        {businessId: ''},
        'invalid-business-id',
        'businessId',
        `businessId is missing; use the UUID from Apple Business Register, e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a whitespace-only businessId',
        {businessId: '  '},
        'invalid-business-id',
        'businessId',
        `businessId is missing; use the UUID from Apple Business Register, e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a businessId that is not a UUID',
        {businessId: 'my-business'},
        'invalid-business-id',
        'businessId',
        `businessId "my-business" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a businessId in braces',
        {businessId: `{${ID}}`},
        'invalid-business-id',
        'businessId',
        `businessId "{${ID}}" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a businessId with a control character, escaped in the message',
        {businessId: 'a\u0000"b'},
        'invalid-business-id',
        'businessId',
        `businessId "a\\u0000\\"b" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a long businessId, cut in the message',
        {businessId: 'x'.repeat(100)},
        'invalid-business-id',
        'businessId',
        `businessId "${'x'.repeat(63)}…" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a businessId of 64 characters, shown whole',
        {businessId: 'y'.repeat(64)},
        'invalid-business-id',
        'businessId',
        `businessId "${'y'.repeat(64)}" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a numeric businessId',
        {businessId: 22222222},
        'invalid-business-id',
        'businessId',
        `businessId must be a string, got number; use e.g. ${ID_EXAMPLE}.`,
      ],
      [
        'a numeric intent',
        {businessId: ID, intent: 42},
        'invalid-option',
        'intent',
        'intent must be a string, got number; use e.g. "account_question".',
      ],
      [
        'a boolean group',
        {businessId: ID, group: true},
        'invalid-option',
        'group',
        'group must be a string, got boolean; use e.g. "billing_department".',
      ],
      [
        'an array body',
        {businessId: ID, body: ['Hi']},
        'invalid-option',
        'body',
        'body must be a string, got array; use e.g. "Order additional credit card".',
      ],
      [
        'an object body',
        {businessId: ID, body: {text: 'Hi'}},
        'invalid-option',
        'body',
        'body must be a string, got object; use e.g. "Order additional credit card".',
      ],
      [
        'null options',
        null,
        'invalid-option',
        'options',
        `options must be an object such as {businessId: ${ID_EXAMPLE}}, got null.`,
      ],
      [
        'undefined options',
        undefined,
        'invalid-option',
        'options',
        `options must be an object such as {businessId: ${ID_EXAMPLE}}, got undefined.`,
      ],
      [
        'the ID string instead of options',
        ID,
        'invalid-option',
        'options',
        `options must be an object such as {businessId: ${ID_EXAMPLE}}, got string.`,
      ],
    ];
    for (const [name, options, code, field, message] of errors) {
      it(`throws code ${code} on field ${field} for ${name}`, () => {
        const error = thrown(() => buildMessagesUrl(options as MessagesOptions));
        expect(error).to.be.instanceOf(MessageUsError);
        expect(error).to.be.instanceOf(TypeError);
        expect(error.name).to.equal('MessageUsError');
        expect(error.code).to.equal(code);
        expect(error.field).to.equal(field);
        expect(error.message).to.equal(message);
      });
    }

    it('reports the businessId before a bad intent', () => {
      const error = thrown(() =>
        buildMessagesUrl({
          businessId: 'x',
          intent: 1,
        } as unknown as MessagesOptions)
      );
      expect(error.field).to.equal('businessId');
    });

    it('reports intent, group and body in that order', () => {
      const error = thrown(() =>
        buildMessagesUrl({
          businessId: ID,
          body: 1,
          group: 1,
        } as unknown as MessagesOptions)
      );
      expect(error.field).to.equal('group');
    });
  });
});

describe('parseMessagesUrl', () => {
  const good: Array<[string, string, MessagesOptions]> = [
    [
      'the partner-doc example',
      `${LINK}?biz-intent-id=account_question&biz-group-id=billing_department&body=Order%20additional%20credit%20card`,
      {
        businessId: ID,
        intent: 'account_question',
        group: 'billing_department',
        body: 'Order additional credit card',
      },
    ],
    ['a bare link', LINK, {businessId: ID}],
    [
      'parameters in another order',
      `${LINK}?body=b&biz-group-id=g&biz-intent-id=i`,
      {businessId: ID, intent: 'i', group: 'g', body: 'b'},
    ],
    ['a raw + as a plus', `${LINK}?body=1+1`, {businessId: ID, body: '1+1'}],
    ['%2B as a plus', `${LINK}?body=1%2B1`, {businessId: ID, body: '1+1'}],
    ['lower-case hex escapes', `${LINK}?body=%f0%9f%98%80`, {businessId: ID, body: '😀'}],
    ['an encoded %20, decoded once', `${LINK}?body=a%2520b`, {businessId: ID, body: 'a%20b'}],
    ['encoded newlines', `${LINK}?body=a%0Ab%0D%0Ac`, {businessId: ID, body: 'a\nb\r\nc'}],
    ['an empty value, dropped', `${LINK}?body=`, {businessId: ID}],
    [
      'an empty intent beside a group',
      `${LINK}?biz-intent-id=&biz-group-id=Technician`,
      {businessId: ID, group: 'Technician'},
    ],
    [
      'an intent with encoded surrounding spaces, trimmed',
      `${LINK}?biz-intent-id=%20ESHOP%20`,
      {businessId: ID, intent: 'ESHOP'},
    ],
    [
      'a body with encoded surrounding spaces, verbatim',
      `${LINK}?body=%20Hi%20`,
      {businessId: ID, body: ' Hi '},
    ],
    [
      'a raw "?", "=" and "/" inside a value',
      `${LINK}?body=why?a=b/c`,
      {businessId: ID, body: 'why?a=b/c'},
    ],
    ["raw ' ( ) * !", `${LINK}?body='()*!`, {businessId: ID, body: "'()*!"}],
    ['raw Arabic text', `${LINK}?body=مرحبا`, {businessId: ID, body: 'مرحبا'}],
    ['a raw lone surrogate, replaced', `${LINK}?body=a\uD800`, {businessId: ID, body: 'a\uFFFD'}],
  ];
  for (const [name, url, expected] of good) {
    it(`reads ${name}`, () => {
      expect(parseMessagesUrl(url)).to.deep.equal(expected);
    });
  }

  const bad: Array<[string, unknown]> = [
    ['http:', `http://bcrw.apple.com/urn:biz:${ID}`],
    ['another host', `https://example.com/urn:biz:${ID}`],
    ['a look-alike host', `https://bcrw.apple.com.example.com/urn:biz:${ID}`],
    ['an explicit port', `https://bcrw.apple.com:443/urn:biz:${ID}`],
    ['a scheme-relative link', `//bcrw.apple.com/urn:biz:${ID}`],
    ['a missing urn:biz:', `https://bcrw.apple.com/${ID}`],
    ['no ID', 'https://bcrw.apple.com/urn:biz:'],
    ['an ID that is not a UUID', 'https://bcrw.apple.com/urn:biz:my-business'],
    ['a trailing slash', `${LINK}/`],
    ['data-apple-business-* keys', `${LINK}?data-apple-business-intent-id=ESHOP`],
    ['an unknown key', `${LINK}?body=Hi&utm_source=mail`],
    ['an upper-case key', `${LINK}?BODY=Hi`],
    ['an encoded key', `${LINK}?bod%79=Hi`],
    ['__proto__ as key', `${LINK}?__proto__=x`],
    ['constructor as key', `${LINK}?constructor=x`],
    ['a duplicated key', `${LINK}?body=a&body=b`],
    ['a duplicated empty key', `${LINK}?body=&body=b`],
    ['a key without "="', `${LINK}?body`],
    ['an empty query', `${LINK}?`],
    ['a trailing "&"', `${LINK}?body=Hi&`],
    ['an empty pair', `${LINK}?biz-intent-id=a&&body=b`],
    ['a lone "%"', `${LINK}?body=100%`],
    ['a "%" with one hex digit', `${LINK}?body=%A`],
    ['a "%" with non-hex digits', `${LINK}?body=%zz`],
    ['a byte that is not UTF-8', `${LINK}?body=%FF`],
    ['a cut UTF-8 sequence', `${LINK}?body=%E2%82`],
    ['an encoded surrogate (CESU-8)', `${LINK}?body=%ED%A0%80`],
    ['a fragment', `${LINK}#chat`],
    ['a raw "#" in a value', `${LINK}?body=Order%20#1`],
    ['a raw newline inside', `${LINK}?body=a\nb`],
    ['a raw tab inside', `${LINK}?body=a\tb`],
    ['a raw NUL inside', `${LINK}?body=a\u0000b`],
    ['a raw DEL inside', `${LINK}?body=a\u007Fb`],
    ['an empty string', ''],
    ['a non-string', 42],
    ['null', null],
    ['undefined', undefined],
  ];
  for (const [name, url] of bad) {
    it(`returns null for ${name}`, () => {
      expect(parseMessagesUrl(url as string)).to.equal(null);
    });
  }
});

describe('parseMessagesUrl and canonicalizeMessagesUrl: links published in the wild', () => {
  const UPPER_ID = ID.toUpperCase();
  const warning = (code: string, message: string): ValidationProblem => ({
    field: 'link',
    code,
    severity: 'warning',
    message,
  });
  const W = {
    whitespace: warning(
      'whitespace',
      `link has leading or trailing whitespace, which is removed; use e.g. "${LINK}".`
    ),
    upper: warning(
      'upper-case',
      `link has upper-case letters in its scheme, host, path or business ID; write them in lower case, e.g. "${LINK}".`
    ),
    redirect: (form: string) =>
      warning(
        'redirect-form',
        `link uses the redirect form "${form}", read as the canonical link; use e.g. "${LINK}".`
      ),
    question: warning(
      'missing-question-mark',
      `link has "&" where "?" belongs, right after the business ID; use e.g. "${LINK}?biz-intent-id=account_question".`
    ),
    entity: warning(
      'html-entity',
      `link contains "&amp;", HTML escaping left in the address, read as "&"; use e.g. "${LINK}?biz-intent-id=account_question&biz-group-id=billing_department".`
    ),
    intentKey: (key: string) =>
      warning(
        'nonstandard-key',
        `link uses the key "${key}", read as "biz-intent-id"; use e.g. "biz-intent-id=account_question".`
      ),
    groupKey: (key: string) =>
      warning(
        'nonstandard-key',
        `link uses the key "${key}", read as "biz-group-id"; use e.g. "biz-group-id=billing_department".`
      ),
    space: warning(
      'unencoded-space',
      'link has raw spaces, read as "%20"; encode them, e.g. "body=Order%20additional%20credit%20card".'
    ),
  };
  const HELPER = 'https://bcrw.apple.com/business/api/messageprofiles/redirecthelper';

  // [name, link, options read, canonical href, warnings about the link]
  const cases: Array<[string, string, MessagesOptions, string, ValidationProblem[]]> = [
    [
      'the sms:open form on bcrw.apple.com',
      `https://bcrw.apple.com/sms:open?service=iMessage&recipient=urn:biz:${ID}&biz-intent-id=ESHOP&biz-group-id=Technician&body=Hi%20there`,
      {businessId: ID, intent: 'ESHOP', group: 'Technician', body: 'Hi there'},
      `${LINK}?biz-intent-id=ESHOP&biz-group-id=Technician&body=Hi%20there`,
      [W.redirect('https://bcrw.apple.com/sms:open')],
    ],
    [
      'sms://open/ with the parameters in another order',
      `sms://open/?body=Hi&recipient=urn:biz:${ID}&service=iMessage`,
      {businessId: ID, body: 'Hi'},
      `${LINK}?body=Hi`,
      [W.redirect('sms://open/')],
    ],
    [
      'sms://open without service',
      `sms://open?recipient=urn:biz:${ID}`,
      {businessId: ID},
      LINK,
      [W.redirect('sms://open')],
    ],
    [
      'messages://open',
      `messages://open?service=iMessage&recipient=urn:biz:${ID}&biz-intent-id=O2.CZ`,
      {businessId: ID, intent: 'O2.CZ'},
      `${LINK}?biz-intent-id=O2.CZ`,
      [W.redirect('messages://open')],
    ],
    [
      'messages://open/',
      `messages://open/?recipient=urn:biz:${ID}`,
      {businessId: ID},
      LINK,
      [W.redirect('messages://open/')],
    ],
    [
      'the redirecthelper form',
      `${HELPER}?service=iMessage&recipient=urn:biz:${ID}&body=Hi`,
      {businessId: ID, body: 'Hi'},
      `${LINK}?body=Hi`,
      [W.redirect(HELPER)],
    ],
    [
      'redirecthelper/ with an encoded recipient and a lower-case service',
      `${HELPER}/?recipient=urn%3Abiz%3A${ID}&service=imessage`,
      {businessId: ID},
      LINK,
      [W.redirect(`${HELPER}/`)],
    ],
    [
      'an upper-case recipient',
      `sms://open?service=iMessage&recipient=URN:BIZ:${UPPER_ID}`,
      {businessId: ID},
      LINK,
      [W.upper, W.redirect('sms://open')],
    ],
    [
      'an upper-case redirect scheme and host',
      `SMS://OPEN?recipient=urn:biz:${ID}`,
      {businessId: ID},
      LINK,
      [W.upper, W.redirect('SMS://OPEN')],
    ],
    [
      'bizintent-id and bizgroup-id',
      `${LINK}?bizintent-id=ESHOP&bizgroup-id=Technician`,
      {businessId: ID, intent: 'ESHOP', group: 'Technician'},
      `${LINK}?biz-intent-id=ESHOP&biz-group-id=Technician`,
      [W.intentKey('bizintent-id'), W.groupKey('bizgroup-id')],
    ],
    [
      'group= for biz-group-id=',
      `${LINK}?group=Technician`,
      {businessId: ID, group: 'Technician'},
      `${LINK}?biz-group-id=Technician`,
      [W.groupKey('group')],
    ],
    [
      'intent= for biz-intent-id=, after body',
      `${LINK}?body=Hi&intent=ESHOP`,
      {businessId: ID, intent: 'ESHOP', body: 'Hi'},
      `${LINK}?biz-intent-id=ESHOP&body=Hi`,
      [W.intentKey('intent')],
    ],
    [
      '&amp; between parameters',
      `${LINK}?biz-intent-id=ESHOP&amp;biz-group-id=Technician`,
      {businessId: ID, intent: 'ESHOP', group: 'Technician'},
      `${LINK}?biz-intent-id=ESHOP&biz-group-id=Technician`,
      [W.entity],
    ],
    [
      '&AMP; in upper case',
      `${LINK}?biz-intent-id=ESHOP&AMP;body=Hi`,
      {businessId: ID, intent: 'ESHOP', body: 'Hi'},
      `${LINK}?biz-intent-id=ESHOP&body=Hi`,
      [W.entity],
    ],
    [
      '"&" with no "?" before it',
      `${LINK}&biz-intent-id=ESHOP`,
      {businessId: ID, intent: 'ESHOP'},
      `${LINK}?biz-intent-id=ESHOP`,
      [W.question],
    ],
    [
      '"&amp;" with no "?" before it',
      `${LINK}&amp;biz-intent-id=ESHOP&amp;body=Hi`,
      {businessId: ID, intent: 'ESHOP', body: 'Hi'},
      `${LINK}?biz-intent-id=ESHOP&body=Hi`,
      [W.question, W.entity],
    ],
    [
      '"&group=" right after the ID',
      `${LINK}&group=Technician`,
      {businessId: ID, group: 'Technician'},
      `${LINK}?biz-group-id=Technician`,
      [W.question, W.groupKey('group')],
    ],
    [
      'unencoded spaces',
      `${LINK}?biz-intent-id=Customer Enquiry&body=Order additional credit card`,
      {businessId: ID, intent: 'Customer Enquiry', body: 'Order additional credit card'},
      `${LINK}?biz-intent-id=Customer%20Enquiry&body=Order%20additional%20credit%20card`,
      [W.space],
    ],
    [
      'a raw trailing space in body, taken as whitespace around the link',
      `${LINK}?body= Hi `,
      {businessId: ID, body: ' Hi'},
      `${LINK}?body=%20Hi`,
      [W.whitespace, W.space],
    ],
    [
      'an upper-case scheme and host',
      `HTTPS://BCRW.APPLE.COM/urn:biz:${ID}`,
      {businessId: ID},
      LINK,
      [W.upper],
    ],
    [
      'an upper-case ID',
      `https://bcrw.apple.com/urn:biz:${UPPER_ID}`,
      {businessId: ID},
      LINK,
      [W.upper],
    ],
    [
      'an upper-case URN',
      `https://bcrw.apple.com/URN:BIZ:${ID}?body=Hi`,
      {businessId: ID, body: 'Hi'},
      `${LINK}?body=Hi`,
      [W.upper],
    ],
    ['surrounding whitespace', ` \n${LINK}\t\r\n`, {businessId: ID}, LINK, [W.whitespace]],
    [
      'surrounding no-break spaces',
      `\u00A0${LINK}?body=Hi\u00A0`,
      {businessId: ID, body: 'Hi'},
      `${LINK}?body=Hi`,
      [W.whitespace],
    ],
    [
      'every problem at once, warned in a fixed order',
      `  HTTPS://bcrw.apple.com/urn:biz:${UPPER_ID}&amp;intent=Customer Enquiry&amp;bizgroup-id=Technician&amp;body=Hi%21 `,
      {businessId: ID, intent: 'Customer Enquiry', group: 'Technician', body: 'Hi!'},
      `${LINK}?biz-intent-id=Customer%20Enquiry&biz-group-id=Technician&body=Hi%21`,
      [
        W.whitespace,
        W.upper,
        W.question,
        W.entity,
        W.intentKey('intent'),
        W.groupKey('bizgroup-id'),
        W.space,
      ],
    ],
    [
      'a redirect form with &amp;',
      `https://bcrw.apple.com/sms:open?service=iMessage&amp;recipient=urn:biz:${ID}&amp;group=Technician`,
      {businessId: ID, group: 'Technician'},
      `${LINK}?biz-group-id=Technician`,
      [W.redirect('https://bcrw.apple.com/sms:open'), W.entity, W.groupKey('group')],
    ],
  ];
  for (const [name, url, options, href, warnings] of cases) {
    it(`parseMessagesUrl reads ${name}`, () => {
      expect(parseMessagesUrl(url)).to.deep.equal({...options, warnings});
    });
    it(`canonicalizeMessagesUrl rewrites ${name}`, () => {
      expect(canonicalizeMessagesUrl(url)).to.deep.equal({href, warnings});
    });
  }

  const rejected: Array<[string, unknown]> = [
    ['a redirect form without recipient', 'sms://open?service=iMessage&body=Hi'],
    ['a recipient without urn:biz:', `sms://open?recipient=${ID}`],
    ['a recipient that is not a UUID', 'sms://open?recipient=urn:biz:shop'],
    ['service=SMS', `sms://open?service=SMS&recipient=urn:biz:${ID}`],
    ['a duplicated recipient', `sms://open?recipient=urn:biz:${ID}&recipient=urn:biz:${ID}`],
    [
      'a duplicated service',
      `sms://open?service=iMessage&service=iMessage&recipient=urn:biz:${ID}`,
    ],
    ['an upper-case RECIPIENT key', `sms://open?RECIPIENT=urn:biz:${ID}`],
    ['recipient= on the canonical form', `${LINK}?recipient=urn:biz:${ID}`],
    ['service= on the canonical form', `${LINK}?service=iMessage`],
    ['a redirect form with an empty query', 'sms://open?'],
    ['a redirect form without a query', 'sms://open'],
    ['sms:open without //', `sms:open?recipient=urn:biz:${ID}`],
    ['sms:open on bcrw.apple.com without a query', 'https://bcrw.apple.com/sms:open'],
    ['another scheme with open', `tel://open?recipient=urn:biz:${ID}`],
    ['a fragment after a redirect form', `sms://open?recipient=urn:biz:${ID}#x`],
    ['group= beside biz-group-id=', `${LINK}?group=a&biz-group-id=b`],
    ['bizintent-id beside intent', `${LINK}?bizintent-id=a&intent=b`],
    ['a hyphen-less key', `${LINK}?bizintentid=a`],
    ['"&" right after the ID and nothing else', `${LINK}&`],
    ['"&amp;" right after the ID and nothing else', `${LINK}&amp;`],
    ['only whitespace', ' \n '],
  ];
  for (const [name, url] of rejected) {
    it(`returns null for ${name}`, () => {
      expect(parseMessagesUrl(url as string)).to.equal(null);
      expect(canonicalizeMessagesUrl(url)).to.equal(null);
    });
  }

  it('gives no warnings key for a canonical link', () => {
    expect(parseMessagesUrl(`${LINK}?body=Hi`)).to.deep.equal({businessId: ID, body: 'Hi'});
  });

  const canonical: Array<[string, unknown, ReturnType<typeof canonicalizeMessagesUrl>]> = [
    ['a canonical link, unchanged', `${LINK}?body=Hi`, {href: `${LINK}?body=Hi`, warnings: []}],
    [
      'lower-case escapes and raw sub-delimiters, rewritten without a warning',
      `${LINK}?body=%f0%9f%98%80(1)`,
      {href: `${LINK}?body=%F0%9F%98%80%281%29`, warnings: []},
    ],
    [
      'an intent with encoded whitespace and a reserved character',
      `${LINK}?biz-intent-id=%20billing/faq`,
      {
        href: `${LINK}?biz-intent-id=billing%2Ffaq`,
        warnings: [
          {
            field: 'intent',
            code: 'whitespace',
            severity: 'warning',
            message:
              'intent " billing/faq" has leading or trailing whitespace, which is removed from the link; use e.g. "billing_faq".',
          },
          {
            field: 'intent',
            code: 'reserved-character',
            severity: 'warning',
            message:
              'intent " billing/faq" contains "/", which Apple reserves; use e.g. "billing_faq".',
          },
        ],
      },
    ],
    [
      'link warnings before value warnings',
      `${LINK}&group=a(b)`,
      {
        href: `${LINK}?biz-group-id=a%28b%29`,
        warnings: [
          W.question,
          W.groupKey('group'),
          {
            field: 'group',
            code: 'reserved-character',
            severity: 'warning',
            message: 'group "a(b)" contains "(" and ")", which Apple reserves; use e.g. "a_b_".',
          },
        ],
      },
    ],
    [
      'an encoded control character in group',
      `${LINK}?biz-group-id=a%00`,
      {
        href: `${LINK}?biz-group-id=a%00`,
        warnings: [
          {
            field: 'group',
            code: 'control-character',
            severity: 'warning',
            message:
              'group "a\\u0000" contains control characters, which cannot be seen and may break routing; use e.g. "a".',
          },
        ],
      },
    ],
    [
      'a canonical link over 2,048 characters',
      `${LINK}?body=${'a'.repeat(2000)}`,
      {
        href: `${LINK}?body=${'a'.repeat(2000)}`,
        warnings: [
          {
            field: 'link',
            code: 'link-too-long',
            severity: 'warning',
            message:
              'the link is 2073 characters long, over the 2,048 that some browsers, mail clients and QR codes handle; shorten body, e.g. "Order additional credit card".',
          },
        ],
      },
    ],
    ['another site', 'https://example.com/contact', null],
    ['a non-string', 42, null],
    ['null', null, null],
  ];
  for (const [name, input, expected] of canonical) {
    it(`canonicalizeMessagesUrl gives ${expected === null ? 'null' : 'the href'} for ${name}`, () => {
      expect(canonicalizeMessagesUrl(input)).to.deep.equal(expected);
    });
  }
});

describe('validateMessagesOptions', () => {
  const cases: Array<[string, unknown, ValidationProblem[]]> = [
    [
      'the partner-doc example',
      {
        businessId: ID,
        intent: 'account_question',
        group: 'billing_department',
        body: 'Order additional credit card',
      },
      [],
    ],
    [
      'null and undefined text fields',
      {businessId: ID, intent: null, group: undefined, body: null},
      [],
    ],
    [
      'a body with reserved characters and newlines (text, not routing)',
      {businessId: ID, body: 'Order #1 & (gift) {wrap} [x] a/b\r\n'},
      [],
    ],
    ['an ID with surrounding whitespace (trimmed silently)', {businessId: ` ${ID} `}, []],
    [
      'null options',
      null,
      [
        {
          field: 'options',
          code: 'invalid-type',
          severity: 'error',
          message: `options must be an object such as {businessId: ${ID_EXAMPLE}}, got null.`,
        },
      ],
    ],
    [
      'the ID string instead of options',
      ID,
      [
        {
          field: 'options',
          code: 'invalid-type',
          severity: 'error',
          message: `options must be an object such as {businessId: ${ID_EXAMPLE}}, got string.`,
        },
      ],
    ],
    [
      'empty options',
      {},
      [
        {
          field: 'businessId',
          code: 'missing-business-id',
          severity: 'error',
          message: `businessId is missing; use the UUID from Apple Business Register, e.g. ${ID_EXAMPLE}.`,
        },
      ],
    ],
    [
      'a numeric businessId',
      {businessId: 1},
      [
        {
          field: 'businessId',
          code: 'invalid-type',
          severity: 'error',
          message: `businessId must be a string, got number; use e.g. ${ID_EXAMPLE}.`,
        },
      ],
    ],
    [
      'a businessId that is not a UUID',
      {businessId: 'abc'},
      [
        {
          field: 'businessId',
          code: 'invalid-business-id',
          severity: 'error',
          message: `businessId "abc" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. ${ID_EXAMPLE}.`,
        },
      ],
    ],
    [
      'an intent with "/"',
      {businessId: ID, intent: 'billing/faq'},
      [
        {
          field: 'intent',
          code: 'reserved-character',
          severity: 'warning',
          message:
            'intent "billing/faq" contains "/", which Apple reserves; use e.g. "billing_faq".',
        },
      ],
    ],
    [
      'a group with every reserved character',
      {businessId: ID, group: '/a}b{c)d(e]f[g#h&i'},
      [
        {
          field: 'group',
          code: 'reserved-character',
          severity: 'warning',
          message:
            'group "/a}b{c)d(e]f[g#h&i" contains "&", "#", "[", "]", "(", ")", "{", "}" and "/", which Apple reserves; use e.g. "_a_b_c_d_e_f_g_h_i".',
        },
      ],
    ],
    [
      'a group with surrounding whitespace',
      {businessId: ID, group: ' Technician\n'},
      [
        {
          field: 'group',
          code: 'whitespace',
          severity: 'warning',
          message:
            'group " Technician\\n" has leading or trailing whitespace, which is removed from the link; use e.g. "Technician".',
        },
      ],
    ],
    [
      'a whitespace-only intent (the stock example suggested)',
      {businessId: ID, intent: '   '},
      [
        {
          field: 'intent',
          code: 'whitespace',
          severity: 'warning',
          message:
            'intent "   " has leading or trailing whitespace, which is removed from the link; use e.g. "account_question".',
        },
      ],
    ],
    [
      'an intent with a control character inside',
      {businessId: ID, intent: 'ES\u0007HOP'},
      [
        {
          field: 'intent',
          code: 'control-character',
          severity: 'warning',
          message:
            'intent "ES\\u0007HOP" contains control characters, which cannot be seen and may break routing; use e.g. "ESHOP".',
        },
      ],
    ],
    [
      'a group that is only a C1 control character (not whitespace to trim())',
      {businessId: ID, group: '\u0085'},
      [
        {
          field: 'group',
          code: 'control-character',
          severity: 'warning',
          message:
            'group "\u0085" contains control characters, which cannot be seen and may break routing; use e.g. "billing_department".',
        },
      ],
    ],
    [
      'an intent that is only a C0 control character',
      {businessId: ID, intent: '\u0001'},
      [
        {
          field: 'intent',
          code: 'control-character',
          severity: 'warning',
          message:
            'intent "\\u0001" contains control characters, which cannot be seen and may break routing; use e.g. "account_question".',
        },
      ],
    ],
    [
      'an intent with all three warnings, one suggestion for all',
      {businessId: ID, intent: ' a/b&c\u0001 '},
      [
        {
          field: 'intent',
          code: 'whitespace',
          severity: 'warning',
          message:
            'intent " a/b&c\\u0001 " has leading or trailing whitespace, which is removed from the link; use e.g. "a_b_c".',
        },
        {
          field: 'intent',
          code: 'reserved-character',
          severity: 'warning',
          message:
            'intent " a/b&c\\u0001 " contains "&" and "/", which Apple reserves; use e.g. "a_b_c".',
        },
        {
          field: 'intent',
          code: 'control-character',
          severity: 'warning',
          message:
            'intent " a/b&c\\u0001 " contains control characters, which cannot be seen and may break routing; use e.g. "a_b_c".',
        },
      ],
    ],
    [
      'a trailing newline in an intent (whitespace only, not control)',
      {businessId: ID, intent: 'ESHOP\n'},
      [
        {
          field: 'intent',
          code: 'whitespace',
          severity: 'warning',
          message:
            'intent "ESHOP\\n" has leading or trailing whitespace, which is removed from the link; use e.g. "ESHOP".',
        },
      ],
    ],
    [
      'a lone surrogate in a group (suggestion well-formed)',
      {businessId: ID, group: 'a/\uD800'},
      [
        {
          field: 'group',
          code: 'reserved-character',
          severity: 'warning',
          message: 'group "a/\\ud800" contains "/", which Apple reserves; use e.g. "a_\uFFFD".',
        },
      ],
    ],
    ['a link of exactly 2,048 characters', {businessId: ID, body: 'a'.repeat(1975)}, []],
    [
      'a link of 2,049 characters',
      {businessId: ID, body: 'a'.repeat(1976)},
      [
        {
          field: 'link',
          code: 'link-too-long',
          severity: 'warning',
          message:
            'the link is 2049 characters long, over the 2,048 that some browsers, mail clients and QR codes handle; shorten body, e.g. "Order additional credit card".',
        },
      ],
    ],
    [
      'a link made long by encoding, beside a warning',
      {businessId: ID, intent: 'a/b', body: '€'.repeat(300)},
      [
        {
          field: 'intent',
          code: 'reserved-character',
          severity: 'warning',
          message: 'intent "a/b" contains "/", which Apple reserves; use e.g. "a_b".',
        },
        {
          field: 'link',
          code: 'link-too-long',
          severity: 'warning',
          message:
            'the link is 2793 characters long, over the 2,048 that some browsers, mail clients and QR codes handle; shorten body, e.g. "Order additional credit card".',
        },
      ],
    ],
    [
      'every field wrong (no length check once there is an error)',
      {businessId: 'x', intent: 1, group: 'a/b', body: 'a'.repeat(3000)},
      [
        {
          field: 'businessId',
          code: 'invalid-business-id',
          severity: 'error',
          message: `businessId "x" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. ${ID_EXAMPLE}.`,
        },
        {
          field: 'intent',
          code: 'invalid-type',
          severity: 'error',
          message: 'intent must be a string, got number; use e.g. "account_question".',
        },
        {
          field: 'group',
          code: 'reserved-character',
          severity: 'warning',
          message: 'group "a/b" contains "/", which Apple reserves; use e.g. "a_b".',
        },
      ],
    ],
    [
      'a non-string body with a valid ID',
      {businessId: ID, body: 5},
      [
        {
          field: 'body',
          code: 'invalid-type',
          severity: 'error',
          message: 'body must be a string, got number; use e.g. "Order additional credit card".',
        },
      ],
    ],
  ];
  for (const [name, options, expected] of cases) {
    it(`reports ${expected.length} problem(s) for ${name}`, () => {
      expect(validateMessagesOptions(options)).to.deep.equal(expected);
    });
  }
});

describe('properties', () => {
  const loneSurrogate = fc
    .integer({min: 0xd800, max: 0xdfff})
    .map((code) => String.fromCharCode(code));
  const tricky = fc.constantFrom(
    'مرحبا',
    'שלום',
    '\u202Eevil\u202C',
    '\u200F',
    'e\u0301',
    'a\u0308\u0304',
    '👩🏽‍💻',
    '\n',
    '\r\n',
    '\t',
    ' ',
    '\u00A0',
    '\uFEFF',
    '\u0000',
    '\u0085',
    '&',
    '#',
    '[',
    ']',
    '(',
    ')',
    '{',
    '}',
    '/',
    '?',
    '=',
    '%',
    '%20',
    '%2B',
    '+',
    "'",
    '!',
    '*',
    ''
  );
  // fc's 'binary' unit never yields half a surrogate pair, so lone halves are
  // mixed in on purpose; joining pieces also creates accidental valid pairs.
  const text = fc
    .array(
      fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}), tricky, loneSurrogate),
      {maxLength: 6}
    )
    .map((parts) => parts.join(''));
  const field = fc.oneof(
    {weight: 5, arbitrary: text},
    {weight: 1, arbitrary: fc.constantFrom(undefined, null)}
  );
  const businessId = fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\n '),
      fc.stringMatching(
        /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
      ),
      fc.constantFrom('', ' ', '\r\n')
    )
    .map((parts) => parts.join(''));
  const options = fc.record(
    {businessId, intent: field, group: field, body: field},
    {requiredKeys: ['businessId']}
  ) as fc.Arbitrary<MessagesOptions>;

  const keys = [
    ['intent', 'biz-intent-id'],
    ['group', 'biz-group-id'],
    ['body', 'body'],
  ] as const;

  it('parseMessagesUrl(buildMessagesUrl(o)) equals the normalised o', () => {
    fc.assert(
      fc.property(options, (o) => {
        expect(parseMessagesUrl(buildMessagesUrl(o))).to.deep.equal(normalised({...o}));
      }),
      {numRuns: 10000}
    );
  });

  it('new URL(link).searchParams reads back the normalised values, in order', () => {
    fc.assert(
      fc.property(options, (o) => {
        const expected = normalised({...o});
        const url = new URL(buildMessagesUrl(o));
        expect(url.pathname).to.equal(`/urn:biz:${expected.businessId}`);
        const present = keys.filter(([name]) => expected[name] !== undefined);
        expect([...url.searchParams.keys()]).to.deep.equal(present.map(([, key]) => key));
        for (const [name, key] of keys) {
          expect(url.searchParams.get(key)).to.equal(expected[name] ?? null);
        }
      }),
      {numRuns: 10000}
    );
  });

  it('leaves no raw character outside the unreserved set in the query', () => {
    fc.assert(
      fc.property(options, (o) => {
        const [base, query] = buildMessagesUrl(o).split('?');
        expect(base).to.match(
          /^https:\/\/bcrw\.apple\.com\/urn:biz:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
        );
        for (const pair of query === undefined ? [] : query.split('&')) {
          expect(pair).to.match(/^(?:biz-intent-id|biz-group-id|body)=(?:[\w.~-]|%[0-9A-F]{2})+$/);
        }
      }),
      {numRuns: 10000}
    );
  });

  it('validateMessagesOptions finds no error for valid IDs and string fields', () => {
    fc.assert(
      fc.property(options, (o) => {
        const errors = validateMessagesOptions(o).filter((found) => found.severity === 'error');
        expect(errors).to.deep.equal([]);
      }),
      {numRuns: 10000}
    );
  });
});
