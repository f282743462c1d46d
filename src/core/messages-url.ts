import {MessageUsError} from './errors.js';
import {coded, DEV, shown} from './dev.js';
import {quote as quoteInput} from './options.js';

/**
 * What an Apple Messages for Business deep link carries. Only `businessId` is
 * required; the other three become the optional query parameters.
 */
export interface MessagesOptions {
  /** UUID issued by Apple Business Register, e.g. `22222222-dddd-4444-bbbb-777777777777`. */
  businessId: string;
  /** `biz-intent-id`: the purpose of the chat, e.g. `account_question`. */
  intent?: string;
  /** `biz-group-id`: the team best placed to answer, e.g. `billing_department`. */
  group?: string;
  /** `body`: text prefilled in the compose field; the customer only taps Send. */
  body?: string;
}

/** One finding of {@link validateMessagesOptions}. */
export interface ValidationProblem {
  /** `businessId`, `intent`, `group`, `body`, `link` (the whole link) or `options` (the argument itself). */
  field: string;
  /**
   * Stable code: `missing-business-id`, `invalid-business-id`, `invalid-type`
   * (errors); `whitespace`, `reserved-character`, `control-character`,
   * `link-too-long` (warnings). Reading a link (field `link`) adds the
   * warnings `upper-case`, `redirect-form`, `missing-question-mark`,
   * `html-entity`, `nonstandard-key` and `unencoded-space`.
   */
  code: string;
  /** `error`: no link can be built. `warning`: a link is built but probably not the one meant. */
  severity: 'error' | 'warning';
  /** English, names the field and shows a valid example. */
  message: string;
}

/** Everything before the business ID in a deep link. */
export const MESSAGES_LINK_BASE = 'https://bcrw.apple.com/urn:biz:';

type TextField = 'intent' | 'group' | 'body';
type Field = 'businessId' | TextField;

/** Query parameters in the order Apple's and partners' examples write them. */
const PARAMS: ReadonlyArray<readonly [TextField, string]> = [
  ['intent', 'biz-intent-id'],
  ['group', 'biz-group-id'],
  ['body', 'body'],
];

// A Map rather than an object literal so that keys such as `__proto__` or
// `constructor` in a hostile query cannot resolve to inherited properties.
const FIELD_BY_KEY = new Map(PARAMS.map(([field, key]) => [key, field]));

const EXAMPLES: Readonly<Record<Field, string>> = {
  businessId: '22222222-dddd-4444-bbbb-777777777777',
  intent: 'account_question',
  group: 'billing_department',
  body: 'Order additional credit card',
};

// No length is documented by Apple; 2,048 is what old browsers, some mail
// clients and QR code generators are known to cut at, so longer links are
// flagged rather than refused.
const MAX_LINK_LENGTH = 2048;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Without the `u` flag the regex sees UTF-16 code units: a valid pair is
// matched (and kept) as a whole before a lone half can match, so one linear
// pass replaces exactly the lone halves. `String.prototype.toWellFormed` would
// do the same but is missing in older Safari and WebKitGTK.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

