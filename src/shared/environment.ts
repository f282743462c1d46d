/**
 * The few things the elements read from the page. Kept apart from the core
 * so the core stays pure, and apart from the elements so each is read once.
 */
import {normalizeLanguageTag} from '../core/i18n.js';
import {detectPlatform} from '../core/platform.js';
import type {PlatformInfo} from '../core/types.js';

let platform: PlatformInfo | undefined;

/**
 * The device's platform, detected on first use and then cached for the
 * page: the user agent does not change while a page lives, and a page with
 * a thousand buttons should not parse it a thousand times.
 */
export function pagePlatform(): PlatformInfo {
  return (platform ??= detectPlatform());
}

/**
 * The language that applies to an element: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else the document's, else the browser's,
 * written as a BCP 47 tag (`pt_BR` becomes `pt-BR`), since the elements copy
 * it into a `lang` attribute. Empty when none of them gives a language, and
 * when the nearest non-blank `lang` is not a language tag: in HTML that
 * attribute still decides, and says the language is unknown.
 */
export function langOf(element: Element): string {
  return langAndDirOf(element).lang;
}

/**
 * The text direction that applies to an element: the nearest explicit
 * `dir` (as the page's layout uses it), else the language's own direction.
 */
export function explicitDirOf(element: Element): 'ltr' | 'rtl' | null {
  return langAndDirOf(element).dir;
}

type Dir = 'ltr' | 'rtl' | null;
interface Inherited {
  /** The nearest non-blank `lang` at or above a node, normalised; undefined for none. */
  lang: string | undefined;
  dir: Dir;
}

// What each ancestor passes down, remembered while the elements of one
// batch of updates render (until the microtasks queued with them have run):
// a thousand buttons in one container walk up from it once, not a thousand
// times to the root. Page code that changes an ancestor's `lang` while that
// batch renders is seen from the next update on.
let passedDown: Map<Node, Inherited> | undefined;

function ownLangAndDir(node: Node, below: Inherited): Inherited {
  if (!(node instanceof Element)) return below;
  let {lang, dir} = below;
  const value = node.getAttribute('lang');
  if (value?.trim()) lang = normalizeLanguageTag(value);
  const direction = node.getAttribute('dir')?.trim().toLowerCase();
  if (direction === 'ltr' || direction === 'rtl') dir = direction;
  return {lang, dir};
}

const parentAcross = (node: Node): Node | null =>
  node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/** The `lang` and `dir` that apply at a node, from it and its ancestors (across shadow roots). */
function inheritedAt(node: Node | null): Inherited {
  if (!passedDown) {
    passedDown = new Map();
    queueMicrotask(() => (passedDown = undefined));
  }
  // Up to the first ancestor already known (or the root), then back down.
  const path: Node[] = [];
  let known: Inherited = {lang: undefined, dir: null};
  for (let at = node; at; at = parentAcross(at)) {
    const found = passedDown.get(at);
    if (found) {
      known = found;
      break;
    }
    path.push(at);
  }
  for (let i = path.length - 1; i >= 0; i--) {
    known = ownLangAndDir(path[i], known);
    passedDown.set(path[i], known);
  }
  return known;
}

/**
 * {@link langOf} and {@link explicitDirOf} together: every element asks for
 * both on every update.
 */
export function langAndDirOf(element: Element): {lang: string; dir: Dir} {
  // The element's own attributes are read fresh: they may have just changed.
  const {lang, dir} = ownLangAndDir(element, inheritedAt(parentAcross(element)));
  // WebKitGTK under a POSIX locale reports "C"; a value that is not a
  // language tag would end up in a `lang` attribute (an axe violation).
  return {
    lang: lang ?? normalizeLanguageTag(typeof navigator === 'undefined' ? '' : navigator.language),
    dir,
  };
}

/**
 * Whether a string is a CSS colour this browser understands. Validated here
 * rather than in the core: the browser's own parser knows every syntax
 * (named colours, `oklch()`, `color-mix()`…) at no cost in bundle size.
 */
export function isCssColor(value: string): boolean {
  return isOnly('color', value);
}

/**
 * Whether a string is a `font-family` list this browser understands, e.g.
 * `Georgia, serif`.
 */
export function isCssFontFamily(value: string): boolean {
  return isOnly('font-family', value);
}

// A value with `var()`, `env()` or `attr()` passes `CSS.supports()` for every
// property, so it could smuggle `url(…)` (a request) into the element's
// styles through a fallback. A real colour or font list is never also a
// valid width, which screens those out (and CSS-wide keywords with them).
function isOnly(property: string, value: string): boolean {
  return (
    typeof CSS !== 'undefined' && CSS.supports(property, value) && !CSS.supports('width', value)
  );
}
