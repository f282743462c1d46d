/**
 * The hostile-attribute runs shared by hostile-*.test.ts: a stage, the
 * guard, and the checks each batch of payloads ends with. Split across
 * files so each engine gets the runner's per-file time budget for each.
 */
import {expect} from '@open-wc/testing';
import {PAYLOADS, type Payload} from './payloads.js';
import {
  BASELINES,
  allRendered,
  baitRequests,
  create,
  guard,
  renderProblems,
  settle,
  type Guarded,
  type RenderedElement,
  type Tag,
} from './harness.js';

// A warning may quote a bad value, but cut short: a 1 MB attribute must not
// become a 1 MB console line.
const MAX_WARNING_LENGTH = 2000;

/** Payloads of a megabyte. */
export const BIG = PAYLOADS.filter(({value}) => value.length >= 1024);
/** Everything else. */
export const SMALL = PAYLOADS.filter(({value}) => value.length < 1024);

/** One rendered element and how it got its hostile value, for failure messages. */
export interface Case {
  element: RenderedElement;
  label: string;
}

/** The stage and guard of a hostile run, set up and torn down around each test. */
export interface Arena {
  guarded: Guarded;
  /** Visible: layout happens, so CSS loads happen. */
  stage: HTMLDivElement;
  /**
   * `display: none`: for megabyte payloads, whose text would take WebKit
   * seconds to lay out per element. Markup, links, inline styles and
   * computed styles are still checked there; loads started by layout are
   * checked with the smaller payloads on the visible stage.
   */
  hidden: HTMLDivElement;
}

/** Installs the hooks of a hostile run and returns its arena. */
export function useArena(): Arena {
  const arena = {} as Arena;
  before(() => {
    // The runner's own modules fill the default 250-entry buffer; a full
    // buffer would silently drop the request these tests look for.
    performance.setResourceTimingBufferSize(100_000);
  });
  beforeEach(() => {
    performance.clearResourceTimings();
    arena.guarded = guard();
    arena.stage = document.createElement('div');
    arena.hidden = document.createElement('div');
    arena.hidden.hidden = true;
    document.body.append(arena.stage, arena.hidden);
  });
  afterEach(async () => {
    arena.stage.remove();
    arena.hidden.remove();
    // Some engines report a request well after it was made (Firefox, for
    // images): look once more, a settle later, so a late request fails the
    // test that made it rather than passing unseen.
    await settle(document.body);
    arena.guarded.restore();
    expect(baitRequests(), 'requests for the bait, seen late').to.deep.equal([]);
  });
  return arena;
}

/** The assertions every hostile batch ends with. */
export function expectHarmless(guarded: Guarded, cases: Case[]): void {
  const problems = cases.flatMap(({element, label}) =>
    renderProblems(element).map((problem) => `${label}: ${problem}`)
  );
  expect(problems, 'rendered elements').to.deep.equal([]);
  expectGuardClean(guarded);
}

/**
 * What the guard saw stayed harmless: no canary written, no exception, no
 * request for the bait, and every warning prefixed and short.
 */
export function expectGuardClean(guarded: Guarded): void {
  expect(guarded.pwned(), 'canary written').to.equal(false);
  expect(guarded.errors, 'exceptions reaching the window').to.deep.equal([]);
  expect(baitRequests(), 'requests for the bait').to.deep.equal([]);
  const bad = guarded.warnings.filter(
    (w) => !w.startsWith('[message-us] ') || w.length > MAX_WARNING_LENGTH
  );
  expect(
    bad.map((w) => w.slice(0, 200)),
    'warnings not prefixed or too long'
  ).to.deep.equal([]);
}

/**
 * Renders `payloads` in `attribute` of `tag`: each from the first render on
 * every baseline, and as a change after a valid first render (Lit takes
 * other paths for updates) on one baseline, taken in turn, so every
 * baseline sees updates across the corpus at a third of the cost. Then
 * checks that all of it is harmless. Megabyte payloads go to the hidden
 * stage, on the Messages and web baselines.
 */
export async function expectAttributeHarmless(
  arena: Arena,
  tag: Tag,
  attribute: string,
  payloads: readonly Payload[]
): Promise<void> {
  const cases: Case[] = [];
  const changes: Array<[RenderedElement, string]> = [];
  payloads.forEach((payload, index) => {
    const big = payload.value.length >= 1024;
    const stage = big ? arena.hidden : arena.stage;
    const baselines = Object.entries(BASELINES).filter(([name]) => !big || name !== 'sms');
    for (const [baseline, attributes] of baselines) {
      const element = create(tag, {...attributes, [attribute]: payload.value});
      cases.push({element, label: `${payload.name} (${baseline}, first render)`});
      stage.append(element);
    }
    const [baseline, attributes] = baselines[index % baselines.length];
    const element = create(tag, attributes);
    cases.push({element, label: `${payload.name} (${baseline}, update)`});
    changes.push([element, payload.value]);
    stage.append(element);
  });
  const elements = cases.map(({element}) => element);
  await allRendered(elements);
  await settle(arena.stage);
  for (const [element, value] of changes) element.setAttribute(attribute, value);
  await allRendered(elements);
  await settle(arena.stage);
  expectHarmless(arena.guarded, cases);
}
