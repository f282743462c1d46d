import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {MessageUsError} from '../../src/core/errors.js';
import {
  buildMailtoUrl,
  buildMessengerUrl,
  buildSmsUrl,
  buildTelUrl,
  buildWebUrl,
  buildWhatsAppUrl,
  normalizePhone,
  normalizeWebUrl,
  smsStyleFor,
} from '../../src/core/fallback.js';
import type {PlatformInfo} from '../../src/core/types.js';

const PHONE_MESSAGE =
  'phone: expected an international number starting with + or 00 and the country code, such as "+1 216 395 4902"; got ';
const EMAIL_EXPECTED = 'expected an email address such as "help@example.com"; got ';
const URL_EXPECTED =
  'url: expected an absolute http: or https: address such as "https://example.com/contact"';

/** Calls `fn` and returns what it threw, as the fields a test compares. */
function thrown(fn: () => unknown): {
  name: string;
  code: string;
  field: string;
  message: string;
  isTypeError: boolean;
} {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof MessageUsError)) throw error;
    return {
      name: error.name,
      code: error.code,
      field: error.field,
      message: error.message,
      isTypeError: error instanceof TypeError,
    };
  }
  throw new Error('expected a MessageUsError, nothing was thrown');
}

function error(code: string, field: string, message: string) {
  return {name: 'MessageUsError', code, field, message, isTypeError: true};
}

/** An oracle written differently from the code under test: a code-unit walk. */
function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += '\uFFFD';
    } else {
      out += text[i]!;
    }
  }
  return out;
}

function crlf(text: string): string {
  return text.split('\r\n').join('\n').split('\r').join('\n').split('\n').join('\r\n');
}

// Text that stresses encoding: reserved characters, line breaks, lone
// surrogates, astral characters, combining marks and RTL, plus any code point.
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '&',
      '#',
      '?',
      '=',
      '+',
      '%',
      ' ',
      '/',
      ';',
      ',',
      '!',
      "'",
      '(',
      ')',
      '*',
      '\uD800',
      '\uDBFF',
      '\uDC00',
      '\uDFFF',
      '😀',
      '👩🏽‍💻',
      'e\u0301',
      'שלום',
      '\u0000',
      '\u00A0'
    ),
    fc.string({unit: 'binary', minLength: 1, maxLength: 1})
  ),
  maxLength: 40,
});

