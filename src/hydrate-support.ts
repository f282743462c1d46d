/**
 * message-us/hydrate-support.js: lets elements rendered on a server by
 * `message-us/ssr.js` hydrate in the browser. Import it before `message-us`
 * on pages that contain server-rendered elements:
 *
 * ```js
 * import 'message-us/hydrate-support.js';
 * import 'message-us';
 * ```
 *
 * It loads Lit's hydration support (which must run before LitElement is
 * first evaluated, hence its first import) and makes the elements' first
 * browser render match the server's: Lit's hydration adopts the server's
 * nodes on the assumption that the first render is identical, so that
 * render uses the environment the server used (the Messages link, no
 * device detection); the next render is for this browser and corrects the
 * link (a fallback, or nothing where `unsupported` hides it).
 *
 * A module of its own, so the CDN bundle and pages without server rendering
 * carry none of this. Needs `@lit-labs/ssr-client` (an optional peer
 * dependency).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type {ViewEnv} from './core/view.js';
import {MessageUsElement, serverEnv} from './shared/message-us-element.js';

/** Elements whose next update adopts a server-rendered shadow root. */
const hydrating = new WeakSet<Element>();

/**
 * Whether the element's next update adopts a server-rendered shadow root
 * (it is connected, and has not rendered since).
 *
 * @param element - A message-us element.
 * @returns True until the element's first update.
 * @example isHydrating(document.querySelector('message-us-button')!) // true, before its first update
 */
export function isHydrating(element: Element): boolean {
  return hydrating.has(element);
}

// The methods patched, as the base class defines them.
interface Hooks {
  connectedCallback(this: MessageUsElement): void;
  gatherEnv(this: MessageUsElement): ViewEnv;
  updated(this: MessageUsElement, changed: Map<PropertyKey, unknown>): void;
}

const prototype = MessageUsElement.prototype as unknown as Hooks;
const original: Hooks = {
  connectedCallback: prototype.connectedCallback,
  gatherEnv: prototype.gatherEnv,
  updated: prototype.updated,
};

prototype.connectedCallback = function () {
  // A shadow root before Lit made its render root came from the HTML:
  // declarative shadow DOM, rendered by a server.
  const element = this as unknown as {renderRoot?: unknown};
  if (!this.hasUpdated && this.shadowRoot && element.renderRoot === undefined) {
    hydrating.add(this);
  }
  original.connectedCallback.call(this);
};

prototype.gatherEnv = function () {
  // The same environment as the base class uses on a server.
  if (hydrating.has(this)) return serverEnv(this);
  return original.gatherEnv.call(this);
};

prototype.updated = function (changed) {
  if (hydrating.delete(this)) {
    // The render for this browser, once this update is over (Lit's dev mode
    // warns about an update requested from within one). The outcome event
    // waits for it: the server's view is not this browser's.
    void this.updateComplete.then(() => this.requestUpdate());
    return;
  }
  original.updated.call(this, changed);
};
