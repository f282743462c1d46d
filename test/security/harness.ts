/**
 * What the security tests share: the attributes of each element, baseline
 * configurations that reach every outcome, a guard that catches escaped
 * exceptions, canary writes and console warnings, and the checks made on a
 * rendered element (allowed link schemes, expected shadow DOM only).
 */
import {BAIT, CANARY} from './payloads.js';
import {TAGS as SCHEMA_TAGS, attributesFor, type Tag as SchemaTag} from '../../src/core/schema.js';

export const ID = '22222222-dddd-4444-bbbb-777777777777';
export const PHONE = '+12163954902';

/**
 * Every attribute each element reads: its options from the schema, plus the
 * page's own `lang` and `dir`, which the elements read as well. The launcher
 * (a separate entry) is left to its own tests: its departments are these
 * elements.
 */
export const ATTRIBUTES = Object.fromEntries(
  SCHEMA_TAGS.filter((tag) => tag !== 'message-us-launcher').map((tag) => [
    tag,
    [...attributesFor(tag), 'lang', 'dir'],
  ])
) as unknown as Record<Exclude<SchemaTag, 'message-us-launcher'>, readonly string[]>;

export type Tag = keyof typeof ATTRIBUTES;
export const TAGS = Object.keys(ATTRIBUTES) as Tag[];

/** The outcomes an element can reach. */
export const OUTCOMES = ['messages', 'fallback', 'hidden', 'invalid'] as const;

const FALLBACK = {'business-id': ID, platform: 'other', unsupported: 'fallback', phone: PHONE};

/**
 * Valid configurations that reach each kind of link, so a hostile value in
 * any one attribute meets every code path that renders one: the Messages
 * link, a phone fallback (`sms` parses the number and encodes the body, as
 * the `tel:` and WhatsApp fallbacks do; the core tests cover those builders)
 * and a web fallback.
 */
export const BASELINES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  messages: {
    'business-id': ID,
    platform: 'apple',
    intent: 'account_question',
    group: 'billing_department',
    body: 'Hello',
  },
  sms: {...FALLBACK, 'fallback-channel': 'sms', body: 'Hello'},
  web: {
    ...FALLBACK,
    'fallback-channel': 'web',
    'fallback-href': 'https://example.com/contact',
  },
};

/** The shape of a rendered element, as the tests read it. */
export interface RenderedElement extends HTMLElement {
  readonly outcome: string;
  readonly href: string | null;
  readonly channel: string | null;
  readonly updateComplete: Promise<boolean>;
}

