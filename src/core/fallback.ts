/**
 * Links for the fallback channels shown where Apple Messages for Business is
 * not available: phone, SMS, WhatsApp, Messenger, email and web pages.
 *
 * Normalisers (`normalizePhone`, `normalizeWebUrl`) return `null` for input
 * they cannot accept and never throw; builders (`build…Url`) throw a
 * {@link MessageUsError} instead, so a misconfigured page fails loudly in
 * the console rather than rendering a link that goes nowhere.
 *
 * @module
 */
import {coded, DEV} from './dev.js';
import {MessageUsError} from './errors.js';
import {encodeParam} from './messages-url.js';
import {quote} from './options.js';
import type {MessageUsErrorCode} from './errors.js';
import type {PlatformInfo} from './types.js';

/**
 * How an `sms:` link carries its body: `'apple'` (`sms:+1…&body=…`, the form
 * iOS 8+ and macOS understand) or `'rfc5724'` (`sms:+1…?body=…`, the
 * standard, used by Android and everyone else).
 */
export type SmsStyle = 'apple' | 'rfc5724';

// Longer input cannot be a phone number, however it is formatted; the cap
// keeps the work done on hostile strings small.
const MAX_PHONE_INPUT = 64;
// Digits, a plus, and the separators people and websites put between digit
// groups (NFKC has already turned NBSP and full-width forms into these).
const PHONE_CHARS = /^[+\d\s()[\]./\-\u2010-\u2015\u2212]*$/;
const PHONE_SPACING = /[\s./\-\u2010-\u2015\u2212]/g;
// The "(0)" in "+49 (0)30 …" is the national trunk prefix, which must not be
// dialled after the country code. Only a "(0)" that follows a digit or a
// bracket is one; "+(0)49" stays invalid.
const PHONE_TRUNK_ZERO = /([\d)\]])\(0\)/g;
const PHONE_BRACKETS = /[()[\]]/g;
// E.164: at most 15 digits, and no country code starts with 0. Seven is the
// shortest number in service (Niue and Tokelau: a three-digit country code
// and four-digit subscriber numbers).
const INTERNATIONAL_PHONE = /^(?:\+|00)([1-9]\d{6,14})$/;

const MESSENGER_PAGE = /^(?:[A-Za-z0-9][A-Za-z0-9.]{4,49}|\d{1,20})$/;

// RFC 5322 dot-atom (no quoted local parts, no domain literals): enough for
// every address a business publishes, and linear to match.
const EMAIL_LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const EMAIL_DOMAIN =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const NON_ASCII = /[\u0080-\uFFFF]/;
// What an internationalised domain may contain before IDNA turns it into
// A-labels; anything else (slashes, colons, percent signs…) would change
// what the URL parser reads as the host.
const IDN_CHARS = /^[A-Za-z0-9.\-\u0080-\uFFFF]+$/;
// RFC 6068 allows more raw characters in an addr-spec, but percent-encoding
// is always valid, and keeping only these raw leaves no doubt about `?`, `&`,
// `#`, `%` and `=`.
const EMAIL_ENCODE = /[^A-Za-z0-9\-._~+@]/g;
const LINE_BREAK = /\r\n|[\r\n]/g;

const PHONE_EXPECTED =
  'an international number starting with + or 00 and the country code, such as "+1 216 395 4902"';
const EMAIL_EXPECTED = 'an email address such as "help@example.com"';
const URL_EXPECTED = 'an absolute http: or https: address such as "https://example.com/contact"';

function describe(value: unknown): string {
  if (typeof value !== 'string') return value === null ? 'null' : typeof value;
  return quote(value);
}

function fail(code: MessageUsErrorCode, field: string, expected: string, value: unknown): never {
  throw new MessageUsError(
    code,
    field,
    DEV ? `${field}: expected ${expected}; got ${describe(value)}.` : coded('MU04', field)
  );
}

function percent(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

function query(pairs: Array<[name: string, encoded: string]>): string {
  const present = pairs.filter(([, encoded]) => encoded !== '');
  return present.length === 0
    ? ''
    : `?${present.map(([name, encoded]) => `${name}=${encoded}`).join('&')}`;
}

function optionsObject(options: unknown, example: string): Record<string, unknown> {
  if (typeof options !== 'object' || options === null) {
    fail('invalid-option', 'options', `an object such as ${example}`, options);
  }
  return options as Record<string, unknown>;
}

// Attributes read from the DOM arrive as `null` when absent, so `null` means
// "not given" just like `undefined`.
function optionalText(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    fail('invalid-option', field, 'a string such as "Hello"', value);
  }
  return value;
}

