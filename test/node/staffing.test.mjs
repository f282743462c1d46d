// The staffing calculator (message-us/staffing.js) in plain Node, against the
// built module: the guide's worked example exactly, Erlang B and C against an
// independent exact computation and published figures, properties of the
// service-level search, and bad input. Run after `npm run build`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {
  MAX_SERVERS,
  SERVICE_LEVEL_DEFAULTS,
  erlangB,
  erlangC,
  estimateStaffing,
  handleTimeFromResolutions,
  staffForServiceLevel,
} from 'message-us/staffing.js';

const GUIDE = {
  visitorsPerDay: 10000,
  conversationRate: 0.1,
  hoursPerDay: 8,
  minutesPerConversation: 12,
  concurrentConversations: 4,
};

const NUMERIC_ESTIMATE = [
  'conversationsPerDay',
  'conversationsPerHour',
  'openConversations',
  'agents',
];
const NUMERIC_SERVICE = [
  'trafficErlangs',
  'servers',
  'agents',
  'staffedServers',
  'agentsScheduled',
  'serviceLevel',
  'probabilityOfWaiting',
  'averageSpeedOfAnswerSeconds',
  'occupancy',
];

/** Every numeric output is a finite number or null: never NaN, never Infinity. */
function assertFiniteOrNull(result, keys) {
  for (const key of keys) {
    const value = result[key];
    assert.ok(
      value === null || (typeof value === 'number' && Number.isFinite(value)),
      `${key} is ${value}`
    );
  }
  assert.ok(Array.isArray(result.problems));
}

// Independent reference: exact rational arithmetic ------------------------------

/**
 * Erlang B and C by direct summation of A^k / k!, exactly, for A = p / q:
 * every term is scaled by N! · q^N so all of them are whole numbers.
 * C = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)).
 */
function exactErlang(servers, p, q) {
  const [N, P, Q] = [BigInt(servers), BigInt(p), BigInt(q)];
  let factorialN = 1n;
  for (let i = 2n; i <= N; i++) factorialN *= i;
  // term(k) = A^k / k! · N! · q^N = p^k · q^(N−k) · N! / k!
  let sumBelow = 0n;
  let factorialK = 1n;
  for (let k = 0n; k < N; k++) {
    if (k > 0n) factorialK *= k;
    sumBelow += P ** k * Q ** (N - k) * (factorialN / factorialK);
  }
  const top = P ** N; // A^N / N! · N! · q^N
  const b = ratio(top, sumBelow + top);
  // Multiply through by (N·q − p) for the N / (N − A) factor.
  const gap = N * Q - P;
  const c = gap > 0n ? ratio(top * N * Q, sumBelow * gap + top * N * Q) : 1;
  return {b, c};
}

/** A quotient of non-negative BigInts as a double, good to about 1e-18. */
function ratio(numerator, denominator) {
  const SCALE = 10n ** 24n;
  return Number((numerator * SCALE) / denominator) / 1e24;
}

test('the guide example: 10,000 visitors, 1 in 10, 8 hours, 12 minutes, 4 at once', () => {
  assert.deepEqual(estimateStaffing(GUIDE), {
    conversationsPerDay: 1000,
    conversationsPerHour: 125,
    openConversations: 25,
    agents: 6.25,
    problems: [],
  });
});

test('the guide example one conversation at a time needs 25 agents', () => {
  assert.equal(estimateStaffing({...GUIDE, concurrentConversations: 1}).agents, 25);
  // Left out, concurrency is 1.
  const withoutConcurrency = {...GUIDE};
  delete withoutConcurrency.concurrentConversations;
  assert.equal(estimateStaffing(withoutConcurrency).agents, 25);
});

test('handle time from resolutions per hour: AHT = 60 / resolutions', () => {
  assert.deepEqual(handleTimeFromResolutions(5), {minutes: 12, problems: []});
  assert.deepEqual(handleTimeFromResolutions(60), {minutes: 1, problems: []});
  assert.deepEqual(handleTimeFromResolutions(2.5), {minutes: 24, problems: []});
  // An agent at 4 at once closing 20 an hour: each conversation lasts 12 minutes,
  // which gives back the guide's 6.25 agents for its 125 conversations an hour.
  const {minutes} = handleTimeFromResolutions(20, 4);
  assert.equal(minutes, 12);
  assert.equal(estimateStaffing({...GUIDE, minutesPerConversation: minutes}).agents, 6.25);
});

