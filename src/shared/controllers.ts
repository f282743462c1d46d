/**
 * Reactive controllers of the elements: one for what the page around them
 * says (language, direction, page-level defaults), one for colour contrast.
 * Both share their page-wide work across every element: one observer, one
 * queued task.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {contrastProblem} from '../core/options.js';
import {suggestAttribute, TAGS} from '../core/schema.js';

/** What the controllers need of an element. */
interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  contrastAttributes(): readonly [string, string] | null;
  warn(message: string): void;
}

const META_PREFIX = 'message-us:';
const connected = new Set<Host>();
let observers: MutationObserver[] = [];
let defaults: Record<string, string> | undefined;

function refreshAll(): void {
  connected.forEach((host) => host.requestUpdate());
}

function watchPage(): void {
  // One observer for the whole page, not one per element: a single-page app
  // that switches `<html lang>` or adds a default re-renders every element.
  const lang = new MutationObserver(refreshAll);
  lang.observe(document.documentElement, {attributeFilter: ['lang', 'dir']});
  const metas = new MutationObserver((records) => {
    const touched = records.some(
      (record) =>
        (record.target as Element).localName === 'meta' ||
        [...record.addedNodes, ...record.removedNodes].some(
          (node) => node.nodeName === 'META' || (node as Element).querySelector?.('meta')
        )
    );
    if (!touched) return;
    defaults = undefined;
    refreshAll();
  });
  metas.observe(document.head ?? document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['name', 'content'],
  });
  observers = [lang, metas];
}

const warnedMeta = new Set<string>();

/**
 * The page-level defaults: `<meta name="message-us:ATTRIBUTE" content="VALUE">`
 * anywhere in the document, read once and again only after a meta changes.
 * A name that looks like a typo of an attribute gets one warning per page.
 */
export function pageDefaults(): Readonly<Record<string, string>> {
  if (defaults) return defaults;
  const found: Record<string, string> = Object.create(null);
  for (const meta of Array.from(document.querySelectorAll('meta[name]'))) {
    const name = meta.getAttribute('name')!.trim().toLowerCase();
    if (!name.startsWith(META_PREFIX)) continue;
    const attribute = name.slice(META_PREFIX.length);
    // The first meta for a name wins, as the first `<base>` does.
    if (!(attribute in found)) found[attribute] = meta.getAttribute('content') ?? '';
    const meant = TAGS.map((tag) => suggestAttribute(tag, attribute)).find(Boolean);
    if (meant && !warnedMeta.has(name)) {
      warnedMeta.add(name);
      console.warn(
        `[message-us] <meta name="${name}"> names no attribute; did you mean ${META_PREFIX}${meant}? Example: <meta name="${META_PREFIX}${meant}" content="…">`,
        meta
      );
    }
  }
  return (defaults = found);
}

/** Re-renders its element when the page's language, direction or defaults change. */
export class PageController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.host);
    if (!observers.length) watchPage();
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    if (connected.size) return;
    observers.forEach((observer) => observer.disconnect());
    observers = [];
    defaults = undefined;
  }
}

const pending = new Set<ContrastController>();

function flushContrast(): void {
  const queued = [...pending];
  pending.clear();
  for (const controller of queued) controller.check();
}

/**
 * Warns when the author's colours give text below 4.5:1. Read from computed
 * style, so every CSS colour syntax is judged; only when the author chose
 * colours, since the themes' defaults pass 7:1. Reading computed style
 * between renders forces a style recalculation per element (WebKit took
 * 6.8 s for 1,000 coloured buttons), so all checks of a page are queued
 * into one task after one recalculation.
 */
export class ContrastController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.host.contrastAttributes()) return;
    pending.add(this);
    if (pending.size === 1) setTimeout(flushContrast);
  }

  /** @internal Runs a queued check. */
  check(): void {
    const attributes = this.host.contrastAttributes();
    const base = this.host.renderRoot.querySelector('a');
    if (!attributes || !base || !this.host.isConnected) return;
    const style = getComputedStyle(base);
    const problem = contrastProblem(attributes, style.color, style.backgroundColor);
    if (problem) this.host.warn(problem);
  }
}