// `encodeURIComponent` leaves these sub-delimiters raw; some link rewriters
// and chat platforms treat them specially, so they are encoded too.
const SUB_DELIMITERS = /[!'()*]/g;

/** Characters Apple's partner docs say intent, group and body must not contain raw. */
const RESERVED = ['&', '#', '[', ']', '(', ')', '{', '}', '/'];
const RESERVED_GLOBAL = /[&#[\](){}/]/g;

// C0, DEL and C1: invisible in Messages and never meaningful in a routing value.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_GLOBAL = /[\u0000-\u001F\u007F-\u009F]/g;

// Raw in a link, these are either stripped silently by URL parsers (tab, CR,
// LF), end the query (`#`, which also means a value was not encoded and Apple
// would drop the rest of it) or cannot appear in a URL at all.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_FORBIDDEN = /[\u0000-\u001F\u007F#]/;

// The older or redirecting forms published on real sites, which carry the ID
// as `recipient=urn:biz:<id>` in the query: Apple's `sms:open` handler (on
// bcrw.apple.com or as an `sms://` / `messages://` URL) and the undocumented
// `redirecthelper`. Matched case-insensitively; upper case is warned about.
const REDIRECT_PREFIX =
  /^(?:https:\/\/bcrw\.apple\.com\/(?:sms:open|business\/api\/messageprofiles\/redirecthelper\/?)|(?:sms|messages):\/\/open\/?)\?/i;
const URN = /^urn:biz:/i;
// What an HTML template leaves in an href when it escapes `&` twice.
const HTML_AMP = /&amp;/gi;

// Keys seen on published links in place of the documented ones: the hyphen
// after `biz` dropped, or the short names of Apple's data attributes.
const KEY_ALIASES = new Map<string, TextField>([
  ['bizintent-id', 'intent'],
  ['intent', 'intent'],
  ['bizgroup-id', 'group'],
  ['group', 'group'],
]);
const KEY_BY_FIELD = new Map(PARAMS);

const EXAMPLE_LINK = `${MESSAGES_LINK_BASE}${EXAMPLES.businessId}`;

/** Long values are cut in messages so a pasted novel does not flood the console. */
const QUOTE_LIMIT = 64;

// JSON.stringify (inside quote()) escapes quotes, control characters and
// lone surrogates, so the value is shown unambiguously in a console.
const quote = (value: string) => quoteInput(value, QUOTE_LIMIT, QUOTE_LIMIT - 1);

function describeType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

function listQuoted(items: string[]): string {
  const quoted = items.map((item) => `"${item}"`);
  const last = quoted.pop() as string;
  return quoted.length > 0 ? `${quoted.join(', ')} and ${last}` : last;
}

/**
 * Every human-readable string this module produces, in one place so the
 * element layer can prefix them (`[message-us] …`) and translators find them.
 * The production build keeps the short, coded form of those the elements
 * print; those about a pasted link serve the core API only.
 */
const MESSAGES = {
  notAnObject: (got: string) =>
    DEV
      ? `options must be an object such as {businessId: "${EXAMPLES.businessId}"}, got ${got}.`
      : coded('MU04', 'options'),
  missingBusinessId: () =>
    DEV
      ? `businessId is missing; use the UUID from Apple Business Register, e.g. "${EXAMPLES.businessId}".`
      : coded('MU01', 'businessId'),
  invalidBusinessId: (value: string) =>
    DEV
      ? `businessId ${quote(value)} is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. "${EXAMPLES.businessId}".`
      : coded('MU01', shown('businessId', value)),
  notAString: (field: Field, got: string) =>
    DEV
      ? `${field} must be a string, got ${got}; use e.g. "${EXAMPLES[field]}".`
      : coded('MU04', field),
  whitespace: (field: Field, value: string, example: string) =>
    DEV
      ? `${field} ${quote(value)} has leading or trailing whitespace, which is removed from the link; use e.g. ${quote(example)}.`
      : coded('MU02', shown(field, value)),
  reserved: (field: Field, value: string, found: string[], example: string) =>
    DEV
      ? `${field} ${quote(value)} contains ${listQuoted(found)}, which Apple reserves; use e.g. ${quote(example)}.`
      : coded('MU02', shown(field, value)),
  control: (field: Field, value: string, example: string) =>
    DEV
      ? `${field} ${quote(value)} contains control characters, which cannot be seen and may break routing; use e.g. ${quote(example)}.`
      : coded('MU02', shown(field, value)),
  linkTooLong: (length: number) =>
    DEV
      ? `the link is ${length} characters long, over the 2,048 that some browsers, mail clients and QR codes handle; shorten body, e.g. "${EXAMPLES.body}".`
      : coded('MU03', `body (${length} characters)`),
  linkWhitespace: () =>
    `link has leading or trailing whitespace, which is removed; use e.g. "${EXAMPLE_LINK}".`,
  linkUpperCase: () =>
    `link has upper-case letters in its scheme, host, path or business ID; write them in lower case, e.g. "${EXAMPLE_LINK}".`,
  // The form is one REDIRECT_PREFIX matched (ASCII letters, `:/.`), so it is
  // quoted whole: cut like a user's value, it would not name the form.
  redirectForm: (form: string) =>
    `link uses the redirect form "${form}", read as the canonical link; use e.g. "${EXAMPLE_LINK}".`,
  missingQuestionMark: () =>
    `link has "&" where "?" belongs, right after the business ID; use e.g. "${EXAMPLE_LINK}?biz-intent-id=${EXAMPLES.intent}".`,
  htmlEntity: () =>
    `link contains "&amp;", HTML escaping left in the address, read as "&"; use e.g. "${EXAMPLE_LINK}?biz-intent-id=${EXAMPLES.intent}&biz-group-id=${EXAMPLES.group}".`,
  nonstandardKey: (key: string, canonical: string, field: Field) =>
    `link uses the key ${quote(key)}, read as "${canonical}"; use e.g. "${canonical}=${EXAMPLES[field]}".`,
  unencodedSpace: () =>
    `link has raw spaces, read as "%20"; encode them, e.g. "body=Order%20additional%20credit%20card".`,
};

function toWellFormed(value: string): string {
  return value.replace(SURROGATES, (match) => (match.length === 2 ? match : '\uFFFD'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function problem(
  field: string,
  code: string,
  severity: ValidationProblem['severity'],
  message: string
): ValidationProblem {
  return {field, code, severity, message};
}

/** The error, if any, that stops `value` from being used as a business ID. */
function businessIdError(value: unknown): ValidationProblem | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return problem('businessId', 'missing-business-id', 'error', MESSAGES.missingBusinessId());
  }
  if (typeof value !== 'string') {
    return problem(
      'businessId',
      'invalid-type',
      'error',
      MESSAGES.notAString('businessId', describeType(value))
    );
  }
  if (normalizeBusinessId(value) === null) {
    return problem('businessId', 'invalid-business-id', 'error', MESSAGES.invalidBusinessId(value));
  }
  return null;
}

/** Absent (`undefined`/`null`) and strings are fine; anything else is not. */
function typeError(field: TextField, value: unknown): ValidationProblem | null {
  if (value === undefined || value === null || typeof value === 'string') {
    return null;
  }
  return problem(field, 'invalid-type', 'error', MESSAGES.notAString(field, describeType(value)));
}

/** Warnings for a routing value (intent or group) that will still be sent. */
function routingWarnings(field: TextField, value: string): ValidationProblem[] {
  const trimmed = value.trim();
  // One suggestion with every problem fixed, so each warning's example is valid
  // on its own; the field's stock example when nothing usable is left.
  const example =
    toWellFormed(value).replace(CONTROL_GLOBAL, '').replace(RESERVED_GLOBAL, '_').trim() ||
    EXAMPLES[field];
  const warnings: ValidationProblem[] = [];
  if (trimmed !== value) {
    warnings.push(
      problem(field, 'whitespace', 'warning', MESSAGES.whitespace(field, value, example))
    );
  }
  const found = RESERVED.filter((char) => trimmed.includes(char));
  if (found.length > 0) {
    warnings.push(
      problem(
        field,
        'reserved-character',
        'warning',
        MESSAGES.reserved(field, value, found, example)
      )
    );
  }
  if (CONTROL.test(trimmed)) {
    warnings.push(
      problem(field, 'control-character', 'warning', MESSAGES.control(field, value, example))
    );
  }
  return warnings;
}

/**
 * The canonical form of type-checked options: lower-case ID; intent and group
 * trimmed; lone surrogates replaced; empty values dropped.
 */
function normalize(
  businessId: string,
  values: Partial<Record<TextField, unknown>>
): MessagesOptions {
  const result: MessagesOptions = {
    businessId: businessId.trim().toLowerCase(),
  };
  for (const [field] of PARAMS) {
    const raw = values[field];
    if (typeof raw !== 'string') continue;
    // Intent and group are routing keys matched exactly against what the
    // business configured, and stray spaces from a CMS field or an attribute
    // would silently miss the route; surrounding whitespace is never meaningful
    // there. Body is text the customer sees and sends, so it stays verbatim
    // (an author may want a trailing newline or indentation).
    const value = toWellFormed(field === 'body' ? raw : raw.trim());
    if (value !== '') result[field] = value;
  }
  return result;
}

function serialize(options: MessagesOptions): string {
  const pairs: string[] = [];
  for (const [field, key] of PARAMS) {
    const value = options[field];
    if (value !== undefined) pairs.push(`${key}=${encodeParam(value)}`);
  }
  const query = pairs.length > 0 ? `?${pairs.join('&')}` : '';
  return `${MESSAGES_LINK_BASE}${options.businessId}${query}`;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    // Malformed percent-encoding or bytes that are not UTF-8.
    return null;
  }
}

/**
 * Checks and normalises an Apple Business Register ID.
 *
 * @param value - Anything; only strings can be valid.
 * @returns The UUID in lower case with surrounding whitespace removed, or
 *   `null` when `value` is not a string holding an 8-4-4-4-12 hex UUID.
 *   Never throws.
 * @example
 * normalizeBusinessId(' 22222222-DDDD-4444-BBBB-777777777777 ');
 * // → '22222222-dddd-4444-bbbb-777777777777'
 * normalizeBusinessId('my-business'); // → null
 */
export function normalizeBusinessId(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return UUID.test(trimmed) ? trimmed.toLowerCase() : null;
}

/**
 * Percent-encodes one query value exactly once.
 *
 * Lone UTF-16 surrogates become U+FFFD first (so it never throws `URIError`),
 * then `encodeURIComponent` runs, then `! ' ( ) *` are encoded too, so only
 * `A-Z a-z 0-9 - _ . ~` and `%XX` escapes remain. Spaces become `%20` (never
 * `+`), newlines `%0A` / `%0D`.
 *
 * @param value - The raw text; a non-string from JavaScript callers is
 *   converted with `String()`.
 * @returns The encoded text.
 * @example
 * encodeParam("Fish & Chips (large)"); // → 'Fish%20%26%20Chips%20%28large%29'
 */
export function encodeParam(value: string): string {
  return encodeURIComponent(toWellFormed(String(value))).replace(
    SUB_DELIMITERS,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
  );
}

/**
 * Builds the Apple Messages for Business deep link
 * `https://bcrw.apple.com/urn:biz:<id>?biz-intent-id=…&biz-group-id=…&body=…`.
 *
 * The ID is trimmed and lower-cased. Parameters come in that fixed order and
 * are left out when `undefined`, `null` or empty. Intent and group are trimmed
 * (they are routing keys); body is kept verbatim. Each value is encoded once
 * with {@link encodeParam}.
 *
 * @param options - See {@link MessagesOptions}.
 * @returns The link.
 * @throws {MessageUsError} code `invalid-business-id` (field `businessId`)
 *   when the ID is missing, not a string or not a UUID; code `invalid-option`
 *   when `options` is not an object (field `options`) or intent, group or body
 *   is neither a string nor absent (field named after it). The message names
 *   the field and shows a valid example.
 * @example
 * buildMessagesUrl({
 *   businessId: '22222222-dddd-4444-bbbb-777777777777',
 *   intent: 'account_question',
 *   body: 'Order additional credit card',
 * });
 * // → 'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777'
 * //   + '?biz-intent-id=account_question&body=Order%20additional%20credit%20card'
 */
export function buildMessagesUrl(options: MessagesOptions): string {
  const source: unknown = options;
  if (!isRecord(source)) {
    throw new MessageUsError(
      'invalid-option',
      'options',
      MESSAGES.notAnObject(describeType(source))
    );
  }
  const idError = businessIdError(source.businessId);
  if (idError) {
    throw new MessageUsError('invalid-business-id', 'businessId', idError.message);
  }
  for (const [field] of PARAMS) {
    const error = typeError(field, source[field]);
    if (error) throw new MessageUsError('invalid-option', field, error.message);
  }
  return serialize(normalize(source.businessId as string, source));
}

/** What {@link parseMessagesUrl} returns: the options, and how the link strayed from the canonical form. */
export interface ParsedMessagesUrl extends MessagesOptions {
  /**
   * Present, and not empty, only when the link was read in a tolerated
   * non-canonical form (field `link`, severity `warning`); absent for a
   * canonical link, so older callers comparing whole results still match.
   */
  warnings?: ValidationProblem[];
}

/** What {@link canonicalizeMessagesUrl} returns. */
export interface CanonicalMessagesUrl {
  /** The link as {@link buildMessagesUrl} writes it for the same options. */
  href: string;
  /** Everything worth telling the author, in order; empty when nothing is. */
  warnings: ValidationProblem[];
}

interface ReadLink {
  id: string;
  /** Decoded values, not yet trimmed, so the caller can warn about them. */
  values: Partial<Record<TextField, string>>;
  warnings: ValidationProblem[];
}

/**
 * The query of a link as key/value pairs: `null` for an empty pair, a pair
 * without `=`, or a value that does not decode.
 */
function readPairs(query: string): Array<[key: string, value: string]> | null {
  const pairs: Array<[string, string]> = [];
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    if (equals === -1) return null;
    const value = decode(pair.slice(equals + 1));
    if (value === null) return null;
    pairs.push([pair.slice(0, equals), value]);
  }
  return pairs;
}

function readMessagesUrl(url: unknown): ReadLink | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (RAW_FORBIDDEN.test(trimmed)) return null;
  const link = trimmed.replace(HTML_AMP, '&');
  const redirect = REDIRECT_PREFIX.exec(link);
  let head: string;
  let id: string | undefined;
  let query: string | null;
  let missingQuestionMark = false;
  if (redirect !== null) {
    head = redirect[0];
    query = link.slice(head.length);
  } else if (link.slice(0, MESSAGES_LINK_BASE.length).toLowerCase() === MESSAGES_LINK_BASE) {
    head = link.slice(0, MESSAGES_LINK_BASE.length);
    const rest = link.slice(head.length);
    const cut = rest.search(/[?&]/);
    id = cut === -1 ? rest : rest.slice(0, cut);
    query = cut === -1 ? null : rest.slice(cut + 1);
    missingQuestionMark = rest[cut] === '&';
  } else {
    return null;
  }
  const values: Partial<Record<TextField, string>> = {};
  const renamed: ValidationProblem[] = [];
  let service: string | undefined;
  const pairs = query === null ? [] : readPairs(query);
  if (pairs === null) return null;
  for (const [key, value] of pairs) {
    if (redirect !== null && key === 'recipient' && id === undefined) {
      // The ID arrives decoded here, so `urn%3Abiz%3A…` reads too.
      if (!URN.test(value)) return null;
      head += value.slice(0, 8);
      id = value.slice(8);
      continue;
    }
    if (redirect !== null && key === 'service' && service === undefined) {
      service = value;
      continue;
    }
    const alias = KEY_ALIASES.get(key);
    const field = FIELD_BY_KEY.get(key) ?? alias;
    if (field === undefined || values[field] !== undefined) return null;
    if (alias !== undefined) {
      const canonical = KEY_BY_FIELD.get(field) as string;
      renamed.push(
        problem(
          'link',
          'nonstandard-key',
          'warning',
          MESSAGES.nonstandardKey(key, canonical, field)
        )
      );
    }
    values[field] = value;
  }
  // Only an iMessage recipient is a Messages for Business chat; `service=SMS`
  // would be a text message to a phone number.
  if (service !== undefined && service.toLowerCase() !== 'imessage') return null;
  if (id === undefined || !UUID.test(id)) return null;

  const warnings: ValidationProblem[] = [];
  const warn = (code: string, message: string) =>
    warnings.push(problem('link', code, 'warning', message));
  if (trimmed !== url) warn('whitespace', MESSAGES.linkWhitespace());
  if (head !== head.toLowerCase() || id !== id.toLowerCase()) {
    warn('upper-case', MESSAGES.linkUpperCase());
  }
  if (redirect !== null) warn('redirect-form', MESSAGES.redirectForm(redirect[0].slice(0, -1)));
  if (missingQuestionMark) warn('missing-question-mark', MESSAGES.missingQuestionMark());
  if (link !== trimmed) warn('html-entity', MESSAGES.htmlEntity());
  warnings.push(...renamed);
  if (query?.includes(' ')) warn('unencoded-space', MESSAGES.unencodedSpace());
  return {id, values, warnings};
}

