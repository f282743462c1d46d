// Shared by every copy of message-us on the page, as define.ts's warnings
// are: a page with the CDN bundle and the npm build still gets one hint.
const HINTED = Symbol.for('message-us.hints');

type Flags = {[HINTED]?: Set<string>};

/**
 * Logs a `console.info` once per page for a given key, however many
 * elements (or copies of the library) reach it. For what is worth knowing
 * but not a mistake, such as elements hiding on a device without Apple
 * Messages.
 *
 * @param key - What the hint is about; the same key is logged once.
 * @param message - The text, without the `[message-us]` prefix.
 * @param about - The element it was first seen on, so devtools link to it.
 */
export function hintOnce(key: string, message: string, about: Element): void {
  const hinted = ((globalThis as Flags)[HINTED] ??= new Set());
  if (hinted.has(key)) return;
  hinted.add(key);
  console.info(`[message-us] ${message}`, about);
}

/**
 * Logs a `console.warn` once per page for a given key, for a mistake in the
 * page rather than in one element (analytics asked for, but the page has
 * no `gtag`): one warning however many elements are clicked.
 *
 * @param key - What the warning is about; the same key is logged once.
 * @param message - The text, without the `[message-us]` prefix.
 * @param about - The element it was first seen on, so devtools link to it.
 */
export function warnOnce(key: string, message: string, about: Element): void {
  const hinted = ((globalThis as Flags)[HINTED] ??= new Set());
  if (hinted.has(`warn:${key}`)) return;
  hinted.add(`warn:${key}`);
  console.warn(`[message-us] ${message}`, about);
}

/** @internal For tests only: forgets the hints and warnings given, as on a fresh page. */
export function resetHints(): void {
  (globalThis as Flags)[HINTED]?.clear();
}