describe('fallback links', () => {
  describe('normalizePhone', () => {
    const accepted: Array<[string, string]> = [
      ['+1 (216) 395-4902', '+12163954902'],
      ['+12163954902', '+12163954902'],
      ['+44 20 7946 0958', '+442079460958'],
      ['+49 (0)30 1234567', '+49301234567'],
      ['+44 (0) 20 7946 0958', '+442079460958'],
      ['00 44 20 7946 0958', '+442079460958'],
      ['0049 30 1234567', '+49301234567'],
      ['+1.216.395.4902', '+12163954902'],
      ['+1-216-395-4902', '+12163954902'],
      ['+1\u00A0216\u00A0395\u00A04902', '+12163954902'],
      ['+1\u202F216\u202F395\u202F4902', '+12163954902'],
      ['+1\u2011216\u2011395\u20114902', '+12163954902'],
      ['+1\u2013216\u2013395\u20134902', '+12163954902'],
      ['+49/30/1234567', '+49301234567'],
      ['+1 [216] 395 4902', '+12163954902'],
      ['(+44) 20 7946 0958', '+442079460958'],
      ['(+44)(0)20 7946 0958', '+442079460958'],
      ['tel:+1-216-395-4902', '+12163954902'],
      ['TEL:+12163954902', '+12163954902'],
      ['  \t+1 216 395 4902\n ', '+12163954902'],
      [
        '\uFF0B\uFF18\uFF11 \uFF13 \uFF11\uFF12\uFF13\uFF14 \uFF15\uFF16\uFF17\uFF18',
        '+81312345678',
      ],
      ['+683 4002', '+6834002'],
      ['+123 456 789 012 345', '+123456789012345'],
    ];
    for (const [input, expected] of accepted) {
      it(`normalises ${JSON.stringify(input)} to ${expected}`, () => {
        expect(normalizePhone(input)).to.equal(expected);
      });
    }

    const rejected: Array<[string, string]> = [
      ['216 395 4902', 'no country code'],
      ['(216) 395-4902', 'no country code, brackets'],
      ['030 1234567', 'national trunk prefix only'],
      ['000 44 20 7946 0958', 'country code starting with 0 after 00'],
      ['+0 216 395 4902', 'country code starting with 0'],
      ['+(0)49 30 1234567', '(0) before the country code'],
      ['+1 216 395 4902 x123', 'extension with x'],
      ['+1 216 395 4902 ext. 123', 'extension with ext.'],
      ['tel:+12163954902;ext=123', 'tel: extension parameter'],
      ['tel:+12163954902;phone-context=example.com', 'tel: parameter'],
      ['+1 216 395 4902,,1', 'pauses'],
      ['+1 216 395 4902#', 'hash'],
      ['*21#', 'service code'],
      ['+1-800-FLOWERS', 'letters'],
      ['+683 400', 'six digits'],
      ['+1234 5678 9012 3456', 'sixteen digits'],
      ['+1 216 + 395 4902', 'plus in the middle'],
      ['++12163954902', 'two pluses'],
      ['+', 'plus alone'],
      ['', 'empty'],
      ['   ', 'blank'],
      ['mailto:+12163954902', 'another scheme'],
      ['tel:', 'scheme alone'],
      [
        '+\u0661 \u0662\u0661\u0666 \u0663\u0669\u0665 \u0664\u0669\u0660\u0662',
        'Arabic-Indic digits',
      ],
      ['+1' + ' '.repeat(53) + '2163954902', 'longer than 64 characters'],
      ['+' + '1'.repeat(100000), 'a 100 KB string'],
    ];
    for (const [input, reason] of rejected) {
      it(`rejects ${reason}`, () => {
        expect(normalizePhone(input)).to.equal(null);
      });
    }

    it('keeps a trunk 0 inside area-code brackets (documented: Italy keeps its 0)', () => {
      expect(normalizePhone('+49 (030) 1234567')).to.equal('+490301234567');
    });

    it('accepts a formatted number of exactly 64 characters', () => {
      const input = '+1' + ' '.repeat(52) + '216395490';
      expect(input.length).to.equal(63);
      expect(normalizePhone(input + '2')).to.equal('+12163954902');
    });

    const nonStrings: Array<[string, unknown]> = [
      ['a number', 12163954902],
      ['null', null],
      ['undefined', undefined],
      ['an object', {phone: '+12163954902'}],
      ['an array', ['+12163954902']],
    ];
    for (const [name, input] of nonStrings) {
      it(`returns null for ${name}`, () => {
        expect(normalizePhone(input)).to.equal(null);
      });
    }

    it('returns null or an E.164 number for any string', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({
              unit: fc.constantFrom(...'+0123456789 ()-./[]x;tel:\u00A0'),
              maxLength: 30,
            }),
            fc.string({unit: 'binary', maxLength: 30})
          ),
          (input) => {
            const result = normalizePhone(input);
            return result === null || /^\+[1-9]\d{6,14}$/.test(result);
          }
        ),
        {numRuns: 2000}
      );
    });

    it('recovers the digits of any E.164 number however it is separated', () => {
      const separator = fc.constantFrom('', ' ', '-', '.', '/', '\u00A0', '\u2011');
      fc.assert(
        fc.property(
          fc.integer({min: 1, max: 9}),
          fc.array(fc.tuple(separator, fc.integer({min: 0, max: 9})), {
            minLength: 6,
            maxLength: 14,
          }),
          fc.constantFrom('+', '00', 'tel:+'),
          (first, rest, prefix) => {
            const digits = `${first}${rest.map(([, d]) => d).join('')}`;
            const written = `${prefix}${first}${rest.map(([s, d]) => `${s}${d}`).join('')}`;
            return normalizePhone(written) === `+${digits}`;
          }
        ),
        {numRuns: 2000}
      );
    });
  });

  describe('buildTelUrl', () => {
    const table: Array<[string, string]> = [
      ['+1 (216) 395-4902', 'tel:+12163954902'],
      ['+49 (0)30 1234567', 'tel:+49301234567'],
      ['00 44 20 7946 0958', 'tel:+442079460958'],
    ];
    for (const [input, expected] of table) {
      it(`builds ${expected} from ${JSON.stringify(input)}`, () => {
        expect(buildTelUrl(input)).to.equal(expected);
      });
    }

    it('throws invalid-phone naming the field, an example and the value', () => {
      expect(thrown(() => buildTelUrl('216 395 4902'))).to.deep.equal(
        error('invalid-phone', 'phone', `${PHONE_MESSAGE}"216 395 4902".`)
      );
    });

    it('shortens a long value in the message', () => {
      expect(thrown(() => buildTelUrl('x'.repeat(41))).message).to.equal(
        `${PHONE_MESSAGE}"${'x'.repeat(40)}…".`
      );
    });

    it('names the type of a non-string value in the message', () => {
      expect(thrown(() => buildTelUrl(12163954902 as unknown as string)).message).to.equal(
        `${PHONE_MESSAGE}number.`
      );
    });

    it('names null in the message', () => {
      expect(thrown(() => buildTelUrl(null as unknown as string)).message).to.equal(
        `${PHONE_MESSAGE}null.`
      );
    });
  });

  describe('smsStyleFor', () => {
    const apple: PlatformInfo = {
      os: 'ios',
      osVersion: '17.4',
      isApple: true,
      supportsMessages: true,
    };
    const android: PlatformInfo = {
      os: 'android',
      osVersion: '14',
      isApple: false,
      supportsMessages: false,
    };
    const table: Array<[string, Pick<PlatformInfo, 'isApple'>, string]> = [
      ['an Apple device', apple, 'apple'],
      ['another device', android, 'rfc5724'],
      ['{isApple: true}', {isApple: true}, 'apple'],
      ['{isApple: false}', {isApple: false}, 'rfc5724'],
      ['a truthy non-boolean', {isApple: 'yes'} as unknown as PlatformInfo, 'rfc5724'],
      ['undefined', undefined as unknown as PlatformInfo, 'rfc5724'],
      ['null', null as unknown as PlatformInfo, 'rfc5724'],
    ];
    for (const [name, platform, expected] of table) {
      it(`gives ${expected} for ${name}`, () => {
        expect(smsStyleFor(platform)).to.equal(expected);
      });
    }
  });

  describe('buildSmsUrl', () => {
    const phone = '+1 216 395 4902';
    const table: Array<
      [string, {phone: string; body?: string}, 'apple' | 'rfc5724' | undefined, string]
    > = [
      [
        'rfc5724 body',
        {phone, body: 'Hello there'},
        'rfc5724',
        'sms:+12163954902?body=Hello%20there',
      ],
      ['apple body', {phone, body: 'Hello there'}, 'apple', 'sms:+12163954902&body=Hello%20there'],
      [
        'default style (rfc5724)',
        {phone, body: 'Hello there'},
        undefined,
        'sms:+12163954902?body=Hello%20there',
      ],
      ['no body', {phone}, 'apple', 'sms:+12163954902'],
      ['empty body', {phone, body: ''}, 'rfc5724', 'sms:+12163954902'],
      ['null body', {phone, body: null as unknown as string}, 'apple', 'sms:+12163954902'],
      [
        'reserved characters',
        {phone, body: 'A&B #1 ?x=y+z/%'},
        'rfc5724',
        'sms:+12163954902?body=A%26B%20%231%20%3Fx%3Dy%2Bz%2F%25',
      ],
      [
        'sub-delimiters',
        {phone, body: "Don't (ever) stop!*"},
        'apple',
        'sms:+12163954902&body=Don%27t%20%28ever%29%20stop%21%2A',
      ],
      [
        'newlines kept',
        {phone, body: 'a\nb\r\nc'},
        'rfc5724',
        'sms:+12163954902?body=a%0Ab%0D%0Ac',
      ],
      [
        'astral characters',
        {phone, body: 'Hi 😀'},
        'rfc5724',
        'sms:+12163954902?body=Hi%20%F0%9F%98%80',
      ],
      [
        'a lone surrogate',
        {phone, body: 'a\uD800b\uDC00'},
        'rfc5724',
        'sms:+12163954902?body=a%EF%BF%BDb%EF%BF%BD',
      ],
    ];
    for (const [name, options, style, expected] of table) {
      it(`builds ${name}`, () => {
        expect(buildSmsUrl(options, style)).to.equal(expected);
      });
    }

    const errors: Array<[string, () => unknown, ReturnType<typeof error>]> = [
      [
        'a bad phone',
        () => buildSmsUrl({phone: '395 4902', body: 'Hi'}),
        error('invalid-phone', 'phone', `${PHONE_MESSAGE}"395 4902".`),
      ],
      [
        'a missing phone',
        () => buildSmsUrl({} as {phone: string}),
        error('invalid-phone', 'phone', `${PHONE_MESSAGE}undefined.`),
      ],
      [
        'a non-string body',
        () => buildSmsUrl({phone, body: 42 as unknown as string}),
        error('invalid-option', 'body', 'body: expected a string such as "Hello"; got number.'),
      ],
      [
        'an unknown style',
        () => buildSmsUrl({phone, body: 'Hi'}, 'ios' as 'apple'),
        error('invalid-option', 'style', 'style: expected "apple" or "rfc5724"; got "ios".'),
      ],
      [
        'null options',
        () => buildSmsUrl(null as unknown as {phone: string}),
        error(
          'invalid-option',
          'options',
          'options: expected an object such as {phone: "+12163954902", body: "Hello"}; got null.'
        ),
      ],
      [
        'string options',
        () => buildSmsUrl('+12163954902' as unknown as {phone: string}),
        error(
          'invalid-option',
          'options',
          'options: expected an object such as {phone: "+12163954902", body: "Hello"}; got "+12163954902".'
        ),
      ],
    ];
    for (const [name, fn, expected] of errors) {
      it(`throws for ${name}`, () => {
        expect(thrown(fn)).to.deep.equal(expected);
      });
    }

    it('round-trips any body through decodeURIComponent in both styles', () => {
      fc.assert(
        fc.property(
          hostileText,
          fc.constantFrom('apple' as const, 'rfc5724' as const),
          (body, style) => {
            const url = buildSmsUrl({phone: '+12163954902', body}, style);
            if (body === '') return url === 'sms:+12163954902';
            const prefix = `sms:+12163954902${style === 'apple' ? '&' : '?'}body=`;
            const encoded = url.slice(prefix.length);
            return (
              url.startsWith(prefix) &&
              /^[A-Za-z0-9\-._~%]*$/.test(encoded) &&
              decodeURIComponent(encoded) === wellFormed(body)
            );
          }
        ),
        {numRuns: 2000}
      );
    });
  });

  describe('buildWhatsAppUrl', () => {
    const table: Array<[string, {phone: string; text?: string}, string]> = [
      [
        'text',
        {phone: '+1 (216) 395-4902', text: 'Hi & bye'},
        'https://wa.me/12163954902?text=Hi%20%26%20bye',
      ],
      ['no text', {phone: '+1 (216) 395-4902'}, 'https://wa.me/12163954902'],
      ['empty text', {phone: '0044 20 7946 0958', text: ''}, 'https://wa.me/442079460958'],
      [
        'null text',
        {phone: '+49 (0)30 1234567', text: null as unknown as string},
        'https://wa.me/49301234567',
      ],
      [
        'a hash and a lone surrogate',
        {phone: '+12163954902', text: 'Order #5\uDBFF'},
        'https://wa.me/12163954902?text=Order%20%235%EF%BF%BD',
      ],
    ];
    for (const [name, options, expected] of table) {
      it(`builds ${name}`, () => {
        expect(buildWhatsAppUrl(options)).to.equal(expected);
      });
    }

    it('throws invalid-phone for a number without country code', () => {
      expect(thrown(() => buildWhatsAppUrl({phone: '(216) 395-4902'}))).to.deep.equal(
        error('invalid-phone', 'phone', `${PHONE_MESSAGE}"(216) 395-4902".`)
      );
    });

    it('throws invalid-option for a non-string text', () => {
      expect(
        thrown(() =>
          buildWhatsAppUrl({
            phone: '+12163954902',
            text: ['Hi'] as unknown as string,
          })
        )
      ).to.deep.equal(
        error('invalid-option', 'text', 'text: expected a string such as "Hello"; got object.')
      );
    });

    it('throws invalid-option for missing options', () => {
      expect(thrown(() => buildWhatsAppUrl(undefined as unknown as {phone: string}))).to.deep.equal(
        error(
          'invalid-option',
          'options',
          'options: expected an object such as {phone: "+12163954902", text: "Hello"}; got undefined.'
        )
      );
    });

    it('round-trips any text through decodeURIComponent', () => {
      fc.assert(
        fc.property(hostileText, (text) => {
          const url = buildWhatsAppUrl({phone: '+12163954902', text});
          if (text === '') return url === 'https://wa.me/12163954902';
          const prefix = 'https://wa.me/12163954902?text=';
          const encoded = url.slice(prefix.length);
          return (
            url.startsWith(prefix) &&
            /^[A-Za-z0-9\-._~%]*$/.test(encoded) &&
            decodeURIComponent(encoded) === wellFormed(text) &&
            new URL(url).searchParams.get('text') === wellFormed(text)
          );
        }),
        {numRuns: 2000}
      );
    });
  });

  describe('buildMessengerUrl', () => {
    const table: Array<[string, {page: string; text?: string; ref?: string}, string]> = [
      ['a page alone', {page: 'examplebakery'}, 'https://m.me/examplebakery'],
      [
        'text and ref',
        {page: 'examplebakery', text: 'Hi', ref: 'footer'},
        'https://m.me/examplebakery?text=Hi&ref=footer',
      ],
      [
        'text only',
        {page: 'example.bakery', text: 'Hi & bye'},
        'https://m.me/example.bakery?text=Hi%20%26%20bye',
      ],
      [
        'ref only',
        {page: 'Bakery5', ref: 'ad campaign=1'},
        'https://m.me/Bakery5?ref=ad%20campaign%3D1',
      ],
      [
        'empty text and ref',
        {page: 'examplebakery', text: '', ref: ''},
        'https://m.me/examplebakery',
      ],
      [
        'a trimmed page',
        {page: '  examplebakery\n', text: 'Hi'},
        'https://m.me/examplebakery?text=Hi',
      ],
      ['a numeric page ID', {page: '104567891234567'}, 'https://m.me/104567891234567'],
      ['a short numeric page ID', {page: '4'}, 'https://m.me/4'],
      ['a 50-character username', {page: 'a'.repeat(50)}, `https://m.me/${'a'.repeat(50)}`],
    ];
    for (const [name, options, expected] of table) {
      it(`builds ${name}`, () => {
        expect(buildMessengerUrl(options)).to.equal(expected);
      });
    }

    const pageMessage =
      'page: expected a Facebook page username such as "examplebakery" or a numeric page ID; got ';
    const badPages: Array<[string, unknown, string]> = [
      ['four characters', 'abcd', '"abcd"'],
      ['a leading dot', '.bakery', '".bakery"'],
      ['punctuation', 'bakery!', '"bakery!"'],
      ['a path', 'bakery/x', '"bakery/x"'],
      ['a URL', 'https://m.me/bakery', '"https://m.me/bakery"'],
      ['51 characters', 'a'.repeat(51), `"${'a'.repeat(40)}…"`],
      ['empty', '', '""'],
      ['a number', 104567891234567, 'number'],
      ['missing', undefined, 'undefined'],
    ];
    for (const [name, page, shown] of badPages) {
      it(`throws invalid-option for a page that is ${name}`, () => {
        expect(thrown(() => buildMessengerUrl({page} as {page: string}))).to.deep.equal(
          error('invalid-option', 'page', `${pageMessage}${shown}.`)
        );
      });
    }

    it('throws invalid-option for a non-string ref', () => {
      expect(
        thrown(() =>
          buildMessengerUrl({
            page: 'examplebakery',
            ref: 7 as unknown as string,
          })
        )
      ).to.deep.equal(
        error('invalid-option', 'ref', 'ref: expected a string such as "Hello"; got number.')
      );
    });

    it('throws invalid-option for non-object options', () => {
      expect(thrown(() => buildMessengerUrl('bakery' as unknown as {page: string}))).to.deep.equal(
        error(
          'invalid-option',
          'options',
          'options: expected an object such as {page: "examplebakery", text: "Hello"}; got "bakery".'
        )
      );
    });
  });

  describe('buildMailtoUrl', () => {
    type MailOptions = Parameters<typeof buildMailtoUrl>[0];
    const table: Array<[string, MailOptions, string]> = [
      ['an address alone', {to: 'help@example.com'}, 'mailto:help@example.com'],
      [
        'subject and body',
        {to: 'help@example.com', subject: 'Order 42', body: 'Hi\nthere'},
        'mailto:help@example.com?subject=Order%2042&body=Hi%0D%0Athere',
      ],
      ['body only', {to: 'help@example.com', body: 'Hi'}, 'mailto:help@example.com?body=Hi'],
      [
        'a lone CR',
        {to: 'help@example.com', body: 'a\rb'},
        'mailto:help@example.com?body=a%0D%0Ab',
      ],
      [
        'CRLF kept once',
        {to: 'help@example.com', body: 'a\r\nb'},
        'mailto:help@example.com?body=a%0D%0Ab',
      ],
      [
        'LF CR as two breaks',
        {to: 'help@example.com', body: 'a\n\rb'},
        'mailto:help@example.com?body=a%0D%0A%0D%0Ab',
      ],
      [
        'a subject with line breaks',
        {to: 'help@example.com', subject: 'a\r\nb\nc'},
        'mailto:help@example.com?subject=a%20b%20c',
      ],
      [
        'reserved characters',
        {to: 'help@example.com', subject: 'A&B=C?', body: "#1 50% (ok)!*'"},
        'mailto:help@example.com?subject=A%26B%3DC%3F&body=%231%2050%25%20%28ok%29%21%2A%27',
      ],
      [
        'all fields in order',
        {
          bcc: 'audit@example.com',
          cc: 'boss@example.com',
          body: 'B',
          subject: 'S',
          to: 'help@example.com',
        },
        'mailto:help@example.com?subject=S&body=B&cc=boss@example.com&bcc=audit@example.com',
      ],
      [
        'address arrays',
        {
          to: ['a@example.com', 'b@example.org'],
          cc: ['c@example.com', 'd@example.com'],
        },
        'mailto:a@example.com,b@example.org?cc=c@example.com,d@example.com',
      ],
      [
        'comma-separated strings',
        {
          to: 'a@example.com, b@example.org,',
          bcc: ' c@example.com ,d@example.com',
        },
        'mailto:a@example.com,b@example.org?bcc=c@example.com,d@example.com',
      ],
      [
        'empty optional fields',
        {to: 'help@example.com', subject: '', body: '', cc: '', bcc: []},
        'mailto:help@example.com',
      ],
      [
        'null optional fields',
        {
          to: 'help@example.com',
          subject: null,
          body: null,
          cc: null,
          bcc: null,
        } as unknown as MailOptions,
        'mailto:help@example.com',
      ],
      ['a trimmed address', {to: '  help@example.com\n'}, 'mailto:help@example.com'],
      ['a plus address kept raw', {to: 'help+web@example.com'}, 'mailto:help+web@example.com'],
      [
        'reserved characters in the local part',
        {to: 'tom&jerry?x#y%z@example.com'},
        'mailto:tom%26jerry%3Fx%23y%25z@example.com',
      ],
      [
        'other atext in the local part',
        {to: "a/b=c!d$e'f*g^h`i{j|k}l~m@example.com"},
        'mailto:a%2Fb%3Dc%21d%24e%27f%2Ag%5Eh%60i%7Bj%7Ck%7Dl~m@example.com',
      ],
      [
        'dots in the local part and subdomains',
        {to: 'first.last@mail.example.co.uk'},
        'mailto:first.last@mail.example.co.uk',
      ],
      ['an internationalised domain', {to: 'info@bücher.de'}, 'mailto:info@xn--bcher-kva.de'],
      [
        'an ideographic full stop in the domain',
        {to: 'info@bücher。de'},
        'mailto:info@xn--bcher-kva.de',
      ],
      ['a punycode domain', {to: 'info@xn--bcher-kva.de'}, 'mailto:info@xn--bcher-kva.de'],
      [
        'a 64-character local part',
        {to: `${'a'.repeat(64)}@example.com`},
        `mailto:${'a'.repeat(64)}@example.com`,
      ],
      ['a 63-character label', {to: `a@${'b'.repeat(63)}.com`}, `mailto:a@${'b'.repeat(63)}.com`],
      [
        '254 characters',
        {to: `a@${`${'b'.repeat(63)}.`.repeat(3)}${'c'.repeat(56)}.com`},
        `mailto:a@${`${'b'.repeat(63)}.`.repeat(3)}${'c'.repeat(56)}.com`,
      ],
    ];
    for (const [name, options, expected] of table) {
      it(`builds ${name}`, () => {
        expect(buildMailtoUrl(options)).to.equal(expected);
      });
    }

    const badAddresses: Array<[string, string]> = [
      ['no @', 'help.example.com'],
      ['two @', 'help@desk@example.com'],
      ['an empty local part', '@example.com'],
      ['an empty domain', 'help@'],
      ['a domain without a dot', 'help@localhost'],
      ['a numeric top-level domain', 'help@1.2.3.4'],
      ['a domain literal', 'help@[192.0.2.1]'],
      ['a space', 'help desk@example.com'],
      ['a leading dot', '.help@example.com'],
      ['two dots', 'help..desk@example.com'],
      ['a trailing dot in the local part', 'help.@example.com'],
      ['a quoted local part', '"help desk"@example.com'],
      ['a display name', 'Help <help@example.com>'],
      ['a label starting with a hyphen', 'help@-example.com'],
      ['a 65-character local part', `${'a'.repeat(65)}@example.com`],
      ['a 64-character label', `a@${'b'.repeat(64)}.com`],
      ['255 characters', `a@${`${'b'.repeat(63)}.`.repeat(3)}${'c'.repeat(57)}.com`],
      ['query characters in the domain', 'help@example.com?cc=x@evil.example'],
      ['a non-ASCII local part', 'jörg@example.com'],
      ['a slash in an internationalised domain', 'info@bücher.de/x.com'],
      ['an internationalised domain IDNA rejects', 'info@b\uFFFDcher.de'],
      ['a lone surrogate in the domain', 'info@\uD800.de'],
      ['an empty label in an internationalised domain', 'info@bücher..de'],
    ];
    for (const [name, address] of badAddresses) {
      it(`throws invalid-email for ${name}`, () => {
        const shown = JSON.stringify(address.length > 40 ? `${address.slice(0, 40)}…` : address);
        expect(thrown(() => buildMailtoUrl({to: address}))).to.deep.equal(
          error('invalid-email', 'to', `to: ${EMAIL_EXPECTED}${shown}.`)
        );
      });
    }

    const errors: Array<[string, () => unknown, ReturnType<typeof error>]> = [
      [
        'a missing to',
        () => buildMailtoUrl({} as MailOptions),
        error('invalid-email', 'to', `to: ${EMAIL_EXPECTED}undefined.`),
      ],
      [
        'an empty to',
        () => buildMailtoUrl({to: ''}),
        error('invalid-email', 'to', `to: ${EMAIL_EXPECTED}"".`),
      ],
      [
        'a blank to list',
        () => buildMailtoUrl({to: ' , '}),
        error('invalid-email', 'to', `to: ${EMAIL_EXPECTED}" , ".`),
      ],
      [
        'an empty to array',
        () => buildMailtoUrl({to: []}),
        error('invalid-email', 'to', `to: ${EMAIL_EXPECTED}object.`),
      ],
      [
        'a non-string in the to array',
        () => buildMailtoUrl({to: ['a@example.com', 42 as unknown as string]}),
        error('invalid-email', 'to', `to: ${EMAIL_EXPECTED}number.`),
      ],
      [
        'a number as to',
        () => buildMailtoUrl({to: 42 as unknown as string}),
        error('invalid-email', 'to', `to: ${EMAIL_EXPECTED}number.`),
      ],
      [
        'a bad cc',
        () => buildMailtoUrl({to: 'a@example.com', cc: ['b@example.com', 'nope']}),
        error('invalid-email', 'cc', `cc: ${EMAIL_EXPECTED}"nope".`),
      ],
      [
        'a bad bcc',
        () => buildMailtoUrl({to: 'a@example.com', bcc: 'b@example.com, x@y'}),
        error('invalid-email', 'bcc', `bcc: ${EMAIL_EXPECTED}" x@y".`),
      ],
      [
        'a non-string subject',
        () =>
          buildMailtoUrl({
            to: 'a@example.com',
            subject: 42 as unknown as string,
          }),
        error(
          'invalid-option',
          'subject',
          'subject: expected a string such as "Hello"; got number.'
        ),
      ],
      [
        'a non-string body',
        () =>
          buildMailtoUrl({
            to: 'a@example.com',
            body: true as unknown as string,
          }),
        error('invalid-option', 'body', 'body: expected a string such as "Hello"; got boolean.'),
      ],
      [
        'null options',
        () => buildMailtoUrl(null as unknown as MailOptions),
        error(
          'invalid-option',
          'options',
          'options: expected an object such as {to: "help@example.com", subject: "Hello"}; got null.'
        ),
      ],
    ];
    for (const [name, fn, expected] of errors) {
      it(`throws for ${name}`, () => {
        expect(thrown(fn)).to.deep.equal(expected);
      });
    }

    it('round-trips any body through decodeURIComponent with CRLF line breaks', () => {
      fc.assert(
        fc.property(hostileText, (body) => {
          const url = buildMailtoUrl({to: 'help@example.com', body});
          if (body === '') return url === 'mailto:help@example.com';
          const prefix = 'mailto:help@example.com?body=';
          const encoded = url.slice(prefix.length);
          return (
            url.startsWith(prefix) &&
            /^[A-Za-z0-9\-._~%]*$/.test(encoded) &&
            decodeURIComponent(encoded) === crlf(wellFormed(body))
          );
        }),
        {numRuns: 2000}
      );
    });
  });

  describe('normalizeWebUrl', () => {
    const accepted: Array<[string, string]> = [
      ['https://example.com/contact', 'https://example.com/contact'],
      ['http://example.com', 'http://example.com/'],
      ['HTTPS://Example.COM/Contact', 'https://example.com/Contact'],
      ['  https://example.com/a b  ', 'https://example.com/a%20b'],
      ['\uFEFF\u00A0https://example.com/', 'https://example.com/'],
      ['https://example.com:443/x', 'https://example.com/x'],
      ['http://example.com:8080/a/../b?q=1#chat', 'http://example.com:8080/b?q=1#chat'],
      ['https://bücher.de/kontakt', 'https://xn--bcher-kva.de/kontakt'],
      ['https://@example.com/', 'https://example.com/'],
      ['ht\ttps://example.com/', 'https://example.com/'],
      [
        'https://example.com/?next=javascript:alert(1)',
        'https://example.com/?next=javascript:alert(1)',
      ],
    ];
    for (const [input, expected] of accepted) {
      it(`normalises ${JSON.stringify(input)}`, () => {
        expect(normalizeWebUrl(input)).to.equal(expected);
      });
    }

    const hostile: string[] = [
      'javascript:alert(1)',
      '  javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      'java\rscript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'JaVaScRiPt:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001\u001F javascript:alert(1)',
      'javascript://example.com/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/0b5a3b94-4a2e-4f1e-8d1a-7c0d2f7c4b1e',
      'ftp://x',
      'mailto:help@example.com',
      'about:blank',
      'https://user:pw@evil.example/',
      'https://user@evil.example/',
      'https://:pw@evil.example/',
      'https://bank.example@evil.example/',
      '//evil.example',
      '/contact',
      'contact.html',
      'http://',
      'https://',
      'http://[::1',
      'https://example.com:99999/',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      '%6Aavascript:alert(1)',
      '',
      '   ',
    ];
    for (const input of hostile) {
      it(`rejects ${JSON.stringify(input)}`, () => {
        expect(normalizeWebUrl(input)).to.equal(null);
      });
    }

    const nonStrings: Array<[string, unknown]> = [
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a URL object', new URL('https://example.com/')],
      ['an object with href', {href: 'https://example.com/'}],
    ];
    for (const [name, input] of nonStrings) {
      it(`returns null for ${name}`, () => {
        expect(normalizeWebUrl(input)).to.equal(null);
      });
    }

    const base = 'https://example.com/shop/cart?x=1';
    const withBase: Array<[string, string | null]> = [
      ['/contact', 'https://example.com/contact'],
      ['contact', 'https://example.com/shop/contact'],
      ['../help#chat', 'https://example.com/help#chat'],
      ['?step=2', 'https://example.com/shop/cart?step=2'],
      ['//cdn.example/x', 'https://cdn.example/x'],
      ['http://other.example/', 'http://other.example/'],
      ['javascript&colon;alert(1)', 'https://example.com/shop/javascript&colon;alert(1)'],
      ['javascript:alert(1)', null],
      ['  java\tscript:alert(1)', null],
      ['data:text/html,<script>alert(1)</script>', null],
      ['https://user:pw@evil.example/', null],
      ['//user:pw@evil.example/', null],
      ['http://[::1', null],
    ];
    for (const [input, expected] of withBase) {
      it(`resolves ${JSON.stringify(input)} against a base to ${expected}`, () => {
        expect(normalizeWebUrl(input, base)).to.equal(expected);
      });
    }

    it('returns null for every link when the base is not a URL', () => {
      expect(normalizeWebUrl('https://example.com/', 'not a base')).to.equal(null);
    });

    it('returns null for a relative link against a base that cannot be one', () => {
      expect(normalizeWebUrl('contact', 'about:blank')).to.equal(null);
    });

    it('rejects a javascript: base', () => {
      expect(normalizeWebUrl('', 'javascript:alert(1)')).to.equal(null);
    });

    it('never throws and only returns credential-free http(s) links', () => {
      const prefix = fc.constantFrom(
        '',
        'javascript:',
        ' JaVa\tScRiPt:',
        'data:',
        'vbscript:',
        'http://',
        'https://',
        'https://user:pw@',
        '//',
        '\u0000',
        'http:',
        'https:',
        'file://',
        'blob:'
      );
      const value = fc.oneof(
        fc.tuple(prefix, fc.string({unit: 'binary', maxLength: 30})).map(([p, s]) => p + s),
        fc.webUrl({
          withQueryParameters: true,
          withFragments: true,
          authoritySettings: {withUserInfo: true},
        }),
        fc.string({unit: 'binary', maxLength: 30})
      );
      const bases = fc.constantFrom(undefined, 'https://example.com/a/', 'javascript:x', 'nope');
      fc.assert(
        fc.property(value, bases, (input, maybeBase) => {
          const result = normalizeWebUrl(input, maybeBase);
          if (result === null) return true;
          const url = new URL(result);
          return (
            /^https?:\/\//.test(result) &&
            url.href === result &&
            url.username === '' &&
            url.password === ''
          );
        }),
        {numRuns: 3000}
      );
    });
  });

  describe('buildWebUrl', () => {
    it('returns the normalised link', () => {
      expect(buildWebUrl(' HTTPS://Example.com/contact ')).to.equal('https://example.com/contact');
    });

    it('resolves a relative link against the base', () => {
      expect(buildWebUrl('/contact', 'https://example.com/shop/')).to.equal(
        'https://example.com/contact'
      );
    });

    const errors: Array<[string, () => unknown, string]> = [
      [
        'a javascript: link',
        () => buildWebUrl('javascript:alert(1)'),
        `${URL_EXPECTED} (only http: and https: links are allowed); got "javascript:alert(1)".`,
      ],
      [
        'a data: link with a base',
        () => buildWebUrl('data:,x', 'https://example.com/'),
        `${URL_EXPECTED} (only http: and https: links are allowed); got "data:,x".`,
      ],
      [
        'credentials',
        () => buildWebUrl('https://user:pw@evil.example/'),
        `${URL_EXPECTED} (user names and passwords in links are not allowed); got "https://user:pw@evil.example/".`,
      ],
      [
        'a relative link without a base',
        () => buildWebUrl('/contact'),
        `${URL_EXPECTED} (not an absolute URL (relative URLs need a base)); got "/contact".`,
      ],
      [
        'an unparseable link with a base',
        () => buildWebUrl('http://[::1', 'https://example.com/'),
        `${URL_EXPECTED} (not a URL); got "http://[::1".`,
      ],
      [
        'a non-string',
        () => buildWebUrl(42 as unknown as string),
        `${URL_EXPECTED} (not a string); got number.`,
      ],
    ];
    for (const [name, fn, message] of errors) {
      it(`throws invalid-url for ${name}`, () => {
        expect(thrown(fn)).to.deep.equal(error('invalid-url', 'url', message));
      });
    }
  });
});
