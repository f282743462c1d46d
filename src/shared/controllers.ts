/**
 * Reactive controllers of the elements: one for what the page around them
 * says (language, direction, page-level defaults), one for colour contrast.
 * Both share their page-wide work across every element: one observer, one
 * queued task.
 */
import {coded, DEV} from '../core/dev.js';
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {backdrop, backdropProblem} from '../core/contrast.js';
import {contrastProblem, parseComputedColor, type Rgba} from '../core/options.js';
import {suggestAttribute, TAGS} from '../core/schema.js';
import {afterRenders} from './render-queue.js';

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
        DEV
          ? `[message-us] <meta name="${name}"> names no attribute; did you mean ${META_PREFIX}${meant}? Example: <meta name="${META_PREFIX}${meant}" content="…">`
          : `[message-us] ${coded('MU09', `<meta name="${name}"> (${meant})`)}`,
        meta
      );
    }
  }
  return (defaults = found);
}

/** What an element that passes defaults down to its children offers (the launcher does). */
interface DefaultsScope {
  messageUsDefaults?(page: Readonly<Record<string, string>>): Readonly<Record<string, string>>;
}

/**
 * The defaults an element reads: the page's, overlaid by its parent's when
 * the parent passes defaults down (a launcher to its departments). Asked of
 * the parent rather than imported, so pages without a launcher carry none of it.
 */
export function defaultsFor(element: Element): Readonly<Record<string, string>> {
  const page = pageDefaults();
  return (element.parentElement as DefaultsScope | null)?.messageUsDefaults?.(page) ?? page;
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
// What is behind each ancestor, found once per queued task: a thousand
// buttons in one container walk up from it once.
let backdrops = new Map<Element, Rgba | null>();
// And the verdict for each distinct pair of colours over each backdrop: a
// thousand equal buttons on one page are judged once.
let verdicts = new Map<string, string | undefined>();

function flushContrast(): void {
  const queued = [...pending];
  pending.clear();
  for (const controller of queued) controller.check();
  backdrops = new Map();
  verdicts = new Map();
}

function edgeProblem(background: string, border: string | null, page: Rgba): string | undefined {
  const key = `${background}|${border}|${page.join()}`;
  if (!verdicts.has(key)) verdicts.set(key, backdropProblem(background, border, page));
  return verdicts.get(key);
}

/** The element a box is painted over: the slot it is assigned to, its parent, or its shadow root's host. */
export function parentOf(element: Element): Element | null {
  return (
    element.assignedSlot ??
    element.parentElement ??
    ((element.getRootNode() as ShadowRoot).host || null)
  );
}

/**
 * The opaque colour behind an element: ancestors' backgrounds up to the
 * first opaque one, crossing shadow roots, over a white canvas. Null when a
 * background image (or a colour syntax the core does not read) makes it
 * unknowable.
 */
function behind(element: Element): Rgba | null {
  const start = parentOf(element);
  if (start && backdrops.has(start)) return backdrops.get(start)!;
  const layers: string[] = [];
  let found: Rgba | null | undefined;
  for (let node = start; node && found === undefined; node = parentOf(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') found = null;
    else if (parseComputedColor(style.backgroundColor)?.[3] === 1)
      found = backdrop([...layers, style.backgroundColor]);
    else layers.push(style.backgroundColor);
  }
  if (found === undefined) found = backdrop(layers);
  if (start) backdrops.set(start, found);
  return found;
}

/**
 * Warns when the author's colours give text below 4.5:1, and when the
 * control barely stands out from the page behind it (below 3:1, the
 * default black button on a near-black page). Read from computed style, so
 * every CSS colour syntax is judged. Reading computed style between renders
 * forces a style recalculation per element (WebKit took 6.8 s for 1,000
 * coloured buttons), so all checks of a page are queued into one task after
 * one recalculation.
 */
export class ContrastController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.host.renderRoot.querySelector('[part=base]')) return;
    pending.add(this);
    // In a task after the page's first renders, not between their tasks:
    // each check reads computed style, which would restyle the
    // half-rendered page once per task.
    if (pending.size === 1) afterRenders(() => setTimeout(flushContrast));
  }

  /** @internal Runs a queued check. */
  check(): void {
    const attributes = this.host.contrastAttributes();
    const base = this.host.renderRoot.querySelector('[part=base]');
    if (!base || !this.host.isConnected) return;
    const style = getComputedStyle(base);
    const problem = attributes && contrastProblem(attributes, style.color, style.backgroundColor);
    if (problem) this.host.warn(problem);
    const page = behind(this.host);
    const edge =
      page &&
      edgeProblem(
        style.backgroundColor,
        parseFloat(style.borderTopWidth) > 0 ? style.borderTopColor : null,
        page
      );
    if (edge) this.host.warn(edge);
  }
}
