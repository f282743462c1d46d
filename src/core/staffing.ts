/**
 * Staffing for the conversations a "Message Us" button brings in: how many
 * agents a team needs, from the visitors a page gets to a service-level
 * target. Pure arithmetic, no DOM, no `lit`; published as
 * `message-us/staffing.js` and kept out of the widget's bundle.
 *
 * Two models:
 * - {@link estimateStaffing}: the simple average model of Zendesk's Apple
 *   Business Chat guide. Conversations spread evenly over the open hours, so
 *   the agents needed are the conversations open at any moment divided by the
 *   conversations one agent holds at once.
 * - {@link staffForServiceLevel}: Erlang C. Conversations arrive at random,
 *   so some arrive while every agent is busy and wait; this finds the
 *   smallest team that answers the target share of them within the target
 *   time, then adds shrinkage (breaks, meetings, training, absence).
 *
 * Bad input never throws and never yields `NaN` or `Infinity`: every result
 * carries `problems`, one per bad field, each naming the field and a valid
 * example, and every numeric output is `null` whenever there is a problem.
 */

/** The fields the staffing functions read; each problem names one of them. */
export type StaffingField =
  | 'input'
  | 'visitorsPerDay'
  | 'conversationRate'
  | 'hoursPerDay'
  | 'minutesPerConversation'
  | 'concurrentConversations'
  | 'resolutionsPerHour'
  | 'conversationsPerHour'
  | 'targetShare'
  | 'targetSeconds'
  | 'shrinkage';

/** One bad input: which field, and a message naming it with a valid example. */
export interface StaffingProblem {
  field: StaffingField;
  message: string;
}

/** Input of {@link estimateStaffing}. */
export interface StaffingInput {
  /** Visitors to the pages that show the button, per day. */
  visitorsPerDay: number;
  /** Share of visitors who start a conversation, from 0 to 1 (0.1 is 1 in 10). */
  conversationRate: number;
  /** Hours a day agents answer; conversations are spread over them. More than 0, at most 24. */
  hoursPerDay: number;
  /** Average length of one conversation, in minutes (the average handle time). */
  minutesPerConversation: number;
  /** Conversations one agent handles at once, a whole number; 1 when left out. */
  concurrentConversations?: number;
}

/** Result of {@link estimateStaffing}. Numbers are `null` when `problems` is not empty. */
export interface StaffingEstimate {
  /** visitorsPerDay × conversationRate. */
  conversationsPerDay: number | null;
  /** conversationsPerDay ÷ hoursPerDay. */
  conversationsPerHour: number | null;
  /** Conversations open at any moment on average: conversationsPerHour × minutes ÷ 60 (the load in Erlangs). */
  openConversations: number | null;
  /** openConversations ÷ concurrentConversations: agents answering at every moment, unrounded. */
  agents: number | null;
  problems: StaffingProblem[];
}

/** Input of {@link staffForServiceLevel}. Fields marked optional take {@link SERVICE_LEVEL_DEFAULTS}. */
export interface ServiceLevelInput {
  /** Conversations that start per hour, on average. */
  conversationsPerHour: number;
  /** Average length of one conversation, in minutes. */
  minutesPerConversation: number;
  /** Conversations one agent handles at once, a whole number. */
  concurrentConversations?: number;
  /** Share of conversations to answer within `targetSeconds`, more than 0 and less than 1. */
  targetShare?: number;
  /** The wait, in seconds, the target share must be answered within. */
  targetSeconds?: number;
  /** Share of paid time agents are not answering (breaks, meetings, training, absence), from 0 to less than 1. */
  shrinkage?: number;
}