/** Creates an element with the given attributes, not yet connected. */
export function create(tag: Tag, attributes: Record<string, string>): RenderedElement {
  const element = document.createElement(tag) as unknown as RenderedElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * Waits until every element has rendered, including updates a render
 * requests of itself (Lit resolves `updateComplete` only when none is
 * pending).
 */
export async function allRendered(elements: Iterable<RenderedElement>): Promise<void> {
  await Promise.all(Array.from(elements, (element) => element.updateComplete));
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const task = () => new Promise((resolve) => setTimeout(resolve, 0));

// Kept before any test wraps fetch (privacy.test.ts counts fetch calls).
const fetchUntouched = window.fetch.bind(window);
const BARRIER = '?message-us-barrier=';
let barriers = 0;

/**
 * Lets the page do what a render could have set off: style and layout
 * (which start background-image and font loads), image loads and their
 * `onerror` handlers, and queued events. Not a timed assertion: it only
 * gives those effects the chance to happen before the checks look for them.
 *
 * Engines add a resource timing entry some time after its request ends
 * (Firefox can take longer than a frame), so a request of our own, the
 * barrier, goes to the same server after the layout, and settle() returns
 * once the barrier's entry is visible: entries of requests the layout
 * started are then visible too.
 */
export async function settle(root: Element): Promise<void> {
  // Reading layout forces style resolution of the shadow trees too.
  void root.getBoundingClientRect();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const base = element.shadowRoot?.querySelector('a');
    if (base) void getComputedStyle(base).backgroundImage;
  }
  await frame();
  await frame();
  await task();
  const barrier = `/test/security/pages/probe.js${BARRIER}${barriers++}`;
  await (await fetchUntouched(barrier)).text();
  for (let i = 0; i < 200; i++) {
    if (performance.getEntriesByType('resource').some(({name}) => name.endsWith(barrier))) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await frame();
}

/**
 * Waits until `check()` holds, for at most five seconds, and says whether
 * it did. For the control tests, which must see an effect however late the
 * engine reports it.
 */
export async function eventually(check: () => boolean): Promise<boolean> {
  for (let i = 0; i < 500; i++) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return check();
}

/** URLs requested since the buffer was last cleared, except settle()'s barriers. */
export function requestedUrls(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => !url.includes(BARRIER));
}

/** Requests for the bait file (`…/x`, with or without a query). */
export function baitRequests(): string[] {
  return requestedUrls().filter((url) => {
    try {
      return new URL(url).pathname.split('/').pop() === BAIT;
    } catch {
      return false;
    }
  });
}

/** What a {@link guard} saw. */
export interface Guarded {
  /** Messages of exceptions and rejections that reached the window. */
  errors: string[];
  /** Every `console.warn` call, joined to one string each. */
  warnings: string[];
  /** Whether anything set the canary. */
  pwned(): boolean;
  /** Restores the console and listeners; call it in `afterEach`. */
  restore(): void;
}

/**
 * Watches the window while a test runs: escaped exceptions and rejections,
 * writes to the canary (a setter, so even a write followed by a delete is
 * seen), and console warnings, which are captured rather than printed so a
 * run with thousands of hostile values does not flood the test log.
 */
export function guard(): Guarded {
  const errors: string[] = [];
  const warnings: string[] = [];
  let hits = 0;
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  Object.defineProperty(window, CANARY, {
    configurable: true,
    get: () => undefined,
    set: () => {
      hits++;
    },
  });
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  return {
    errors,
    warnings,
    pwned: () => hits > 0,
    restore() {
      console.warn = warn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      delete (window as unknown as Record<string, unknown>)[CANARY];
    },
  };
}

// What an element may render in its shadow root: the link, its spans,
// slots and the inline SVG glyph.
const ALLOWED_ELEMENTS = new Set(['a', 'span', 'slot', 'svg', 'path']);
// Attributes that load something or run something, wherever they appear.
const DANGEROUS_ATTRIBUTE =
  /^(?:on.*|src|srcdoc|srcset|data|action|formaction|xlink:href|background|poster|ping)$/i;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// Query values are encoded with encodeURIComponent plus `!'()*`, so only
// unreserved characters and %XX escapes remain in them. A plain character
// class here, and the escapes checked apart (BAD_ESCAPE): an alternation
// under `*` makes JavaScriptCore give up (no match) on megabyte links.
const ENCODED = '[A-Za-z0-9\\-._~%]*';
const BAD_ESCAPE = /%(?![0-9A-F]{2})/;
const E164 = '\\+[1-9]\\d{6,14}';

/** Exact shapes of the links each channel may render. */
export const ALLOWED_LINKS: Readonly<Record<string, RegExp>> = {
  messages: new RegExp(
    `^https://bcrw\\.apple\\.com/urn:biz:${UUID}(?:\\?(?:biz-intent-id|biz-group-id|body)=${ENCODED}(?:&(?:biz-group-id|body)=${ENCODED})*)?$`
  ),
  phone: new RegExp(`^tel:${E164}$`),
  sms: new RegExp(`^sms:${E164}(?:[?&]body=${ENCODED})?$`),
  whatsapp: new RegExp(`^https://wa\\.me/[1-9]\\d{6,14}(?:\\?text=${ENCODED})?$`),
};

/**
 * Why a rendered link is not acceptable for its channel, or null. Web links
 * are judged by the browser's own URL parser (the one that will follow the
 * link): http or https, no user name or password, already normalised.
 */
export function linkProblem(channel: string | null, href: string): string | null {
  if (channel === 'web') {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return `web link ${JSON.stringify(href)} does not parse`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return `web link ${JSON.stringify(href)} has scheme ${url.protocol}`;
    }
    if (url.username || url.password) return `web link ${JSON.stringify(href)} has user info`;
    if (url.href !== href) return `web link ${JSON.stringify(href)} is not normalised`;
    return null;
  }
  const shape = channel === null ? undefined : ALLOWED_LINKS[channel];
  if (!shape) return `unexpected channel ${String(channel)} for ${JSON.stringify(href)}`;
  return shape.test(href) && !BAD_ESCAPE.test(href)
    ? null
    : `${channel} link ${JSON.stringify(href.slice(0, 200))} is not allowed`;
}

