/**
 * Opt-in analytics: which calls a click on an element makes to the page's
 * own Google Tag Manager, Google Analytics 4 and Meta pixel. Pure: the
 * element passes what was clicked and gets the calls to make; it never
 * loads a tag, makes a request or stores anything itself.
 */
import {coded, DEV, shown} from './dev.js';
import {quote} from './options.js';

/** The analytics tools the `analytics` attribute can name. */
export type AnalyticsTarget = 'ga4' | 'gtm' | 'meta';

/** Every {@link AnalyticsTarget}, in the order their calls are made. */
export const ANALYTICS_TARGETS: readonly AnalyticsTarget[] = ['gtm', 'ga4', 'meta'];

/** Google's recommended GA4 event for a request for contact. */
export const DEFAULT_GA4_EVENT = 'generate_lead';

/** The `dataLayer` event name pushed for Google Tag Manager. */
export const GTM_EVENT = 'message_us_click';

/** What was clicked, as the analytics calls report it. */
export interface AnalyticsClick {
  /** `messages`, `phone`, `sms`, `whatsapp`, `messenger`, `email` or `web`. */
  channel: string;
  intent?: string | null;
  group?: string | null;
  businessId: string;
  /** `apple` or `other`. */
  platform: 'apple' | 'other';
  /** The element's tag, e.g. `message-us-button`. */
  element: string;
  /** The visible label. */
  label: string;
  /** Whether the team is within its business hours, when hours are set. */
  open?: boolean;
}

/** One call to make: `window[fn](...args)`, or a `dataLayer.push(args[0])` for `dataLayer`. */
export interface AnalyticsCall {
  target: AnalyticsTarget;
  fn: 'dataLayer' | 'gtag' | 'fbq';
  args: unknown[];
}

/**
 * Reads the `analytics` attribute: space- or comma-separated targets, any
 * case. Unknown names are left out with one problem each.
 *
 * @param input - The attribute, e.g. `ga4 gtm`.
 * @returns The targets in call order, and the problems.
 * @example parseAnalytics('GA4, meta') // {targets: ['ga4', 'meta'], problems: []}
 */
export function parseAnalytics(input: string | null | undefined): {
  targets: AnalyticsTarget[];
  problems: string[];
} {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const token of (input ?? '').toLowerCase().split(/[\s,]+/)) {
    if (!token) continue;
    if ((ANALYTICS_TARGETS as readonly string[]).includes(token)) names.add(token);
    else {
      problems.push(
        DEV
          ? `analytics names ${quote(token)}, which is not one of ga4, gtm, meta; it is ignored. Example: analytics="ga4 gtm"`
          : coded('MU16', shown('analytics', token))
      );
    }
  }
  return {targets: ANALYTICS_TARGETS.filter((target) => names.has(target)), problems};
}

/**
 * Reads the `analytics-event` attribute: the GA4 event name. GA4 drops an
 * event whose name breaks its rules without a word to the site, so a bad
 * name is replaced by {@link DEFAULT_GA4_EVENT}, with a problem. The rules:
 * a letter first, then letters, digits and underscores, 40 characters at most.
 *
 * @param input - The attribute; blank means the default.
 * @returns The name to send, and the problem, if any.
 * @example parseAnalyticsEvent(' contact_click ') // {name: 'contact_click'}
 * @example parseAnalyticsEvent('contact click').name // 'generate_lead'
 */
export function parseAnalyticsEvent(input: string | null | undefined): {
  name: string;
  problem?: string;
} {
  const name = (input ?? '').trim();
  if (!name) return {name: DEFAULT_GA4_EVENT};
  if (/^\p{L}[\p{L}\p{N}_]{0,39}$/u.test(name)) return {name};
  return {
    name: DEFAULT_GA4_EVENT,
    problem: DEV
      ? `analytics-event=${quote(name)} is not a GA4 event name (a letter first, then letters, digits and underscores, at most 40 characters); sending "${DEFAULT_GA4_EVENT}". Example: analytics-event="contact_click"`
      : coded('MU16', shown('analytics-event', name)),
  };
}

/**
 * The calls a click makes for the chosen targets, in order:
 *
 * - `gtm`: `dataLayer.push({event: 'message_us_click', channel, intent,
 *   group, business_id, platform, element, label})`;
 * - `ga4`: `gtag('event', eventName, {channel, intent, group, business_id, platform})`;
 * - `meta`: `fbq('track', 'Contact', {channel, intent, group})`.
 *
 * An absent intent or group is left out, never an empty string; `open` is
 * added when business hours are set.
 *
 * @param targets - From {@link parseAnalytics}.
 * @param click - What was clicked.
 * @param ga4Event - The GA4 event name (`analytics-event`); blank means `generate_lead`.
 * @returns The calls.
 */
export function analyticsCalls(
  targets: readonly AnalyticsTarget[],
  click: AnalyticsClick,
  ga4Event?: string | null
): AnalyticsCall[] {
  const routing: Record<string, unknown> = {channel: click.channel};
  if (click.intent) routing.intent = click.intent;
  if (click.group) routing.group = click.group;
  const hours = click.open === undefined ? {} : {open: click.open};
  const common = {...routing, business_id: click.businessId, platform: click.platform, ...hours};
  const calls: Record<AnalyticsTarget, AnalyticsCall> = {
    gtm: {
      target: 'gtm',
      fn: 'dataLayer',
      args: [{event: GTM_EVENT, ...common, element: click.element, label: click.label}],
    },
    ga4: {
      target: 'ga4',
      fn: 'gtag',
      args: ['event', ga4Event?.trim() || DEFAULT_GA4_EVENT, common],
    },
    meta: {target: 'meta', fn: 'fbq', args: ['track', 'Contact', {...routing, ...hours}]},
  };
  return targets.map((target) => calls[target]);
}