/**
 * Reads a deep link back into options: the inverse of
 * {@link buildMessagesUrl}, so `parseMessagesUrl(buildMessagesUrl(o))` equals
 * the normalised `o` (with no `warnings` key).
 *
 * Canonical: `https://bcrw.apple.com/urn:biz:<uuid>`, optionally followed by
 * `?` and `key=value` pairs joined by `&`, where the keys are
 * `biz-intent-id`, `biz-group-id` and `body`, each at most once, in any
 * order. Hex digits may be in either case, `+` is a literal plus (Apple
 * writes spaces as `%20`), and empty values are dropped.
 *
 * Also read, each with a warning in `warnings` (field `link`, in this
 * order), because sites published them: surrounding whitespace
 * (`whitespace`); upper case in the scheme, host, `urn:biz:` or ID
 * (`upper-case`); the redirect forms `https://bcrw.apple.com/sms:open?`,
 * `sms://open?`, `messages://open?` (each also with `/` before `?`) and
 * `https://bcrw.apple.com/business/api/messageprofiles/redirecthelper?`,
 * whose query carries `recipient=urn:biz:<uuid>` and optionally
 * `service=iMessage` among the other keys (`redirect-form`); `&` instead of
 * `?` after the ID (`missing-question-mark`); `&amp;` for `&`
 * (`html-entity`); the keys `bizintent-id`, `intent`, `bizgroup-id` and
 * `group` (`nonstandard-key`, one per key); raw spaces in the query
 * (`unencoded-space`).
 *
 * Rejected (`null`): other schemes or hosts, `data-apple-business-*` keys,
 * unknown, duplicated (also under an alias) or valueless keys, a `service`
 * other than iMessage, empty pairs (`?`, `&&`, trailing `&`), malformed
 * percent-encoding or non-UTF-8 bytes, raw control characters, and any `#`:
 * a fragment is never part of a deep link, and a raw `#` usually means a
 * value was not encoded and Apple would drop the rest.
 *
 * @param url - The link; non-strings give `null`.
 * @returns The normalised options (lower-case ID, intent and group trimmed,
 *   only the keys that have a value) plus `warnings` when the form was not
 *   canonical, or `null`. Never throws.
 * @example
 * parseMessagesUrl(
 *   'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777?body=Hi%20there'
 * );
 * // → {businessId: '22222222-dddd-4444-bbbb-777777777777', body: 'Hi there'}
 * parseMessagesUrl('https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777&group=Technician');
 * // → {businessId: '22222222-dddd-4444-bbbb-777777777777', group: 'Technician',
 * //    warnings: [{field: 'link', code: 'missing-question-mark', …},
 * //               {field: 'link', code: 'nonstandard-key', …}]}
 */
