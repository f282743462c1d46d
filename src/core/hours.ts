/**
 * Business hours: parsing schema.org `openingHours` text, deciding whether
 * the business is open at an instant in its own time zone (DST included),
 * and the "Back Monday 09:00" note shown to visitors after hours.
 *
 * Pure: the clock, the time zones and the locale are parameters. `Intl` is
 * the only environment used, and it is part of the language, not the DOM.
 *
 * @module
 */
import {coded, DEV, shown} from './dev.js';
import {BACK_TEMPLATES} from './hours-i18n.js';
import {resolveLocale} from './i18n.js';
import {quote} from './options.js';
import {HOURS_EXAMPLE} from './schema.js';

/**
 * One opening range of a weekday, in minutes after that day's midnight in
 * the business's zone. `closes` is greater than `opens` and may pass 1440
 * (midnight) for a range that runs into the next day: `Fr 22:00-02:00` is
 * `[1320, 1560]` on Friday.
 */
export type OpeningRange = readonly [opens: number, closes: number];

/** Opening ranges of each weekday, Monday first (index 0) to Sunday (index 6). */
export type Schedule = readonly (readonly OpeningRange[])[];

/** What {@link availabilityAt} needs, as {@link parseAvailability} returns it. */
export interface AvailabilityConfig {
  /** The weekly hours from {@link parseHours}. */
  readonly schedule: Schedule;
  /** The business's IANA zone; `undefined` reads the hours in the visitor's zone. */
  readonly timeZone?: string | undefined;
  /** Days the business is closed, `YYYY-MM-DD` in its zone, from {@link parseClosedOn}. */
  readonly closedOn?: readonly string[];
}

/** Whether the business is open, and when that next changes. */
export interface Availability {
  readonly open: boolean;
  /** The next opening or closing instant; `null` when the state never changes again. */
  readonly next: Date | null;
}

/** A parsed attribute and, for bad input, the one message to warn with. */
interface WithProblems {
  readonly problems: string[];
}

const DAY = 1440;
const MINUTE = 60_000;
const DAY_MS = DAY * MINUTE;
/** Example used in every message about `hours`. */
export {HOURS_EXAMPLE};
const ZONE_EXAMPLE = 'Europe/Berlin';
const CLOSED_EXAMPLE = '2026-12-25 2026-12-26';
// A run of closed days longer than a year is a typo, not a holiday.
const MAX_CLOSED_RUN = 366;
const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const ALL_DAY: OpeningRange = Object.freeze([0, DAY] as const);

/** Open every day, all day: the schedule used when there are no (usable) hours. */
export const ALWAYS_OPEN: Schedule = Object.freeze(DAY_NAMES.map(() => Object.freeze([ALL_DAY])));

const ALWAYS: Availability = Object.freeze({open: true, next: null});

function text(input: unknown): string {
  return typeof input === 'string' ? input.trim() : '';
}

// ---------------------------------------------------------------------------
// hours

type Token =
  | {kind: 'day'; day: number; text: string}
  | {kind: 'off'; text: string}
  | {kind: 'time'; minutes: number; text: string}
  | {kind: '-' | ','; text: string};

// Times are read loosely (`\d+:\d+`) so that 25:00 or 9:5 is reported as a
// bad time rather than as unreadable text.
const TOKEN = /\s*(?:(\d+):(\d+)|([a-z]+)|([-,]))/iy;
const DASHES = /[\u2010-\u2015\u2212]/g;

// Its text is the detail of the full warning; the short one has none, so
// each throw passes '' in the production build.
class HoursError extends Error {}