test('the guide example under the service-level model: 80% within 60 s, 30% shrinkage', () => {
  const result = staffForServiceLevel({
    conversationsPerHour: 125,
    minutesPerConversation: 12,
    concurrentConversations: 4,
    targetShare: 0.8,
    targetSeconds: 60,
    shrinkage: 0.3,
  });
  assert.deepEqual(
    {
      ...result,
      ...round(result, ['serviceLevel', 'probabilityOfWaiting', 'averageSpeedOfAnswerSeconds']),
    },
    {
      trafficErlangs: 25,
      servers: 30,
      agents: 8,
      staffedServers: 32,
      agentsScheduled: 12,
      serviceLevel: 0.9292,
      probabilityOfWaiting: 0.1269,
      averageSpeedOfAnswerSeconds: 13.0523,
      occupancy: 0.78125,
      problems: [],
    }
  );
  // The defaults are the same target, so they give the same team.
  assert.deepEqual(
    staffForServiceLevel({
      conversationsPerHour: 125,
      minutesPerConversation: 12,
      concurrentConversations: 4,
    }),
    result
  );
  assert.deepEqual(SERVICE_LEVEL_DEFAULTS, {
    concurrentConversations: 1,
    targetShare: 0.8,
    targetSeconds: 60,
    shrinkage: 0.3,
  });
});

test('one at a time the guide example needs 30 agents on line, 43 scheduled', () => {
  const result = staffForServiceLevel({conversationsPerHour: 125, minutesPerConversation: 12});
  assert.deepEqual(
    [result.servers, result.agents, result.staffedServers, result.agentsScheduled],
    [30, 30, 30, 43]
  );
  // 29 slots miss the target: 30 is the smallest that meets it.
  const c29 = erlangC(29, 25);
  assert.ok(1 - c29 * Math.exp((-4 * 60) / 720) < 0.8);
  assert.equal(round(result, ['serviceLevel']).serviceLevel, 0.8353);
});

/** Rounds the named fields to 4 decimals. */
function round(result, keys) {
  return Object.fromEntries(keys.map((k) => [k, Math.round(result[k] * 1e4) / 1e4]));
}

test('Erlang B and C match exact direct summation over a grid (N ≤ 20)', () => {
  let compared = 0;
  for (let servers = 0; servers <= 20; servers++) {
    // A = k / 4 from 0.25 to 25 Erlangs, past N so the unstable side is covered too.
    for (let k = 1; k <= 100; k++) {
      const {b, c} = exactErlang(servers, k, 4);
      assert.ok(Math.abs(erlangB(servers, k / 4) - b) < 1e-12, `B(${servers}, ${k / 4})`);
      assert.ok(Math.abs(erlangC(servers, k / 4) - c) < 1e-12, `C(${servers}, ${k / 4})`);
      compared++;
    }
  }
  assert.equal(compared, 2100);
});

