/**
 * Security: lifecycle: 10,000 create / connect / change / disconnect cycles
 * of one element leave nothing registered: no event listener on a
 * long-lived target, no connected MutationObserver, no Resize- or
 * IntersectionObserver target, no pending timer, interval, animation frame
 * or idle callback (see instruments.ts). One file per element, so each gets
 * the runner's per-file time budget.
 */
import {expect} from '@open-wc/testing';
import {ID, PHONE, allRendered, type RenderedElement, type Tag} from './harness.js';
import {NOTHING, install, settle, type Instruments} from './instruments.js';

export const CYCLES = 10_000;
// Elements per batch: few awaits for a fast run, small enough batches that
// each render stays cheap.
const BATCH = 500;

// Values each churned attribute cycles through, valid and invalid.
const CHURN: ReadonlyArray<[string, readonly (string | null)[]]> = [
  ['business-id', [ID, ID.toUpperCase(), 'nope', null]],
  ['lang', ['en', 'ar', 'de-CH', 'zz', null]],
  ['platform', ['apple', 'other', 'auto', 'bogus']],
  ['theme', ['dark', 'light', 'auto', 'sepia', null]],
  ['phone', [PHONE, '+44 20 7946 0000', '12', null]],
  ['unsupported', ['fallback', 'hide', 'show', 'sometimes', null]],
];

function churn(element: Element, step: number): void {
  for (const [name, values] of CHURN) {
    const value = values[step % values.length];
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/** The hooks every lifecycle file shares; returns the current instruments' holder. */
export function useLifecycle(): {instruments?: Instruments; stage: HTMLDivElement} {
  const context = {} as {instruments?: Instruments; stage: HTMLDivElement};
  let warn: typeof console.warn;
  beforeEach(() => {
    context.stage = document.createElement('div');
    document.body.append(context.stage);
    // Invalid values warn once per element: thousands of lines otherwise.
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    context.instruments?.uninstall();
    context.instruments = undefined;
    console.warn = warn;
    context.stage.remove();
  });
  return context;
}

export function describeLifecycle(tag: Tag): void {
  describe(`<${tag}> lifecycle`, () => {
    const context = useLifecycle();

    it(`${CYCLES.toLocaleString('en')} cycles with attribute churn leave nothing registered`, async function () {
      this.timeout(170_000);
      const {stage} = context;
      const instruments = (context.instruments = install());
      for (let start = 0; start < CYCLES; start += BATCH) {
        const elements: RenderedElement[] = [];
        for (let i = start; i < start + BATCH; i++) {
          const element = document.createElement(tag) as unknown as RenderedElement;
          churn(element, i);
          elements.push(element);
        }
        stage.append(...elements);
        await allRendered(elements);
        elements.forEach((element, i) => churn(element, start + i + 1));
        await allRendered(elements);
        // Every other element is disconnected, changed while out of the
        // page, and connected again before it goes for good.
        const again = elements.filter((_, i) => i % 2 === 0);
        again.forEach((element) => element.remove());
        again.forEach((element, i) => churn(element, start + i + 2));
        await allRendered(again);
        stage.append(...again);
        await allRendered(again);
        stage.replaceChildren();
      }
      await settle();
      // The two page-wide observers (<html lang>/dir and the page-level
      // <meta> defaults) are created for the first connected element and
      // dropped with the last: once per batch here (half of a batch stays
      // connected while the other half reconnects).
      expect(instruments.observeCalls()).to.equal((2 * CYCLES) / BATCH);
      expect(instruments.leftovers()).to.deep.equal(NOTHING);
    });
  });
}