/** Result of {@link staffForServiceLevel}. Numbers are `null` when `problems` is not empty. */
export interface ServiceLevelStaffing {
  /** The load in Erlangs: conversations open at once on average (conversationsPerHour × minutes ÷ 60). */
  trafficErlangs: number | null;
  /** The smallest number of conversation slots (Erlang C servers) that meets the target. */
  servers: number | null;
  /** Agents answering at every moment: ceil(servers ÷ concurrentConversations). */
  agents: number | null;
  /** The slots those agents provide, agents × concurrentConversations; the figures below are for these. */
  staffedServers: number | null;
  /** Agents to schedule so `agents` are answering after shrinkage: ceil(agents ÷ (1 − shrinkage)). */
  agentsScheduled: number | null;
  /** Share of conversations answered within `targetSeconds`. */
  serviceLevel: number | null;
  /** Share of conversations that wait at all (Erlang C). */
  probabilityOfWaiting: number | null;
  /** Average wait before an agent answers, over all conversations, in seconds. */
  averageSpeedOfAnswerSeconds: number | null;
  /** Share of the staffed slots busy on average; `null` when no slot is needed. */
  occupancy: number | null;
  problems: StaffingProblem[];
}

/** Result of {@link handleTimeFromResolutions}. */
export interface HandleTime {
  /** Average length of one conversation, in minutes; `null` when `problems` is not empty. */
  minutes: number | null;
  problems: StaffingProblem[];
}

/** The values {@link staffForServiceLevel} uses for fields left out (or `undefined`). */
export const SERVICE_LEVEL_DEFAULTS = Object.freeze({
  concurrentConversations: 1,
  targetShare: 0.8,
  targetSeconds: 60,
  shrinkage: 0.3,
});

/**
 * The largest number of conversation slots the service-level search tries.
 * Each slot costs one step of the Erlang B recursion, so this bounds the work
 * at a few milliseconds; a single queue that large is better planned as
 * several.
 */
export const MAX_SERVERS = 1_000_000;

/** The most conversations one agent can be said to hold at once. */
export const MAX_CONCURRENT = 100;

// Validation ------------------------------------------------------------------

interface Rule {
  /** Lower bound, and whether it is allowed. */
  min: number;
  minOpen: boolean;
  /** Upper bound (Infinity for none), and whether it is allowed. */
  max: number;
  maxOpen: boolean;
  integer: boolean;
  /** The rule in words, after "must be". */
  words: string;
  /** A valid example, after "e.g.". */
  example: string;
}

/** Every numeric field's rule: the check and its message come from this one row. */
const RULES: Record<Exclude<StaffingField, 'input'>, Rule> = {
  visitorsPerDay: rule(0, false, Infinity, false, false, 'a number of 0 or more', '10000'),
  conversationRate: rule(
    0,
    false,
    1,
    false,
    false,
    'a share from 0 to 1',
    '0.1 for 1 visitor in 10'
  ),
  hoursPerDay: rule(0, true, 24, false, false, 'more than 0 and at most 24', '8'),
  minutesPerConversation: rule(0, true, Infinity, false, false, 'a number above 0', '12'),
  // Nobody holds more than a hundred conversations at once; the bound also
  // keeps the search's work finite.
  concurrentConversations: rule(
    1,
    false,
    MAX_CONCURRENT,
    false,
    true,
    `a whole number from 1 to ${MAX_CONCURRENT}`,
    '4'
  ),
  resolutionsPerHour: rule(0, true, Infinity, false, false, 'a number above 0', '5'),
  conversationsPerHour: rule(0, false, Infinity, false, false, 'a number of 0 or more', '125'),
  targetShare: rule(
    0,
    true,
    1,
    true,
    false,
    'a share above 0 and below 1',
    '0.8 for 80% of conversations'
  ),
  targetSeconds: rule(0, false, Infinity, false, false, 'a number of seconds of 0 or more', '60'),
  shrinkage: rule(
    0,
    false,
    1,
    true,
    false,
    'a share from 0 to below 1',
    '0.3 for 30% of paid time away from conversations'
  ),
};

function rule(
  min: number,
  minOpen: boolean,
  max: number,
  maxOpen: boolean,
  integer: boolean,
  words: string,
  example: string
): Rule {
  return {min, minOpen, max, maxOpen, integer, words, example};
}