function requirePhone(value: unknown): string {
  return normalizePhone(value) ?? fail('invalid-phone', 'phone', PHONE_EXPECTED, value);
}

/**
 * Normalises a phone number written in a common human format to E.164
 * (`+` and 7 to 15 digits, the first not 0).
 *
 * Accepted: a leading `+` or the `00` international prefix; spaces (also
 * NBSP and other Unicode spaces), dashes, dots, slashes and round or square
 * brackets between digits; ASCII or full-width digits; a trunk prefix
 * written `(0)` after the country code, which is dropped; a leading `tel:`
 * scheme.
 *
 * Rejected (`null`): numbers without `+` or `00`, since the country cannot
 * be guessed; extensions (`x123`, `ext. 123`, `;ext=123`) and pauses, since
 * `tel:`, `sms:` and WhatsApp links cannot dial them reliably and silently
 * dropping them would call the wrong line; letters; fewer than 7 or more
 * than 15 digits; input longer than 64 characters; non-strings.
 *
 * A national trunk `0` written any other way (`+49 030 …`, `+49 (030) …`)
 * is kept, because some countries (Italy) keep the leading 0 after the
 * country code: the result is then a wrong number that looks valid.
 *
 * @param value - Anything; only strings can succeed.
 * @returns The E.164 form such as `'+12163954902'`, or `null`.
 * @example
 * normalizePhone('+49 (0)30 1234567'); // '+49301234567'
 * normalizePhone('216 395 4902'); // null (no country code)
 */
export function normalizePhone(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_PHONE_INPUT) return null;
  let phone = value.normalize('NFKC').trim();
  if (/^tel:/i.test(phone)) phone = phone.slice(4);
  if (!PHONE_CHARS.test(phone)) return null;
  const compact = phone
    .replace(PHONE_SPACING, '')
    .replace(PHONE_TRUNK_ZERO, '$1')
    .replace(PHONE_BRACKETS, '');
  const match = INTERNATIONAL_PHONE.exec(compact);
  return match === null ? null : `+${match[1]}`;
}

/**
 * Builds a `tel:` link (RFC 3966) that dials the number.
 *
 * @param phone - A number in any format {@link normalizePhone} accepts.
 * @returns A link such as `'tel:+12163954902'`.
 * @throws {MessageUsError} `invalid-phone` (field `phone`) when the number
 *   cannot be normalised.
 * @example
 * buildTelUrl('+1 (216) 395-4902'); // 'tel:+12163954902'
 */
export function buildTelUrl(phone: string): string {
  return `tel:${requirePhone(phone)}`;
}

/**
 * Picks the `sms:` body style the device understands.
 *
 * @param platform - The result of `detectPlatform()`, or anything with `isApple`.
 * @returns `'apple'` on Apple devices, `'rfc5724'` everywhere else
 *   (including when `platform` is missing).
 * @example
 * buildSmsUrl({phone, body}, smsStyleFor(detectPlatform()));
 */
export function smsStyleFor(platform: Pick<PlatformInfo, 'isApple'>): SmsStyle {
  return platform?.isApple === true ? 'apple' : 'rfc5724';
}

/**
 * Builds an `sms:` link that opens a new text message, optionally prefilled.
 *
 * @param options - `phone` (any format {@link normalizePhone} accepts) and an
 *   optional `body`; an empty body is left out.
 * @param style - `'rfc5724'` (the default: the standard, and what a server
 *   that does not know the device should send) or `'apple'`; see
 *   {@link smsStyleFor}.
 * @returns A link such as `'sms:+12163954902?body=Hello%20there'`.
 * @throws {MessageUsError} `invalid-phone` for a bad `phone`;
 *   `invalid-option` for a non-object `options`, a non-string `body` or an
 *   unknown `style`.
 * @example
 * buildSmsUrl({phone: '+1 216 395 4902', body: 'Hello there'}, 'apple');
 * // 'sms:+12163954902&body=Hello%20there'
 */
export function buildSmsUrl(
  options: {phone: string; body?: string},
  style: SmsStyle = 'rfc5724'
): string {
  const o = optionsObject(options, '{phone: "+12163954902", body: "Hello"}');
  const phone = requirePhone(o.phone);
  const body = encodeParam(optionalText(o.body, 'body'));
  if (style !== 'apple' && style !== 'rfc5724') {
    fail('invalid-option', 'style', '"apple" or "rfc5724"', style);
  }
  if (body === '') return `sms:${phone}`;
  return `sms:${phone}${style === 'apple' ? '&' : '?'}body=${body}`;
}

