/**
 * One timer for the whole page that wakes the elements whose opening hours
 * just began or ended.
 *
 * Each subscriber says when its state next changes; the clock keeps a single
 * `setTimeout` for the earliest of those instants, so a page with a hundred
 * buttons has one pending timer and nothing runs between boundaries (no
 * polling). Tabs in the background or a sleeping laptop delay timers, so the
 * clock also checks every subscriber when the page becomes visible again.
 *
 * Importing this module touches nothing: the page's `document` and timers
 * are looked up when the first subscriber arrives.
 *
 * @module
 */

import {coded, DEV} from '../core/dev.js';

/** What the clock needs from its environment; tests pass a fake one. */
export interface ClockEnv {
  /** The current time in ms since the epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Where `visibilitychange` is heard and `visibilityState` read; `null` where there is none. */
  document: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> | null;
}

/** The page's clock: subscribe elements, learn nothing else. */
export interface AvailabilityClock {
  /**
   * Calls `callback` once the instant `nextBoundary()` returns has passed,
   * then asks `nextBoundary()` again for the one after. `null` means "no
   * further change": the subscriber stays registered but costs no timer.
   *
   * @returns A function that unsubscribes (harmless to call twice).
   */
  subscribe(callback: () => void, nextBoundary: () => Date | null): () => void;
  /** Calls the subscribers whose boundary has passed, reads their next one, and re-arms. */
  recheck(): void;
}

// setTimeout stores its delay in a signed 32-bit integer: anything longer
// fires at once. A far boundary is reached in steps of at most this.
export const MAX_TIMEOUT = 2 ** 31 - 1;

interface Subscriber {
  callback: () => void;
  nextBoundary: () => Date | null;
  /** The boundary last read, in ms; Infinity for none. */
  at: number;
}

function boundaryOf(subscriber: Subscriber): number {
  try {
    const next = subscriber.nextBoundary();
    const at = next ? next.getTime() : Infinity;
    return at === at ? at : Infinity;
  } catch (error) {
    console.warn(
      `[message-us] ${DEV ? 'availability check failed:' : coded('MU19', 'hours')}`,
      error
    );
    return Infinity;
  }
}

function defaultEnv(): ClockEnv {
  return {
    now: () => Date.now(),
    setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    document: typeof document === 'undefined' ? null : document,
  };
}

/**
 * Makes a clock. Elements share {@link pageClock}; tests make their own
 * with a fake environment.
 *
 * @param env - The environment, or a function giving it, called when the
 *   first subscriber arrives (default: the page's timers and `document`).
 * @example
 * const clock = createAvailabilityClock();
 * const stop = clock.subscribe(() => el.requestUpdate(), () => availabilityAt(config, new Date()).next);
 */
export function createAvailabilityClock(
  env: ClockEnv | (() => ClockEnv) = defaultEnv
): AvailabilityClock {
  const subscribers = new Set<Subscriber>();
  let current: ClockEnv | null = null;
  let handle: unknown = null;
  // The boundary the pending timer was set for, so that a subscriber with a
  // later boundary does not cost a clearTimeout and a setTimeout.
  let armedFor = Infinity;
  let listening = false;

  const onVisibility = () => {
    if (current?.document?.visibilityState === 'visible') recheck();
  };

  function arm(): void {
    const clock = current!;
    let earliest = Infinity;
    for (const subscriber of subscribers) earliest = Math.min(earliest, subscriber.at);
    if (handle !== null) {
      if (earliest === armedFor) return;
      clock.clearTimeout(handle);
      handle = null;
    }
    armedFor = earliest;
    if (earliest === Infinity) return;
    const delay = Math.min(Math.max(earliest - clock.now(), 0), MAX_TIMEOUT);
    handle = clock.setTimeout(() => {
      handle = null;
      fire();
    }, delay);
  }

  /** Calls the subscribers whose boundary has passed, reads their next one, and re-arms. */
  function fire(): void {
    const now = current!.now();
    for (const subscriber of [...subscribers]) {
      // Unsubscribed by an earlier callback in this round.
      if (!subscribers.has(subscriber) || subscriber.at > now) continue;
      try {
        subscriber.callback();
      } catch (error) {
        console.warn(
          `[message-us] ${DEV ? 'availability callback failed:' : coded('MU19', 'hours')}`,
          error
        );
      }
      subscriber.at = boundaryOf(subscriber);
      // A boundary that is not ahead would fire again at once, for ever.
      if (subscriber.at <= now) subscriber.at = Infinity;
    }
    arm();
  }

  // The stored boundaries are compared with the time now, not read again:
  // read now, a boundary that passed while the tab slept would already be
  // the one after it, and its subscriber would never hear of the change.
  function recheck(): void {
    if (current) fire();
  }

  function subscribe(callback: () => void, nextBoundary: () => Date | null): () => void {
    current ??= typeof env === 'function' ? env() : env;
    const subscriber: Subscriber = {callback, nextBoundary, at: Infinity};
    subscriber.at = boundaryOf(subscriber);
    subscribers.add(subscriber);
    if (!listening && current.document) {
      current.document.addEventListener('visibilitychange', onVisibility);
      listening = true;
    }
    arm();
    return () => {
      if (!subscribers.delete(subscriber)) return;
      if (subscribers.size === 0 && listening) {
        current!.document!.removeEventListener('visibilitychange', onVisibility);
        listening = false;
      }
      arm();
    };
  }

  return {subscribe, recheck};
}

let testEnv: ClockEnv | null = null;
let realEnv: ClockEnv | undefined;
const activeEnv = (): ClockEnv => testEnv ?? (realEnv ??= defaultEnv());

// The page clock reads its environment through this, so that tests of the
// elements can run it on a fake one (see setPageClockEnv).
const pageEnv: ClockEnv = {
  now: () => activeEnv().now(),
  setTimeout: (callback, ms) => activeEnv().setTimeout(callback, ms),
  clearTimeout: (handle) => activeEnv().clearTimeout(handle),
  get document() {
    return activeEnv().document;
  },
};

/** The clock all elements of the page share. */
export const pageClock: AvailabilityClock = createAvailabilityClock(pageEnv);

/**
 * The current time on the page clock, in ms since the epoch: what the
 * elements judge their hours by.
 */
export function pageNow(): number {
  return activeEnv().now();
}

/**
 * Runs the page clock, and the elements' idea of the current time, on
 * another environment: tests fix `now` and fire the timers themselves.
 * `null` goes back to the page's own. Switch only while no element with
 * hours is connected: a pending timer is cleared on the environment it was
 * set on only then.
 *
 * @internal
 * @param env - A fake environment, or `null`.
 */
export function setPageClockEnv(env: ClockEnv | null): void {
  testEnv = env;
}
