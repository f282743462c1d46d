/**
 * Guards shared by the element tests. Importing this module installs, for
 * every test of the file:
 *
 * - a console.warn recorder: `[message-us]` warnings are collected for
 *   `takeWarnings()`, and a test that leaves any unread fails, so a valid
 *   configuration that warns is caught; a Lit dev-mode warning other than the
 *   "dev mode" notice (`lit.dev/msg/…`, e.g. `change-in-update`) fails the test;
 * - page error and unhandled rejection listeners: nothing may throw into the page;
 * - a console.info recorder: `[message-us]` hints (once per page, such as
 *   "hidden on this device") are collected for `takeInfos()` instead of being
 *   printed; unread ones do not fail a test (they are not mistakes), and the
 *   once-per-page memory is reset before each test, so which test sees a
 *   hint does not depend on test order;
 * - a window-level click guard that records whether the element cancelled the
 *   click, then cancels it, so no test ever navigates away (a `tel:` or
 *   Messages link followed would end the run); the same for middle clicks
 *   (`auxclick`), which would open a tab.
 */
import {fixture} from '@open-wc/testing';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {resetHints} from '../../src/shared/hint.js';

export const BUSINESS_ID = '22222222-dddd-4444-bbbb-777777777777';
export const MESSAGES_BASE = `https://bcrw.apple.com/urn:biz:${BUSINESS_ID}`;

const originalWarn = console.warn;
let recorded: string[] = [];
let litWarnings: string[] = [];
let pageErrors: string[] = [];

/** The second argument of each `[message-us]` warning: the element (or meta) it is about. */
export const warnedAbout: unknown[] = [];

const originalInfo = console.info;
let infos: string[] = [];
console.info = (...args: unknown[]) => {
  if (String(args[0]).startsWith('[message-us]')) infos.push(String(args[0]));
  else originalInfo.apply(console, args);
};

/** Returns the `[message-us]` console.info hints recorded since the last call and forgets them. */
export function takeInfos(): string[] {
  const taken = infos;
  infos = [];
  return taken;
}

console.warn = (...args: unknown[]) => {
  // The element (or meta) a warning is about is passed along for devtools;
  // everything else is part of the message.
  const message = args
    .filter((arg) => !(arg instanceof Node))
    .map(String)
    .join(' ');
  if (message.startsWith('[message-us]')) {
    recorded.push(message);
    warnedAbout.push(args.find((arg) => arg instanceof Node));
    return;
  }
  if (message.includes('lit.dev/msg/') && !message.includes('lit.dev/msg/dev-mode')) {
    litWarnings.push(message);
  }
  originalWarn.apply(console, args);
};

window.addEventListener('error', (event) => {
  pageErrors.push(`error: ${event.message}`);
});
window.addEventListener('unhandledrejection', (event) => {
  pageErrors.push(`unhandledrejection: ${String(event.reason)}`);
});

/** Native clicks seen at the window, with whether they were cancelled before reaching it. */
export const clicks: Array<{target: EventTarget | null; defaultPrevented: boolean}> = [];
window.addEventListener('click', (event) => {
  clicks.push({target: event.composedPath()[0] ?? null, defaultPrevented: event.defaultPrevented});
  event.preventDefault();
});
/** Middle clicks seen at the window, likewise. */
export const auxclicks: Array<{target: EventTarget | null; defaultPrevented: boolean}> = [];
window.addEventListener('auxclick', (event) => {
  auxclicks.push({
    target: event.composedPath()[0] ?? null,
    defaultPrevented: event.defaultPrevented,
  });
  event.preventDefault();
});

/** Returns the `[message-us]` warnings recorded since the last call and forgets them. */
export function takeWarnings(): string[] {
  const taken = recorded;
  recorded = [];
  return taken;
}

beforeEach(() => {
  recorded = [];
  litWarnings = [];
  pageErrors = [];
  clicks.length = 0;
  auxclicks.length = 0;
  warnedAbout.length = 0;
  infos = [];
  resetHints();
});

afterEach(function () {
  const found: string[] = [
    ...pageErrors.map((e) => `thrown into the page: ${e}`),
    ...litWarnings.map((w) => `Lit dev-mode warning: ${w}`),
    ...recorded.map((w) => `unexpected warning: ${w}`),
  ];
  recorded = [];
  if (found.length && this.currentTest?.state !== 'failed') {
    // Failing the test through the hook's error() fails that test only; a
    // throwing afterEach would abort the rest of the suite.
    (this.test as unknown as {error(error: Error): void}).error(new Error(found.join('\n')));
  }
});