/**
 * Builds a WhatsApp click-to-chat link (`wa.me`), optionally prefilled.
 *
 * @param options - `phone` (any format {@link normalizePhone} accepts; the
 *   link carries digits only) and an optional `text`.
 * @returns A link such as `'https://wa.me/12163954902?text=Hi%20%26%20bye'`.
 * @throws {MessageUsError} `invalid-phone` for a bad `phone`;
 *   `invalid-option` for a non-object `options` or a non-string `text`.
 * @example
 * buildWhatsAppUrl({phone: '+1 216 395 4902', text: 'Hi & bye'});
 * // 'https://wa.me/12163954902?text=Hi%20%26%20bye'
 */
export function buildWhatsAppUrl(options: {phone: string; text?: string}): string {
  const o = optionsObject(options, '{phone: "+12163954902", text: "Hello"}');
  const digits = requirePhone(o.phone).slice(1);
  return `https://wa.me/${digits}${query([['text', encodeParam(optionalText(o.text, 'text'))]])}`;
}

/**
 * Builds a Messenger link (`m.me`) to a Facebook page, optionally with a
 * prefilled `text` and a `ref` passed to the page's webhook.
 *
 * @param options - `page`: the page's username (letters, digits and dots, 5
 *   to 50 characters, starting with a letter or digit) or its numeric ID;
 *   surrounding whitespace is ignored. Optional `text` and `ref`.
 * @returns A link such as `'https://m.me/examplebakery?text=Hi&ref=footer'`.
 * @throws {MessageUsError} `invalid-option` for a non-object `options`, an
 *   implausible `page`, or a non-string `text` or `ref`.
 * @example
 * buildMessengerUrl({page: 'examplebakery', text: 'Hi', ref: 'footer'});
 * // 'https://m.me/examplebakery?text=Hi&ref=footer'
 */
export function buildMessengerUrl(options: {page: string; text?: string; ref?: string}): string {
  const o = optionsObject(options, '{page: "examplebakery", text: "Hello"}');
  const page = typeof o.page === 'string' ? o.page.trim() : '';
  if (!MESSENGER_PAGE.test(page)) {
    fail(
      'invalid-option',
      'page',
      'a Facebook page username such as "examplebakery" or a numeric page ID',
      o.page
    );
  }
  return `https://m.me/${page}${query([
    ['text', encodeParam(optionalText(o.text, 'text'))],
    ['ref', encodeParam(optionalText(o.ref, 'ref'))],
  ])}`;
}

// Only called for domains with non-ASCII characters: IDNA (through the URL
// parser) turns them into A-labels, which every mail client accepts.
function toAsciiDomain(domain: string): string | null {
  if (!IDN_CHARS.test(domain)) return null;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

function normalizeEmail(value: string): string | null {
  const address = value.trim();
  if (address.length > 254) return null;
  const parts = address.split('@');
  if (parts.length !== 2) return null;
  const [local, rawDomain] = parts as [string, string];
  if (local.length > 64 || !EMAIL_LOCAL.test(local)) return null;
  const domain = NON_ASCII.test(rawDomain) ? toAsciiDomain(rawDomain) : rawDomain;
  if (domain === null || !EMAIL_DOMAIN.test(domain)) return null;
  return `${local}@${domain}`;
}

// One address, an array of them, or a comma-separated string (as an HTML
// attribute would hold them); empty entries are skipped.
function addressList(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string' && !Array.isArray(value)) {
    fail('invalid-email', field, EMAIL_EXPECTED, value);
  }
  const items: unknown[] = typeof value === 'string' ? value.split(',') : value;
  const encoded: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.trim() === '') continue;
    const address = typeof item === 'string' ? normalizeEmail(item) : null;
    if (address === null) fail('invalid-email', field, EMAIL_EXPECTED, item);
    encoded.push(address.replace(EMAIL_ENCODE, percent));
  }
  return encoded.join(',');
}

