// npm run vectors: writes link-vectors.json, the test vectors of
// docs/link-format.md. `npm run vectors -- --check` fails instead when the
// committed file differs from what would be written.
//
// The expected links come from the reference implementation below, written
// from docs/link-format.md and deliberately sharing no code with src/core/,
// so a rule the two read differently shows up as a disagreement. Every
// vector is then run through the library built in dist/ (npm run build runs
// first), and the script fails if any result differs from the reference.
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import prettier from 'prettier';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = `${ROOT}link-vectors.json`;
const VERSION = 1;

// ---------------------------------------------------------------------------
// Reference implementation (docs/link-format.md)
// ---------------------------------------------------------------------------

class RefError extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}
const refFail = (code) => {
  throw new RefError(code);
};

// §1 Whitespace: the code points listed in the table, and no others.
const WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const isWhitespace = (char) => WHITESPACE.has(char.codePointAt(0));

function trim(text) {
  const chars = [...text];
  let start = 0;
  let end = chars.length;
  while (start < end && isWhitespace(chars[start])) start++;
  while (end > start && isWhitespace(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

// §1 Encode: lone surrogates → U+FFFD, UTF-8, unreserved bytes raw, others %XX.
function encode(text) {
  let wellFormed = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      wellFormed += text.slice(i, i + 2);
      i++;
    } else {
      wellFormed += unit >= 0xd800 && unit <= 0xdfff ? '\uFFFD' : text[i];
    }
  }
  let out = '';
  for (const byte of new TextEncoder().encode(wellFormed)) {
    const char = String.fromCharCode(byte);
    out += UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const isObject = (value) => typeof value === 'object' && value !== null;

/** A text option: absent (null/undefined) is '', a non-string is invalid-option. */
function text(value) {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') refFail('invalid-option');
  return value;
}

function queryOf(pairs) {
  const present = pairs.filter(([, value]) => value !== '');
  return present.length === 0 ? '' : `?${present.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

// §2 Messages link.
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const RESERVED = ['&', '#', '[', ']', '(', ')', '{', '}', '/'];
const isControl = (char) => {
  const code = char.codePointAt(0);
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
};

function refMessages(options) {
  if (!isObject(options)) refFail('invalid-option');
  const id = typeof options.businessId === 'string' ? trim(options.businessId) : '';
  if (!UUID.test(id)) refFail('invalid-business-id');
  const raw = {};
  for (const field of ['intent', 'group', 'body']) raw[field] = text(options[field]);
  const value = {intent: trim(raw.intent), group: trim(raw.group), body: raw.body};
  const href = `https://bcrw.apple.com/urn:biz:${id.toLowerCase()}${queryOf([
    ['biz-intent-id', encode(value.intent)],
    ['biz-group-id', encode(value.group)],
    ['body', encode(value.body)],
  ])}`;
  // §2.4, in field order, then the link.
  const warnings = [];
  for (const field of ['intent', 'group']) {
    if (value[field] !== raw[field]) warnings.push('whitespace');
    if (RESERVED.some((char) => value[field].includes(char))) warnings.push('reserved-character');
    if ([...value[field]].some(isControl)) warnings.push('control-character');
  }
  if (href.length > 2048) warnings.push('link-too-long');
  return {href, warnings};
}

// §3.1 Phone numbers.
const PHONE_ALLOWED = (char) =>
  /^[+0-9()[\]./-]$/.test(char) ||
  isWhitespace(char) ||
  (char >= '\u2010' && char <= '\u2015') ||
  char === '\u2212';
const PHONE_REMOVED = (char) =>
  isWhitespace(char) ||
  /^[./-]$/.test(char) ||
  (char >= '\u2010' && char <= '\u2015') ||
  char === '\u2212';

function refPhone(value) {
  if (typeof value !== 'string' || value.length > 64) refFail('invalid-phone');
  let phone = trim(value.normalize('NFKC'));
  if (phone.slice(0, 4).toLowerCase() === 'tel:') phone = phone.slice(4);
  const chars = [...phone];
  if (!chars.every(PHONE_ALLOWED)) refFail('invalid-phone');
  const compact = chars
    .filter((char) => !PHONE_REMOVED(char))
    .join('')
    .replace(/([0-9)\]])\(0\)/g, '$1')
    .replace(/[()[\]]/g, '');
  const match = /^(?:\+|00)([1-9][0-9]{6,14})$/.exec(compact);
  if (match === null) refFail('invalid-phone');
  return `+${match[1]}`;
}

function refTel({phone}) {
  return `tel:${refPhone(phone)}`;
}

function refSms(options, platform) {
  if (!isObject(options)) refFail('invalid-option');
  const phone = refPhone(options.phone);
  const body = encode(text(options.body));
  if (body === '') return `sms:${phone}`;
  return `sms:${phone}${platform === 'apple' ? '&' : '?'}body=${body}`;
}

function refWhatsApp(options) {
  if (!isObject(options)) refFail('invalid-option');
  const digits = refPhone(options.phone).slice(1);
  return `https://wa.me/${digits}${queryOf([['text', encode(text(options.text))]])}`;
}