export function parseMessagesUrl(url: string): ParsedMessagesUrl | null {
  const read = readMessagesUrl(url);
  if (read === null) return null;
  const result: ParsedMessagesUrl = normalize(read.id, read.values);
  if (read.warnings.length > 0) result.warnings = read.warnings;
  return result;
}

/**
 * Turns a link found on a site, in a CMS field or pasted by a marketer into
 * the canonical link, with everything worth telling its author.
 *
 * Reads what {@link parseMessagesUrl} reads. The warnings are first those
 * about the link's form (field `link`), then those
 * {@link validateMessagesOptions} gives for the decoded values: surrounding
 * whitespace in intent or group (which the canonical link drops), reserved
 * or control characters in them, and a canonical link over 2,048
 * characters. Spelling differences that change nothing (lower-case `%xx`,
 * raw `'`, `(`, non-ASCII text) are rewritten without a warning.
 *
 * @param input - The link; non-strings give `null`.
 * @returns `{href, warnings}`, or `null` when the input is not a Messages
 *   for Business link. Never throws.
 * @example
 * canonicalizeMessagesUrl(
 *   'sms://open?service=iMessage&recipient=urn:biz:22222222-dddd-4444-bbbb-777777777777&body=Hi'
 * );
 * // → {href: 'https://bcrw.apple.com/urn:biz:22222222-dddd-4444-bbbb-777777777777?body=Hi',
 * //    warnings: [{field: 'link', code: 'redirect-form', severity: 'warning',
 * //      message: 'link uses the redirect form "sms://open", read as the canonical link; use e.g. "…".'}]}
 */
