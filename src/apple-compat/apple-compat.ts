/**
 * The compatibility layer for Apple's embed markup: finds Apple's
 * containers, renders the equivalent message-us element inside each, keeps
 * them in step with the page, and provides `window.appleBusinessChat`.
 *
 * What a container becomes is decided by the pure
 * `containerToElement()` in the core; this module only reads containers
 * and writes elements.
 */
import {coded, DEV} from '../core/dev.js';
import {
  APPLE_BANNER_CONTAINER_CLASS,
  APPLE_MARKUP_ATTRIBUTES,
  APPLE_MESSAGE_CONTAINER_CLASS,
  containerToElement,
  type AppleContainerKind,
} from '../core/apple-markup.js';
import {isCssColor, pagePlatform} from '../shared/environment.js';
import {APPLE_COMPAT_VERSION} from './version.js';

/**
 * Marks the elements the layer renders, so a later layer (after `stop()`
 * and a new start, or a second copy of the library) reuses them instead of
 * adding a second one to the same container.
 */
export const GENERATED_ATTRIBUTE = 'data-message-us-generated';

const SELECTOR = `.${APPLE_MESSAGE_CONTAINER_CLASS}, .${APPLE_BANNER_CONTAINER_CLASS}`;

const HEAD_PROBLEM = DEV
  ? 'is inside <head>, where nothing is displayed; nothing is rendered. Put it in <body>. Example: <body><div class="apple-business-chat-banner-container" data-apple-business-id="…"></div></body>'
  : coded('MU21', '<head>');
const BOTH_CLASSES_PROBLEM = DEV
  ? `carries both ${APPLE_MESSAGE_CONTAINER_CLASS} and ${APPLE_BANNER_CONTAINER_CLASS}; it is rendered as a message button. Example: class="${APPLE_BANNER_CONTAINER_CLASS}"`
  : coded('MU21', 'class');

/** A running compatibility layer. */
export interface AppleCompat {
  /**
   * Re-reads every container under the root now. Idempotent: a container
   * keeps its one element, which is updated in place. Rarely needed: changes
   * are picked up automatically.
   */
  refresh(): void;
  /** Stops watching the page and removes the elements this layer rendered. */
  stop(): void;
}

/** The global Apple's embed script defines, as pages call it. */
export interface AppleBusinessChat {
  /** Whether Apple Messages for Business opens on this device; synchronous. */
  isSupported(): boolean;
  /** Re-scans the page for containers. */
  refresh(): void;
  /** message-us's version, digits and dots. */
  version: string;
}

declare global {
  interface Window {
    appleBusinessChat?: AppleBusinessChat;
  }
}

interface Rendered {
  element: Element;
  /** The attributes the layer set last time, so ones no longer mapped can be removed. */
  names: string[];
}

function kindOf(container: Element): AppleContainerKind | null {
  if (container.classList.contains(APPLE_MESSAGE_CONTAINER_CLASS)) return 'message';
  if (container.classList.contains(APPLE_BANNER_CONTAINER_CLASS)) return 'banner';
  return null;
}

function attributesOf(element: Element): Record<string, string> {
  // No prototype: an attribute named `__proto__` is just a name.
  const attributes: Record<string, string> = Object.create(null);
  for (const {name, value} of Array.from(element.attributes)) attributes[name] = value;
  return attributes;
}

/** `div#contact.apple-business-chat-banner-container`: enough to find the container. */
function describe(container: Element, kind: AppleContainerKind): string {
  const id = container.id ? `#${container.id}` : '';
  const className =
    kind === 'message' ? APPLE_MESSAGE_CONTAINER_CLASS : APPLE_BANNER_CONTAINER_CLASS;
  return `${container.localName}${id}.${className}`;
}

/** Containers in `node` and its descendants, `node` included. */
function containersIn(node: Node, into: Set<Element>): Set<Element> {
  if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(SELECTOR)) {
    into.add(node as Element);
  }
  // Text and comment nodes have no descendants to search.
  if ('querySelectorAll' in node) {
    (node as ParentNode).querySelectorAll(SELECTOR).forEach((container) => into.add(container));
  }
  return into;
}

