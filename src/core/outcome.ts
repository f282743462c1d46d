/**
 * What an element shows, decided from its configuration and the platform:
 * the Messages link, a fallback link, nothing (hidden), or nothing because
 * the configuration is invalid. Pure, so every row of the decision table is
 * unit-tested without a browser page.
 */
import {coded, DEV, shown} from './dev.js';
import {buildMessagesUrl, normalizeBusinessId} from './messages-url.js';
import {
  buildSmsUrl,
  buildTelUrl,
  buildWhatsAppUrl,
  normalizePhone,
  normalizeWebUrl,
} from './fallback.js';
import {preview, toText} from './options.js';

export type Outcome = 'messages' | 'fallback' | 'hidden' | 'invalid';
export type Channel = 'messages' | 'phone' | 'sms' | 'whatsapp' | 'web';
export type UnsupportedPolicy = 'hide' | 'fallback' | 'show';
export type FallbackChannel = 'auto' | 'phone' | 'sms' | 'whatsapp' | 'web';

export const UNSUPPORTED_POLICIES: readonly UnsupportedPolicy[] = ['hide', 'fallback', 'show'];
export const FALLBACK_CHANNELS: readonly FallbackChannel[] = [
  'auto',
  'phone',
  'sms',
  'whatsapp',
  'web',
];

export interface OutcomeInput {
  businessId?: string | null;
  intent?: string | null;
  group?: string | null;
  body?: string | null;
  /** Apple Messages for Business works on the (real or previewed) device. */
  supported: boolean;
  /** The device is an Apple one: decides the SMS link style. */
  apple: boolean;
  unsupported: UnsupportedPolicy;
  phone?: string | null;
  fallbackHref?: string | null;
  fallbackChannel?: FallbackChannel;
  /** Base for a relative `fallback-href` (the element passes `document.baseURI`). */
  baseUrl?: string;
}

export interface OutcomeResult {
  outcome: Outcome;
  /** The channel the link opens, or null when nothing is shown. */
  channel: Channel | null;
  href: string | null;
  /** The normalised E.164 number when a phone channel is chosen. */
  phone: string | null;
  /** Configuration problems worth a console warning, each naming its attribute with an example. */
  problems: string[];
}

const EXAMPLE_PHONE = 'phone="+12163954902"';

// Attributes arrive as strings, but a property set from script may hold a
// number or anything else; reading every text input this way keeps the
// decision from throwing.
const text = (value: unknown) => (value == null ? undefined : toText(value));
const EXAMPLE_HREF = 'fallback-href="https://example.com/contact"';

/**
 * Decides what an element shows.
 *
 * - An invalid or missing `business-id` renders nothing (`invalid`).
 * - Where Messages works, or with `unsupported: 'show'`, the Messages link.
 * - Elsewhere `hide` gives `hidden`, and `fallback` the first usable fallback
 *   (`fallbackChannel: 'auto'` prefers the phone, then the web page); with no
 *   usable fallback the element hides.
 *
 * Bad phone numbers and fallback links, and an `unsupported: 'fallback'`
 * without a usable target, are reported in `problems` whatever the platform. Text inputs that are not strings (a property set from
 * script) are converted with `toText()`. Never throws.
 *
 * @param input - The configuration and platform; see {@link OutcomeInput}.
 * @returns The outcome, its channel and link, and the problems found.
 * @example
 * resolveOutcome({
 *   businessId: '22222222-dddd-4444-bbbb-777777777777',
 *   supported: false,
 *   apple: false,
 *   unsupported: 'fallback',
 *   phone: '+1 216 395 4902',
 * });
 * // {outcome: 'fallback', channel: 'phone', href: 'tel:+12163954902',
 * //  phone: '+12163954902', problems: []}
 */
export function resolveOutcome(input: OutcomeInput): OutcomeResult {
  const problems: string[] = [];
  const done = (
    outcome: Outcome,
    channel: Channel | null = null,
    href: string | null = null,
    phone: string | null = null
  ): OutcomeResult => ({
    outcome,
    channel,
    href,
    phone,
    problems,
  });

  // Fallback targets are checked whatever the platform, so a typo shows up
  // in the console on the developer's Mac too, not only on customers' phones.
  const rawPhone = text(input.phone)?.trim() || null;
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  if (rawPhone && !phone) {
    problems.push(
      DEV
        ? `phone="${preview(rawPhone)}" is not an international phone number; start it with + and the country code. Example: ${EXAMPLE_PHONE}`
        : coded('MU11', shown('phone', rawPhone))
    );
  }
  const rawHref = text(input.fallbackHref)?.trim() || null;
  const web = rawHref ? normalizeWebUrl(rawHref, input.baseUrl) : null;
  if (rawHref && !web) {
    problems.push(
      DEV
        ? `fallback-href="${preview(rawHref)}" is not an http: or https: address; it is ignored. Example: ${EXAMPLE_HREF}`
        : coded('MU12', shown('fallback-href', rawHref))
    );
  }

  const businessId = normalizeBusinessId(input.businessId);
  if (!businessId) return done('invalid');

  // A fallback that can never work is reported on every platform: the
  // developer testing on a Mac must see what Android users will get.
  const wanted = input.fallbackChannel ?? 'auto';
  if (input.unsupported === 'fallback') {
    if (!rawPhone && !rawHref) {
      problems.push(
        DEV
          ? `unsupported="fallback" needs a fallback target; the element hides where Apple Messages is unavailable. Example: ${EXAMPLE_PHONE} or ${EXAMPLE_HREF}`
          : coded('MU13', 'unsupported="fallback"')
      );
    } else if (
      wanted !== 'auto' &&
      ((wanted === 'web' && !rawHref) || (wanted !== 'web' && !rawPhone))
    ) {
      problems.push(
        DEV
          ? `fallback-channel="${wanted}" needs ${wanted === 'web' ? 'fallback-href' : 'phone'}; the element hides where Apple Messages is unavailable. Example: ${wanted === 'web' ? EXAMPLE_HREF : EXAMPLE_PHONE}`
          : coded('MU13', shown('fallback-channel', wanted))
      );
    }
  }

  if (input.supported || input.unsupported === 'show') {
    return done(
      'messages',
      'messages',
      buildMessagesUrl({
        businessId,
        intent: text(input.intent),
        group: text(input.group),
        body: text(input.body),
      })
    );
  }
  if (input.unsupported === 'hide') return done('hidden');

  const body = text(input.body) || undefined;
  if (phone && (wanted === 'auto' || wanted === 'phone'))
    return done('fallback', 'phone', buildTelUrl(phone), phone);
  if (phone && wanted === 'sms') {
    return done(
      'fallback',
      'sms',
      buildSmsUrl({phone, body}, input.apple ? 'apple' : 'rfc5724'),
      phone
    );
  }
  if (phone && wanted === 'whatsapp')
    return done('fallback', 'whatsapp', buildWhatsAppUrl({phone, text: body}), phone);
  if (web && (wanted === 'auto' || wanted === 'web')) return done('fallback', 'web', web);
  return done('hidden');
}