test('Erlang C matches values reproduced by hand and published examples', () => {
  // By hand: N = 3, A = 2: Σ_{k<3} 2^k/k! = 1 + 2 + 2 = 5; 2^3/3! · 3/(3−2) = 4; C = 4/9.
  assert.equal(erlangC(3, 2).toFixed(4), '0.4444');
  // By hand: N = 5, A = 3 (a call a minute, 3 minutes each, 5 agents):
  // Σ_{k<5} = 1 + 3 + 4.5 + 4.5 + 3.375 = 16.375; 3^5/5! · 5/2 = 5.0625;
  // C = 5.0625 / 21.4375 = 0.2362.
  assert.equal(erlangC(5, 3).toFixed(4), '0.2362');
  // One server: the probability of waiting is the utilisation.
  assert.equal(erlangC(1, 0.75), 0.75);
  // The classic worked example of Erlang C pages for call centres: 360 calls
  // per half hour of 4 minutes each (A = 48 Erlangs) and 55 agents give a
  // probability of waiting of 0.2387 (24%), an average speed of answer of
  // 8.2 seconds and 84.6% of calls answered within 15 seconds.
  const c = erlangC(55, 48);
  assert.equal(c.toFixed(4), '0.2387');
  assert.equal(((c * 240) / (55 - 48)).toFixed(1), '8.2');
  assert.equal((1 - c * Math.exp((-(55 - 48) * 15) / 240)).toFixed(3), '0.846');
  // Erlang B tables: 10 trunks offered 5 Erlangs block 1.84% of calls.
  assert.equal(erlangB(10, 5).toFixed(4), '0.0184');
  assert.equal(erlangB(1, 1), 0.5);
  // The same example through the search: 80% within 15 s needs those 55
  // agents (54 answer only 79.3%).
  const staffed = staffForServiceLevel({
    conversationsPerHour: 720,
    minutesPerConversation: 4,
    targetShare: 0.8,
    targetSeconds: 15,
    shrinkage: 0,
  });
  assert.equal(staffed.trafficErlangs, 48);
  assert.equal(staffed.servers, 55);
  assert.equal(staffed.probabilityOfWaiting.toFixed(4), '0.2387');
});

test('Erlang B and C at the edges', () => {
  assert.equal(erlangB(0, 3), 1);
  assert.equal(erlangB(4, 0), 0);
  assert.equal(erlangC(2, 2), 1);
  assert.equal(erlangC(1, 5), 1);
  assert.equal(erlangC(3, 0), 0);
  for (const [servers, traffic] of [
    [-1, 1],
    [1.5, 1],
    [2, -1],
    [2, NaN],
    [2, Infinity],
    ['2', 1],
    [MAX_SERVERS + 1, 1],
  ]) {
    assert.equal(erlangB(servers, traffic), null, `B(${servers}, ${traffic})`);
    assert.equal(erlangC(servers, traffic), null, `C(${servers}, ${traffic})`);
  }
});

test('the search agrees with a brute force over the exact Erlang C', () => {
  for (const perHour of [1, 7, 30, 60, 125]) {
    for (const minutes of [2, 5, 12]) {
      for (const [share, seconds] of [
        [0.8, 60],
        [0.9, 20],
        [0.5, 0],
        [0.95, 300],
      ]) {
        const traffic = (perHour * minutes) / 60;
        let servers = Math.floor(traffic) + 1;
        // minutes / 60 × perHour is a quarter-multiple here; exactErlang wants p / q.
        for (;;) {
          const {c} = exactErlang(servers, perHour * minutes, 60);
          if (1 - c * Math.exp((-(servers - traffic) * seconds) / (minutes * 60)) >= share) break;
          servers++;
        }
        const result = staffForServiceLevel({
          conversationsPerHour: perHour,
          minutesPerConversation: minutes,
          targetShare: share,
          targetSeconds: seconds,
          shrinkage: 0,
        });
        assert.equal(
          result.servers,
          servers,
          `${perHour}/h × ${minutes} min, ${share} in ${seconds} s`
        );
        assert.equal(result.agentsScheduled, servers);
      }
    }
  }
});

test('concurrency turns servers into agents, rounded up, and shrinkage rounds up after', () => {
  const base = {conversationsPerHour: 125, minutesPerConversation: 12, shrinkage: 0};
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map(
      (c) => staffForServiceLevel({...base, concurrentConversations: c}).agents
    ),
    [30, 15, 10, 8, 6, 5]
  );
  // 6 agents at 30% shrinkage: 6 / 0.7 = 8.57, so 9 are scheduled.
  const six = staffForServiceLevel({...base, concurrentConversations: 5, shrinkage: 0.3});
  assert.equal(six.agents, 6);
  assert.equal(six.agentsScheduled, 9);
  // 21 agents at 30% shrinkage: 21 / 0.7 is 30.000000000000004 in binary, and means 30.
  assert.equal(21 / (1 - 0.3), 30.000000000000004);
  const noisy = staffForServiceLevel({conversationsPerHour: 81, minutesPerConversation: 12});
  assert.equal(noisy.agents, 21);
  assert.equal(noisy.agentsScheduled, 30);
});

