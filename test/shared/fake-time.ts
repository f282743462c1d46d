/** A page clock environment for tests: timers run only when the test moves the time on. */
import type {ClockEnv} from '../../src/shared/availability-clock.js';

export class FakeTime {
  /** Every delay passed to setTimeout, in order. */
  readonly delays: number[] = [];
  /** How many pending timers were cleared. */
  cleared = 0;
  readonly document = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  private readonly timers = new Map<number, {at: number; run: () => void}>();
  private id = 0;

  constructor(public time: number) {}

  readonly env: ClockEnv = {
    now: () => this.time,
    setTimeout: (run, ms) => {
      this.delays.push(ms);
      this.timers.set(++this.id, {at: this.time + ms, run});
      return this.id;
    },
    clearTimeout: (handle) => {
      if (this.timers.delete(handle as number)) this.cleared++;
    },
    document: this.document as unknown as ClockEnv['document'],
  };

  /** Pending timers as delays from now. */
  pending(): number[] {
    return this.timersAt().map((at) => at - this.time);
  }

  /** Pending timers as the instants they fire at. */
  timersAt(): number[] {
    return [...this.timers.values()].map(({at}) => at);
  }

  /** Moves the time on by `ms`, running due timers in order at their own time. */
  advance(ms: number): void {
    this.advanceTo(this.time + ms);
  }

  /** Moves the time to `time`, running the timers due on the way at their own time. */
  advanceTo(time: number): void {
    for (;;) {
      const due = [...this.timers]
        .filter(([, {at}]) => at <= time)
        .sort((x, y) => x[1].at - y[1].at);
      if (!due.length) break;
      const [id, {at, run}] = due[0];
      this.timers.delete(id);
      this.time = at;
      run();
    }
    this.time = time;
  }

  /** Moves the time on without running timers, as a sleeping tab does. */
  sleep(ms: number): void {
    this.time += ms;
  }

  /** A boundary `ms` after the clock's current time. */
  in(ms: number): Date {
    return new Date(this.time + ms);
  }
}