/**
 * Builds a `mailto:` link (RFC 6068) with an optional subject, body, cc and
 * bcc, in that order.
 *
 * Addresses are checked with a simple bounded rule (dot-atom local part,
 * one `@`, a dotted domain; no quoted local parts or IP literals);
 * internationalised domains are converted to A-labels (`xn--…`). Line
 * breaks in `body` become CRLF (`%0D%0A`), as RFC 6068 requires; line breaks
 * in `subject` become spaces, since a subject is a single header line.
 *
 * @param options - `to` (required), `cc` and `bcc`: one address, an array,
 *   or a comma-separated string. `subject` and `body`: optional text.
 * @returns A link such as
 *   `'mailto:help@example.com?subject=Order%2042&body=Hi%0D%0Athere'`.
 * @throws {MessageUsError} `invalid-email` (field `to`, `cc` or `bcc`) for a
 *   bad or missing address; `invalid-option` for a non-object `options` or
 *   a non-string `subject` or `body`.
 * @example
 * buildMailtoUrl({to: 'help@example.com', subject: 'Order 42', body: 'Hi\nthere'});
 * // 'mailto:help@example.com?subject=Order%2042&body=Hi%0D%0Athere'
 */
export function buildMailtoUrl(options: {
  to: string | string[];
  subject?: string;
  body?: string;
  cc?: string | string[];
  bcc?: string | string[];
}): string {
  const o = optionsObject(options, '{to: "help@example.com", subject: "Hello"}');
  const to = addressList(o.to, 'to');
  if (to === '') fail('invalid-email', 'to', EMAIL_EXPECTED, o.to);
  const subject = optionalText(o.subject, 'subject').replace(LINE_BREAK, ' ');
  const body = optionalText(o.body, 'body').replace(LINE_BREAK, '\r\n');
  return `mailto:${to}${query([
    ['subject', encodeParam(subject)],
    ['body', encodeParam(body)],
    ['cc', addressList(o.cc, 'cc')],
    ['bcc', addressList(o.bcc, 'bcc')],
  ])}`;
}

type WebUrlCheck = {href: string; problem?: never} | {href?: never; problem: string};

// The WHATWG URL parser does the work: it strips tabs, newlines and leading
// C0 controls and lower-cases the scheme exactly as the browser will when
// the link is followed, so obfuscations such as "JaVa\tScRiPt:" cannot slip
// past a check made on its result.
// The reasons only ever reach buildWebUrl()'s error, so the production
// build, whose error is the short coded one, leaves them out.
function checkWebUrl(value: unknown, base: string | undefined): WebUrlCheck {
  if (typeof value !== 'string') return {problem: DEV ? 'not a string' : ''};
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    const absolute = 'not an absolute URL (relative URLs need a base)';
    return {problem: DEV ? (base === undefined ? absolute : 'not a URL') : ''};
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {problem: DEV ? 'only http: and https: links are allowed' : ''};
  }
  // "https://bank.example@evil.example/" reads as the bank to a person and
  // goes to evil.example: a classic phishing disguise, never needed for a
  // public contact page.
  if (url.username !== '' || url.password !== '') {
    return {problem: DEV ? 'user names and passwords in links are not allowed' : ''};
  }
  return {href: url.href};
}

/**
 * Normalises a web link, accepting only `http:` and `https:`.
 *
 * Returns `null` for other schemes (`javascript:`, `data:`, `vbscript:`,
 * `file:`, `blob:`, …, however they are disguised), for URLs with a user
 * name or password (a phishing disguise: `https://bank.example@evil.example`),
 * for unparseable input and for non-strings. Never throws.
 *
 * @param value - The link; surrounding whitespace is ignored.
 * @param base - Base for relative links (an element passes
 *   `document.baseURI`). Without it a relative link gives `null`; an
 *   invalid base gives `null` for every link.
 * @returns The absolute, normalised `href`, or `null`.
 * @example
 * normalizeWebUrl('HTTPS://Example.com/contact'); // 'https://example.com/contact'
 * normalizeWebUrl('/contact', 'https://example.com/shop/'); // 'https://example.com/contact'
 * normalizeWebUrl('javascript:alert(1)'); // null
 */
export function normalizeWebUrl(value: unknown, base?: string): string | null {
  return checkWebUrl(value, base).href ?? null;
}

/**
 * Like {@link normalizeWebUrl}, but throws where it returns `null`.
 *
 * @param value - The link; surrounding whitespace is ignored.
 * @param base - Base for relative links, such as `document.baseURI`.
 * @returns The absolute, normalised `href`.
 * @throws {MessageUsError} `invalid-url` (field `url`), with the reason.
 * @example
 * buildWebUrl('https://example.com/contact'); // 'https://example.com/contact'
 * buildWebUrl('javascript:alert(1)'); // throws MessageUsError
 */
export function buildWebUrl(value: string, base?: string): string {
  const {href, problem} = checkWebUrl(value, base);
  if (href === undefined) {
    fail('invalid-url', 'url', `${URL_EXPECTED} (${problem})`, value);
  }
  return href;
}
