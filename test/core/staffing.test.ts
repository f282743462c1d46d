// The staffing core in each browser engine: the same arithmetic must give the
// same teams in V8, SpiderMonkey and JavaScriptCore (their Math.exp differ in
// the last bits), and every guard is exercised. The fuller suite, with the
// exact-arithmetic reference and the property tests, is test/node/staffing.test.mjs.
import {expect} from '@open-wc/testing';
import {
  MAX_SERVERS,
  erlangB,
  erlangC,
  estimateStaffing,
  handleTimeFromResolutions,
  staffForServiceLevel,
  type ServiceLevelInput,
  type StaffingInput,
} from '../../src/core/staffing.js';

const GUIDE: StaffingInput = {
  visitorsPerDay: 10000,
  conversationRate: 0.1,
  hoursPerDay: 8,
  minutesPerConversation: 12,
  concurrentConversations: 4,
};

/** Team figures that must match exactly, as [servers, agents, staffed, scheduled]. */
function team(input: ServiceLevelInput): Array<number | null> {
  const r = staffForServiceLevel(input);
  return [r.servers, r.agents, r.staffedServers, r.agentsScheduled];
}

describe('staffing core', () => {
  it('gives the guide example exactly', () => {
    expect(estimateStaffing(GUIDE)).to.deep.equal({
      conversationsPerDay: 1000,
      conversationsPerHour: 125,
      openConversations: 25,
      agents: 6.25,
      problems: [],
    });
    expect(estimateStaffing({...GUIDE, concurrentConversations: undefined}).agents).to.equal(25);
    expect(handleTimeFromResolutions(5)).to.deep.equal({minutes: 12, problems: []});
    expect(handleTimeFromResolutions(20, 4)).to.deep.equal({minutes: 12, problems: []});
  });

  const teams: Array<[ServiceLevelInput, Array<number | null>]> = [
    [
      {conversationsPerHour: 125, minutesPerConversation: 12, concurrentConversations: 4},
      [30, 8, 32, 12],
    ],
    [{conversationsPerHour: 125, minutesPerConversation: 12}, [30, 30, 30, 43]],
    [{conversationsPerHour: 81, minutesPerConversation: 12}, [21, 21, 21, 30]],
    [{conversationsPerHour: 2000, minutesPerConversation: 12}, [411, 411, 411, 588]],
    [
      {conversationsPerHour: 720, minutesPerConversation: 4, targetSeconds: 15, shrinkage: 0},
      [55, 55, 55, 55],
    ],
    [{conversationsPerHour: 0, minutesPerConversation: 12}, [0, 0, 0, 0]],
  ];
  for (const [input, expected] of teams) {
    it(`staffs ${JSON.stringify(input)} as ${expected.join('/')}`, () => {
      expect(team(input)).to.deep.equal(expected);
    });
  }

  it('returns the waiting figures of the guide example', () => {
    const r = staffForServiceLevel({
      conversationsPerHour: 125,
      minutesPerConversation: 12,
      concurrentConversations: 4,
    });
    expect(
      [
        r.trafficErlangs,
        r.serviceLevel,
        r.probabilityOfWaiting,
        r.averageSpeedOfAnswerSeconds,
        r.occupancy,
      ].map((n) => n!.toFixed(4))
    ).to.deep.equal(['25.0000', '0.9292', '0.1269', '13.0523', '0.7813']);
    const idle = staffForServiceLevel({conversationsPerHour: 0, minutesPerConversation: 12});
    expect([idle.serviceLevel, idle.probabilityOfWaiting, idle.occupancy]).to.deep.equal([
      1,
      0,
      null,
    ]);
  });

  it('computes Erlang B and C, with null for impossible arguments', () => {
    expect(erlangC(3, 2)!.toFixed(4)).to.equal('0.4444');
    expect(erlangC(55, 48)!.toFixed(4)).to.equal('0.2387');
    expect(erlangB(10, 5)!.toFixed(4)).to.equal('0.0184');
    expect([
      erlangB(0, 0),
      erlangB(3, 0),
      erlangC(3, 0),
      erlangC(2, 2),
      erlangC(0, 0),
    ]).to.deep.equal([1, 0, 0, 1, 1]);
    expect([
      erlangB(-1, 1),
      erlangC(1.5, 1),
      erlangB(1, NaN),
      erlangC(MAX_SERVERS + 1, 1),
    ]).to.deep.equal([null, null, null, null]);
    expect(erlangC(5000, 4750)).to.be.within(0, 1);
  });

  const bad: Array<[string, () => {problems: Array<{field: string; message: string}>}, string[]]> =
    [
      [
        'a short text',
        () => estimateStaffing({...GUIDE, visitorsPerDay: '10' as unknown as number}),
        ['visitorsPerDay must be a number of 0 or more, e.g. 10000; got the text "10".'],
      ],
      [
        'a long text, cut',
        () => estimateStaffing({...GUIDE, hoursPerDay: 'x'.repeat(50) as unknown as number}),
        [
          `hoursPerDay must be more than 0 and at most 24, e.g. 8; got the text "${'x'.repeat(40)}…".`,
        ],
      ],
      [
        'minus zero hours',
        () => estimateStaffing({...GUIDE, hoursPerDay: -0}),
        ['hoursPerDay must be more than 0 and at most 24, e.g. 8; got 0.'],
      ],
      [
        'an object, null and nothing',
        () =>
          estimateStaffing({
            ...GUIDE,
            visitorsPerDay: {} as unknown as number,
            conversationRate: null as unknown as number,
            minutesPerConversation: undefined as unknown as number,
          }),
        [
          'visitorsPerDay must be a number of 0 or more, e.g. 10000; got a value of type object.',
          'conversationRate must be a share from 0 to 1, e.g. 0.1 for 1 visitor in 10; got null.',
          'minutesPerConversation must be a number above 0, e.g. 12; got nothing.',
        ],
      ],
      [
        'no object at all',
        () => estimateStaffing(undefined as unknown as StaffingInput),
        [
          'input must be an object, e.g. {visitorsPerDay: 10000, conversationRate: 0.1, hoursPerDay: 8, minutesPerConversation: 12, concurrentConversations: 4}; got nothing.',
        ],
      ],
      [
        'a product past the largest double',
        () => estimateStaffing({...GUIDE, visitorsPerDay: 1e300, minutesPerConversation: 1e300}),
        [
          'input multiplies past the largest number that can be computed with; use realistic figures, e.g. visitorsPerDay: 10000 and minutesPerConversation: 12; got 1e+300 visitors of 1e+300 minutes.',
        ],
      ],
      [
        'a service-level input that is not an object',
        () => staffForServiceLevel(7 as unknown as ServiceLevelInput),
        [
          'input must be an object, e.g. {conversationsPerHour: 125, minutesPerConversation: 12, concurrentConversations: 4}; got 7.',
        ],
      ],
      [
        'every target field wrong',
        () =>
          staffForServiceLevel({
            conversationsPerHour: -1,
            minutesPerConversation: 0,
            concurrentConversations: 0,
            targetShare: 1,
            targetSeconds: -1,
            shrinkage: 1,
          }),
        [
          'conversationsPerHour must be a number of 0 or more, e.g. 125; got -1.',
          'minutesPerConversation must be a number above 0, e.g. 12; got 0.',
          'concurrentConversations must be a whole number from 1 to 100, e.g. 4; got 0.',
          'targetShare must be a share above 0 and below 1, e.g. 0.8 for 80% of conversations; got 1.',
          'targetSeconds must be a number of seconds of 0 or more, e.g. 60; got -1.',
          'shrinkage must be a share from 0 to below 1, e.g. 0.3 for 30% of paid time away from conversations; got 1.',
        ],
      ],
      [
        'conversations too long to hold in seconds',
        () => staffForServiceLevel({conversationsPerHour: 0, minutesPerConversation: 1e307}),
        ['minutesPerConversation is too large to compute with, e.g. 12; got 1e+307.'],
      ],
      [
        'a load of a million conversations open at once',
        () => staffForServiceLevel({conversationsPerHour: 1e6, minutesPerConversation: 60}),
        [
          'conversationsPerHour × minutesPerConversation ÷ 60 must stay below 1000000 conversations open at once (split the load into several queues), e.g. 125 conversations an hour of 12 minutes; got 1000000 of 60.',
        ],
      ],
      [
        'a target that needs more than a million slots',
        () =>
          staffForServiceLevel({
            conversationsPerHour: 999000,
            minutesPerConversation: 60,
            targetShare: 0.99,
            targetSeconds: 0,
          }),
        [
          'targetShare needs more than 1000000 conversation slots at this load; aim lower or split the load, e.g. 0.8 for 80% of conversations; got 0.99.',
        ],
      ],
      [
        'an average wait past the largest double',
        () =>
          staffForServiceLevel({
            conversationsPerHour: (0.999 * 60) / 1.5e306,
            minutesPerConversation: 1.5e306,
            targetShare: 0.0001,
            targetSeconds: 0,
          }),
        ['minutesPerConversation is too large to compute with, e.g. 12; got 1.5e+306.'],
      ],
      [
        'no resolutions',
        () => handleTimeFromResolutions(0, 1.5),
        [
          'resolutionsPerHour must be a number above 0, e.g. 5; got 0.',
          'concurrentConversations must be a whole number from 1 to 100, e.g. 4; got 1.5.',
        ],
      ],
      [
        'resolutions too rare to divide by',
        () => handleTimeFromResolutions(5e-324),
        ['resolutionsPerHour is too small to compute with, e.g. 5; got 5e-324.'],
      ],
    ];
  for (const [name, run, messages] of bad) {
    it(`reports ${name}`, () => {
      const result = run() as unknown as Record<string, unknown> & {
        problems: Array<{message: string}>;
      };
      expect(result.problems.map((p) => p.message)).to.deep.equal(messages);
      for (const [key, value] of Object.entries(result)) {
        if (key !== 'problems') expect(value, key).to.equal(null);
      }
    });
  }

  it('reads through a throwing getter without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      }
    ) as ServiceLevelInput;
    expect(staffForServiceLevel(hostile).problems.map((p) => p.field)).to.deep.equal([
      'conversationsPerHour',
      'minutesPerConversation',
    ]);
  });
});