/**
 * Every way a rendered element breaks the rules: outcome and link out of
 * step, a link with a scheme or shape its channel does not allow, elements
 * or attributes in the shadow root that could run or load something, inline
 * styles other than the element's own custom properties, or a background
 * image (unless `styles` is false). Returns an empty list for a sound
 * element.
 */
export function renderProblems(
  element: RenderedElement,
  {
    styles = true,
    elements = ALLOWED_ELEMENTS,
  }: {styles?: boolean; elements?: ReadonlySet<string>} = {}
): string[] {
  const problems: string[] = [];
  const {outcome, channel, href} = element;
  const root = element.shadowRoot;
  if (!(OUTCOMES as readonly string[]).includes(outcome)) problems.push(`outcome ${outcome}`);
  if (!root) return [...problems, 'no shadow root'];
  const links = root.querySelectorAll('a');
  const rendersLink = outcome === 'messages' || outcome === 'fallback';
  if (links.length !== (rendersLink ? 1 : 0)) {
    problems.push(`${links.length} links for outcome ${outcome}`);
  }
  if (rendersLink) {
    const link = links[0];
    const attribute = link?.getAttribute('href') ?? null;
    if (href === null || attribute !== href) {
      problems.push(`href property ${String(href)} and attribute ${String(attribute)} differ`);
    } else {
      const problem = linkProblem(channel, href);
      if (problem) problems.push(problem);
    }
    if ((outcome === 'messages') !== (channel === 'messages')) {
      problems.push(`channel ${String(channel)} for outcome ${outcome}`);
    }
  } else if (href !== null || channel !== null) {
    problems.push(`href ${String(href)} / channel ${String(channel)} for outcome ${outcome}`);
  }
  for (const node of Array.from(root.querySelectorAll('*'))) {
    const name = node.localName;
    if (!elements.has(name)) problems.push(`unexpected <${name}> in the shadow root`);
    for (const attribute of node.getAttributeNames()) {
      if (DANGEROUS_ATTRIBUTE.test(attribute)) problems.push(`<${name} ${attribute}>`);
      if (attribute === 'href' && name !== 'a') problems.push(`href on <${name}>`);
    }
    if (styles) problems.push(...styleProblems(node));
  }
  const base = links[0];
  if (styles && base) {
    const image = getComputedStyle(base).backgroundImage;
    if (image !== 'none' && image !== '') problems.push(`background-image ${image.slice(0, 80)}`);
  }
  return problems;
}

/**
 * Inline styles on one rendered node that are not the element's own
 * private custom properties (`--_…`, set through CSSOM by the token
 * mechanism), or private properties whose value could load something.
 */
export function styleProblems(node: Element): string[] {
  const problems: string[] = [];
  if (!(node instanceof HTMLElement || node instanceof SVGElement)) return problems;
  const name = node.localName;
  const {style} = node;
  for (let i = 0; i < style.length; i++) {
    const property = style.item(i);
    if (!property.startsWith('--_')) {
      problems.push(
        `inline ${property}: ${style.getPropertyValue(property).slice(0, 80)} on <${name}>`
      );
    } else if (
      // The font list only feeds font-family, which loads nothing; every
      // other private property is a colour or a length.
      property !== '--_font' &&
      /url\(|image-set\(|image\(|expression\(/i.test(style.getPropertyValue(property))
    ) {
      problems.push(
        `${property} loads something: ${style.getPropertyValue(property).slice(0, 80)}`
      );
    }
  }
  return problems;
}