export type Tag = 'message-us-button' | 'message-us-banner';

/** The engine running the tests, for the few skips that need one. */
export const engine: 'chromium' | 'firefox' | 'webkit' = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Renders `<tag attrs…>inner</tag>` from markup, as a page author writes it,
 * and waits for its first update.
 */
export function make<T extends MessageUsElement = MessageUsElement>(
  tag: string,
  attrs: Record<string, string> = {},
  inner = ''
): Promise<T> {
  const attributes = Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return fixture<T>(`<${tag}${attributes}>${inner}</${tag}>`).then(settled);
}

/**
 * Renders page markup that holds elements of ours (a wrapper, styles,
 * neighbours), as an author writes it, and waits for the first update of
 * every element in it: `fixture()` waits only for the wrapper, and a first
 * render may be queued for a later task (src/shared/render-queue.ts).
 */
export async function place<T extends Element = HTMLElement>(html: string): Promise<T> {
  const root = await fixture<T>(html);
  const ours = root.querySelectorAll<MessageUsElement>(
    'message-us-button, message-us-banner, message-us-launcher'
  );
  await Promise.all(Array.from(ours, (element) => element.updateComplete));
  return settled(root);
}

/**
 * Waits one task after rendering, so queued contrast checks (run together
 * in a timer task, see MessageUsElement) have reported.
 */
export async function settled<T>(value: T): Promise<T> {
  await new Promise((resolve) => setTimeout(resolve));
  return value;
}

/**
 * Skips the calling suite (skipped, not passed) when a built file is
 * missing, saying which command builds it.
 *
 * @param suite - The `this` of a Mocha `before` hook.
 * @param url - The file, e.g. `/dist/cdn/message-us.js`.
 */
export async function skipUnlessBuilt(suite: Mocha.Context, url: string): Promise<void> {
  const response = await fetch(url, {method: 'HEAD'});
  if (response.ok) return;
  console.warn(`${url} is missing; run npm run build to test the bundle.`);
  suite.skip();
}

/** The element's shadow link, or null when it renders nothing. */
export function linkOf(element: Element): HTMLAnchorElement | null {
  return element.shadowRoot!.querySelector('a');
}

/** Like {@link linkOf}, failing when there is no link. */
export function link(element: Element): HTMLAnchorElement {
  const a = linkOf(element);
  if (!a) throw new Error(`<${element.localName}> rendered no link`);
  return a;
}

/** Text of a part of the shadow link, with slot fallback content and whitespace collapsed. */
export function partText(element: Element, part: string): string | null {
  const node = element.shadowRoot!.querySelector(`[part="${part}"]`);
  return node ? (node.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
}

/** What the element's link says: its `lang`, label, context line and accessible description. */
export function linkTexts(element: Element) {
  return {
    lang: link(element).getAttribute('lang'),
    label: partText(element, 'label'),
    context: partText(element, 'context'),
    description: element.shadowRoot!.getElementById('d')?.textContent ?? null,
  };
}

/**
 * How the element's link is sized: its inline style (null for none), and the
 * computed `--_h`, `min-height` and top-left corner radius.
 */
export function linkSizing(element: Element) {
  const computed = getComputedStyle(link(element));
  return {
    inline: link(element).getAttribute('style'),
    h: computed.getPropertyValue('--_h').trim(),
    minHeight: computed.minHeight,
    radius: computed.borderTopLeftRadius,
  };
}

/**
 * The shadow root's markup with Lit's comment markers removed and the inline
 * SVG glyphs reduced to their first tag, for exact comparison.
 */
export function shadowMarkup(element: Element): string {
  return element
    .shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')
    .replace(/<svg\b[^>]*>[^]*?<\/svg>/g, (svg) => svg.slice(0, svg.indexOf('>') + 1) + '</svg>')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .trim();
}

/** Waits for queued microtasks and a task, e.g. a MutationObserver callback and the update it requests. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every CSS rule of the element's shadow styles, as text (adopted sheets or `<style>` fallback). */
export function shadowCss(element: Element): string {
  const root = element.shadowRoot!;
  const sheets = [...(root.adoptedStyleSheets ?? []), ...Array.from(root.styleSheets)];
  return sheets
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .map((rule) => rule.cssText)
    .join('\n');
}
