// Shared by every copy of message-us on the page (two CDN bundles, the CDN
// bundle and the npm build…): `Symbol.for` returns the same symbol in each
// copy, whereas a module-level variable exists once per copy.
const WARNED = Symbol.for('message-us.define-warnings');

type Flags = {[WARNED]?: Set<string>};

function warnOnce(key: string, message: string): void {
  const flags = globalThis as Flags;
  const warned = (flags[WARNED] ??= new Set());
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[message-us] ${message}`);
}

/**
 * Registers a custom element once, and never throws.
 *
 * - Called again with the same class: nothing happens.
 * - Without `customElements` (Node, old browsers): nothing happens.
 * - The tag is already held by another class, typically because two copies
 *   of message-us are on the page: the first copy keeps working, this one is
 *   not registered, and ONE warning is logged for the whole page however
 *   many tags and copies collide.
 * - The registry refuses the class (it is already registered under another
 *   tag name): one warning naming the tag, since throwing here would stop
 *   the rest of the page's script that imported us.
 *
 * @param tag - The custom element name, e.g. `message-us-button`.
 * @param element - The element class.
 * @returns Nothing.
 * @example
 * defineElement('message-us-button', MessageUsButtonElement);
 */

import {coded, DEV} from '../core/dev.js';
import {startTask} from './render-queue.js';
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    warnOnce(
      'duplicate',
      DEV
        ? `message-us is loaded more than once: <${tag}> is already defined by another copy (or another library), so this copy registers nothing and the first one keeps working. Load message-us once, e.g. only dist/cdn/message-us.js.`
        : coded('MU18', `<${tag}>`)
    );
    return;
  }
  try {
    // The upgrades of the elements already on the page count towards this
    // task's render time.
    startTask();
    customElements.define(tag, element);
  } catch (error) {
    warnOnce(
      `define ${tag}`,
      DEV
        ? `<${tag}> could not be registered (${String(error)}); a class can be registered under one tag name only. For a tag name of your own, register a subclass instead, e.g. customElements.define('my-tag', class extends MessageUsButtonElement {}).`
        : coded('MU18', `<${tag}> (${String(error)})`)
    );
  }
}