test('no load needs no agents', () => {
  assert.deepEqual(staffForServiceLevel({conversationsPerHour: 0, minutesPerConversation: 12}), {
    trafficErlangs: 0,
    servers: 0,
    agents: 0,
    staffedServers: 0,
    agentsScheduled: 0,
    serviceLevel: 1,
    probabilityOfWaiting: 0,
    averageSpeedOfAnswerSeconds: 0,
    occupancy: null,
    problems: [],
  });
  assert.deepEqual(estimateStaffing({...GUIDE, conversationRate: 0}), {
    conversationsPerDay: 0,
    conversationsPerHour: 0,
    openConversations: 0,
    agents: 0,
    problems: [],
  });
});

test('stable at hundreds of agents: 2,000 conversations an hour', () => {
  const result = staffForServiceLevel({conversationsPerHour: 2000, minutesPerConversation: 12});
  assertFiniteOrNull(result, NUMERIC_SERVICE);
  assert.deepEqual(
    [result.trafficErlangs, result.servers, result.agents, result.agentsScheduled],
    [400, 411, 411, 588]
  );
  assert.ok(result.serviceLevel >= 0.8 && result.serviceLevel < 0.85);
  // And thousands: 100,000 an hour of 5 minutes is 8,333 conversations open at once.
  const big = staffForServiceLevel({conversationsPerHour: 100000, minutesPerConversation: 5});
  assertFiniteOrNull(big, NUMERIC_SERVICE);
  assert.ok(big.servers > 8333 && big.servers < 8400, `servers ${big.servers}`);
  assert.equal(big.problems.length, 0);
  // Far beyond what factorials or powers survive: 170! and 400^400 overflow doubles.
  for (const servers of [171, 500, 1000, 5000]) {
    const c = erlangC(servers, servers * 0.95);
    assert.ok(c > 0 && c < 1, `C(${servers}) = ${c}`);
  }
});

// Properties -----------------------------------------------------------------------

const loadArb = fc.record({
  conversationsPerHour: fc.double({min: 0, max: 3000, noNaN: true}),
  minutesPerConversation: fc.double({min: 0.5, max: 60, noNaN: true}),
  concurrentConversations: fc.integer({min: 1, max: 8}),
  targetShare: fc.double({min: 0.05, max: 0.99, noNaN: true}),
  targetSeconds: fc.double({min: 0, max: 600, noNaN: true}),
  shrinkage: fc.double({min: 0, max: 0.6, noNaN: true}),
});

test('property: agents never decrease when the load rises', () => {
  fc.assert(
    fc.property(loadArb, fc.double({min: 0, max: 500, noNaN: true}), (input, extra) => {
      const low = staffForServiceLevel(input);
      const high = staffForServiceLevel({
        ...input,
        conversationsPerHour: input.conversationsPerHour + extra,
      });
      assert.ok(high.servers >= low.servers, 'servers');
      assert.ok(high.agents >= low.agents, 'agents');
      assert.ok(high.agentsScheduled >= low.agentsScheduled, 'scheduled');
    }),
    {numRuns: 300}
  );
});

test('property: agents never decrease when conversations get longer', () => {
  fc.assert(
    fc.property(loadArb, fc.double({min: 0, max: 30, noNaN: true}), (input, extra) => {
      const low = staffForServiceLevel(input);
      const high = staffForServiceLevel({
        ...input,
        minutesPerConversation: input.minutesPerConversation + extra,
        // Longer conversations at the same target wait: the load rises with them.
      });
      assert.ok(high.agents >= low.agents);
    }),
    {numRuns: 200}
  );
});