function refMessenger(options) {
  if (!isObject(options)) refFail('invalid-option');
  const page = typeof options.page === 'string' ? trim(options.page) : '';
  if (!/^(?:[A-Za-z0-9][A-Za-z0-9.]{4,49}|[0-9]{1,20})$/.test(page)) refFail('invalid-option');
  return `https://m.me/${page}${queryOf([
    ['text', encode(text(options.text))],
    ['ref', encode(text(options.ref))],
  ])}`;
}

// §3.6 mailto.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL = new RegExp(`^${ATOM}(\\.${ATOM})*$`);
const LABEL = '[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const DOMAIN = new RegExp(`^(${LABEL}\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`);

function refAddress(value) {
  const address = trim(value);
  const parts = address.split('@');
  if (address.length > 254 || parts.length !== 2) return null;
  const [local, written] = parts;
  if (local.length > 64 || !LOCAL.test(local)) return null;
  let domain = written;
  if ([...written].some((char) => char > '\u007F')) {
    if (![...written].every((char) => /^[A-Za-z0-9.-]$/.test(char) || char > '\u007F')) {
      return null;
    }
    try {
      domain = new URL(`http://${written}/`).hostname;
    } catch {
      return null;
    }
  }
  if (!DOMAIN.test(domain)) return null;
  return [...`${local}@${domain}`]
    .map((char) =>
      /^[A-Za-z0-9\-._~+@]$/.test(char)
        ? char
        : `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
    )
    .join('');
}

function refAddresses(value) {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string' && !Array.isArray(value)) refFail('invalid-email');
  const entries = typeof value === 'string' ? value.split(',') : value;
  const out = [];
  for (const entry of entries) {
    if (typeof entry === 'string' && trim(entry) === '') continue;
    const address = typeof entry === 'string' ? refAddress(entry) : null;
    if (address === null) refFail('invalid-email');
    out.push(address);
  }
  return out.join(',');
}

function refMailto(options) {
  if (!isObject(options)) refFail('invalid-option');
  const to = refAddresses(options.to);
  if (to === '') refFail('invalid-email');
  const subject = text(options.subject).replace(/\r\n|\r|\n/g, ' ');
  const body = text(options.body).replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${to}${queryOf([
    ['subject', encode(subject)],
    ['body', encode(body)],
    ['cc', refAddresses(options.cc)],
    ['bcc', refAddresses(options.bcc)],
  ])}`;
}

// §3.7 Web.
function refWeb({url, base}) {
  if (typeof url !== 'string') refFail('invalid-url');
  let parsed;
  try {
    parsed = base === undefined ? new URL(trim(url)) : new URL(trim(url), base);
  } catch {
    refFail('invalid-url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') refFail('invalid-url');
  if (parsed.username !== '' || parsed.password !== '') refFail('invalid-url');
  return parsed.href;
}

const REFERENCE = {
  messages: (v) => refMessages(v.input),
  tel: (v) => ({href: refTel(v.input)}),
  sms: (v) => ({href: refSms(v.input, v.platform)}),
  whatsapp: (v) => ({href: refWhatsApp(v.input)}),
  messenger: (v) => ({href: refMessenger(v.input)}),
  mailto: (v) => ({href: refMailto(v.input)}),
  web: (v) => ({href: refWeb(v.input)}),
};

function run(implementation, vector, isKnownError) {
  try {
    return implementation[vector.kind](vector);
  } catch (error) {
    if (isKnownError(error)) return {error: error.code};
    throw error;
  }
}

// ---------------------------------------------------------------------------
// The library, as built in dist/
// ---------------------------------------------------------------------------

async function loadCore() {
  try {
    return await import(new URL('../dist/core.js', import.meta.url).href);
  } catch (error) {
    console.error(`dist/core.js could not be loaded (run npm run build first): ${error.message}`);
    process.exit(1);
  }
}

function coreImplementation(core) {
  return {
    messages: ({input}) => {
      const href = core.buildMessagesUrl(input);
      const warnings = core.validateMessagesOptions(input).map((found) => found.code);
      return {href, warnings};
    },
    tel: ({input}) => ({href: core.buildTelUrl(input.phone)}),
    sms: ({input, platform}) => ({
      href: core.buildSmsUrl(input, core.smsStyleFor({isApple: platform === 'apple'})),
    }),
    whatsapp: ({input}) => ({href: core.buildWhatsAppUrl(input)}),
    messenger: ({input}) => ({href: core.buildMessengerUrl(input)}),
    mailto: ({input}) => ({href: core.buildMailtoUrl(input)}),
    web: ({input}) => ({href: core.buildWebUrl(input.url, input.base)}),
  };
}

// ---------------------------------------------------------------------------
// The inputs
// ---------------------------------------------------------------------------

const ID = '22222222-dddd-4444-bbbb-777777777777';
const hex = (char) =>
  [...char].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
const vectors = [];
const add = (kind, name, input, platform) =>
  vectors.push(platform === undefined ? {name, kind, input} : {name, kind, platform, input});

// Business IDs.
add('messages', 'id: canonical', {businessId: ID});
add('messages', 'id: upper case, lowered', {businessId: ID.toUpperCase()});
add('messages', 'id: mixed case, lowered', {businessId: 'AbCdEf01-2345-6789-aBcD-eF0123456789'});
for (const char of [...WHITESPACE].map((code) => String.fromCodePoint(code))) {
  add('messages', `id: ${hex(char)} on both sides, trimmed`, {businessId: `${char}${ID}${char}`});
}
for (const char of ['\u0000', '\u0085', '\u180E', '\u200B']) {
  add('messages', `id: ${hex(char)} before it is not whitespace`, {businessId: `${char}${ID}`});
}
for (const [name, businessId] of [
  ['missing', undefined],
  ['null', null],
  ['empty', ''],
  ['only spaces', '   '],
  ['a number', 22222222],
  ['a boolean', true],
  ['an array', [ID]],
  ['an object', {id: ID}],
  ['not a UUID', 'my-business'],
  ['no hyphens', '22222222dddd4444bbbb777777777777'],
  ['in braces', `{${ID}}`],
  ['with a urn:biz: prefix', `urn:biz:${ID}`],
  ['a short last group', '22222222-dddd-4444-bbbb-77777777777'],
  ['a long last group', '22222222-dddd-4444-bbbb-7777777777777'],
  ['a non-hex letter', '22222222-dddd-4444-bbbb-77777777777g'],
  ['an inner space', '22222222-dddd-4444-bbbb -777777777777'],
  ['full-width digits', '２２２２２２２２-dddd-4444-bbbb-777777777777'],
  ['a Cyrillic look-alike letter', '22222222-dddd-4444-bbbb-77777777777\u0430'],
  ['a trailing letter', `${ID}x`],
]) {
  add('messages', `id: ${name}`, businessId === undefined ? {} : {businessId});
}
add('messages', 'options: null', null);
add('messages', 'options: a string', ID);
add('messages', 'options: a number', 42);

// Values tried in intent and body (routing key vs. verbatim text).
const TEXTS = [
  ['plain ASCII', 'account_question'],
  ['upper case, kept', 'ESHOP'],
  ['dots and digits', 'O2.CZ'],
  ['an inner space', 'Customer Enquiry'],
  ['accents', 'Crème brûlée à emporter'],
  ['German', 'Größe Übergröße'],
  ['Chinese', '你好，世界'],
  ['Japanese', 'こんにちは'],
  ['Korean', '안녕하세요'],
  ['Thai', 'สวัสดี'],
  ['Devanagari', 'नमस्ते'],
  ['Arabic (RTL)', 'مرحبا بكم'],
  ['Hebrew (RTL)', 'שלום'],
  ['a right-to-left mark', 'a\u200Fb'],
  ['a right-to-left override', '\u202Eevil\u202C'],
  ['a combining acute accent', 'e\u0301'],
  ['two combining marks', 'a\u0308\u0304'],
  ['an emoji (astral)', '😀'],
  ['a ZWJ emoji sequence', '👩‍👩‍👧'],
  ['a flag', '🇫🇷'],
  ['a skin-tone modifier', '👍🏽'],
  ['mathematical script letters (astral)', '𝒳𝒴'],
  ['a CJK extension B character (astral)', '𠀀'],
  ['Gothic (astral)', '𐌰𐌱'],
  ['the replacement character', '\uFFFD'],
  ['an inner zero-width space', 'a\u200Bb'],
  ['an inner byte order mark', 'a\uFEFFb'],
  ...RESERVED.map((char) => [`a reserved "${char}"`, `billing${char}faq`]),
  ['all reserved characters', '&#[](){}/'],
  ['a plus', '1+1'],
  ['a percent sign', '100%'],
  ['an already encoded space', 'a%20b'],
  ['an already encoded slash', 'a%2Fb'],
  ['= and ?', 'a=b?c'],
  [': @ $ , ;', ':@$,;'],
  ["' ! * (sub-delimiters encodeURIComponent leaves)", "it's!*"],
  ['unreserved - _ . ~', 'a-b_c.d~e'],
  ['" < > \\ ^ ` |', '"<>\\^`|'],
  ['a leading space', ' leading'],
  ['a trailing space', 'trailing '],
  ['spaces around', '  both  '],
  ['two inner spaces', 'a  b'],
  ['a leading tab', '\tx'],
  ['an inner tab', 'a\tb'],
  ['a trailing newline', 'x\n'],
  ['an inner newline', 'a\nb'],
  ['an inner CRLF', 'a\r\nb'],
  ['no-break spaces around', '\u00A0x\u00A0'],
  ['an inner no-break space', 'a\u00A0b'],
  ['an ideographic space around', '\u3000x\u3000'],
  ['a line separator around', '\u2028x\u2029'],
  ['only spaces', '   '],
  ['only a no-break space', '\u00A0'],
  ['only a newline', '\n'],
  ['empty', ''],
  ['an inner NUL', 'a\u0000b'],
  ['a leading NUL (not whitespace)', '\u0000x'],
  ['an inner BEL', 'a\u0007b'],
  ['an inner DEL', 'a\u007Fb'],
  ['an inner C1 control (U+0085)', 'a\u0085b'],
  ['a trailing U+0085 (not whitespace)', 'x\u0085'],
  ['an inner U+009F', 'a\u009Fb'],
];
for (const [name, value] of TEXTS) {
  add('messages', `intent: ${name}`, {businessId: ID, intent: value});
  add('messages', `body: ${name}`, {businessId: ID, body: value});
}
for (const [name, value] of [
  ['plain', 'billing_department'],
  ['upper case, kept', 'Technician'],
  ['a reserved "/"', 'billing/faq'],
  ['spaces around', ' Technician '],
  ['an emoji', '🛠️'],
  ['Arabic (RTL)', 'الدعم'],
  ['only spaces', '  '],
  ['empty', ''],
  ['an inner NUL', 'a\u0000b'],
]) {
  add('messages', `group: ${name}`, {businessId: ID, group: value});
}

// Combinations, order, absence, types and length.
const BASE_LENGTH = `https://bcrw.apple.com/urn:biz:${ID}?body=`.length;
for (const [name, options] of [
  [
    'all three, partner-doc example',
    {intent: 'account_question', group: 'billing_department', body: 'Order additional credit card'},
  ],
  ['all three, given in reverse order', {body: 'b', group: 'g', intent: 'i'}],
  ['intent and body', {intent: 'ESHOP', body: 'Hi'}],
  ['group and body', {group: 'Technician', body: 'Hi'}],
  ['intent and group', {intent: 'ESHOP', group: 'Technician'}],
  ['an empty intent beside a group', {intent: '', group: 'Technician'}],
  ['a blank intent beside a body', {intent: '  ', body: 'Hi'}],
  ['null intent and group', {intent: null, group: null, body: 'Hi'}],
  ['all three empty', {intent: '', group: '', body: ''}],
  ['all three null', {intent: null, group: null, body: null}],
  ['upper-case id with every field', {intent: ' A ', group: 'B', body: ' C '}],
  ['intent a number', {intent: 42}],
  ['intent a boolean', {intent: false}],
  ['group an array', {group: ['Technician']}],
  ['body an object', {body: {text: 'Hi'}}],
  ['body a number', {body: 0}],
  [
    `body of ${2048 - BASE_LENGTH} characters, a link of exactly 2,048`,
    {body: 'a'.repeat(2048 - BASE_LENGTH)},
  ],
  [
    `body of ${2049 - BASE_LENGTH} characters, a link of 2,049`,
    {body: 'a'.repeat(2049 - BASE_LENGTH)},
  ],
  ['body of 700 euro signs (9 characters each encoded)', {body: '€'.repeat(700)}],
  ['body of 600 emoji', {body: '😀'.repeat(600)}],
  ['intent of 2,100 characters', {intent: 'x'.repeat(2100)}],
  ['a long body with a reserved character in intent', {intent: 'a/b', body: 'z'.repeat(2000)}],
]) {
  const businessId = name.startsWith('upper-case id') ? ID.toUpperCase() : ID;
  add('messages', `combined: ${name}`, {businessId, ...options});
}
add('messages', 'combined: invalid id and a non-string intent', {businessId: 'x', intent: 42});

// Phone numbers: tel takes every one; sms and WhatsApp a selection.
const PHONES = [
  ['E.164', '+12163954902'],
  ['spaces', '+1 216 395 4902'],
  ['brackets and dashes', '+1 (216) 395-4902'],
  ['dots', '+44.20.7946.0958'],
  ['slashes', '+49 30/1234567'],
  ['square brackets', '+1 [216] 395 4902'],
  ['trunk zero in brackets, dropped', '+49 (0)30 1234567'],
  ['trunk zero after a bracket, dropped', '+44 (20)(0)7946 0958'],
  ['trunk zero without brackets, kept', '+49 030 1234567'],
  ['trunk zero after +, invalid', '+(0)49 30 1234567'],
  ['00 prefix', '0049 30 1234567'],
  ['tel: prefix', 'tel:+12163954902'],
  ['TEL: prefix', 'TEL:+1 216 395 4902'],
  ['surrounding spaces and a newline', '  +1 216 395 4902\n'],
  ['no-break spaces', '+1\u00A0216\u00A0395\u00A04902'],
  ['thin and ideographic spaces', '+1\u2009216\u3000395 4902'],
  ['full-width digits and plus', '＋１ ２１６ ３９５ ４９０２'],
  ['mathematical bold digits', '+𝟏𝟐𝟏𝟔𝟑𝟗𝟓𝟒𝟗𝟎𝟐'],
  ['en dashes', '+1 216\u2013395\u20134902'],
  ['minus signs', '+1\u2212216\u2212395\u22124902'],
  ['hyphen (U+2010)', '+1\u2010216\u2010395\u20104902'],
  ['7 digits, the shortest', '+6831234'],
  ['6 digits, too short', '+683123'],
  ['15 digits, the longest', '+123456789012345'],
  ['16 digits, too long', '+1234567890123456'],
  ['country code 0', '+0123456789'],
  ['no + or 00', '216 395 4902'],
  ['a leading 0 only', '030 1234567'],
  ['an extension x123', '+1 216 395 4902 x123'],
  ['an extension ;ext=', '+12163954902;ext=123'],
  ['a pause comma', '+12163954902,123'],
  ['letters', '+1 800 FLOWERS'],
  ['an emoji', '+1 216 395 4902 📞'],
  ['two plus signs', '++12163954902'],
  ['a plus in the middle', '1+2163954902'],
  ['64 characters', `+1${' '.repeat(52)}2163954902`],
  ['65 characters', `+1${' '.repeat(53)}2163954902`],
  ['empty', ''],
  ['only spaces', '   '],
  ['null', null],
  ['a number', 12163954902],
];
for (const [name, phone] of PHONES) add('tel', `tel: ${name}`, {phone});
add('tel', 'tel: missing', {});

const SMS_BODIES = [
  ['no body', undefined],
  ['null body', null],
  ['empty body', ''],
  ['plain body', 'Hello'],
  ['spaces', 'Hello there'],
  ['& and #', 'Fish & Chips #1'],
  ['? and =', 'a=b?'],
  ['a plus', '1+1'],
  ['a newline', 'line 1\nline 2'],
  ['surrounding spaces, kept', ' hi '],
  ['accents and emoji', 'Café ☕ 😀'],
  ['Arabic', 'مرحبا'],
  ['a percent sign', '100% sure'],
];
for (const platform of ['apple', 'other']) {
  for (const [name, body] of SMS_BODIES) {
    const input =
      body === undefined ? {phone: '+1 216 395 4902'} : {phone: '+1 216 395 4902', body};
    add('sms', `sms (${platform}): ${name}`, input, platform);
  }
  add('sms', `sms (${platform}): 00 prefix`, {phone: '0044 20 7946 0958', body: 'Hi'}, platform);
  add('sms', `sms (${platform}): invalid phone`, {phone: '216 395 4902', body: 'Hi'}, platform);
  add('sms', `sms (${platform}): body a number`, {phone: '+12163954902', body: 42}, platform);
  add('sms', `sms (${platform}): missing phone`, {body: 'Hi'}, platform);
}
add('sms', 'sms (other): options null', null, 'other');

for (const [name, input] of [
  ['number only', {phone: '+1 216 395 4902'}],
  ['00 prefix', {phone: '0049 30 1234567', text: 'Hallo'}],
  ['trunk zero dropped', {phone: '+49 (0)30 1234567'}],
  ['text with spaces and &', {phone: '+12163954902', text: 'Hi & bye'}],
  ['text with emoji', {phone: '+12163954902', text: 'Hola 👋'}],
  ['text with Hebrew', {phone: '+972 3 123 4567', text: 'שלום'}],
  ['text with a newline', {phone: '+12163954902', text: 'a\nb'}],
  ['text with a plus and a hash', {phone: '+12163954902', text: '+1 #2'}],
  ['empty text', {phone: '+12163954902', text: ''}],
  ['null text', {phone: '+12163954902', text: null}],
  ['text only spaces, kept', {phone: '+12163954902', text: '  '}],
  ['text a number', {phone: '+12163954902', text: 7}],
  ['invalid phone', {phone: '12163954902'}],
  ['extension', {phone: '+12163954902 ext. 5'}],
  ['missing phone', {text: 'Hi'}],
  ['options a string', '+12163954902'],
]) {
  add('whatsapp', `whatsapp: ${name}`, input);
}

for (const [name, input] of [
  ['a username', {page: 'examplebakery'}],
  ['with text and ref', {page: 'examplebakery', text: 'Hi', ref: 'footer'}],
  ['ref only', {page: 'examplebakery', ref: 'product-42'}],
  ['text with spaces and &', {page: 'examplebakery', text: 'Hi & bye'}],
  ['text with accents', {page: 'examplebakery', text: 'Crème brûlée'}],
  ['text with emoji and CJK', {page: 'examplebakery', text: '你好 😀'}],
  ['ref with reserved characters', {page: 'examplebakery', ref: 'a/b?c=d'}],
  ['empty text and ref', {page: 'examplebakery', text: '', ref: ''}],
  ['dots in the username', {page: 'example.bakery.berlin'}],
  ['upper case kept', {page: 'ExampleBakery'}],
  ['surrounding spaces trimmed', {page: '  examplebakery\n'}],
  ['a numeric page ID', {page: '123456789012345'}],
  ['a one-digit ID', {page: '7'}],
  ['5 characters, the shortest', {page: 'abcde'}],
  ['4 characters, too short', {page: 'abcd'}],
  ['50 characters, the longest', {page: `a${'b'.repeat(49)}`}],
  ['51 characters, too long', {page: `a${'b'.repeat(50)}`}],
  ['starting with a dot', {page: '.examplebakery'}],
  ['a hyphen', {page: 'example-bakery'}],
  ['an underscore', {page: 'example_bakery'}],
  ['an inner space', {page: 'example bakery'}],
  ['non-ASCII letters', {page: 'bäckerei-müller'}],
  ['a URL instead of a name', {page: 'https://m.me/examplebakery'}],
  ['empty', {page: ''}],
  ['missing', {}],
  ['a number', {page: 123456}],
  ['text a boolean', {page: 'examplebakery', text: true}],
  ['ref a number', {page: 'examplebakery', ref: 1}],
]) {
  add('messenger', `messenger: ${name}`, input);
}

for (const [name, input] of [
  ['one address', {to: 'help@example.com'}],
  [
    'subject, body, cc, bcc',
    {
      to: 'help@example.com',
      subject: 'Order 42',
      body: 'Hi\nthere',
      cc: 'a@example.com',
      bcc: 'b@example.com',
    },
  ],
  ['an array of addresses', {to: ['help@example.com', 'sales@example.com']}],
  ['a comma-separated string with spaces', {to: ' help@example.com , sales@example.com '}],
  ['empty entries skipped', {to: 'help@example.com,,  ,', cc: ['', 'a@example.com']}],
  ['case kept in an ASCII address', {to: 'Help@Example.COM'}],
  ['plus addressing, + kept raw', {to: 'help+shop@example.com'}],
  ['special characters in the local part', {to: "o'brien&co%x@example.com"}],
  ['# ? = / in the local part', {to: 'a#b?c=d/e@example.com'}],
  ['an IDN domain', {to: 'info@bücher.example'}],
  ['an IDN domain with upper case', {to: 'info@Bücher.Example'}],
  ['a German sharp s (non-transitional)', {to: 'info@straße.de'}],
  ['a Japanese domain', {to: 'info@例え.テスト'}],
  ['an Arabic domain', {to: 'info@مثال.إختبار'}],
  ['a subject with CRLF, LF and CR', {to: 'help@example.com', subject: 'a\r\nb\nc\rd'}],
  ['a body with LF, CR and CRLF', {to: 'help@example.com', body: 'a\nb\rc\r\nd'}],
  ['a body with & # and emoji', {to: 'help@example.com', body: 'Fish & Chips #1 🍟'}],
  ['a subject with accents', {to: 'help@example.com', subject: 'Réclamation n° 42'}],
  ['a subject with a plus', {to: 'help@example.com', subject: '1+1'}],
  ['empty subject and body', {to: 'help@example.com', subject: '', body: ''}],
  ['null subject and cc', {to: 'help@example.com', subject: null, cc: null}],
  [
    'cc and bcc arrays',
    {to: 'a@example.com', cc: ['b@example.com', 'c@example.com'], bcc: ['d@example.com']},
  ],
  ['a 64-character local part', {to: `${'a'.repeat(64)}@example.com`}],
  ['a 65-character local part', {to: `${'a'.repeat(65)}@example.com`}],
  [
    'a 254-character address',
    {to: `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`},
  ],
  [
    'a 255-character address',
    {to: `${'a'.repeat(61)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`},
  ],
  ['no @', {to: 'help.example.com'}],
  ['two @', {to: 'help@shop@example.com'}],
  ['a domain without a dot', {to: 'help@localhost'}],
  ['a numeric last label', {to: 'help@example.123'}],
  ['a label starting with a hyphen', {to: 'help@-example.com'}],
  ['a quoted local part', {to: '"help desk"@example.com'}],
  ['an IP literal', {to: 'help@[192.0.2.1]'}],
  ['a leading dot', {to: '.help@example.com'}],
  ['two dots', {to: 'help..desk@example.com'}],
  ['a space inside', {to: 'help desk@example.com'}],
  ['a non-ASCII local part', {to: 'jürgen@example.com'}],
  ['a slash in an IDN domain', {to: 'info@bücher.example/x'}],
  ['to empty', {to: ''}],
  ['to only commas', {to: ' , '}],
  ['to missing', {subject: 'Hi'}],
  ['to a number', {to: 42}],
  ['to an array with a number', {to: ['help@example.com', 42]}],
  ['a bad cc', {to: 'help@example.com', cc: 'not-an-address'}],
  ['a bad bcc', {to: 'help@example.com', bcc: ['ok@example.com', 'bad@']}],
  ['subject a number', {to: 'help@example.com', subject: 42}],
  ['body an array', {to: 'help@example.com', body: ['Hi']}],
]) {
  add('mailto', `mailto: ${name}`, input);
}

for (const [name, input] of [
  ['https', {url: 'https://example.com/contact'}],
  ['http', {url: 'http://example.com/contact'}],
  ['upper-case scheme and host', {url: 'HTTPS://Example.COM/Contact'}],
  ['no path', {url: 'https://example.com'}],
  ['default port removed', {url: 'https://example.com:443/contact'}],
  ['another port kept', {url: 'https://example.com:8443/contact'}],
  ['dot segments resolved', {url: 'https://example.com/a/../b/./c'}],
  ['a query and fragment kept', {url: 'https://example.com/contact?topic=billing&x=1#form'}],
  ['spaces in the path', {url: 'https://example.com/contact us'}],
  ['non-ASCII in the path', {url: 'https://example.com/kontakt/größe'}],
  ['an IDN host', {url: 'https://bücher.example/kontakt'}],
  ['surrounding whitespace', {url: '  https://example.com/contact\n'}],
  ['a tab inside the scheme', {url: 'ht\ttps://example.com/'}],
  ['backslashes', {url: 'https:\\\\example.com\\contact'}],
  ['relative, with a base', {url: '/contact', base: 'https://example.com/shop/'}],
  ['relative path, with a base', {url: 'help', base: 'https://example.com/shop/'}],
  ['scheme-relative, with a base', {url: '//other.example/x', base: 'https://example.com/'}],
  ['absolute, base ignored', {url: 'https://example.org/', base: 'https://example.com/'}],
  ['relative, no base', {url: '/contact'}],
  ['relative, invalid base', {url: '/contact', base: 'not a url'}],
  ['javascript:', {url: 'javascript:alert(1)'}],
  ['javascript: disguised', {url: ' JaVa\tScRiPt:alert(1)'}],
  ['data:', {url: 'data:text/html,<script>alert(1)</script>'}],
  ['vbscript:', {url: 'vbscript:msgbox(1)'}],
  ['file:', {url: 'file:///etc/passwd'}],
  ['ftp:', {url: 'ftp://example.com/'}],
  ['mailto:', {url: 'mailto:help@example.com'}],
  ['a user name', {url: 'https://bank.example@evil.example/'}],
  ['a user name and password', {url: 'https://user:pass@example.com/'}],
  // Not "https://exa mple.com/": Chromium's parser accepts a space in a host
  // (as %20) where the WHATWG standard and the other engines refuse it.
  ['no host', {url: 'https://'}],
  ['an unclosed IPv6 host', {url: 'http://[::1/'}],
  ['empty', {url: ''}],
  ['only spaces', {url: '   '}],
  ['a number', {url: 42}],
  ['null', {url: null}],
]) {
  add('web', `web: ${name}`, input);
}

// ---------------------------------------------------------------------------
// Compute, compare, write
// ---------------------------------------------------------------------------

const names = new Set();
for (const vector of vectors) {
  if (names.has(vector.name)) throw new Error(`duplicate vector name: ${vector.name}`);
  names.add(vector.name);
}

const core = await loadCore();
const library = coreImplementation(core);
let disagreements = 0;
for (const vector of vectors) {
  const expected = run(REFERENCE, vector, (error) => error instanceof RefError);
  const actual = run(library, vector, (error) => error instanceof core.MessageUsError);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    disagreements++;
    console.error(
      `${vector.name}:\n  reference ${JSON.stringify(expected)}\n  library   ${JSON.stringify(actual)}`
    );
  }
  Object.assign(vector, expected);
}
if (disagreements > 0) {
  console.error(
    `${disagreements} of ${vectors.length} vectors: the library and the reference disagree`
  );
  process.exit(1);
}

// Invisible and format characters (spaces other than U+0020, controls that
// JSON leaves raw, marks such as U+200F) are written as \u escapes, so the
// file shows what each vector holds and no editor can silently change it.
const INVISIBLE =
  /[\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/g;
const json = JSON.stringify({
  $comment:
    'Test vectors for the links message-us builds; the rules are in docs/link-format.md. Each vector: input (the builder options; missing keys mean "not given"), and either href (the exact link) or error (the MessageUsError code). messages vectors also list the warning codes of validateMessagesOptions in order; sms vectors name the platform (apple: &body=, other: ?body=). Generated by scripts/link-vectors.mjs; do not edit.',
  version: VERSION,
  vectors,
}).replace(
  INVISIBLE,
  (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
);
const options = (await prettier.resolveConfig(FILE)) ?? {};
const formatted = await prettier.format(json, {...options, filepath: FILE});

const kinds = new Set(vectors.map((vector) => vector.kind));
const summary = `${vectors.length} vectors (${[...kinds].join(', ')}), reference and library agree`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(FILE, 'utf8');
  } catch {
    // A missing file is stale too.
  }
  if (committed !== formatted) {
    console.error('link-vectors.json is stale: run npm run vectors and commit the result');
    process.exit(1);
  }
  console.log(`link-vectors.json is up to date: ${summary}`);
} else {
  writeFileSync(FILE, formatted);
  console.log(`link-vectors.json written: ${summary}`);
}
