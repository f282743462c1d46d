import {expect} from '@open-wc/testing';
import {
  ALWAYS_OPEN,
  HOURS_EXAMPLE,
  availabilityAt,
  closedNowText,
  formatBack,
  isValidTimeZone,
  nextMidnight,
  parseAvailability,
  parseClosedOn,
  openHoursPerDay,
  parseHours,
} from '../../src/core/hours.js';
import type {OpeningRange, Schedule} from '../../src/core/hours.js';
import {BACK_TEMPLATES} from '../../src/core/hours-i18n.js';
import {SUPPORTED_LOCALES} from '../../src/core/i18n.js';

type Day = 'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su';
const DAYS: Day[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** A schedule written by day name; days not given are closed. */
function week(ranges: Partial<Record<Day, OpeningRange[]>>): OpeningRange[][] {
  return DAYS.map((day) => ranges[day] ?? []);
}

/** The same ranges every day. */
function daily(ranges: OpeningRange[]): OpeningRange[][] {
  return DAYS.map(() => ranges);
}

const WORKDAYS: OpeningRange[] = [[540, 1080]];
const ALL_DAY: OpeningRange[] = [[0, 1440]];
const SPLIT: OpeningRange[] = [
  [540, 720],
  [780, 1020],
];

function hoursProblem(entry: string, reason: string): string {
  return `hours entry ${JSON.stringify(entry)}: ${reason}; treating the business as always open. Example: hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"`;
}

function schedule(hours: string): Schedule {
  const {schedule: parsed, problems} = parseHours(hours);
  expect(problems, hours).to.deep.equal([]);
  return parsed;
}

describe('hours', () => {
  describe('parseHours: accepted forms', () => {
    const rows: Array<[input: unknown, expected: OpeningRange[][]]> = [
      [
        'Mo-Fr 09:00-18:00; Sa 10:00-14:00',
        week({
          Mo: WORKDAYS,
          Tu: WORKDAYS,
          We: WORKDAYS,
          Th: WORKDAYS,
          Fr: WORKDAYS,
          Sa: [[600, 840]],
        }),
      ],
      [
        ' mo-FR 9:00 – 18:00 ;sa 10:00-14:00;  ',
        week({
          Mo: WORKDAYS,
          Tu: WORKDAYS,
          We: WORKDAYS,
          Th: WORKDAYS,
          Fr: WORKDAYS,
          Sa: [[600, 840]],
        }),
      ],
      [
        'Mo\u2013Fr 09:00\u201418:00',
        week({Mo: WORKDAYS, Tu: WORKDAYS, We: WORKDAYS, Th: WORKDAYS, Fr: WORKDAYS}),
      ],
      [
        'Mon-Wed 09:00-18:00; Thursday,SAT 09:00-18:00',
        week({Mo: WORKDAYS, Tu: WORKDAYS, We: WORKDAYS, Th: WORKDAYS, Sa: WORKDAYS}),
      ],
      ['Mo,We,Fr 09:00-18:00', week({Mo: WORKDAYS, We: WORKDAYS, Fr: WORKDAYS})],
      ['Mo We 09:00-18:00', week({Mo: WORKDAYS, We: WORKDAYS})],
      [
        'Fr-Mo 10:00-16:00',
        week({Fr: [[600, 960]], Sa: [[600, 960]], Su: [[600, 960]], Mo: [[600, 960]]}),
      ],
      ['Mo-Mo 10:00-16:00', week({Mo: [[600, 960]]})],
      [
        'Mo-Fr 09:00-12:00,13:00-17:00',
        week({Mo: SPLIT, Tu: SPLIT, We: SPLIT, Th: SPLIT, Fr: SPLIT}),
      ],
      [
        'Mo 13:00-17:00, 09:00-12:00',
        week({
          Mo: [
            [540, 720],
            [780, 1020],
          ],
        }),
      ],
      ['Fr 22:00-02:00', week({Fr: [[1320, 1560]]})],
      ['Su 22:00-02:00', week({Su: [[1320, 1560]]})],
      ['Sa 23:59-23:58', week({Sa: [[1439, 2878]]})],
      ['Mo 00:00-24:00', week({Mo: ALL_DAY})],
      ['Mo 18:00-24:00', week({Mo: [[1080, 1440]]})],
      ['00:00-24:00', daily(ALL_DAY)],
      ['09:00-18:00', daily(WORKDAYS)],
      ['Mo-Su', daily(ALL_DAY)],
      ['Sa,Su', week({Sa: ALL_DAY, Su: ALL_DAY})],
      ['Sa,Su,', week({Sa: ALL_DAY, Su: ALL_DAY})],
      [
        'Mo-Su 09:00-18:00; Su off',
        week({Mo: WORKDAYS, Tu: WORKDAYS, We: WORKDAYS, Th: WORKDAYS, Fr: WORKDAYS, Sa: WORKDAYS}),
      ],
      [
        'Mo-Sa 09:00-18:00; We Closed',
        week({Mo: WORKDAYS, Tu: WORKDAYS, Th: WORKDAYS, Fr: WORKDAYS, Sa: WORKDAYS}),
      ],
      [
        'Mo-Fr 09:00-18:00; We 09:00-12:00',
        week({Mo: WORKDAYS, Tu: WORKDAYS, We: [[540, 720]], Th: WORKDAYS, Fr: WORKDAYS}),
      ],
      [
        'Mo-Fr 09:00-18:00, Sa 10:00-14:00',
        week({
          Mo: WORKDAYS,
          Tu: WORKDAYS,
          We: WORKDAYS,
          Th: WORKDAYS,
          Fr: WORKDAYS,
          Sa: [[600, 840]],
        }),
      ],
      [
        'Mo-Fr 09:00-18:00 Sa 10:00-14:00',
        week({
          Mo: WORKDAYS,
          Tu: WORKDAYS,
          We: WORKDAYS,
          Th: WORKDAYS,
          Fr: WORKDAYS,
          Sa: [[600, 840]],
        }),
      ],
      [
        'Mo-Fr, 09:00-18:00',
        week({Mo: WORKDAYS, Tu: WORKDAYS, We: WORKDAYS, Th: WORKDAYS, Fr: WORKDAYS}),
      ],
      ['Su off', week({})],
      ['', daily(ALL_DAY)],
      [' ;; ', daily(ALL_DAY)],
      [null, daily(ALL_DAY)],
      [undefined, daily(ALL_DAY)],
      [42, daily(ALL_DAY)],
    ];
    for (const [input, expected] of rows) {
      it(`reads ${JSON.stringify(input) ?? String(input)}`, () => {
        expect(parseHours(input)).to.deep.equal({schedule: expected, problems: []});
      });
    }

    it('returns frozen schedules, ALWAYS_OPEN for no hours', () => {
      const {schedule: parsed} = parseHours('Mo 09:00-10:00');
      expect([
        Object.isFrozen(parsed),
        Object.isFrozen(parsed[0]),
        Object.isFrozen(parsed[0][0]),
        parseHours('').schedule === ALWAYS_OPEN,
        Object.isFrozen(ALWAYS_OPEN),
      ]).to.deep.equal([true, true, true, true, true]);
    });
  });

  describe('parseHours: problems', () => {
    const long = `Mo 09:00-10:00 ${'@'.repeat(40)}`;
    const rows: Array<[input: string, entry: string, reason: string]> = [
      ['Mo-Fr 25:00-18:00', 'Mo-Fr 25:00-18:00', '"25:00" is not a time from 00:00 to 24:00'],
      ['Mo 09:60-10:00', 'Mo 09:60-10:00', '"09:60" is not a time from 00:00 to 24:00'],
      ['Mo 09:00-24:30', 'Mo 09:00-24:30', '"24:30" is not a time from 00:00 to 24:00'],
      ['Mo 9:5-10:00', 'Mo 9:5-10:00', '"9:5" is not a time from 00:00 to 24:00'],
      ['Mo 123:00-13:00', 'Mo 123:00-13:00', '"123:00" is not a time from 00:00 to 24:00'],
      ['Xx 09:00-10:00', 'Xx 09:00-10:00', '"Xx" is not a day (Mo Tu We Th Fr Sa Su)'],
      ['Mo-Fr 09:00-18:00; PH off', 'PH off', '"PH" is not a day (Mo Tu We Th Fr Sa Su)'],
      ['Mo 24:00-02:00', 'Mo 24:00-02:00', '"24:00" can only be a closing time'],
      [
        'Mo 09:00-09:00',
        'Mo 09:00-09:00',
        '"09:00-09:00" opens and closes at the same time (all day is 00:00-24:00)',
      ],
      ['Mo 09:00', 'Mo 09:00', 'expected "-" and a closing time after "Mo 09:00"'],
      ['Mo 09:00 10:00', 'Mo 09:00 10:00', 'expected "-" and a closing time at "10:00"'],
      ['Mo 09:00-', 'Mo 09:00-', 'expected a time such as 09:00 after "Mo 09:00-"'],
      ['Mo 09:00-,', 'Mo 09:00-,', 'expected a time such as 09:00 at ","'],
      ['Mo-', 'Mo-', 'expected a time range such as 09:00-18:00 at "-"'],
      ['- Mo', '- Mo', 'expected a day such as Mo or a time such as 09:00 at "-"'],
      ['off', 'off', 'expected a day such as Mo or a time such as 09:00 at "off"'],
      ['Mo @ 09:00', 'Mo @ 09:00', 'cannot read "@ 09:00"'],
      ['Mo 9h-17h', 'Mo 9h-17h', 'cannot read "9h-17h"'],
      [long, `${long.slice(0, 40)}…`, `cannot read "${'@'.repeat(40)}"`],
      // Hostile input: a warning stays short whatever the page holds.
      [
        `${'A'.repeat(100)} 09:00-10:00`,
        `${'A'.repeat(40)}…`,
        `"${'A'.repeat(40)}…" is not a day (Mo Tu We Th Fr Sa Su)`,
      ],
      [
        `Mo ${'9'.repeat(100)}:00-10:00`,
        `Mo ${'9'.repeat(37)}…`,
        `"${'9'.repeat(40)}…" is not a time from 00:00 to 24:00`,
      ],
    ];
    for (const [input, entry, reason] of rows) {
      it(`reports ${JSON.stringify(input)}`, () => {
        expect(parseHours(input)).to.deep.equal({
          schedule: daily(ALL_DAY),
          problems: [hoursProblem(entry, reason)],
        });
      });
    }

    it('quotes a valid example that itself parses', () => {
      expect(parseHours(HOURS_EXAMPLE).problems).to.deep.equal([]);
    });
  });

  describe('parseClosedOn', () => {
    const bad = (item: string) =>
      `closed-on item ${JSON.stringify(item)} is not a date (YYYY-MM-DD) or a range of up to 366 days (YYYY-MM-DD/YYYY-MM-DD); ignoring it. Example: closed-on="2026-12-25 2026-12-26"`;
    const rows: Array<[input: unknown, dates: string[], problems: string[]]> = [
      ['', [], []],
      [null, [], []],
      ['2026-12-25 2026-12-26', ['2026-12-25', '2026-12-26'], []],
      [' 2026-12-26,2026-12-25\n2026-12-25 ', ['2026-12-25', '2026-12-26'], []],
      ['2026-12-30/2027-01-02', ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'], []],
      ['2028-02-28/2028-03-01', ['2028-02-28', '2028-02-29', '2028-03-01'], []],
      ['2026-02-30 2026-12-25', ['2026-12-25'], [bad('2026-02-30')]],
      ['2026-13-01', [], [bad('2026-13-01')]],
      ['2026-00-10', [], [bad('2026-00-10')]],
      ['0026-01-01', [], [bad('0026-01-01')]],
      ['25.12.2026 2026-1-2', [], [bad('25.12.2026')]],
      ['2026-12-26/2026-12-24', [], [bad('2026-12-26/2026-12-24')]],
      ['2026-12-24/', [], [bad('2026-12-24/')]],
      ['2026-01-01/2026-01-02/2026-01-03', [], [bad('2026-01-01/2026-01-02/2026-01-03')]],
      ['2026-01-01/2027-01-02', [], [bad('2026-01-01/2027-01-02')]],
    ];
    for (const [input, dates, problems] of rows) {
      it(`reads ${JSON.stringify(input)}`, () => {
        expect(parseClosedOn(input)).to.deep.equal({dates, problems});
      });
    }

    it('accepts a range of exactly 366 days', () => {
      const {dates, problems} = parseClosedOn('2028-01-01/2028-12-31');
      expect([dates.length, dates[0], dates[365], problems]).to.deep.equal([
        366,
        '2028-01-01',
        '2028-12-31',
        [],
      ]);
    });
  });

  describe('isValidTimeZone', () => {
    const rows: Array<[unknown, boolean]> = [
      ['Europe/Berlin', true],
      ['europe/berlin', true],
      ['Asia/Kolkata', true],
      ['UTC', true],
      ['Mars/Olympus', false],
      ['', false],
      [null, false],
      [42, false],
    ];
    for (const [zone, valid] of rows) {
      it(`${JSON.stringify(zone)} → ${valid}`, () => {
        expect(isValidTimeZone(zone)).to.equal(valid);
      });
    }
  });

  describe('availabilityAt', () => {
    // [title, hours, zone, closed days, now, open, next]
    const rows: Array<[string, string, string, string[], string, boolean, string | null]> = [
      // Plain weeks.
      [
        'Saturday hours, open',
        'Mo-Fr 09:00-18:00; Sa 10:00-14:00',
        'Europe/Berlin',
        [],
        '2026-01-10T12:00:00.000Z',
        true,
        '2026-01-10T13:00:00.000Z',
      ],
      [
        'closing time itself is closed',
        'Mo-Fr 09:00-18:00; Sa 10:00-14:00',
        'Europe/Berlin',
        [],
        '2026-01-10T13:00:00.000Z',
        false,
        '2026-01-12T08:00:00.000Z',
      ],
      [
        'a millisecond before opening',
        'Mo-Fr 09:00-18:00; Sa 10:00-14:00',
        'Europe/Berlin',
        [],
        '2026-01-12T07:59:59.999Z',
        false,
        '2026-01-12T08:00:00.000Z',
      ],
      [
        'opening time itself is open',
        'Mo-Fr 09:00-18:00; Sa 10:00-14:00',
        'Europe/Berlin',
        [],
        '2026-01-12T08:00:00.000Z',
        true,
        '2026-01-12T17:00:00.000Z',
      ],
      [
        'lunch break',
        'Mo-Fr 09:00-12:00,13:00-17:00',
        'Europe/Berlin',
        [],
        '2026-01-12T11:30:00.000Z',
        false,
        '2026-01-12T12:00:00.000Z',
      ],
      [
        'overlapping ranges merge',
        'Mo 09:00-12:00,11:00-13:00',
        'Europe/Berlin',
        [],
        '2026-01-12T09:00:00.000Z',
        true,
        '2026-01-12T12:00:00.000Z',
      ],
      [
        'wrapping day range, Tuesday',
        'Fr-Mo 10:00-16:00',
        'Europe/Berlin',
        [],
        '2026-01-13T12:00:00.000Z',
        false,
        '2026-01-16T09:00:00.000Z',
      ],
      // Past midnight.
      [
        'Friday night, before midnight',
        'Fr 22:00-02:00',
        'Europe/Berlin',
        [],
        '2026-01-09T21:30:00.000Z',
        true,
        '2026-01-10T01:00:00.000Z',
      ],
      [
        'Friday night, after midnight',
        'Fr 22:00-02:00',
        'Europe/Berlin',
        [],
        '2026-01-09T23:30:00.000Z',
        true,
        '2026-01-10T01:00:00.000Z',
      ],
      [
        'Sunday night into Monday (week end)',
        'Su 22:00-02:00',
        'Europe/Berlin',
        [],
        '2026-01-11T23:30:00.000Z',
        true,
        '2026-01-12T01:00:00.000Z',
      ],
      [
        'Sunday evening before the night',
        'Su 22:00-02:00',
        'Europe/Berlin',
        [],
        '2026-01-11T20:00:00.000Z',
        false,
        '2026-01-11T21:00:00.000Z',
      ],
      [
        'night ranges that touch merge',
        'Mo-Su 18:00-06:00; Su 06:00-18:00,18:00-06:00',
        'Europe/Berlin',
        [],
        '2026-01-11T12:00:00.000Z',
        true,
        '2026-01-12T05:00:00.000Z',
      ],
      // All day, never.
      ['24/7', 'Mo-Su 00:00-24:00', 'Europe/Berlin', [], '2026-01-12T12:00:00.000Z', true, null],
      ['days without times', 'Mo-Su', 'Europe/Berlin', [], '2026-01-12T12:00:00.000Z', true, null],
      [
        'whole days that touch',
        'Mo 00:00-24:00; Tu 00:00-24:00',
        'Europe/Berlin',
        [],
        '2026-01-12T12:00:00.000Z',
        true,
        '2026-01-13T23:00:00.000Z',
      ],
      ['no hours at all', '', 'Europe/Berlin', [], '2026-01-12T12:00:00.000Z', true, null],
      ['never open', 'Mo-Su off', 'Europe/Berlin', [], '2026-01-12T12:00:00.000Z', false, null],
      // Closed days (Christmas 2026: Thursday 24, Friday 25).
      [
        'before closed days',
        'Mo-Fr 09:00-18:00',
        'Europe/Berlin',
        ['2026-12-24', '2026-12-25'],
        '2026-12-23T17:30:00.000Z',
        false,
        '2026-12-28T08:00:00.000Z',
      ],
      [
        'on a closed day',
        'Mo-Fr 09:00-18:00',
        'Europe/Berlin',
        ['2026-12-24', '2026-12-25'],
        '2026-12-24T10:00:00.000Z',
        false,
        '2026-12-28T08:00:00.000Z',
      ],
      [
        'the night before a closed day runs on',
        'Th 22:00-02:00; Fr 22:00-02:00',
        'Europe/Berlin',
        ['2026-12-25'],
        '2026-12-24T23:30:00.000Z',
        true,
        '2026-12-25T01:00:00.000Z',
      ],
      [
        "a closed day's own night is cancelled",
        'Th 22:00-02:00; Fr 22:00-02:00',
        'Europe/Berlin',
        ['2026-12-25'],
        '2026-12-25T22:00:00.000Z',
        false,
        '2026-12-31T21:00:00.000Z',
      ],
      [
        '24/7 until a closed day',
        'Mo-Su',
        'Asia/Kolkata',
        ['2026-12-25', '2027-06-01'],
        '2026-01-10T12:00:00.000Z',
        true,
        '2026-12-24T18:30:00.000Z',
      ],
      [
        '24/7, on a closed day',
        'Mo-Su',
        'Asia/Kolkata',
        ['2026-12-25', '2027-06-01'],
        '2026-12-25T12:00:00.000Z',
        false,
        '2026-12-25T18:30:00.000Z',
      ],
      [
        '24/7, between closed days',
        'Mo-Su',
        'Asia/Kolkata',
        ['2026-12-25', '2027-06-01'],
        '2026-12-26T12:00:00.000Z',
        true,
        '2027-05-31T18:30:00.000Z',
      ],
      [
        '24/7, closed days next to each other',
        'Mo-Su',
        'Asia/Kolkata',
        ['2026-12-25', '2026-12-27'],
        '2026-12-24T12:00:00.000Z',
        true,
        '2026-12-24T18:30:00.000Z',
      ],
      [
        '24/7, the day after a closed day',
        'Mo-Su',
        'Asia/Kolkata',
        ['2026-12-25', '2027-01-10'],
        '2026-12-26T12:00:00.000Z',
        true,
        '2027-01-09T18:30:00.000Z',
      ],
      [
        '24/7 after the last closed day',
        'Mo-Su',
        'Asia/Kolkata',
        ['2026-12-25'],
        '2026-12-26T12:00:00.000Z',
        true,
        null,
      ],
      [
        '24/7 with a night range, far closed day',
        'Mo-Su 06:00-05:00,05:00-06:00',
        'Europe/Berlin',
        ['2026-03-04'],
        '2026-01-10T12:00:00.000Z',
        true,
        '2026-03-04T04:00:00.000Z',
      ],
      [
        '24/7 closed for 9999-12-31',
        'Mo-Su',
        'Europe/Berlin',
        ['9999-12-31'],
        '2026-01-10T12:00:00.000Z',
        true,
        '9999-12-30T23:00:00.000Z',
      ],
      [
        'closed for a year',
        'Mo 09:00-10:00',
        'Europe/Berlin',
        ['2026-01-01/2026-12-31'],
        '2026-01-01T00:00:00.000Z',
        false,
        '2027-01-04T08:00:00.000Z',
      ],
      // New York, 2026-03-08: 02:00 EST becomes 03:00 EDT.
      [
        'NY: 02:30 does not exist, opens at the jump',
        'Su 02:30-05:00',
        'America/New_York',
        [],
        '2026-03-07T12:00:00.000Z',
        false,
        '2026-03-08T07:00:00.000Z',
      ],
      [
        'NY: open from the jump',
        'Su 02:30-05:00',
        'America/New_York',
        [],
        '2026-03-08T07:00:00.000Z',
        true,
        '2026-03-08T09:00:00.000Z',
      ],
      [
        'NY: closing at 02:30 closes at the jump',
        'Su 01:00-02:30',
        'America/New_York',
        [],
        '2026-03-08T06:30:00.000Z',
        true,
        '2026-03-08T07:00:00.000Z',
      ],
      [
        'NY: a range inside the gap never opens',
        'Su 02:10-02:40',
        'America/New_York',
        [],
        '2026-03-07T12:00:00.000Z',
        false,
        '2026-03-15T06:10:00.000Z',
      ],
      // New York, 2026-11-01: 02:00 EDT becomes 01:00 EST; 01:30 happens twice.
      [
        'NY: closes at the first 01:30',
        'Su 00:00-01:30',
        'America/New_York',
        [],
        '2026-11-01T05:00:00.000Z',
        true,
        '2026-11-01T05:30:00.000Z',
      ],
      [
        'NY: the second 01:30 stays closed',
        'Su 00:00-01:30',
        'America/New_York',
        [],
        '2026-11-01T06:10:00.000Z',
        false,
        '2026-11-08T05:00:00.000Z',
      ],
      [
        'NY: opens at the first 01:30',
        'Su 01:30-03:00',
        'America/New_York',
        [],
        '2026-11-01T04:00:00.000Z',
        false,
        '2026-11-01T05:30:00.000Z',
      ],
      [
        'NY: open through the repeated hour',
        'Su 01:30-03:00',
        'America/New_York',
        [],
        '2026-11-01T06:10:00.000Z',
        true,
        '2026-11-01T08:00:00.000Z',
      ],
      // Berlin, 2026-03-29 (02:00 CET → 03:00 CEST) and 2026-10-25 (03:00 CEST → 02:00 CET).
      [
        'Berlin spring: 02:30 opens at the jump',
        'Su 02:30-04:00',
        'Europe/Berlin',
        [],
        '2026-03-28T12:00:00.000Z',
        false,
        '2026-03-29T01:00:00.000Z',
      ],
      [
        'Berlin spring: 03:00 CEST closes',
        'Su 01:00-03:00',
        'Europe/Berlin',
        [],
        '2026-03-29T00:30:00.000Z',
        true,
        '2026-03-29T01:00:00.000Z',
      ],
      [
        'Berlin autumn: first 02:30 opens',
        'Su 02:30-05:00',
        'Europe/Berlin',
        [],
        '2026-10-24T12:00:00.000Z',
        false,
        '2026-10-25T00:30:00.000Z',
      ],
      [
        'Berlin autumn: 05:00 CET closes',
        'Su 02:30-05:00',
        'Europe/Berlin',
        [],
        '2026-10-25T00:30:00.000Z',
        true,
        '2026-10-25T04:00:00.000Z',
      ],
      [
        'Berlin autumn: weekday hours after the change',
        'Mo-Fr 09:00-18:00',
        'Europe/Berlin',
        [],
        '2026-10-24T12:00:00.000Z',
        false,
        '2026-10-26T08:00:00.000Z',
      ],
      // Sydney, 2026-04-05 (03:00 AEDT → 02:00 AEST) and 2026-10-04 (02:00 AEST → 03:00 AEDT).
      [
        'Sydney April: first 02:30 opens',
        'Su 02:30-04:00',
        'Australia/Sydney',
        [],
        '2026-04-04T00:00:00.000Z',
        false,
        '2026-04-04T15:30:00.000Z',
      ],
      [
        'Sydney April: 04:00 AEST closes',
        'Su 02:30-04:00',
        'Australia/Sydney',
        [],
        '2026-04-04T16:30:00.000Z',
        true,
        '2026-04-04T18:00:00.000Z',
      ],
      [
        'Sydney October: 02:30 opens at the jump',
        'Su 02:30-04:00',
        'Australia/Sydney',
        [],
        '2026-10-03T00:00:00.000Z',
        false,
        '2026-10-03T16:00:00.000Z',
      ],
      [
        'Sydney October: 04:00 AEDT closes',
        'Su 02:30-04:00',
        'Australia/Sydney',
        [],
        '2026-10-03T16:00:00.000Z',
        true,
        '2026-10-03T17:00:00.000Z',
      ],
      // Kolkata: +05:30 all year.
      [
        'Kolkata: before opening',
        'Mo-Fr 09:30-18:00',
        'Asia/Kolkata',
        [],
        '2026-03-09T03:00:00.000Z',
        false,
        '2026-03-09T04:00:00.000Z',
      ],
      [
        'Kolkata: open',
        'Mo-Fr 09:30-18:00',
        'Asia/Kolkata',
        [],
        '2026-03-09T04:00:00.000Z',
        true,
        '2026-03-09T12:30:00.000Z',
      ],
      [
        'Kolkata: Friday evening',
        'Mo-Fr 09:30-18:00',
        'Asia/Kolkata',
        [],
        '2026-03-13T12:30:00.000Z',
        false,
        '2026-03-16T04:00:00.000Z',
      ],
    ];
    for (const [title, hours, timeZone, closed, now, open, next] of rows) {
      it(title, () => {
        const config = {
          schedule: schedule(hours),
          timeZone,
          closedOn: parseClosedOn(closed.join(' ')).dates,
        };
        const result = availabilityAt(config, new Date(now));
        expect({open: result.open, next: result.next?.toISOString() ?? null}).to.deep.equal({
          open,
          next,
        });
      });
    }

    it('reads the hours in the visitor’s zone when none is given', () => {
      const config = {schedule: schedule('Mo-Fr 09:00-18:00')};
      const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const now = new Date('2026-01-10T12:00:00.000Z');
      expect(availabilityAt(config, now)).to.deep.equal(
        availabilityAt({...config, timeZone: visitor}, now)
      );
    });

    it('is always open for an unknown zone or an invalid date', () => {
      const config = {schedule: schedule('Mo 09:00-10:00'), timeZone: 'Europe/Berlin'};
      expect([
        availabilityAt({...config, timeZone: 'Mars/Olympus'}, new Date('2026-01-10T12:00:00Z')),
        availabilityAt(config, new Date(NaN)),
      ]).to.deep.equal([
        {open: true, next: null},
        {open: true, next: null},
      ]);
    });

    it('ignores closed days that are not dates', () => {
      const config = {schedule: schedule('Mo-Fr 09:00-18:00'), timeZone: 'Europe/Berlin'};
      const now = new Date('2026-01-12T12:00:00Z');
      expect(
        availabilityAt({...config, closedOn: ['2026-01-12x', '2026-02-30']}, now)
      ).to.deep.equal({open: true, next: new Date('2026-01-12T17:00:00.000Z')});
    });

    it('agrees with the engine’s own clock on 1,000 hourly queries across a DST change', () => {
      // The oracle: New York's weekday and hour as Intl reads them.
      const config = {schedule: schedule('Mo-Fr 09:00-18:00'), timeZone: 'America/New_York'};
      const local = new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/New_York',
        weekday: 'short',
        hour: 'numeric',
        hourCycle: 'h23',
      });
      const mismatches: string[] = [];
      for (let i = 0; i < 1000; i++) {
        const at = new Date(Date.UTC(2026, 2, 1) + i * 3_600_000);
        const parts = Object.fromEntries(local.formatToParts(at).map((p) => [p.type, p.value]));
        const expected =
          !['Sat', 'Sun'].includes(parts.weekday) && +parts.hour >= 9 && +parts.hour < 18;
        if (availabilityAt(config, at).open !== expected) mismatches.push(at.toISOString());
      }
      expect(mismatches).to.deep.equal([]);
    });
  });

  describe('parseAvailability', () => {
    const berlin = 'Example: timezone="Europe/Berlin"';
    const rows: Array<[string, Parameters<typeof parseAvailability>[0], unknown]> = [
      ['nothing', {}, {config: null, problems: []}],
      ['only a zone', {timeZone: 'Europe/Berlin'}, {config: null, problems: []}],
      [
        'hours and a zone',
        {hours: 'Mo 09:00-10:00', timeZone: ' Europe/Berlin '},
        {
          config: {schedule: week({Mo: [[540, 600]]}), timeZone: 'Europe/Berlin', closedOn: []},
          problems: [],
        },
      ],
      [
        'hours without a zone',
        {hours: 'Mo 09:00-10:00'},
        {
          config: {schedule: week({Mo: [[540, 600]]}), timeZone: undefined, closedOn: []},
          problems: [
            `timezone is missing; reading the hours in the visitor's time zone. ${berlin}`,
          ],
        },
      ],
      [
        'an unknown zone',
        {hours: 'Mo 09:00-10:00', timeZone: 'Mars/Olympus'},
        {
          config: null,
          problems: [
            `timezone="Mars/Olympus" is not an IANA time zone; treating the business as always open. ${berlin}`,
          ],
        },
      ],
      [
        'closed days alone',
        {closedOn: '2026-12-25', timeZone: 'Europe/Berlin'},
        {
          config: {schedule: daily(ALL_DAY), timeZone: 'Europe/Berlin', closedOn: ['2026-12-25']},
          problems: [],
        },
      ],
      [
        'everything wrong',
        {hours: 'Mo 25:00-26:00', closedOn: 'tomorrow 2026-12-25'},
        {
          config: {schedule: daily(ALL_DAY), timeZone: undefined, closedOn: ['2026-12-25']},
          problems: [
            `timezone is missing; reading the hours in the visitor's time zone. ${berlin}`,
            hoursProblem('Mo 25:00-26:00', '"25:00" is not a time from 00:00 to 24:00'),
            'closed-on item "tomorrow" is not a date (YYYY-MM-DD) or a range of up to 366 days (YYYY-MM-DD/YYYY-MM-DD); ignoring it. Example: closed-on="2026-12-25 2026-12-26"',
          ],
        },
      ],
    ];
    for (const [title, input, expected] of rows) {
      it(title, () => {
        expect(parseAvailability(input)).to.deep.equal(expected);
      });
    }
  });

  describe('formatBack', () => {
    // Business in Berlin; the visitor's zone and clock vary. Saturday
    // 2026-01-10 13:00 in Berlin is 12:00Z.
    const saturday = new Date('2026-01-10T12:00:00Z');
    const cases = {
      today: [new Date('2026-01-10T14:00:00Z'), saturday],
      tomorrow: [new Date('2026-01-11T08:00:00Z'), saturday],
      monday: [new Date('2026-01-12T08:00:00Z'), saturday],
      later: [new Date('2026-01-28T08:00:00Z'), saturday],
    } as const;
    const rows: Array<[locale: string, kind: keyof typeof cases, expected: string]> = [
      ['en', 'today', 'Back at 15:00'],
      ['en', 'tomorrow', 'Back tomorrow 09:00'],
      ['en', 'monday', 'Back Monday 09:00'],
      ['en', 'later', 'Back Wednesday, January 28 09:00'],
      ['de', 'today', 'Ab 15:00 wieder erreichbar'],
      ['de', 'tomorrow', 'Ab morgen 09:00 wieder erreichbar'],
      ['de', 'monday', 'Ab Montag 09:00 wieder erreichbar'],
      ['de', 'later', 'Ab Mittwoch, 28. Januar 09:00 wieder erreichbar'],
      ['de-CH', 'monday', 'Ab Montag 09:00 wieder erreichbar'],
      ['fr', 'today', 'De retour à 15:00'],
      ['fr', 'tomorrow', 'De retour demain à 09:00'],
      ['fr', 'monday', 'De retour lundi à 09:00'],
      ['fr', 'later', 'De retour mercredi 28 janvier à 09:00'],
      ['ja', 'today', '15:00に再開します'],
      ['ja', 'tomorrow', '明日 09:00に再開します'],
      ['ja', 'monday', '月曜日 09:00に再開します'],
      ['ja', 'later', '1月28日水曜日 09:00に再開します'],
      ['ar', 'today', 'نعود الساعة 15:00'],
      ['ar', 'tomorrow', 'نعود غدًا الساعة 09:00'],
      ['ar', 'monday', 'نعود الاثنين الساعة 09:00'],
      ['ar', 'later', 'نعود الأربعاء، 28 يناير الساعة 09:00'],
      ['es', 'monday', 'Volvemos: lunes, 09:00'],
      ['zh-TW', 'tomorrow', '明天 09:00恢復服務'],
      ['x-klingon', 'monday', 'Back Monday 09:00'],
    ];
    for (const [locale, kind, expected] of rows) {
      it(`${locale}, ${kind}: ${expected}`, () => {
        const [next, now] = cases[kind];
        expect(formatBack(next, {locale, timeZone: 'Europe/Berlin', now})).to.equal(expected);
      });
    }

    it('speaks the visitor’s clock, not the business’s', () => {
      const next = new Date('2026-01-12T08:00:00Z'); // Monday 09:00 in Berlin
      expect([
        formatBack(next, {locale: 'en', timeZone: 'America/New_York', now: saturday}),
        formatBack(next, {locale: 'en', timeZone: 'Asia/Tokyo', now: saturday}),
        // Sunday 23:00 in New York: Monday 03:00 is tomorrow there.
        formatBack(next, {
          locale: 'en',
          timeZone: 'America/New_York',
          now: new Date('2026-01-12T04:00:00Z'),
        }),
        // Monday 01:00 in New York: the same day.
        formatBack(next, {
          locale: 'en',
          timeZone: 'America/New_York',
          now: new Date('2026-01-12T06:00:00Z'),
        }),
      ]).to.deep.equal([
        'Back Monday 03:00',
        'Back Monday 17:00',
        'Back tomorrow 03:00',
        'Back at 03:00',
      ]);
    });

    it('uses the time alone for a past instant or an invalid now, and nothing for an invalid next', () => {
      expect([
        formatBack(new Date('2026-01-09T08:00:00Z'), {
          locale: 'en',
          timeZone: 'UTC',
          now: saturday,
        }),
        formatBack(new Date('2026-01-12T08:00:00Z'), {
          locale: 'en',
          timeZone: 'UTC',
          now: new Date(NaN),
        }),
        formatBack(new Date(NaN), {locale: 'en', timeZone: 'UTC', now: saturday}),
      ]).to.deep.equal(['Back at 08:00', 'Back at 08:00', '']);
    });

    it('defaults to English, the engine’s zone and the current time', () => {
      const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const next = new Date(Date.now() + 3 * 86_400_000);
      const expected = formatBack(next, {locale: 'en', timeZone: visitor, now: new Date()});
      expect([
        formatBack(next),
        formatBack(next, {locale: null, timeZone: 'Mars/Olympus'}),
      ]).to.deep.equal([expected, expected]);
    });

    it('has a well-formed frame for every supported locale', () => {
      const next = cases.monday[0];
      const notes = SUPPORTED_LOCALES.map((locale) => [
        locale,
        BACK_TEMPLATES[locale].split('|').length,
        /[{}|]/.test(formatBack(next, {locale, timeZone: 'UTC', now: saturday})),
        /[{}|]/.test(formatBack(cases.today[0], {locale, timeZone: 'UTC', now: saturday})),
      ]);
      expect(notes).to.deep.equal(SUPPORTED_LOCALES.map((locale) => [locale, 3, false, false]));
      expect(Object.keys(BACK_TEMPLATES)).to.deep.equal([...SUPPORTED_LOCALES]);
    });
  });

  describe('closedNowText', () => {
    const rows: Array<[string | null, string]> = [
      ['en', 'Closed now'],
      ['de-AT', 'Zurzeit geschlossen'],
      ['fr', 'Fermé actuellement'],
      ['ja', '現在営業時間外です'],
      ['ar', 'مغلق الآن'],
      [null, 'Closed now'],
    ];
    for (const [locale, expected] of rows) {
      it(`${locale}: ${expected}`, () => {
        expect(closedNowText(locale)).to.equal(expected);
      });
    }
  });

  describe('nextMidnight', () => {
    const rows: Array<[string, string, string | undefined, string | null]> = [
      ['Berlin in winter', '2026-01-10T12:00:00Z', 'Europe/Berlin', '2026-01-10T23:00:00.000Z'],
      [
        'Berlin just before midnight',
        '2026-01-10T22:59:59Z',
        'Europe/Berlin',
        '2026-01-10T23:00:00.000Z',
      ],
      [
        'Berlin at midnight: the next one',
        '2026-01-10T23:00:00Z',
        'Europe/Berlin',
        '2026-01-11T23:00:00.000Z',
      ],
      [
        'New York in summer',
        '2026-07-01T03:00:00Z',
        'America/New_York',
        '2026-07-01T04:00:00.000Z',
      ],
      ['Kolkata, +05:30', '2026-01-10T12:00:00Z', 'Asia/Kolkata', '2026-01-10T18:30:00.000Z'],
      // Santiago skips 00:00-01:00 on 2026-09-06: the day begins at the jump.
      [
        'a midnight that DST skips',
        '2026-09-05T12:00:00Z',
        'America/Santiago',
        '2026-09-06T04:00:00.000Z',
      ],
      ['an invalid now', 'not a date', 'UTC', null],
    ];
    for (const [name, now, zone, expected] of rows) {
      it(name, () => {
        expect(nextMidnight(new Date(now), zone)?.toISOString() ?? null).to.equal(expected);
      });
    }

    it('reads an unknown or missing zone as the engine’s', () => {
      // Noon on the engine's clock, wherever it runs.
      const now = new Date(2026, 0, 10, 12, 0);
      const local = new Date(2026, 0, 11, 0, 0).toISOString();
      expect([
        nextMidnight(now)!.toISOString(),
        nextMidnight(now, 'Mars/Olympus')!.toISOString(),
      ]).to.deep.equal([local, local]);
    });
  });
});

describe('openHoursPerDay', () => {
  const rows: Array<[hours: string, expected: number | null]> = [
    ['Mo-Fr 09:00-18:00', 9],
    ['Mo-Fr 09:00-18:00; Sa 10:00-14:00', 49 / 6],
    ['Mo-Fr 09:00-12:00,13:00-17:00', 7],
    ['Fr 22:00-02:00', 4],
    ['Mo-Su', 24],
    ['Mo-Su 09:00-17:00; Mo-Su off', null],
  ];
  for (const [hours, expected] of rows) {
    it(`${hours} → ${expected}`, () => {
      expect(openHoursPerDay(parseHours(hours).schedule)).to.equal(expected);
    });
  }
});