test('property: agents never decrease when the target tightens (higher share)', () => {
  fc.assert(
    fc.property(loadArb, fc.double({min: 0.05, max: 0.99, noNaN: true}), (input, other) => {
      const [loose, tight] = [
        Math.min(input.targetShare, other),
        Math.max(input.targetShare, other),
      ];
      const a = staffForServiceLevel({...input, targetShare: loose});
      const b = staffForServiceLevel({...input, targetShare: tight});
      assert.ok(b.agents >= a.agents);
      assert.ok(b.agentsScheduled >= a.agentsScheduled);
      assert.ok(b.serviceLevel >= tight || b.agents === 0);
    }),
    {numRuns: 300}
  );
});

test('property: agents never decrease when the target tightens (shorter time)', () => {
  fc.assert(
    fc.property(loadArb, fc.double({min: 0, max: 600, noNaN: true}), (input, other) => {
      const [short, long] = [
        Math.min(input.targetSeconds, other),
        Math.max(input.targetSeconds, other),
      ];
      const a = staffForServiceLevel({...input, targetSeconds: long});
      const b = staffForServiceLevel({...input, targetSeconds: short});
      assert.ok(b.agents >= a.agents);
    }),
    {numRuns: 300}
  );
});

test('property: the result is the smallest team that meets the target', () => {
  fc.assert(
    fc.property(loadArb, (input) => {
      const result = staffForServiceLevel({...input, concurrentConversations: 1});
      if (result.servers === 0) return;
      assert.ok(result.serviceLevel >= input.targetShare);
      // One slot fewer either cannot hold the load or misses the target.
      const fewer = result.servers - 1;
      const traffic = result.trafficErlangs;
      if (fewer <= traffic) return;
      const level =
        1 -
        erlangC(fewer, traffic) *
          Math.exp(
            (-(fewer - traffic) * input.targetSeconds) / (input.minutesPerConversation * 60)
          );
      assert.ok(level < input.targetShare);
    }),
    {numRuns: 300}
  );
});

test('property: the simple model never asks for more agents than the service-level model', () => {
  fc.assert(
    fc.property(loadArb, (input) => {
      const simple = (input.conversationsPerHour * input.minutesPerConversation) / 60;
      const result = staffForServiceLevel(input);
      assert.ok(result.staffedServers >= simple);
    }),
    {numRuns: 200}
  );
});

const anyNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 1e308, 5e-324)
);
const anyValue = fc.oneof(anyNumber, fc.anything());

test('property: outputs are always finite or null, and nothing throws', () => {
  fc.assert(
    fc.property(
      fc.record(
        {
          visitorsPerDay: anyValue,
          conversationRate: anyValue,
          hoursPerDay: anyValue,
          minutesPerConversation: anyValue,
          concurrentConversations: anyValue,
          conversationsPerHour: anyValue,
          targetShare: anyValue,
          targetSeconds: anyValue,
          shrinkage: anyValue,
        },
        {requiredKeys: []}
      ),
      (input) => {
        const estimate = estimateStaffing(input);
        assertFiniteOrNull(estimate, NUMERIC_ESTIMATE);
        const service = staffForServiceLevel(input);
        assertFiniteOrNull(service, NUMERIC_SERVICE);
        const time = handleTimeFromResolutions(input.visitorsPerDay, input.concurrentConversations);
        assertFiniteOrNull(time, ['minutes']);
        // Numbers and problems never come together: a result is either whole or empty.
        for (const [result, keys] of [
          [estimate, NUMERIC_ESTIMATE],
          [service, NUMERIC_SERVICE.filter((k) => k !== 'occupancy')],
          [time, ['minutes']],
        ]) {
          const empty = keys.every((k) => result[k] === null);
          assert.equal(empty, result.problems.length > 0);
        }
      }
    ),
    {numRuns: 1000}
  );
});

test('property: valid numbers in range always give numbers', () => {
  fc.assert(
    fc.property(
      fc.double({min: 0, max: 1e7, noNaN: true}),
      fc.double({min: 0, max: 1, noNaN: true}),
      fc.double({min: 0.01, max: 24, noNaN: true}),
      fc.double({min: 0.01, max: 600, noNaN: true}),
      fc.integer({min: 1, max: 100}),
      (visitorsPerDay, conversationRate, hoursPerDay, minutesPerConversation, concurrent) => {
        const result = estimateStaffing({
          visitorsPerDay,
          conversationRate,
          hoursPerDay,
          minutesPerConversation,
          concurrentConversations: concurrent,
        });
        assert.deepEqual(result.problems, []);
        assertFiniteOrNull(result, NUMERIC_ESTIMATE);
        assert.ok(NUMERIC_ESTIMATE.every((k) => typeof result[k] === 'number'));
      }
    ),
    {numRuns: 300}
  );
});

