/**
 * Loads one of the static pages under test/security/pages in an iframe, so
 * each case starts from a fresh page (its own registry, globals and policy),
 * and waits for the report its probe (pages/probe.js) posts.
 */

/** A `securitypolicyviolation` event, as the probe records it. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** What a page's probe posts. */
export interface ProbeReport {
  kind: 'message-us-probe';
  page: string;
  violations: Violation[];
  /** Exceptions, rejections and failed script loads. */
  errors: string[];
  /** `console.warn` calls that start with `[message-us]`. */
  warnings: string[];
  /**
   * Each element's outcome, rendered `href` and computed size (a button's
   * height, a banner's minimum height), keyed by its id (or its container's).
   */
  results: Record<string, {outcome: string | undefined; href: string | null; size: string | null}>;
  /** Whatever the page's own script adds. */
  extra: unknown;
}

// A page that never reports has broken before its last script ran (a
// missing build, a syntax error): fail with what the probe saw by then
// instead of waiting for the runner's own timeout.
const PAGE_TIMEOUT_MS = 15000;

/**
 * Loads `url` in a visible iframe (hidden frames may get no animation
 * frames, which the probe waits for) and resolves with the probe's report.
 */
export function loadProbe(url: string): Promise<ProbeReport> {
  const iframe = document.createElement('iframe');
  iframe.width = '800';
  iframe.height = '600';
  return new Promise<ProbeReport>((resolve, reject) => {
    const timer = setTimeout(() => {
      const probe = (iframe.contentWindow as {__probe?: {state: unknown}} | null)?.__probe;
      done();
      reject(
        new Error(`${url} did not report; the probe saw ${JSON.stringify(probe?.state ?? null)}`)
      );
    }, PAGE_TIMEOUT_MS);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow || event.data?.kind !== 'message-us-probe') return;
      done();
      resolve(event.data as ProbeReport);
    };
    function done() {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      iframe.remove();
    }
    window.addEventListener('message', onMessage);
    iframe.src = url;
    document.body.append(iframe);
  });
}

/** Whether the server has a file (the Apple-compat bundle is built only once it exists). */
export async function served(url: string): Promise<boolean> {
  const response = await fetch(url, {method: 'HEAD'});
  return response.ok;
}

/** Each element's outcome and link, keyed as in the report. */
export function links(
  report: ProbeReport
): Record<string, {outcome?: string; href: string | null}> {
  return Object.fromEntries(
    Object.entries(report.results).map(([key, {outcome, href}]) => [key, {outcome, href}])
  );
}

/** Each element's computed size, keyed as in the report. */
export function sizes(report: ProbeReport): Record<string, string | null> {
  return Object.fromEntries(Object.entries(report.results).map(([key, {size}]) => [key, size]));
}
