import {expect} from '@open-wc/testing';
import {
  MAX_TIMEOUT,
  createAvailabilityClock,
  pageClock,
} from '../../src/shared/availability-clock.js';
import {FakeTime} from './fake-time.js';
import {takeWarnings, warnedAbout} from './harness.js';

const START = 1_000_000;

/** A subscriber whose boundaries come from a list, recording when it is called. */
function subscriber(fake: FakeTime, boundaries: Array<number | null>) {
  const calls: number[] = [];
  const queue = boundaries.map((at) => (at === null ? null : new Date(at)));
  return {
    calls,
    callback: () => {
      calls.push(fake.time);
      queue.shift();
    },
    nextBoundary: () => queue[0] ?? null,
  };
}

describe('availability clock', () => {
  let fake: FakeTime;
  beforeEach(() => {
    fake = new FakeTime(START);
  });

  it('keeps one timer for many subscribers, set for the earliest boundary', () => {
    const clock = createAvailabilityClock(fake.env);
    for (let i = 1; i <= 100; i++)
      clock.subscribe(
        () => {},
        () => fake.in(i * 1000)
      );
    expect([fake.delays, fake.pending(), fake.cleared]).to.deep.equal([[1000], [1000], 0]);
  });

  it('moves the one timer when an earlier boundary arrives', () => {
    const clock = createAvailabilityClock(fake.env);
    clock.subscribe(
      () => {},
      () => fake.in(5000)
    );
    clock.subscribe(
      () => {},
      () => fake.in(3000)
    );
    clock.subscribe(
      () => {},
      () => fake.in(4000)
    );
    expect([fake.delays, fake.pending(), fake.cleared]).to.deep.equal([[5000, 3000], [3000], 1]);
  });

  it('calls a subscriber exactly at its boundary, and only that one', () => {
    const clock = createAvailabilityClock(fake.env);
    const start = fake.time;
    const a = subscriber(fake, [start + 5000, start + 20_000]);
    const b = subscriber(fake, [start + 8000]);
    clock.subscribe(a.callback, a.nextBoundary);
    clock.subscribe(b.callback, b.nextBoundary);
    fake.advance(4999);
    const before = [a.calls.length, b.calls.length];
    fake.advance(1);
    expect([before, a.calls, b.calls, fake.pending()]).to.deep.equal([
      [0, 0],
      [start + 5000],
      [],
      [3000],
    ]);
  });

  it('re-arms for each next boundary and stops when there is none', () => {
    const clock = createAvailabilityClock(fake.env);
    const start = fake.time;
    const a = subscriber(fake, [start + 1000, start + 3000, null]);
    clock.subscribe(a.callback, a.nextBoundary);
    fake.advance(10_000);
    expect([a.calls, fake.delays, fake.pending()]).to.deep.equal([
      [start + 1000, start + 3000],
      [1000, 2000],
      [],
    ]);
  });

  it('calls subscribers that share a boundary together, with one timer', () => {
    const clock = createAvailabilityClock(fake.env);
    const at = fake.time + 7000;
    const subscribers = [1, 2, 3].map(() => subscriber(fake, [at]));
    for (const s of subscribers) clock.subscribe(s.callback, s.nextBoundary);
    fake.advance(7000);
    expect([subscribers.map((s) => s.calls), fake.delays]).to.deep.equal([
      [[at], [at], [at]],
      [7000],
    ]);
  });

  it('costs no timer for a subscriber without a boundary', () => {
    const clock = createAvailabilityClock(fake.env);
    clock.subscribe(
      () => {},
      () => null
    );
    clock.subscribe(
      () => {},
      () => new Date(NaN)
    );
    expect([fake.delays, fake.pending()]).to.deep.equal([[], []]);
  });

  it('calls a subscriber at once when its boundary has already passed', () => {
    const clock = createAvailabilityClock(fake.env);
    const a = subscriber(fake, [fake.time - 1000]);
    clock.subscribe(a.callback, a.nextBoundary);
    const delays = [...fake.delays];
    fake.advance(0);
    expect([delays, a.calls]).to.deep.equal([[0], [fake.time]]);
  });

  it('unsubscribes: the timer moves to the next boundary, then goes', () => {
    const clock = createAvailabilityClock(fake.env);
    const a = subscriber(fake, [fake.time + 1000]);
    const b = subscriber(fake, [fake.time + 2000]);
    const stopA = clock.subscribe(a.callback, a.nextBoundary);
    const stopB = clock.subscribe(b.callback, b.nextBoundary);
    stopA();
    const afterA = fake.pending();
    stopB();
    stopB();
    fake.advance(5000);
    expect([afterA, fake.pending(), a.calls, b.calls]).to.deep.equal([[2000], [], [], []]);
  });

  it('lets a callback unsubscribe another subscriber due at the same time', () => {
    const clock = createAvailabilityClock(fake.env);
    const at = fake.time + 1000;
    const b = subscriber(fake, [at]);
    let stopB = () => {};
    const a = subscriber(fake, [at]);
    clock.subscribe(() => {
      a.callback();
      stopB();
    }, a.nextBoundary);
    stopB = clock.subscribe(b.callback, b.nextBoundary);
    fake.advance(1000);
    expect([a.calls, b.calls]).to.deep.equal([[at], []]);
  });

  it('re-checks when the page becomes visible after the tab slept', () => {
    const clock = createAvailabilityClock(fake.env);
    const start = fake.time;
    const a = subscriber(fake, [start + 60_000, start + 600_000]);
    clock.subscribe(a.callback, a.nextBoundary);
    fake.sleep(120_000);
    fake.document.visibilityState = 'hidden';
    fake.document.dispatchEvent(new Event('visibilitychange'));
    const whileHidden = [...a.calls];
    fake.document.visibilityState = 'visible';
    fake.document.dispatchEvent(new Event('visibilitychange'));
    expect([whileHidden, a.calls, fake.pending()]).to.deep.equal([
      [],
      [start + 120_000],
      [480_000],
    ]);
  });

  it('stops listening for visibility once the last subscriber leaves', () => {
    const clock = createAvailabilityClock(fake.env);
    const a = subscriber(fake, [fake.time + 1000]);
    const stop = clock.subscribe(a.callback, a.nextBoundary);
    stop();
    fake.sleep(5000);
    fake.document.dispatchEvent(new Event('visibilitychange'));
    const afterStop = [...a.calls];
    // Subscribing again listens again.
    clock.subscribe(a.callback, a.nextBoundary);
    fake.sleep(1);
    fake.document.dispatchEvent(new Event('visibilitychange'));
    expect([afterStop, a.calls.length]).to.deep.equal([[], 1]);
  });

  it('clamps delays beyond setTimeout’s 2^31−1 ms and re-arms for the rest', () => {
    const clock = createAvailabilityClock(fake.env);
    const far = 40 * 86_400_000; // 3,456,000,000 ms
    const a = subscriber(fake, [fake.time + far]);
    clock.subscribe(a.callback, a.nextBoundary);
    fake.advance(MAX_TIMEOUT);
    const early = [...a.calls];
    fake.advance(far - MAX_TIMEOUT);
    expect([MAX_TIMEOUT, fake.delays, early, a.calls.length]).to.deep.equal([
      2_147_483_647,
      [2_147_483_647, far - 2_147_483_647],
      [],
      1,
    ]);
  });

  it('keeps going when a callback or a boundary throws, with a warning', () => {
    const clock = createAvailabilityClock(fake.env);
    const at = fake.time + 1000;
    const b = subscriber(fake, [at]);
    clock.subscribe(
      () => {
        throw new Error('boom');
      },
      () => new Date(at)
    );
    clock.subscribe(b.callback, b.nextBoundary);
    clock.subscribe(
      () => {},
      () => {
        throw new Error('bad hours');
      }
    );
    fake.advance(1000);
    // The thrower's next boundary is the same instant again: it is not
    // called in a loop, it is dropped.
    // The error is part of the message; no element is named.
    expect([b.calls, takeWarnings(), warnedAbout, fake.pending()]).to.deep.equal([
      [at],
      [
        '[message-us] availability check failed: Error: bad hours',
        '[message-us] availability callback failed: Error: boom',
      ],
      [undefined, undefined],
      [],
    ]);
  });

  it('reads its environment only when the first subscriber arrives', () => {
    let reads = 0;
    const clock = createAvailabilityClock(() => {
      reads++;
      return fake.env;
    });
    clock.recheck();
    const before = reads;
    clock.subscribe(
      () => {},
      () => null
    );
    clock.subscribe(
      () => {},
      () => null
    );
    expect([before, reads]).to.deep.equal([0, 1]);
  });

  it('works without a document', () => {
    const clock = createAvailabilityClock({...fake.env, document: null});
    const a = subscriber(fake, [fake.time + 1000]);
    const stop = clock.subscribe(a.callback, a.nextBoundary);
    fake.advance(1000);
    stop();
    expect(a.calls.length).to.equal(1);
  });

  it('runs on the page’s own timers', async () => {
    const called = new Promise<number>((resolve) => {
      const at = Date.now() + 30;
      const stop = pageClock.subscribe(
        () => {
          stop();
          resolve(Date.now() - at);
        },
        () => new Date(at)
      );
    });
    expect(await called).to.be.at.least(0);
  });
});