// Bad input: exact messages -----------------------------------------------------------

const ESTIMATE_ROWS = [
  [
    {...GUIDE, visitorsPerDay: -5},
    ['visitorsPerDay must be a number of 0 or more, e.g. 10000; got -5.'],
  ],
  [
    {...GUIDE, conversationRate: 1.5},
    ['conversationRate must be a share from 0 to 1, e.g. 0.1 for 1 visitor in 10; got 1.5.'],
  ],
  [{...GUIDE, hoursPerDay: 0}, ['hoursPerDay must be more than 0 and at most 24, e.g. 8; got 0.']],
  [
    {...GUIDE, hoursPerDay: 25},
    ['hoursPerDay must be more than 0 and at most 24, e.g. 8; got 25.'],
  ],
  [
    {...GUIDE, minutesPerConversation: NaN},
    ['minutesPerConversation must be a number above 0, e.g. 12; got NaN.'],
  ],
  [
    {...GUIDE, minutesPerConversation: Infinity},
    ['minutesPerConversation must be a number above 0, e.g. 12; got Infinity.'],
  ],
  [
    {...GUIDE, concurrentConversations: 2.5},
    ['concurrentConversations must be a whole number from 1 to 100, e.g. 4; got 2.5.'],
  ],
  [
    {...GUIDE, concurrentConversations: 0},
    ['concurrentConversations must be a whole number from 1 to 100, e.g. 4; got 0.'],
  ],
  [
    {...GUIDE, visitorsPerDay: '10000'},
    ['visitorsPerDay must be a number of 0 or more, e.g. 10000; got the text "10000".'],
  ],
  [
    {...GUIDE, visitorsPerDay: undefined, conversationRate: null, hoursPerDay: true},
    [
      'visitorsPerDay must be a number of 0 or more, e.g. 10000; got nothing.',
      'conversationRate must be a share from 0 to 1, e.g. 0.1 for 1 visitor in 10; got null.',
      'hoursPerDay must be more than 0 and at most 24, e.g. 8; got a value of type boolean.',
    ],
  ],
  [
    null,
    [
      'input must be an object, e.g. {visitorsPerDay: 10000, conversationRate: 0.1, hoursPerDay: 8, minutesPerConversation: 12, concurrentConversations: 4}; got null.',
    ],
  ],
  [
    {...GUIDE, visitorsPerDay: 1e200, minutesPerConversation: 1e200},
    [
      'input multiplies past the largest number that can be computed with; use realistic figures, e.g. visitorsPerDay: 10000 and minutesPerConversation: 12; got 1e+200 visitors of 1e+200 minutes.',
    ],
  ],
];

test('estimateStaffing: bad input gives nulls and exact messages', () => {
  for (const [input, messages] of ESTIMATE_ROWS) {
    const result = estimateStaffing(input);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      messages,
      JSON.stringify(input)
    );
    assert.deepEqual(
      NUMERIC_ESTIMATE.map((k) => result[k]),
      [null, null, null, null]
    );
  }
  assert.deepEqual(estimateStaffing({...GUIDE, visitorsPerDay: -5}).problems, [
    {
      field: 'visitorsPerDay',
      message: 'visitorsPerDay must be a number of 0 or more, e.g. 10000; got -5.',
    },
  ]);
});