/** A value as a message quotes it; never throws, whatever the value. */
function shown(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'string') {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(text)}`;
  }
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return `a value of type ${typeof value}`;
}

/**
 * Reads one property of an object already checked by checkObject, without
 * throwing (a hostile getter or proxy gives `undefined`).
 */
function read(input: object, key: string): unknown {
  try {
    return (input as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/**
 * Checks one field against its rule; pushes a problem and returns NaN when it
 * fails, so callers can carry on collecting every problem at once.
 */
function check(
  field: Exclude<StaffingField, 'input'>,
  value: unknown,
  problems: StaffingProblem[]
): number {
  const r = RULES[field];
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (r.minOpen ? value > r.min : value >= r.min) &&
    (r.maxOpen ? value < r.max : value <= r.max) &&
    (!r.integer || Number.isInteger(value));
  if (ok) return value;
  problems.push({
    field,
    message: `${field} must be ${r.words}, e.g. ${r.example}; got ${shown(value)}.`,
  });
  return NaN;
}

/** The object check shared by the functions taking an input object. */
function checkObject(input: unknown, example: string, problems: StaffingProblem[]): boolean {
  if (typeof input === 'object' && input !== null) return true;
  problems.push({
    field: 'input',
    message: `input must be an object, e.g. ${example}; got ${shown(input)}.`,
  });
  return false;
}

/**
 * Rounds up, forgiving the last few bits of floating-point noise: 7 ÷ 0.7 is
 * 10.000000000000002 in binary arithmetic and means 10 agents, not 11. The
 * tolerance is relative, so it never hides a real fraction of an agent.
 */
function ceilAgents(value: number): number {
  return Math.ceil(value - Math.abs(value) * 1e-12);
}

// The simple model --------------------------------------------------------------

/**
 * The simple average model of Zendesk's Apple Business Chat guide: visitors
 * × rate gives conversations a day; spread evenly over the open hours they
 * give conversations an hour; times their length they give the conversations
 * open at any moment; divided by the conversations one agent holds at once,
 * the agents needed.
 *
 * It assumes conversations arrive evenly and never queue, and it ignores
 * breaks and shifts: read its `agents` as a floor. {@link staffForServiceLevel}
 * adds the random arrivals, a waiting-time target and shrinkage.
 *
 * @param input - The page's traffic and the team's way of working.
 * @returns The figures, unrounded, or `null`s and one problem per bad field.
 * @example estimateStaffing({
 *   visitorsPerDay: 10000,
 *   conversationRate: 0.1,
 *   hoursPerDay: 8,
 *   minutesPerConversation: 12,
 *   concurrentConversations: 4,
 * })
 * // {conversationsPerDay: 1000, conversationsPerHour: 125, openConversations: 25,
 * //  agents: 6.25, problems: []}
 * @example estimateStaffing({visitorsPerDay: 10000, conversationRate: 1.5,
 *   hoursPerDay: 8, minutesPerConversation: 12}).problems[0].message
 * // 'conversationRate must be a share from 0 to 1, e.g. 0.1 for 1 visitor in 10; got 1.5.'
 */
export function estimateStaffing(input: StaffingInput): StaffingEstimate {
  const problems: StaffingProblem[] = [];
  const none: StaffingEstimate = {
    conversationsPerDay: null,
    conversationsPerHour: null,
    openConversations: null,
    agents: null,
    problems,
  };
  if (
    !checkObject(
      input,
      '{visitorsPerDay: 10000, conversationRate: 0.1, hoursPerDay: 8, minutesPerConversation: 12, concurrentConversations: 4}',
      problems
    )
  ) {
    return none;
  }
  const visitors = check('visitorsPerDay', read(input, 'visitorsPerDay'), problems);
  const rate = check('conversationRate', read(input, 'conversationRate'), problems);
  const hours = check('hoursPerDay', read(input, 'hoursPerDay'), problems);
  const minutes = check('minutesPerConversation', read(input, 'minutesPerConversation'), problems);
  const concurrency = check(
    'concurrentConversations',
    read(input, 'concurrentConversations') ?? 1,
    problems
  );
  if (problems.length > 0) return none;

  const perDay = visitors * rate;
  const perHour = perDay / hours;
  const open = (perHour * minutes) / 60;
  const agents = open / concurrency;
  // Finite inputs can still multiply past the largest double (1e200
  // visitors for 1e200 minutes each); agents is the last product, so it is
  // infinite whenever any figure before it is.
  if (!Number.isFinite(agents)) {
    problems.push({
      field: 'input',
      message: `input multiplies past the largest number that can be computed with; use realistic figures, e.g. visitorsPerDay: 10000 and minutesPerConversation: 12; got ${shown(visitors)} visitors of ${shown(minutes)} minutes.`,
    });
    return none;
  }
  return {
    conversationsPerDay: perDay,
    conversationsPerHour: perHour,
    openConversations: open,
    agents,
    problems,
  };
}

/**
 * The average length of a conversation from the conversations an agent
 * resolves per hour, as the guide's AHT = 60 ÷ resolutions per hour. An
 * agent who holds several conversations at once resolves more per hour than
 * one conversation's length suggests, so with `concurrentConversations`
 * the length is 60 × concurrent ÷ resolutions: 20 resolutions an hour at 4
 * at once means each conversation lasts 12 minutes.
 *
 * @param resolutionsPerHour - Conversations one agent closes per hour.
 * @param concurrentConversations - Conversations that agent holds at once (1 by default).
 * @returns The minutes, or `null` and the problem.
 * @example handleTimeFromResolutions(5)     // {minutes: 12, problems: []}
 * @example handleTimeFromResolutions(20, 4) // {minutes: 12, problems: []}
 * @example handleTimeFromResolutions(0).problems[0].message
 * // 'resolutionsPerHour must be a number above 0, e.g. 5; got 0.'
 */
export function handleTimeFromResolutions(
  resolutionsPerHour: number,
  concurrentConversations = 1
): HandleTime {
  const problems: StaffingProblem[] = [];
  const resolutions = check('resolutionsPerHour', resolutionsPerHour, problems);
  const concurrency = check('concurrentConversations', concurrentConversations, problems);
  if (problems.length > 0) return {minutes: null, problems};
  const minutes = (60 * concurrency) / resolutions;
  // A resolution rate of 1e-320 an hour divides to Infinity.
  if (!Number.isFinite(minutes)) {
    problems.push({
      field: 'resolutionsPerHour',
      message: `resolutionsPerHour is too small to compute with, e.g. 5; got ${shown(resolutions)}.`,
    });
    return {minutes: null, problems};
  }
  return {minutes, problems};
}

// Erlang B and C ----------------------------------------------------------------

/**
 * The reciprocal of Erlang B for every server count up to `servers`:
 * 1/B(0) = 1 and, from B(n) = A·B(n−1) / (n + A·B(n−1)),
 * 1/B(n) = 1 + (n / A) · 1/B(n−1).
 *
 * The reciprocal form has no factorial and no power, so it neither
 * overflows nor loses precision at hundreds or thousands of servers (it
 * grows only once n is far beyond A, and then to Infinity, which is 1/B = 0,
 * the right limit). Every step is an increasing function of the previous
 * one and a decreasing function of A, so rounding can never make B fall when
 * the load rises: the staffing search stays monotonic in floating point too.
 */
function inverseErlangB(servers: number, traffic: number): number {
  let inverse = 1;
  for (let n = 1; n <= servers; n++) inverse = 1 + (n / traffic) * inverse;
  return inverse;
}

/** Erlang C from 1/B: C = 1 / (ρ + (1 − ρ) / B) with ρ = A / N, for N > A. */
function erlangCFromInverseB(servers: number, traffic: number, inverseB: number): number {
  const rho = traffic / servers;
  return 1 / (rho + (1 - rho) * inverseB);
}

function isServerCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isTraffic(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/**
 * Erlang B: the share of arrivals that find every server busy when nobody
 * waits (blocked arrivals leave). Computed with the recursion
 * B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), stable for any size.
 *
 * @param servers - Whole number of servers, 0 or more.
 * @param traffic - Offered load A in Erlangs (arrival rate × mean duration), 0 or more.
 * @returns The blocking probability, or `null` for input outside those ranges.
 * @example erlangB(1, 1)  // 0.5
 * @example erlangB(2, 1)  // 0.2
 * @example erlangB(-1, 1) // null
 */
export function erlangB(servers: number, traffic: number): number | null {
  if (!isServerCount(servers) || !isTraffic(traffic) || servers > MAX_SERVERS) return null;
  if (traffic === 0) return servers === 0 ? 1 : 0;
  return 1 / inverseErlangB(servers, traffic);
}

/**
 * Erlang C: the share of arrivals that wait because every server is busy,
 * when arrivals queue until served (an M/M/N queue). With N ≤ A the queue
 * grows without end and every arrival waits: 1.
 *
 * @param servers - Whole number of servers, 0 or more.
 * @param traffic - Offered load A in Erlangs, 0 or more.
 * @returns The probability of waiting, or `null` for input outside those ranges.
 * @example erlangC(3, 2)  // 0.4444444444444444 (4/9)
 * @example erlangC(1, 0.5) // 0.5 (one server: the utilisation)
 * @example erlangC(2, 2)  // 1
 */
export function erlangC(servers: number, traffic: number): number | null {
  if (!isServerCount(servers) || !isTraffic(traffic) || servers > MAX_SERVERS) return null;
  if (servers <= traffic) return 1;
  if (traffic === 0) return 0;
  return erlangCFromInverseB(servers, traffic, inverseErlangB(servers, traffic));
}

/** The figures of an M/M/N queue with N > A (or A = 0), all finite. */
function queueFigures(
  servers: number,
  traffic: number,
  inverseB: number,
  handleSeconds: number,
  targetSeconds: number
) {
  // No load needs no slots (the search stops at 0), so there is no share of
  // them to be busy: occupancy is null, not 0 ÷ 0.
  if (traffic === 0) return {waiting: 0, serviceLevel: 1, asa: 0, occupancy: null};
  const waiting = erlangCFromInverseB(servers, traffic, inverseB);
  const spare = servers - traffic;
  return {
    waiting,
    serviceLevel: 1 - waiting * Math.exp((-spare * targetSeconds) / handleSeconds),
    asa: (waiting * handleSeconds) / spare,
    occupancy: traffic / servers,
  };
}

// The service-level model -----------------------------------------------------------

/**
 * The smallest team that answers `targetShare` of conversations within
 * `targetSeconds`, by Erlang C.
 *
 * Conversations are taken to arrive at random (Poisson) and to last an
 * exponentially distributed time averaging `minutesPerConversation`; an
 * agent holding `concurrentConversations` at once counts as that many
 * servers. The search tries 1, 2, 3… servers and stops at the first count N
 * above the load A whose service level 1 − C(N, A) · e^(−(N − A) · t / AHT)
 * reaches the target; agents are N ÷ concurrency rounded up, and the agents
 * to schedule are those divided by (1 − shrinkage), rounded up. The waiting
 * figures are those of the staffed slots (agents × concurrency), which can
 * exceed N by less than one agent's worth.
 *
 * The model has no abandonment (visitors who give up are assumed to wait),
 * which errs on the side of more agents.
 *
 * @param input - Load, conversation length and target; optional fields take {@link SERVICE_LEVEL_DEFAULTS}.
 * @returns The team and its expected waits, or `null`s and one problem per bad field.
 * @example staffForServiceLevel({
 *   conversationsPerHour: 125,
 *   minutesPerConversation: 12,
 *   concurrentConversations: 4,
 *   targetShare: 0.8,
 *   targetSeconds: 60,
 *   shrinkage: 0.3,
 * })
 * // {trafficErlangs: 25, servers: 30, agents: 8, staffedServers: 32, agentsScheduled: 12,
 * //  serviceLevel: 0.9291…, probabilityOfWaiting: 0.1268…, averageSpeedOfAnswerSeconds: 13.05…,
 * //  occupancy: 0.78125, problems: []}
 * @example staffForServiceLevel({conversationsPerHour: 125, minutesPerConversation: 12,
 *   targetShare: 1}).problems[0].message
 * // 'targetShare must be a share above 0 and below 1, e.g. 0.8 for 80% of conversations; got 1.'
 */
export function staffForServiceLevel(input: ServiceLevelInput): ServiceLevelStaffing {
  const problems: StaffingProblem[] = [];
  const none: ServiceLevelStaffing = {
    trafficErlangs: null,
    servers: null,
    agents: null,
    staffedServers: null,
    agentsScheduled: null,
    serviceLevel: null,
    probabilityOfWaiting: null,
    averageSpeedOfAnswerSeconds: null,
    occupancy: null,
    problems,
  };
  if (
    !checkObject(
      input,
      '{conversationsPerHour: 125, minutesPerConversation: 12, concurrentConversations: 4}',
      problems
    )
  ) {
    return none;
  }
  const withDefault = <K extends keyof typeof SERVICE_LEVEL_DEFAULTS>(key: K): unknown =>
    read(input, key) ?? SERVICE_LEVEL_DEFAULTS[key];
  const perHour = check('conversationsPerHour', read(input, 'conversationsPerHour'), problems);
  const minutes = check('minutesPerConversation', read(input, 'minutesPerConversation'), problems);
  const concurrency = check(
    'concurrentConversations',
    withDefault('concurrentConversations'),
    problems
  );
  const target = check('targetShare', withDefault('targetShare'), problems);
  const targetSeconds = check('targetSeconds', withDefault('targetSeconds'), problems);
  const shrinkage = check('shrinkage', withDefault('shrinkage'), problems);
  if (problems.length > 0) return none;

  const handleSeconds = minutes * 60;
  const traffic = (perHour * minutes) / 60;
  if (!Number.isFinite(handleSeconds)) {
    problems.push({
      field: 'minutesPerConversation',
      message: `minutesPerConversation is too large to compute with, e.g. 12; got ${shown(minutes)}.`,
    });
    return none;
  }
  if (!(traffic < MAX_SERVERS)) {
    problems.push({
      field: 'conversationsPerHour',
      message: `conversationsPerHour × minutesPerConversation ÷ 60 must stay below ${MAX_SERVERS} conversations open at once (split the load into several queues), e.g. 125 conversations an hour of 12 minutes; got ${shown(perHour)} of ${shown(minutes)}.`,
    });
    return none;
  }

  let servers = 0;
  let inverseB = 1;
  if (traffic > 0) {
    for (;;) {
      servers++;
      if (servers > MAX_SERVERS) {
        problems.push({
          field: 'targetShare',
          message: `targetShare needs more than ${MAX_SERVERS} conversation slots at this load; aim lower or split the load, e.g. 0.8 for 80% of conversations; got ${shown(target)}.`,
        });
        return none;
      }
      inverseB = 1 + (servers / traffic) * inverseB;
      if (servers <= traffic) continue;
      const {serviceLevel} = queueFigures(servers, traffic, inverseB, handleSeconds, targetSeconds);
      if (serviceLevel >= target) break;
    }
  }

  const agents = Math.ceil(servers / concurrency);
  const staffedServers = agents * concurrency;
  // Carry the recursion on to the slots the whole agents provide.
  for (let n = servers + 1; n <= staffedServers; n++) inverseB = 1 + (n / traffic) * inverseB;
  const figures = queueFigures(staffedServers, traffic, inverseB, handleSeconds, targetSeconds);
  const agentsScheduled = ceilAgents(agents / (1 - shrinkage));
  // Conversations of 1e306 minutes wait 1e308 seconds and more: past what a
  // double holds. No real plan gets here, but the promise is no Infinity.
  if (!Number.isFinite(figures.asa) || !Number.isFinite(agentsScheduled)) {
    problems.push({
      field: 'minutesPerConversation',
      message: `minutesPerConversation is too large to compute with, e.g. 12; got ${shown(minutes)}.`,
    });
    return none;
  }
  return {
    trafficErlangs: traffic,
    servers,
    agents,
    staffedServers,
    agentsScheduled,
    serviceLevel: figures.serviceLevel,
    probabilityOfWaiting: figures.waiting,
    averageSpeedOfAnswerSeconds: figures.asa,
    occupancy: figures.occupancy,
    problems,
  };
}
