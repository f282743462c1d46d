/**
 * Custom states (`:state(name)`) of the elements, through ElementInternals,
 * so a page can style around what an element shows without JavaScript:
 * `.help-card:has(message-us-button:state(hidden)) { display: none }`.
 * Engines without CustomStateSet simply match nothing.
 */
const internals = new WeakMap<HTMLElement, ElementInternals | null>();

function statesOf(element: HTMLElement): CustomStateSet | null {
  if (!internals.has(element)) {
    let found: ElementInternals | null = null;
    try {
      found = typeof element.attachInternals === 'function' ? element.attachInternals() : null;
    } catch {
      // Attached already by a subclass, or not allowed: no states then.
    }
    internals.set(element, found);
  }
  return internals.get(element)?.states ?? null;
}

/**
 * Turns a custom state on or off. Never throws.
 *
 * @param element - A custom element of ours.
 * @param name - The state, e.g. `messages`; matched by `:state(messages)`.
 * @param on - Whether the element is in that state.
 */
export function setState(element: HTMLElement, name: string, on: boolean): void {
  const states = statesOf(element);
  if (!states) return;
  try {
    if (on) states.add(name);
    else states.delete(name);
  } catch {
    // Older engines accepted only `--name`; nothing to match there.
  }
}