function tokenize(entry: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  for (;;) {
    // A failed sticky match resets lastIndex, so the position is kept apart.
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(entry);
    if (!match) break;
    position = TOKEN.lastIndex;
    const [raw, hours, minutes, word, mark] = match;
    const tokenText = raw.trim();
    if (mark) {
      tokens.push({kind: mark as '-' | ',', text: mark});
    } else if (word) {
      const lower = word.toLowerCase();
      const day = DAY_NAMES.findIndex((name) => lower.length > 1 && name.startsWith(lower));
      if (day >= 0) tokens.push({kind: 'day', day, text: tokenText});
      else if (lower === 'off' || lower === 'closed') tokens.push({kind: 'off', text: tokenText});
      else throw new HoursError(DEV ? `${quote(word)} is not a day (Mo Tu We Th Fr Sa Su)` : '');
    } else {
      const h = Number(hours);
      const m = Number(minutes);
      if (hours.length > 2 || minutes.length !== 2 || h > 24 || m > 59 || (h === 24 && m > 0)) {
        throw new HoursError(DEV ? `${quote(tokenText)} is not a time from 00:00 to 24:00` : '');
      }
      tokens.push({kind: 'time', minutes: h * 60 + m, text: tokenText});
    }
  }
  const rest = entry.slice(position).trim();
  if (rest) throw new HoursError(DEV ? `cannot read ${quote(rest)}` : '');
  return tokens;
}

/** Reads one `;`-separated entry into `days`, replacing the hours of the days it names. */
function readEntry(entry: string, days: OpeningRange[][]): void {
  const tokens = tokenize(entry);
  let i = 0;
  const peek = (offset = 0): Token | undefined => tokens[i + offset];
  const expected = (what: string): never => {
    const token = peek();
    throw new HoursError(
      DEV
        ? token
          ? `expected ${what} at "${token.text}"`
          : `expected ${what} after ${quote(entry)}`
        : ''
    );
  };
  const time = (): number => {
    const token = peek();
    if (token?.kind !== 'time') return expected(DEV ? 'a time such as 09:00' : '');
    i++;
    return token.minutes;
  };

  while (i < tokens.length) {
    // The days; an entry that starts with a time means every day.
    const group: number[] = [];
    let token = peek();
    if (token?.kind === 'time') group.push(0, 1, 2, 3, 4, 5, 6);
    while (token?.kind === 'day') {
      const first = token.day;
      i++;
      let last = first;
      const next = peek(1);
      if (peek()?.kind === '-' && next?.kind === 'day') {
        last = next.day;
        i += 2;
      }
      // Fr-Mo runs over the weekend.
      for (let day = first; ; day = (day + 1) % 7) {
        group.push(day);
        if (day === last) break;
      }
      // Days are listed with "," or just spaces.
      if (peek()?.kind === ',' && peek(1)?.kind === 'day') i++;
      token = peek();
    }
    if (!group.length) expected(DEV ? 'a day such as Mo or a time such as 09:00' : '');
    // A comma between the days and the times is tolerated: `Mo-Fr, 09:00-18:00`.
    if (peek()?.kind === ',' && peek(1)?.kind === 'time') i++;

    // The hours of those days: ranges, `off`, or nothing for all day (as
    // schema.org defines `Mo-Su`).
    const ranges: OpeningRange[] = [];
    token = peek();
    if (token?.kind === 'off') {
      i++;
    } else if (token?.kind !== 'time') {
      if (token && token.kind !== ',') expected(DEV ? 'a time range such as 09:00-18:00' : '');
      ranges.push(ALL_DAY);
    } else {
      for (;;) {
        const start = peek();
        const opens = time();
        if (opens === DAY) throw new HoursError(DEV ? '"24:00" can only be a closing time' : '');
        if (peek()?.kind !== '-') expected(DEV ? '"-" and a closing time' : '');
        i++;
        let closes = time();
        if (closes === opens) {
          throw new HoursError(
            DEV
              ? `"${start!.text}-${peek(-1)!.text}" opens and closes at the same time (all day is 00:00-24:00)`
              : ''
          );
        }
        // A closing time before the opening time is after midnight.
        if (closes < opens) closes += DAY;
        ranges.push([opens, closes]);
        if (peek()?.kind !== ',' || peek(1)?.kind !== 'time') break;
        i++;
      }
    }
    // A comma may separate day groups within one entry: `Mo-Fr 09:00-18:00, Sa 10:00-14:00`.
    if (peek()?.kind === ',') i++;
    for (const day of group) days[day] = ranges;
  }
}

