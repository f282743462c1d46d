/**
 * Instruments for the lifecycle tests: wrap the platform's registration
 * methods for the duration of one test and record only what is registered
 * while they are installed, so whatever the test runner set up before does
 * not count.
 */
/** What is still registered, each entry naming where it came from. */
export interface Leftovers {
  listeners: string[];
  mutationObservers: string[];
  observedTargets: string[];
  timers: string[];
}

export interface Instruments {
  leftovers(): Leftovers;
  /** How many times MutationObserver.observe was called. */
  observeCalls(): number;
  uninstall(): void;
}

// Stack frames say who registered a leftover; only the first few help.
function origin(): string {
  const stack = new Error().stack ?? '';
  return stack
    .split('\n')
    .filter((line) => /\/(?:src|node_modules)\//.test(line))
    .slice(0, 3)
    .join(' < ')
    .replace(/https?:\/\/[^/]+/g, '');
}

/**
 * Wraps, until uninstall(): addEventListener/removeEventListener (counted on
 * targets that outlive an element: window, document, <html>, <body> and
 * MediaQueryList objects), MutationObserver, ResizeObserver and
 * IntersectionObserver, and setTimeout, setInterval, requestAnimationFrame
 * and requestIdleCallback with their cancel functions. A listener added on
 * an element's own shadow DOM (Lit's @click) is not counted: it goes away
 * with the element.
 */
export function install(): Instruments {
  const restores: Array<() => void> = [];
  function wrap<T extends object, K extends keyof T>(
    target: T,
    key: K,
    make: (original: T[K]) => T[K]
  ) {
    const original = target[key];
    target[key] = make(original);
    restores.push(() => {
      target[key] = original;
    });
  }

  const longLived = (target: unknown) =>
    target === window ||
    target === document ||
    target === document.documentElement ||
    target === document.body ||
    (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList);
  const nameOf = (target: unknown) =>
    target === window
      ? 'window'
      : target === document
        ? 'document'
        : target instanceof MediaQueryList
          ? `MediaQueryList(${target.media})`
          : `<${(target as Element).localName}>`;
  const capture = (options: unknown) =>
    typeof options === 'boolean' ? options : Boolean((options as {capture?: boolean})?.capture);

  const listeners = new Map<string, {target: EventTarget; listener: unknown; where: string}>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: unknown) => {
    if (typeof value !== 'object' && typeof value !== 'function') return String(value);
    if (value === null) return 'null';
    if (!ids.has(value)) ids.set(value, nextId++);
    return String(ids.get(value));
  };
  const keyOf = (target: EventTarget, type: string, listener: unknown, options: unknown) =>
    `${idOf(target)} ${type} ${idOf(listener)} ${capture(options)}`;

  wrap(
    EventTarget.prototype,
    'addEventListener',
    (original) =>
      function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        if (longLived(this) && listener) {
          const key = keyOf(this, type, listener, options);
          const signal = (options as {signal?: AbortSignal} | undefined)?.signal;
          if (!signal?.aborted) {
            listeners.set(key, {
              target: this,
              listener,
              where: `${nameOf(this)} ${type} ${origin()}`,
            });
            signal?.addEventListener('abort', () => listeners.delete(key));
          }
        }
        return (original as (...args: unknown[]) => void).call(this, type, listener, options);
      } as EventTarget['addEventListener']
  );
  wrap(
    EventTarget.prototype,
    'removeEventListener',
    (original) =>
      function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
        listeners.delete(keyOf(this, type, listener, options));
        return (original as (...args: unknown[]) => void).call(this, type, listener, options);
      } as EventTarget['removeEventListener']
  );
  // Legacy MediaQueryList listeners (Safari before 14 had no addEventListener there).
  if (typeof MediaQueryList !== 'undefined') {
    wrap(
      MediaQueryList.prototype,
      'addListener',
      (original) =>
        function (this: MediaQueryList, listener: unknown) {
          listeners.set(keyOf(this, 'change', listener, false), {
            target: this,
            listener,
            where: `${nameOf(this)} addListener ${origin()}`,
          });
          return (original as (...args: unknown[]) => void).call(this, listener);
        } as MediaQueryList['addListener']
    );
    wrap(
      MediaQueryList.prototype,
      'removeListener',
      (original) =>
        function (this: MediaQueryList, listener: unknown) {
          listeners.delete(keyOf(this, 'change', listener, false));
          return (original as (...args: unknown[]) => void).call(this, listener);
        } as MediaQueryList['removeListener']
    );
  }

  const mutationObservers = new Map<MutationObserver, string>();
  let observeCalls = 0;
  wrap(
    MutationObserver.prototype,
    'observe',
    (original) =>
      function (this: MutationObserver, ...args: unknown[]) {
        observeCalls++;
        mutationObservers.set(this, `MutationObserver ${origin()}`);
        return (original as (...a: unknown[]) => void).apply(this, args);
      } as MutationObserver['observe']
  );
  wrap(
    MutationObserver.prototype,
    'disconnect',
    (original) =>
      function (this: MutationObserver) {
        mutationObservers.delete(this);
        return (original as () => void).call(this);
      } as MutationObserver['disconnect']
  );

  const observedTargets = new Map<string, string>();
  for (const Observer of [
    typeof ResizeObserver === 'undefined' ? undefined : ResizeObserver,
    typeof IntersectionObserver === 'undefined' ? undefined : IntersectionObserver,
  ]) {
    if (!Observer) continue;
    const proto = Observer.prototype as {
      observe(target: Element): void;
      unobserve(target: Element): void;
      disconnect(): void;
    };
    wrap(
      proto,
      'observe',
      (original) =>
        function (this: object, target: Element) {
          observedTargets.set(`${idOf(this)} ${idOf(target)}`, `${Observer.name} ${origin()}`);
          return original.call(this, target);
        }
    );
    wrap(
      proto,
      'unobserve',
      (original) =>
        function (this: object, target: Element) {
          observedTargets.delete(`${idOf(this)} ${idOf(target)}`);
          return original.call(this, target);
        }
    );
    wrap(
      proto,
      'disconnect',
      (original) =>
        function (this: object) {
          const prefix = `${idOf(this)} `;
          for (const key of Array.from(observedTargets.keys())) {
            if (key.startsWith(prefix)) observedTargets.delete(key);
          }
          return original.call(this);
        }
    );
  }

  const timers = new Map<string, string>();
  type Scheduler = (callback: (...args: unknown[]) => void, ...rest: unknown[]) => number;
  type Canceller = (id: number | undefined) => void;
  const schedulers: Array<[string, string, boolean]> = [
    ['setTimeout', 'clearTimeout', true],
    ['setInterval', 'clearInterval', false],
    ['requestAnimationFrame', 'cancelAnimationFrame', true],
    ['requestIdleCallback', 'cancelIdleCallback', true],
  ];
  const win = window as unknown as Record<string, Scheduler | Canceller | undefined>;
  for (const [schedule, cancel, once] of schedulers) {
    if (typeof win[schedule] !== 'function') continue;
    wrap(
      win,
      schedule,
      (original) =>
        function (callback: unknown, ...rest: unknown[]) {
          let key = '';
          const run =
            typeof callback === 'function'
              ? (...args: unknown[]) => {
                  if (once) timers.delete(key);
                  return (callback as (...a: unknown[]) => unknown)(...args);
                }
              : callback;
          const id = (original as Scheduler).call(window, run as () => void, ...rest);
          key = `${schedule} ${id}`;
          timers.set(key, `${schedule} ${origin()}`);
          return id;
        } as Scheduler
    );
    wrap(
      win,
      cancel,
      (original) =>
        function (id: number | undefined) {
          timers.delete(`${schedule} ${id}`);
          return (original as Canceller).call(window, id);
        } as Canceller
    );
  }

  return {
    leftovers: () => ({
      listeners: Array.from(listeners.values(), ({where}) => where),
      mutationObservers: Array.from(mutationObservers.values()),
      observedTargets: Array.from(observedTargets.values()),
      timers: Array.from(timers.values()),
    }),
    observeCalls: () => observeCalls,
    uninstall() {
      for (const restore of restores.reverse()) restore();
    },
  };
}

export const NOTHING: Leftovers = {
  listeners: [],
  mutationObservers: [],
  observedTargets: [],
  timers: [],
};

/** Lets pending frames and short timers run before leftovers are counted. */
export async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