/**
 * Starts the compatibility layer on `root`: renders a `<message-us-button>`
 * inside every `.apple-business-chat-message-container` and a
 * `<message-us-banner>` inside every `.apple-business-chat-banner-container`
 * (see `containerToElement()` for the attribute mapping), then keeps them in
 * step with one `MutationObserver`: containers added later are rendered,
 * changed `data-apple-*` attributes or classes update the element in place,
 * and a removed container takes its element with it.
 *
 * The container is never changed: its classes, attributes and other
 * children stay. Problems are reported once per container with
 * `console.warn('[message-us] …', container)`, naming the data attribute
 * and a valid example; nothing is thrown into the page. A container inside
 * `<head>` (only possible from script: the HTML parser moves a `<div>`
 * written there into `<body>`) gets a warning and no element, since nothing
 * in `<head>` is displayed.
 *
 * The elements must be registered for anything to show: the entry
 * `message-us/apple-compat.js` registers them and starts the layer on the
 * document by itself; call this directly for another root (a shadow root,
 * a test fixture).
 *
 * @param root - Where to look: the document (default), an element or a
 *   shadow root. Containers inside other shadow roots are not searched.
 * @returns `refresh()` and `stop()`. Never throws.
 * @example
 * const compat = startAppleCompat(document);
 * // later, e.g. in a test's afterEach:
 * compat.stop();
 */
export function startAppleCompat(root: Node & ParentNode = document): AppleCompat {
  const rendered = new WeakMap<Element, Rendered>();
  const warned = new WeakMap<Element, Set<string>>();
  let running = true;

  function warn(container: Element, kind: AppleContainerKind, message: string): void {
    let seen = warned.get(container);
    if (!seen) warned.set(container, (seen = new Set()));
    if (seen.has(message)) return;
    seen.add(message);
    console.warn(`[message-us] ${describe(container, kind)}: ${message}`, container);
  }

  function unrender(container: Element): void {
    const entry = rendered.get(container);
    rendered.delete(container);
    if (entry?.element.parentNode === container) entry.element.remove();
  }

  function sync(container: Element): void {
    const kind = kindOf(container);
    if (!kind) {
      unrender(container);
      return;
    }
    try {
      if (container.classList.contains(APPLE_BANNER_CONTAINER_CLASS) && kind === 'message') {
        warn(container, kind, BOTH_CLASSES_PROBLEM);
      }
      if (container.closest('head')) {
        warn(container, kind, HEAD_PROBLEM);
        unrender(container);
        return;
      }
      const {tag, attributes, renderable, problems} = containerToElement(
        attributesOf(container),
        kind,
        isCssColor
      );
      problems.forEach((problem) => warn(container, kind, problem));
      if (!renderable) {
        unrender(container);
        return;
      }
      let entry = rendered.get(container);
      if (entry && (entry.element.parentNode !== container || entry.element.localName !== tag)) {
        unrender(container);
        entry = undefined;
      }
      if (!entry) entry = adopt(container, tag);
      const {element} = entry;
      for (const name of entry.names) {
        if (!(name in attributes)) element.removeAttribute(name);
      }
      for (const [name, value] of Object.entries(attributes)) {
        if (element.getAttribute(name) !== value) element.setAttribute(name, value);
      }
      entry.names = Object.keys(attributes);
      // Attributes first, then connection: the element's first render
      // already sees its whole configuration.
      if (element.parentNode !== container) container.append(element);
    } catch (error) {
      warn(
        container,
        kind,
        DEV ? `could not render: ${String(error)}` : coded('MU19', String(error))
      );
    }
  }

  /**
   * The container's element: one a previous layer left (reused, so there is
   * never a second), else a new one. Leftovers of another tag are removed.
   */
  function adopt(container: Element, tag: string): Rendered {
    const leftovers = Array.from(container.children).filter((child) =>
      child.hasAttribute(GENERATED_ATTRIBUTE)
    );
    const reused = leftovers.find((child) => child.localName === tag);
    leftovers.forEach((child) => child !== reused && child.remove());
    const element = reused ?? container.ownerDocument.createElement(tag);
    element.setAttribute(GENERATED_ATTRIBUTE, '');
    const entry: Rendered = {
      element,
      names: element.getAttributeNames().filter((name) => name !== GENERATED_ATTRIBUTE),
    };
    rendered.set(container, entry);
    return entry;
  }

  const isTracked = (node: Node): node is Element =>
    node.nodeType === Node.ELEMENT_NODE &&
    (rendered.has(node as Element) || (node as Element).matches(SELECTOR));

  // One observer for the whole root. Its callback already runs once per
  // microtask with every record queued since, so a framework that inserts a
  // thousand nodes costs one pass, and each container is synced once.
  const observer = new MutationObserver((records) => {
    const dirty = new Set<Element>();
    for (const record of records) {
      // An attribute change or a child list change of a container (its
      // element removed by the page, say) re-syncs it; a container that lost
      // its class is still tracked, so its element is removed.
      if (isTracked(record.target)) dirty.add(record.target);
      record.addedNodes.forEach((node) => containersIn(node, dirty));
    }
    dirty.forEach(sync);
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...APPLE_MARKUP_ATTRIBUTES, 'class'],
  });

  const refresh = () => {
    if (running) containersIn(root, new Set()).forEach(sync);
  };
  refresh();

  return {
    refresh,
    stop() {
      if (!running) return;
      running = false;
      observer.disconnect();
      containersIn(root, new Set()).forEach(unrender);
    },
  };
}