export function canonicalizeMessagesUrl(input: unknown): CanonicalMessagesUrl | null {
  const read = readMessagesUrl(input);
  if (read === null) return null;
  return {
    href: serialize(normalize(read.id, read.values)),
    warnings: [...read.warnings, ...validateMessagesOptions({businessId: read.id, ...read.values})],
  };
}

/**
 * Lists every problem with options for {@link buildMessagesUrl}, without
 * throwing.
 *
 * Errors (no link can be built): `options` not an object (`invalid-type`);
 * businessId `missing-business-id`, `invalid-type` or `invalid-business-id`;
 * intent, group or body neither a string nor absent (`invalid-type`).
 * Warnings for intent and group: `whitespace` (leading or trailing, which is
 * trimmed), `reserved-character` (raw `& # [ ] ( ) { } /`, which Apple
 * reserves), `control-character`. Body is text for the customer, so it may
 * hold any of those. When there is no error, a link longer than 2,048
 * characters gives `link-too-long` (field `link`).
 *
 * Problems come in field order (businessId, intent, group, body, link) and,
 * within a field, in the order listed above.
 *
 * @param options - Anything; typically a {@link MessagesOptions} from
 *   attributes or a CMS form.
 * @returns The problems; an empty array when the options are fine.
 * @example
 * validateMessagesOptions({
 *   businessId: '22222222-dddd-4444-bbbb-777777777777',
 *   intent: 'billing/faq',
 * });
 * // → [{field: 'intent', code: 'reserved-character', severity: 'warning',
 * //     message: 'intent "billing/faq" contains "/", which Apple reserves; use e.g. "billing_faq".'}]
 */
export function validateMessagesOptions(
  options: Partial<MessagesOptions> | unknown
): ValidationProblem[] {
  if (!isRecord(options)) {
    return [
      problem('options', 'invalid-type', 'error', MESSAGES.notAnObject(describeType(options))),
    ];
  }
  const problems: ValidationProblem[] = [];
  const idError = businessIdError(options.businessId);
  if (idError) problems.push(idError);
  for (const [field] of PARAMS) {
    const value = options[field];
    const error = typeError(field, value);
    if (error) {
      problems.push(error);
    } else if (typeof value === 'string' && field !== 'body') {
      problems.push(...routingWarnings(field, value));
    }
  }
  if (problems.every((found) => found.severity === 'warning')) {
    const length = serialize(normalize(options.businessId as string, options)).length;
    if (length > MAX_LINK_LENGTH) {
      problems.push(problem('link', 'link-too-long', 'warning', MESSAGES.linkTooLong(length)));
    }
  }
  return problems;
}