/**
 * Parses opening hours in schema.org `openingHours` text form.
 *
 * Entries are separated by `;` (empty entries are skipped). An entry is
 * days then times: days `Mo Tu We Th Fr Sa Su` (any case; English names
 * and their abbreviations such as `Mon` or `Tuesday` also work), ranges
 * `Mo-Fr` (wrapping: `Fr-Mo` is Friday to Monday), lists `Mo,We,Fr`;
 * times `H:MM` or `HH:MM` with `24:00` as a closing time, several ranges
 * separated by `,`. A closing time before the opening time runs past
 * midnight (`Fr 22:00-02:00`). Days without times are open all day, as
 * schema.org defines (`Mo-Su`); `off` or `closed` closes them (`Su off`).
 * Times without days apply to every day. A later entry replaces the hours
 * of the days it names (`Mo-Su 09:00-18:00; Su off`). Days no entry names
 * are closed. Dashes may be en dashes, spaces are free.
 *
 * @param input - The `hours` attribute; any value is accepted.
 * @returns The schedule and, for bad input, one problem naming the entry and
 *   a valid example; the schedule is then {@link ALWAYS_OPEN}, as it is for
 *   missing or empty input. Never throws.
 * @example
 * parseHours('Mo-Fr 9:00–18:00; Sa 10:00-14:00').schedule[5]; // [[600, 840]]
 * parseHours('Mo-Fr 25:00-18:00').problems;
 * // ['hours entry "Mo-Fr 25:00-18:00": "25:00" is not a time from 00:00 to 24:00; …']
 */
export function parseHours(input: unknown): WithProblems & {readonly schedule: Schedule} {
  const source = text(input);
  if (!source) return {schedule: ALWAYS_OPEN, problems: []};
  const days: OpeningRange[][] = DAY_NAMES.map(() => []);
  const entries = source
    .replace(DASHES, '-')
    .split(';')
    .filter((entry) => entry.trim());
  // Only separators (`;`) say nothing, like an empty attribute.
  if (!entries.length) return {schedule: ALWAYS_OPEN, problems: []};
  for (const entry of entries) {
    try {
      readEntry(entry, days);
    } catch (error) {
      return {
        schedule: ALWAYS_OPEN,
        problems: [
          DEV
            ? `hours entry ${quote(entry.trim())}: ${(error as HoursError).message}; treating the business as always open. Example: hours="${HOURS_EXAMPLE}"`
            : coded('MU15', shown('hours', entry.trim())),
        ],
      };
    }
  }
  return {
    schedule: Object.freeze(
      days.map((ranges) =>
        Object.freeze([...ranges].sort((a, b) => a[0] - b[0]).map((r) => Object.freeze(r)))
      )
    ),
    problems: [],
  };
}

// ---------------------------------------------------------------------------
// closed-on

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 of an ISO date, or NaN when it is not a calendar date. */
function dayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) return NaN;
  const [, y, m, d] = match.map(Number);
  const day = Date.UTC(y, m - 1, d) / DAY_MS;
  // Date.UTC rolls 02-30 over to March and maps years 0-99 to 19xx.
  return isoDate(day) === iso ? day : NaN;
}

/**
 * Parses the `closed-on` attribute: ISO dates (`YYYY-MM-DD`) separated by
 * spaces or commas, and inclusive ranges `2026-12-24/2027-01-01` of at most
 * 366 days.
 *
 * @param input - The attribute; any value is accepted.
 * @returns The dates, sorted and without duplicates, and for bad input one
 *   problem naming the first bad item (bad items are skipped, good ones kept).
 *   Never throws.
 * @example
 * parseClosedOn('2026-12-26 2026-12-24/2026-12-25').dates;
 * // ['2026-12-24', '2026-12-25', '2026-12-26']
 */
export function parseClosedOn(input: unknown): WithProblems & {readonly dates: readonly string[]} {
  const days = new Set<number>();
  let bad = '';
  for (const item of text(input).split(/[\s,;]+/)) {
    if (!item) continue;
    const [from, to = from, extra] = item.split('/');
    const first = dayNumber(from);
    const last = dayNumber(to);
    if (extra !== undefined || !(last >= first && last - first < MAX_CLOSED_RUN)) {
      bad ||= item;
      continue;
    }
    for (let day = first; day <= last; day++) days.add(day);
  }
  return {
    dates: Object.freeze([...days].sort((a, b) => a - b).map(isoDate)),
    problems: bad
      ? [
          DEV
            ? `closed-on item ${quote(bad)} is not a date (YYYY-MM-DD) or a range of up to ${MAX_CLOSED_RUN} days (YYYY-MM-DD/YYYY-MM-DD); ignoring it. Example: closed-on="${CLOSED_EXAMPLE}"`
            : coded('MU15', shown('closed-on', bad)),
        ]
      : [],
  };
}