// Symbol.for, not Symbol(): two copies of message-us on one page (npm and
// CDN) must recognise each other's global.
const OURS = Symbol.for('message-us.appleBusinessChat');

function isOurs(value: unknown): boolean {
  return typeof value === 'object' && value !== null && OURS in value;
}

/**
 * Defines `appleBusinessChat` on `target` (the window) with
 * `isSupported()`, `refresh()` and `version`, so page code written for
 * Apple's script keeps working. When the global already exists (Apple's
 * script is loaded too), it is left alone and one warning says so; when it
 * is message-us's own (a second copy of the library), nothing happens.
 *
 * @param target - The object to define it on; the window on a page.
 * @param refresh - What `refresh()` calls: the page's layer's `refresh`.
 * @returns The global, or undefined when one existed already. Never throws.
 * @example
 * const compat = startAppleCompat(document);
 * installAppleBusinessChat(window, compat.refresh);
 * window.appleBusinessChat.isSupported(); // false on Android
 */
export function installAppleBusinessChat(
  target: {appleBusinessChat?: unknown},
  refresh: () => void
): AppleBusinessChat | undefined {
  const existing = target.appleBusinessChat;
  if (existing != null) {
    if (!isOurs(existing)) {
      console.warn(
        DEV
          ? `[message-us] window.appleBusinessChat is already defined, probably by Apple's own script; it is left alone, and the page may show two buttons per container. Load only message-us, e.g. replace <script src="https://static.cdn-apple.com/businesschat/start-chat-button/2/index.js"> with the message-us apple-compat.js script.`
          : `[message-us] ${coded('MU22', 'window.appleBusinessChat')}`
      );
    }
    return undefined;
  }
  const api: AppleBusinessChat = {
    isSupported: () => pagePlatform().supportsMessages,
    refresh: () => refresh(),
    version: APPLE_COMPAT_VERSION,
  };
  Object.defineProperty(api, OURS, {value: true});
  target.appleBusinessChat = api;
  return api;
}

let page: AppleCompat | undefined;

/**
 * Starts the layer on the document and installs `window.appleBusinessChat`,
 * once per page: what the `apple-compat.js` entries run on import. Does
 * nothing without a DOM (Node, SSR) or when another copy of message-us has
 * done it already.
 *
 * @returns The page's layer, or undefined when there is no document or
 *   another copy runs the page. Never throws.
 * @example
 * startPageAppleCompat(); // the same layer every time
 */
export function startPageAppleCompat(): AppleCompat | undefined {
  if (typeof document === 'undefined') return undefined;
  if (page) return page;
  if (isOurs(window.appleBusinessChat)) return undefined;
  page = startAppleCompat(document);
  installAppleBusinessChat(window, page.refresh);
  return page;
}
