/**
 * The hostile-attribute runs of the launcher, shared by
 * hostile-launcher*.test.ts: a payload in one of the launcher's attributes,
 * or in one attribute of each of its departments, on every launcher
 * baseline from the first render, and as a later change on one baseline
 * taken in turn. Then the launcher, its panel, its QR codes and its
 * departments are checked as in hostile.ts.
 */
import {expect} from '@open-wc/testing';
import type {Payload} from './payloads.js';
import {allRendered, settle, type RenderedElement} from './harness.js';
import {expectGuardClean, type Arena} from './hostile.js';
import {
  LAUNCHER_BASELINES,
  createLauncher,
  departmentsOf,
  launcherProblems,
  withDepartments,
} from './launcher.js';

interface LauncherCase {
  launcher: RenderedElement;
  label: string;
}

/** Where the payload goes: the launcher's attribute or its departments'. */
export type Target = 'launcher' | 'departments';

export async function expectLauncherAttributeHarmless(
  arena: Arena,
  target: Target,
  attribute: string,
  payloads: readonly Payload[]
): Promise<void> {
  const cases: LauncherCase[] = [];
  const changes: Array<[RenderedElement, string]> = [];
  const set = (launcher: RenderedElement, value: string) => {
    if (target === 'launcher') launcher.setAttribute(attribute, value);
    else departmentsOf(launcher).forEach((department) => department.setAttribute(attribute, value));
  };
  // Departments only exist in the panel baselines.
  const all = Object.entries(LAUNCHER_BASELINES).filter(
    ([, baseline]) => target === 'launcher' || baseline.departments.length
  );
  payloads.forEach((payload, index) => {
    const big = payload.value.length >= 1024;
    const stage = big ? arena.hidden : arena.stage;
    const override = {[attribute]: payload.value};
    // A megabyte goes to the QR panel, whose encoder it must not choke; the
    // link paths are a button's, which hostile-button.test.ts covers at
    // full size.
    const baselines = big ? all.filter(([name]) => name === 'qr') : all;
    // Each payload on one baseline from the first render and on the next
    // as a change, taken in turn: every baseline meets a quarter of the
    // corpus each way, at a fraction of the cost of all of it (the
    // departments' own paths are covered in full by hostile-button and
    // hostile-banner).
    const [first, baseline] = baselines[index % baselines.length];
    const launcher =
      target === 'launcher'
        ? createLauncher(baseline, override)
        : createLauncher(baseline, {}, override);
    cases.push({launcher, label: `${payload.name} (${first}, first render)`});
    stage.append(launcher);
    const [next, later] = baselines[(index + 1) % baselines.length];
    const changed = createLauncher(later);
    cases.push({launcher: changed, label: `${payload.name} (${next}, update)`});
    changes.push([changed, payload.value]);
    stage.append(changed);
  });
  const elements = withDepartments(cases.map(({launcher}) => launcher));
  await allRendered(elements);
  await allRendered(elements);
  await settle(arena.stage);
  for (const [launcher, value] of changes) set(launcher, value);
  await allRendered(elements);
  await allRendered(elements);
  await settle(arena.stage);
  const problems = cases.flatMap(({launcher, label}) =>
    launcherProblems(launcher).map((problem) => `${label}: ${problem}`)
  );
  expect(problems, 'rendered launchers').to.deep.equal([]);
  expectGuardClean(arena.guarded);
}