const SERVICE = {conversationsPerHour: 125, minutesPerConversation: 12};
const SERVICE_ROWS = [
  [
    {...SERVICE, conversationsPerHour: -1},
    ['conversationsPerHour must be a number of 0 or more, e.g. 125; got -1.'],
  ],
  [
    {...SERVICE, targetShare: 1},
    ['targetShare must be a share above 0 and below 1, e.g. 0.8 for 80% of conversations; got 1.'],
  ],
  [
    {...SERVICE, targetShare: 0},
    ['targetShare must be a share above 0 and below 1, e.g. 0.8 for 80% of conversations; got 0.'],
  ],
  [
    {...SERVICE, targetSeconds: -1},
    ['targetSeconds must be a number of seconds of 0 or more, e.g. 60; got -1.'],
  ],
  [
    {...SERVICE, shrinkage: 1},
    [
      'shrinkage must be a share from 0 to below 1, e.g. 0.3 for 30% of paid time away from conversations; got 1.',
    ],
  ],
  [
    {...SERVICE, concurrentConversations: 101},
    ['concurrentConversations must be a whole number from 1 to 100, e.g. 4; got 101.'],
  ],
  [
    {...SERVICE, conversationsPerHour: 1e9},
    [
      'conversationsPerHour × minutesPerConversation ÷ 60 must stay below 1000000 conversations open at once (split the load into several queues), e.g. 125 conversations an hour of 12 minutes; got 1000000000 of 12.',
    ],
  ],
  [
    {...SERVICE, minutesPerConversation: 1e308, conversationsPerHour: 0},
    ['minutesPerConversation is too large to compute with, e.g. 12; got 1e+308.'],
  ],
  [
    'fast',
    [
      'input must be an object, e.g. {conversationsPerHour: 125, minutesPerConversation: 12, concurrentConversations: 4}; got the text "fast".',
    ],
  ],
];

test('staffForServiceLevel: bad input gives nulls and exact messages', () => {
  for (const [input, messages] of SERVICE_ROWS) {
    const result = staffForServiceLevel(input);
    assert.deepEqual(
      result.problems.map((p) => p.message),
      messages,
      JSON.stringify(input)
    );
    assert.ok(NUMERIC_SERVICE.every((k) => result[k] === null));
  }
});

test('handleTimeFromResolutions: bad input gives null and exact messages', () => {
  for (const [args, messages] of [
    [[0], ['resolutionsPerHour must be a number above 0, e.g. 5; got 0.']],
    [[-3], ['resolutionsPerHour must be a number above 0, e.g. 5; got -3.']],
    [[NaN], ['resolutionsPerHour must be a number above 0, e.g. 5; got NaN.']],
    [[5, 0], ['concurrentConversations must be a whole number from 1 to 100, e.g. 4; got 0.']],
    [[5e-324], ['resolutionsPerHour is too small to compute with, e.g. 5; got 5e-324.']],
  ]) {
    assert.deepEqual(handleTimeFromResolutions(...args), {
      minutes: null,
      problems: messages.map((message) => ({field: message.split(' ')[0], message})),
    });
  }
});

test('a hostile input object never makes it throw', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
    }
  );
  // Unreadable fields read as missing; concurrency then takes its default, 1.
  const estimate = estimateStaffing(hostile);
  assert.deepEqual(
    estimate.problems.map((p) => p.field),
    ['visitorsPerDay', 'conversationRate', 'hoursPerDay', 'minutesPerConversation']
  );
  assert.ok(NUMERIC_ESTIMATE.every((k) => estimate[k] === null));
  // Unreadable optional fields take their defaults; the two required ones are reported.
  assert.deepEqual(
    staffForServiceLevel(hostile).problems.map((p) => p.field),
    ['conversationsPerHour', 'minutesPerConversation']
  );
});

test('message-us/staffing.js is dist/core/staffing.js, and stays out of the widget', () => {
  assert.equal(
    import.meta.resolve('message-us/staffing.js'),
    new URL('../../dist/core/staffing.js', import.meta.url).href
  );
  const core = readFileSync(new URL('../../dist/core/index.js', import.meta.url), 'utf8');
  assert.doesNotMatch(core, /staffing/);
  const bundle = readFileSync(new URL('../../dist/cdn/message-us.js', import.meta.url), 'utf8');
  assert.doesNotMatch(bundle, /targetShare|Erlang|conversationRate/);
});
