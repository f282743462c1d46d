/**
 * Registers a custom element once. Harmless when called again with the same
 * class, a no-op where there is no `customElements` (Node, old browsers),
 * and a single warning when another copy of the library already holds the
 * tag (two bundles on one page): the first copy keeps working.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `[message-us] <${tag}> is already defined by another copy of message-us (or another library); this copy is not registered. Load message-us once, e.g. only dist/cdn/message-us.js.`
    );
  }
}
