/**
 * Reports an activation of the link to the page's own analytics tools, as
 * the `analytics` attribute asks: a push to Google Tag Manager's
 * `dataLayer`, a call to GA4's `gtag` or Meta's `fbq`. What to send comes
 * from the core (`analyticsCalls`); this module only finds the page's
 * functions. It loads no tag, makes no request and stores nothing: the
 * page's tags send, and honour consent, as they do for the rest of the site.
 */
import {coded, DEV} from '../core/dev.js';
import {analyticsCalls, type AnalyticsCall} from '../core/analytics.js';
import type {View} from '../core/view.js';
import {warnOnce} from './hint.js';

/** What was activated, as the `message-us-click` event reported it. */
export interface ReportedClick {
  channel: string;
  businessId: string;
  intent: string | null;
  group: string | null;
  platform: 'apple' | 'other';
}

type PageGlobals = {dataLayer?: unknown; gtag?: unknown; fbq?: unknown};

/** Each function: the attribute value that asks for it, and the tool behind it. */
const TOOLS = {
  dataLayer: {target: 'gtm', tool: 'Google Tag Manager', name: 'window.dataLayer.push'},
  gtag: {target: 'ga4', tool: 'Google tag', name: 'window.gtag'},
  fbq: {target: 'meta', tool: 'Meta pixel', name: 'window.fbq'},
} as const;

/** What a missing function means, and how a page gets it. */
const MISSING = DEV
  ? {
      gtag: 'analytics="ga4" is set but window.gtag is not defined; clicks are not sent to GA4. Load Google\'s tag before the first click, or use analytics="gtm" with Google Tag Manager. Example: <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>',
      fbq: "analytics=\"meta\" is set but window.fbq is not defined; clicks are not sent to Meta. Load the Meta pixel's base code before the first click. Example: fbq('init', '<your pixel ID>')",
    }
  : {gtag: coded('MU17', 'analytics="ga4"'), fbq: coded('MU17', 'analytics="meta"')};

/**
 * Makes one call. A missing `gtag` or `fbq` gets one warning per page, and
 * so does a tool that throws; the click goes ahead either way.
 */
function call({fn, args}: AnalyticsCall, page: PageGlobals, element: Element): void {
  try {
    if (fn === 'dataLayer') {
      // As Google's own snippet does: GTM reads what was pushed before it loaded.
      const layer = (page.dataLayer ??= []) as unknown[];
      layer.push(args[0]);
      return;
    }
    const tool = page[fn];
    if (typeof tool === 'function') tool(...args);
    else warnOnce(`analytics:${fn}`, MISSING[fn], element);
  } catch (error) {
    const {target, tool, name} = TOOLS[fn];
    warnOnce(
      `analytics-threw:${fn}`,
      DEV
        ? `analytics="${target}": ${name} threw (${String(error)}); the click went ahead without it. Check the page's ${tool} setup, or leave ${target} out. Example: analytics="${target === 'gtm' ? 'ga4' : 'gtm'}"`
        : coded('MU17', `analytics="${target}" (${String(error)})`),
      element
    );
  }
}

/**
 * Sends an activation to the tools the element's view names, in the
 * core's order (GTM, GA4, Meta). Never throws.
 *
 * @param element - The element clicked: its tag goes in the GTM payload,
 *   and warnings point at it.
 * @param view - The element's current view (targets, label, hours).
 * @param click - The `message-us-click` detail.
 * @param page - Where the tools live; the window by default.
 */
export function reportClick(
  element: Element,
  view: View,
  click: ReportedClick,
  page: PageGlobals = window as PageGlobals
): void {
  if (view.analytics.length === 0) return;
  const calls = analyticsCalls(
    view.analytics,
    {
      ...click,
      element: element.localName,
      label: view.label,
      // Only with hours: without them "open" says nothing.
      open: view.availability ? view.open : undefined,
    },
    view.analyticsEvent
  );
  for (const each of calls) call(each, page, element);
}