// ---------------------------------------------------------------------------
// time zones

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A cached formatter of wall time in `timeZone` (the visitor's when undefined), or null for an unknown zone. */
function wallClock(timeZone: string | undefined): Intl.DateTimeFormat | null {
  const key = timeZone ?? '';
  let format = formatters.get(key);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    formatters.set(key, format);
  }
  return format;
}

/**
 * Whether the engine knows an IANA time zone name (case-insensitive, as
 * `Intl` compares them).
 *
 * @param zone - A name such as `Europe/Berlin`; any value is accepted.
 * @returns `false` for unknown names, empty strings and non-strings.
 * @example isValidTimeZone('Asia/Kolkata'); // true
 * @example isValidTimeZone('Mars/Olympus'); // false
 */
export function isValidTimeZone(zone: unknown): boolean {
  return typeof zone === 'string' && zone !== '' && wallClock(zone) !== null;
}

/** The wall-clock reading of `time` as if it were UTC, in ms, to the second. */
function wallTime(format: Intl.DateTimeFormat, time: number): number {
  const parts: Record<string, number> = {};
  for (const {type, value} of format.formatToParts(time)) parts[type] = Number(value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The zone's offset from UTC at `time`, in ms. */
function offsetAt(format: Intl.DateTimeFormat, time: number): number {
  return wallTime(format, time) - (time - (((time % 1000) + 1000) % 1000));
}

/**
 * The instant of a wall time (minutes since 1970-01-01 00:00 on the zone's
 * clock). A wall time that occurs twice (when clocks go back) gives the
 * first occurrence; one that does not occur (when clocks go forward) gives
 * the first instant after the gap, the moment the clocks jump.
 */
function instantOf(format: Intl.DateTimeFormat, wallMinutes: number): number {
  const wall = wallMinutes * MINUTE;
  // The offsets a day either side bracket any transition near this wall time.
  const before = offsetAt(format, wall - DAY_MS);
  const after = offsetAt(format, wall + DAY_MS);
  const early = wall - before;
  if (offsetAt(format, early) === before) return early;
  let late = wall - after;
  if (offsetAt(format, late) === after) return late;
  // In the gap: `late` is before the jump, `early` after it. Transitions fall
  // on whole minutes, so a bisection over minutes finds the jump.
  let jump = early;
  while (jump - late > MINUTE) {
    const middle = late + Math.floor((jump - late) / 2 / MINUTE) * MINUTE;
    if (offsetAt(format, middle) === before) late = middle;
    else jump = middle;
  }
  return jump;
}

// ---------------------------------------------------------------------------
// availability

type Shape = 'empty' | 'full' | 'mixed';
const shapes = new WeakMap<Schedule, Shape>();

/** Whether a weekly schedule is never open, always open, or changes during the week. */
function shapeOf(schedule: Schedule): Shape {
  let shape = shapes.get(schedule);
  if (!shape) {
    const spans: Array<[number, number]> = [];
    schedule.forEach((ranges, day) => {
      for (const [opens, closes] of ranges) {
        const start = day * DAY + opens;
        const end = day * DAY + closes;
        spans.push([start, Math.min(end, 7 * DAY)]);
        if (end > 7 * DAY) spans.push([0, end - 7 * DAY]);
      }
    });
    spans.sort((a, b) => a[0] - b[0]);
    let covered = 0;
    for (const [start, end] of spans) if (start <= covered) covered = Math.max(covered, end);
    shape = !spans.length ? 'empty' : covered >= 7 * DAY ? 'full' : 'mixed';
    shapes.set(schedule, shape);
  }
  return shape;
}

/** Monday 0 … Sunday 6 of a day number (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * Whether the business is open at `now`, and when that next changes.
 *
 * The weekly hours and closed days are read on the business's wall clock
 * and turned into instants with `Intl`, so DST is handled as the zone's own
 * rules say: a time that does not exist (02:30 on 2026-03-08 in New York)
 * becomes the moment the clocks jump (03:00 EDT); a time that occurs twice
 * (01:30 on 2026-11-01 in New York) means its first occurrence (EDT).
 *
 * A closed day cancels the ranges that start on it, including their part
 * after midnight; a range that started the evening before runs until it
 * closes.
 *
 * Cost: a few dozen `formatToParts` calls, whatever the schedule; days are
 * walked in integer arithmetic, never minute by minute.
 *
 * @param config - The schedule, zone and closed days ({@link parseAvailability}).
 * @param now - The instant to judge.
 * @returns `{open, next}`; `next` is `null` when the state never changes
 *   (open 24/7 with no closed days ahead, or never open). For an unknown zone
 *   or an invalid date: open, `null`. Never throws.
 * @example
 * const {schedule} = parseHours('Mo-Fr 09:00-18:00');
 * availabilityAt({schedule, timeZone: 'Europe/Berlin'}, new Date('2026-01-10T12:00:00Z'));
 * // {open: false, next: new Date('2026-01-12T08:00:00.000Z')} (Saturday → Monday 09:00 CET)
 */
export function availabilityAt(config: AvailabilityConfig, now: Date): Availability {
  const t = now.getTime();
  const format = wallClock(config.timeZone);
  if (!format || !Number.isFinite(t)) return ALWAYS;
  const {schedule} = config;
  const full = shapeOf(schedule) === 'full';
  const closed = (config.closedOn ?? [])
    .map(dayNumber)
    .filter((day) => day === day)
    .sort((a, b) => a - b);
  const closedSet = new Set(closed);
  const isClosed = (day: number) => closedSet.has(day);
  const today = Math.floor(wallTime(format, t) / DAY_MS);
  // Past the last closed day the week repeats; nine days settle any question.
  const horizon = Math.max(today, closed[closed.length - 1] ?? today) + 9;

  // Judges a merged opening [a, b] (wall minutes; b = Infinity for never
  // closing): the answer if it contains `now` or starts after it, else undefined.
  const settle = (a: number, b: number): Availability | undefined => {
    if (a !== a) return undefined;
    const opens = instantOf(format, a);
    const closes = b === Infinity ? Infinity : instantOf(format, b);
    // Wholly past, or squeezed to nothing by a DST gap.
    if (closes <= t || closes <= opens) return undefined;
    return opens <= t
      ? {open: true, next: closes === Infinity ? null : new Date(closes)}
      : {open: false, next: new Date(opens)};
  };

  // The opening being merged, in wall minutes since 1970-01-01.
  let a = NaN;
  let b = NaN;
  for (let day = today - 1; day <= horizon; day++) {
    if (isClosed(day)) continue;
    for (const [opens, closes] of schedule[weekday(day)]) {
      const start = day * DAY + opens;
      const end = day * DAY + closes;
      if (start <= b) {
        b = Math.max(b, end);
        continue;
      }
      const answer = settle(a, b);
      if (answer) return answer;
      a = start;
      b = end;
    }
    // Open around the clock between closed days: nothing changes until the
    // next one. With this day and the one before it as usual, the opening
    // being merged ends where the same weekday's would end a week later,
    // one week on; so skip whole weeks up to the day before the next closed day.
    if (full && !isClosed(day - 1)) {
      const weeks = Math.floor(((closed.find((c) => c > day) ?? day) - 1 - day) / 7);
      if (weeks > 0) {
        b += weeks * 7 * DAY;
        day += weeks * 7;
      }
    }
  }
  return settle(a, full ? Infinity : b) ?? {open: false, next: null};
}

/**
 * The next midnight on a clock: when "tomorrow" in an after-hours note
 * becomes "today". A midnight that a DST change skips (clocks that jump
 * from 00:00 to 01:00) becomes the moment the clocks jump.
 *
 * @param now - The current instant.
 * @param timeZone - The clock's IANA zone (the visitor's); the engine's when
 *   undefined or unknown.
 * @returns The first instant of the next day on that clock; for an invalid
 *   `now`, `null`. Never throws.
 * @example
 * nextMidnight(new Date('2026-01-10T12:00:00Z'), 'Europe/Berlin');
 * // new Date('2026-01-10T23:00:00.000Z') (00:00 CET on January 11)
 */
export function nextMidnight(now: Date, timeZone?: string): Date | null {
  const t = now.getTime();
  if (!Number.isFinite(t)) return null;
  const format = wallClock(isValidTimeZone(timeZone) ? timeZone : undefined)!;
  const tomorrow = Math.floor(wallTime(format, t) / DAY_MS) + 1;
  return new Date(instantOf(format, tomorrow * DAY));
}

// ---------------------------------------------------------------------------
// attributes together

/**
 * Reads the three attributes together, as an element does.
 *
 * Rules: without `hours` and `closed-on` there is nothing to apply (`null`:
 * always open). `hours` without `timezone` is read in the visitor's zone,
 * with a problem. An unknown `timezone` gives a problem and `null`. Bad
 * `hours` give a problem and {@link ALWAYS_OPEN} (closed days still apply).
 *
 * @param input - `hours`, `timeZone` and `closedOn` attribute values; any values.
 * @returns The config for {@link availabilityAt} (or `null`) and the problems.
 * @example
 * parseAvailability({hours: 'Mo-Fr 09:00-18:00', timeZone: 'Europe/Berlin'}).problems; // []
 */
export function parseAvailability(input: {
  hours?: unknown;
  timeZone?: unknown;
  closedOn?: unknown;
}): WithProblems & {readonly config: AvailabilityConfig | null} {
  const hours = text(input.hours);
  const zone = text(input.timeZone);
  if (!hours && !text(input.closedOn)) return {config: null, problems: []};
  if (zone && !isValidTimeZone(zone)) {
    return {
      config: null,
      problems: [
        DEV
          ? `timezone=${quote(zone)} is not an IANA time zone; treating the business as always open. Example: timezone="${ZONE_EXAMPLE}"`
          : coded('MU15', shown('timezone', zone)),
      ],
    };
  }
  const {schedule, problems} = parseHours(hours);
  const closedOn = parseClosedOn(input.closedOn);
  if (!zone) {
    problems.unshift(
      DEV
        ? `timezone is missing; reading the hours in the visitor's time zone. Example: timezone="${ZONE_EXAMPLE}"`
        : coded('MU15', 'timezone')
    );
  }
  return {
    config: Object.freeze({schedule, timeZone: zone || undefined, closedOn: closedOn.dates}),
    problems: [...problems, ...closedOn.problems],
  };
}

// ---------------------------------------------------------------------------
// the note

const noteFormats = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function noteFormat<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T
): T {
  let format = noteFormats.get(key) as T | undefined;
  if (!format) noteFormats.set(key, (format = make()));
  return format;
}

function template(locale: string | null | undefined): [string, string[]] {
  const resolved = resolveLocale(locale);
  return [resolved, BACK_TEMPLATES[resolved].split('|')];
}

/**
 * The after-hours note: when the team is back, in the visitor's language and
 * on the visitor's clock. "Back at 14:00" (today), "Back tomorrow 09:00",
 * "Back Monday 09:00" (within a week), "Back Monday, January 12 09:00"
 * (later). Weekdays, "tomorrow", dates and 24-hour times come from `Intl`;
 * the frame from a per-locale table. Arabic uses Latin digits, as current
 * Chromium and Firefox do by default; older ICU builds (WebKitGTK on
 * Debian 12) default to Arabic-Indic digits, and the same page would
 * otherwise read differently per browser.
 *
 * @param next - When the business opens again ({@link availabilityAt}'s `next`).
 * @param options - `locale`: a language tag (resolved like the labels);
 *   `timeZone`: the visitor's zone (default: the engine's); `now`: the
 *   current instant (default: `new Date()`). An unknown zone falls back to
 *   the engine's.
 * @returns The note. Never throws.
 * @example
 * formatBack(new Date('2026-01-12T08:00:00Z'), {
 *   locale: 'de', timeZone: 'Europe/Berlin', now: new Date('2026-01-10T12:00:00Z'),
 * }); // 'Ab Montag 09:00 wieder erreichbar'
 */
export function formatBack(
  next: Date,
  options: {locale?: string | null; timeZone?: string; now?: Date} = {}
): string {
  const [locale, [today, later]] = template(options.locale);
  const timeZone = isValidTimeZone(options.timeZone) ? options.timeZone : undefined;
  const at = next.getTime();
  const key = `${locale} ${timeZone ?? ''}`;
  const dates = (style: 'time' | 'weekday' | 'date') =>
    noteFormat(
      `${key} ${style}`,
      () =>
        new Intl.DateTimeFormat(locale, {
          timeZone,
          ...(locale === 'ar' ? {numberingSystem: 'latn'} : {}),
          ...(style === 'time'
            ? {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}
            : style === 'weekday'
              ? {weekday: 'long'}
              : {weekday: 'long', day: 'numeric', month: 'long'}),
        })
    );
  if (!Number.isFinite(at)) return '';
  const clock = wallClock(timeZone)!;
  const now = (options.now ?? new Date()).getTime();
  const days = Number.isFinite(now)
    ? Math.floor(wallTime(clock, at) / DAY_MS) - Math.floor(wallTime(clock, now) / DAY_MS)
    : 0;
  const time = dates('time').format(at);
  // Also for an invalid `now`: the time alone is never wrong.
  if (days < 1) return today.replace('{t}', time);
  const day =
    days === 1
      ? noteFormat(
          `${locale} tomorrow`,
          () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'})
        ).format(1, 'day')
      : dates(days < 7 ? 'weekday' : 'date').format(at);
  return later.replace('{d}', day).replace('{t}', time);
}

/**
 * The "Closed now" line for the banner's context, in the locale's words.
 *
 * @param locale - A language tag (resolved like the labels).
 * @example closedNowText('fr'); // 'Fermé actuellement'
 */
export function closedNowText(locale: string | null | undefined): string {
  return template(locale)[1][2];
}

/**
 * When an element's view next changes by itself, for the page clock: the
 * next opening or closing, or earlier, while an after-hours note shows, the
 * visitor's next midnight ("Back tomorrow 09:00" becomes "Back at 09:00").
 *
 * @param config - The view's `availability`.
 * @param afterHours - The `after-hours` mode (the view's `values['after-hours']`).
 * @param now - The current time in ms since the epoch.
 * @param timeZone - The visitor's zone (default: the engine's).
 * @returns The instant, or null when nothing changes any more.
 * @example
 * nextViewChange(parseAvailability({hours: 'Mo-Fr 09:00-18:00', timeZone: 'UTC'}).config!,
 *   'note', Date.parse('2026-01-10T12:00:00Z'), 'UTC');
 * // new Date('2026-01-11T00:00:00.000Z'): Saturday's "Back Monday" becomes "Back tomorrow"
 */
export function nextViewChange(
  config: AvailabilityConfig,
  afterHours: unknown,
  now: number,
  timeZone?: string
): Date | null {
  const {open, next} = availabilityAt(config, new Date(now));
  if (open || !next || afterHours !== 'note') return next;
  const midnight = nextMidnight(new Date(now), timeZone)!;
  return midnight < next ? midnight : next;
}

/**
 * The average length of an open day, in hours: how many hours a day a team
 * answers, for staffing plans. Days without ranges do not count; a range
 * past midnight counts whole for the day it opens.
 *
 * @param schedule - From {@link parseHours}.
 * @returns The hours, or null when no day is open.
 * @example openHoursPerDay(parseHours('Mo-Fr 09:00-18:00; Sa 10:00-14:00').schedule) // 8.166666666666666
 */
export function openHoursPerDay(schedule: Schedule): number | null {
  const open = schedule.filter((ranges) => ranges.length > 0);
  if (!open.length) return null;
  const minutes = open.flat().reduce((sum, [opens, closes]) => sum + closes - opens, 0);
  return minutes / 60 / open.length;
}
