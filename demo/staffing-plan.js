// <staffing-plan>: the configurator's "Plan your team" section. For every
// department preset it asks for the traffic the button will bring and how
// the team works, and shows the agents needed by the guide's simple model
// and by the service-level model (Erlang C with shrinkage), each with its
// sums in plain words. The arithmetic lives in message-us/staffing.js; this
// file only moves values between the page and that module.
//
// Self-contained: it reads the configurator's presets the way the
// configurator does (its localStorage entry, checked by parsePresets) and
// touches nothing else on the page. Light DOM, so the page's form styles
// apply.
import {
  SERVICE_LEVEL_DEFAULTS,
  estimateStaffing,
  staffForServiceLevel,
} from '../dist/core/staffing.js';
import {openHoursPerDay, parseHours} from '../dist/core/hours.js';
import {parsePresets} from './configurator-model.js';

/** The configurator's localStorage key for department presets. */
export const PRESETS_KEY = 'message-us-configurator:presets';

/** The row shown when no preset is saved. */
export const ALL_CONVERSATIONS = 'All conversations';

/**
 * @typedef {object} FieldSpec
 * @property {string} name The core's field name.
 * @property {string} label The visible label.
 * @property {string} hint The line under the field.
 * @property {string} value The default, as typed.
 * @property {number} scale What the typed number is divided by for the core (100 for percentages).
 * @property {string} message Shown when the core reports a problem with the field.
 */

/**
 * The department fields, with the guide's worked example as defaults:
 * 10,000 visitors a day, 1 in 10 starting a conversation, 8 hours, 12
 * minutes each, 4 at once.
 * @type {readonly FieldSpec[]}
 */
export const DEPARTMENT_FIELDS = [
  {
    name: 'visitorsPerDay',
    label: 'Visitors a day',
    hint: 'People who see the button on a typical day.',
    value: '10000',
    scale: 1,
    message: 'Enter the visitors a day as a number of 0 or more, e.g. 10000.',
  },
  {
    name: 'conversationRate',
    label: 'Visitors who start a conversation (%)',
    hint: '10 means 1 visitor in 10.',
    value: '10',
    scale: 100,
    message: 'Enter a percentage from 0 to 100, e.g. 10 for 1 visitor in 10.',
  },
  {
    name: 'hoursPerDay',
    label: 'Hours agents answer a day',
    hint: 'Conversations are spread over these hours.',
    value: '8',
    scale: 1,
    message: 'Enter the hours as more than 0 and at most 24, e.g. 8.',
  },
  {
    name: 'minutesPerConversation',
    label: 'Minutes per conversation',
    hint: 'Average handle time. From resolutions: 60 ÷ resolutions an hour.',
    value: '12',
    scale: 1,
    message: 'Enter the minutes as a number above 0, e.g. 12.',
  },
  {
    name: 'concurrentConversations',
    label: 'Conversations one agent handles at once',
    hint: 'Messaging agents often hold 2 to 4.',
    value: '4',
    scale: 1,
    message: 'Enter a whole number from 1 to 100, e.g. 4.',
  },
];

/**
 * The service-level target, shared by every department.
 * @type {readonly FieldSpec[]}
 */
export const TARGET_FIELDS = [
  {
    name: 'targetShare',
    label: 'Conversations answered in time (%)',
    hint: 'The share that must reach an agent within the time below.',
    value: String(SERVICE_LEVEL_DEFAULTS.targetShare * 100),
    scale: 100,
    message: 'Enter a percentage above 0 and below 100, e.g. 80.',
  },
  {
    name: 'targetSeconds',
    label: 'Answered within (seconds)',
    hint: 'How long a customer may wait for the first reply.',
    value: String(SERVICE_LEVEL_DEFAULTS.targetSeconds),
    scale: 1,
    message: 'Enter the seconds as 0 or more, e.g. 60.',
  },
  {
    name: 'shrinkage',
    label: 'Shrinkage (%)',
    hint: 'Paid time away from conversations: breaks, meetings, training, absence.',
    value: String(SERVICE_LEVEL_DEFAULTS.shrinkage * 100),
    scale: 100,
    message: 'Enter a percentage from 0 to below 100, e.g. 30.',
  },
];

const number = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});
const whole = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
/** @param {number} value */
const fmt = (value) => number.format(value);
/** @param {number} share */
const pct = (share) => `${whole.format(share * 100)}%`;

/**
 * Reads a typed number: spaces and English thousands separators are
 * ignored ("10,000", "10 000"), as is a trailing % in percentage fields.
 * Anything else, including an empty field, is NaN, which the core reports
 * as a problem with the field.
 * @param {string} text
 * @returns {number}
 */
export function parseTyped(text) {
  let value = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) value = value.replaceAll(',', '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : NaN;
}

/**
 * The departments of the configurator's presets, each with the hours a day
 * its business hours say the team answers (null without hours), or the one
 * catch-all row when there are none (or storage is blocked or holds a bad
 * entry).
 * @returns {Array<{name: string, hoursPerDay: number | null, hours: string}>}
 */
export function departments() {
  try {
    const raw = localStorage.getItem(PRESETS_KEY);
    const parsed = raw ? parsePresets(raw) : null;
    if (parsed && 'presets' in parsed && parsed.presets.length > 0) {
      return parsed.presets.map((preset) => {
        const hours = String(preset.config?.hours ?? '').trim();
        const perDay = hours ? openHoursPerDay(parseHours(hours).schedule) : null;
        return {name: preset.name, hoursPerDay: perDay, hours};
      });
    }
  } catch {
    // Storage blocked (private mode, sandboxed frame): no presets to read.
  }
  return [{name: ALL_CONVERSATIONS, hoursPerDay: null, hours: ''}];
}

/**
 * Department names from the configurator's presets, or the one catch-all row.
 * @returns {string[]}
 */
export function departmentNames() {
  return departments().map((department) => department.name);
}

/**
 * Builds an element. Text is always set as text, never parsed as HTML:
 * department names are whatever the user typed.
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {...(Node | string)} children
 */
function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** A cell's content when it cannot be computed: a dash to see, words to hear. */
function notComputed() {
  return [
    h('span', {'aria-hidden': 'true'}, '—'),
    h('span', {class: 'visually-hidden'}, 'not computed, check the inputs'),
  ];
}

let instances = 0;

const STYLE = `
staffing-plan { display: block; }
staffing-plan > .panel, staffing-plan > details, staffing-plan .sp-departments > .panel { margin-top: var(--gap, 1.25rem); }
staffing-plan summary { cursor: pointer; font-weight: 600; }
staffing-plan details[open] > summary { margin-bottom: 0.5rem; }
staffing-plan .sp-result { margin: 0.9rem 0 0; }
staffing-plan .sp-result p { margin: 0 0 0.4rem; }
staffing-plan table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
staffing-plan caption { text-align: start; font-weight: 700; margin-bottom: 0.5rem; }
staffing-plan th, staffing-plan td { padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line, #d9dde3); text-align: end; }
staffing-plan th[scope='row'], staffing-plan thead th:first-child { text-align: start; }
staffing-plan tfoot th, staffing-plan tfoot td { font-weight: 700; border-bottom: 0; }
staffing-plan .sp-table { overflow-x: auto; }
staffing-plan .sp-problem { color: var(--error, #b3261e); }
`;

/**
 * The "Plan your team" calculator.
 *
 * Rows follow the configurator's department presets; the page's own edits
 * to presets do not fire `storage` events in the same page, so the rows are
 * read again whenever the user moves into this section (pointer or focus),
 * and on `storage` events from other tabs.
 *
 * @tag staffing-plan
 */
export class StaffingPlanElement extends HTMLElement {
  /** Prefix of this instance's ids, so two plans on a page never share one. */
  #prefix = `sp${++instances}`;
  /** @type {Map<string, {panel: HTMLElement, inputs: Map<string, HTMLInputElement>, result: HTMLElement, row: HTMLTableRowElement}>} */
  #departments = new Map();
  /** @type {Map<string, HTMLInputElement>} */
  #targets = new Map();
  #rowCounter = 0;
  #built = false;
  #list = h('div', {class: 'sp-departments'});
  #body = h('tbody');
  #total = h('tr');
  #summary = h('p', {class: 'status', role: 'status'});

  constructor() {
    super();
    this.refresh = this.refresh.bind(this);
    this.update = this.update.bind(this);
  }

  connectedCallback() {
    if (!this.#built) this.build();
    window.addEventListener('storage', this.refresh);
    this.refresh();
  }

  disconnectedCallback() {
    window.removeEventListener('storage', this.refresh);
  }

  build() {
    this.#built = true;
    this.#summary.id = `${this.#prefix}-summary`;
    const id = (/** @type {string} */ suffix) => `${this.#prefix}-${suffix}`;
    this.append(
      h('style', {}, STYLE),
      h(
        'p',
        {class: 'lead'},
        'How many agents will the conversations this button brings in need? One panel per department preset (save presets above to split the plan); the defaults are the worked example of Zendesk’s guide to Apple Business Chat.'
      )
    );

    const targetFields = h('div', {class: 'fields'});
    for (const spec of TARGET_FIELDS) {
      const {field, input} = this.field(spec, id(spec.name));
      this.#targets.set(spec.name, input);
      targetFields.append(field);
    }
    this.append(
      h(
        'div',
        {class: 'panel'},
        h(
          'fieldset',
          {},
          h('legend', {}, 'Service-level target, for every department'),
          targetFields
        )
      )
    );

    this.append(this.#list);
    this.append(
      h(
        'div',
        {class: 'panel'},
        h(
          'div',
          {class: 'sp-table'},
          h(
            'table',
            {},
            h('caption', {}, 'Agents needed'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {scope: 'col'}, 'Department'),
                h('th', {scope: 'col'}, 'Conversations an hour'),
                h('th', {scope: 'col'}, 'Simple model'),
                h('th', {scope: 'col'}, 'Answering (service level)'),
                h('th', {scope: 'col'}, 'To schedule (with shrinkage)')
              )
            ),
            this.#body,
            h('tfoot', {}, this.#total)
          )
        ),
        this.#summary
      ),
      this.explanation()
    );
    this.addEventListener('input', this.update);
    // Presets may have changed elsewhere on the page: read them again before
    // the user starts here. Capture, so it runs before focus moves.
    this.addEventListener('pointerdown', this.refresh, true);
    this.addEventListener('focusin', this.refresh, true);
  }

  /**
   * One labelled input with its hint and its message list.
   * @param {FieldSpec} spec
   * @param {string} id
   */
  field(spec, id) {
    const input = /** @type {HTMLInputElement} */ (
      h('input', {
        id,
        type: 'text',
        inputmode: 'decimal',
        autocomplete: 'off',
        spellcheck: 'false',
        'data-field': spec.name,
        'aria-describedby': `${id}-hint ${id}-msg`,
      })
    );
    input.value = spec.value;
    const field = h(
      'div',
      {class: 'field'},
      h('label', {for: id}, spec.label),
      input,
      h('p', {class: 'hint', id: `${id}-hint`}, spec.hint),
      h('ul', {class: 'messages', id: `${id}-msg`})
    );
    return {field, input};
  }

  explanation() {
    return h(
      'details',
      {class: 'panel'},
      h('summary', {}, 'How the numbers are worked out'),
      h(
        'p',
        {},
        'Simple model (from Zendesk’s guide to Apple Business Chat): visitors a day × the share who start a conversation = conversations a day. Divided by the hours agents answer, that is conversations an hour. Times the minutes each lasts, divided by 60, that is how many conversations are open at any moment. Divided by the conversations one agent handles at once, that is the agents needed, as if conversations arrived perfectly evenly and nobody ever took a break.'
      ),
      h(
        'p',
        {},
        'Service-level model (Erlang C): conversations arrive at random, so some arrive while every agent is busy and wait. Counting each agent as that many conversation slots, it finds the smallest number of slots for which the chosen share of conversations reaches an agent within the chosen time, and rounds up to whole agents. Those are the agents answering at every moment; dividing by (1 − shrinkage) and rounding up gives the agents to schedule so that many are answering after breaks, meetings, training and absence.'
      ),
      h(
        'p',
        {},
        'Both models treat each department as its own queue, so the totals add departments up; a shared team would need slightly fewer. Neither plans shifts across the day: enter the busiest hours for a peak-hour plan.'
      )
    );
  }

  /** Reads the presets again and brings the department rows in line. */
  refresh() {
    const found = departments();
    const names = found.map((department) => department.name);
    const current = [...this.#departments.keys()];
    if (names.length === current.length && names.every((n, i) => n === current[i])) return;
    const active = document.activeElement;
    const activeField =
      active instanceof HTMLInputElement && this.contains(active)
        ? active.dataset.field
        : undefined;

    for (const name of current) {
      if (names.includes(name)) continue;
      const department = this.#departments.get(name);
      department?.panel.remove();
      department?.row.remove();
      this.#departments.delete(name);
    }
    for (const name of names) {
      const department =
        this.#departments.get(name) ??
        this.department(name, found.find((d) => d.name === name)?.hoursPerDay ?? null);
      // Appending in order moves only what is out of place.
      if (this.#list.lastElementChild !== department.panel) this.#list.append(department.panel);
      if (this.#body.lastElementChild !== department.row) this.#body.append(department.row);
    }
    // A row the user was entering went away: keep focus in the same field of the first row.
    if (activeField && active && !this.contains(active)) {
      const first = this.#departments.values().next().value;
      first?.inputs.get(/** @type {string} */ (activeField))?.focus();
    }
    this.update();
  }

  /**
   * @param {string} name
   * @param {number | null} [hoursPerDay] From the department's business hours, when set.
   */
  department(name, hoursPerDay = null) {
    const key = `${this.#prefix}-d${++this.#rowCounter}`;
    const fields = h('div', {class: 'fields'});
    /** @type {Map<string, HTMLInputElement>} */
    const inputs = new Map();
    for (const base of DEPARTMENT_FIELDS) {
      // The department's business hours give its answering hours a day.
      const fromHours = base.name === 'hoursPerDay' && hoursPerDay !== null;
      const spec = fromHours
        ? {
            ...base,
            value: String(Math.round(hoursPerDay * 100) / 100),
            hint: 'From the business hours of this department preset (hours of an open day, on average).',
          }
        : base;
      const {field, input} = this.field(spec, `${key}-${spec.name}`);
      inputs.set(spec.name, input);
      fields.append(field);
    }
    const result = h('div', {class: 'sp-result', 'data-result': ''});
    const panel = h(
      'div',
      {class: 'panel', 'data-department': name},
      h('fieldset', {}, h('legend', {}, name), fields, result)
    );
    const row = /** @type {HTMLTableRowElement} */ (
      h('tr', {'data-department': name}, h('th', {scope: 'row'}, name))
    );
    for (let i = 0; i < 4; i++) row.append(h('td'));
    const department = {panel, inputs, result, row};
    this.#departments.set(name, department);
    return department;
  }

  /**
   * Shows the messages for one input.
   * @param {HTMLInputElement} input
   * @param {string[]} messages
   */
  mark(input, messages) {
    const list = /** @type {HTMLElement} */ (this.querySelector(`[id="${input.id}-msg"]`));
    list.replaceChildren(...messages.map((m) => h('li', {class: 'error'}, m)));
    if (messages.length > 0) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  /**
   * Reads the inputs of a field table, scaled for the core.
   * @param {readonly FieldSpec[]} specs
   * @param {Map<string, HTMLInputElement>} inputs
   */
  read(specs, inputs) {
    /** @type {Record<string, number>} */
    const values = {};
    for (const spec of specs) {
      values[spec.name] =
        parseTyped(/** @type {HTMLInputElement} */ (inputs.get(spec.name)).value) / spec.scale;
    }
    return values;
  }

  /** Recomputes every department and the totals. */
  update() {
    const target = this.read(TARGET_FIELDS, this.#targets);
    // Check the target once, on its own, so its messages sit by its fields.
    const targetCheck = staffForServiceLevel({
      conversationsPerHour: 0,
      minutesPerConversation: 1,
      ...target,
    });
    const targetProblems = new Set(targetCheck.problems.map((p) => p.field));
    for (const spec of TARGET_FIELDS) {
      const input = /** @type {HTMLInputElement} */ (this.#targets.get(spec.name));
      this.mark(input, targetProblems.has(/** @type {any} */ (spec.name)) ? [spec.message] : []);
    }

    let simpleTotal = 0;
    let answeringTotal = 0;
    let scheduledTotal = 0;
    let perHourTotal = 0;
    let complete = true;
    for (const department of this.#departments.values()) {
      const values = this.read(DEPARTMENT_FIELDS, department.inputs);
      const estimate = estimateStaffing(/** @type {any} */ (values));
      const fieldProblems = new Set(estimate.problems.map((p) => p.field));
      for (const spec of DEPARTMENT_FIELDS) {
        const input = /** @type {HTMLInputElement} */ (department.inputs.get(spec.name));
        this.mark(input, fieldProblems.has(/** @type {any} */ (spec.name)) ? [spec.message] : []);
      }
      const service =
        estimate.conversationsPerHour === null || targetProblems.size > 0
          ? null
          : staffForServiceLevel({
              conversationsPerHour: estimate.conversationsPerHour,
              minutesPerConversation: values.minutesPerConversation,
              concurrentConversations: values.concurrentConversations,
              ...target,
            });
      const cells = /** @type {HTMLTableCellElement[]} */ ([...department.row.cells].slice(1));
      const show = (/** @type {number} */ i, /** @type {number | null | undefined} */ value) =>
        cells[i].replaceChildren(...(typeof value === 'number' ? [fmt(value)] : notComputed()));
      show(0, estimate.conversationsPerHour);
      show(1, estimate.agents);
      show(2, service?.agents);
      show(3, service?.agentsScheduled);
      department.result.replaceChildren(...this.sums(values, target, estimate, service));

      if (
        estimate.agents === null ||
        estimate.conversationsPerHour === null ||
        !service ||
        service.agents === null ||
        service.agentsScheduled === null
      ) {
        complete = false;
        continue;
      }
      perHourTotal += estimate.conversationsPerHour;
      simpleTotal += estimate.agents;
      answeringTotal += service.agents;
      scheduledTotal += service.agentsScheduled;
    }

    this.#total.replaceChildren(h('th', {scope: 'row'}, 'Total'));
    for (const value of [perHourTotal, simpleTotal, answeringTotal, scheduledTotal]) {
      this.#total.append(h('td', {}, ...(complete ? [fmt(value)] : notComputed())));
    }
    this.#summary.textContent = complete
      ? `In total: ${fmt(simpleTotal)} agents by the simple model; ${fmt(answeringTotal)} answering and ${fmt(scheduledTotal)} scheduled for the service level.`
      : 'Fix the inputs marked above to see the total.';
  }

  /**
   * The department's sums in plain words, with its own numbers.
   * @param {Record<string, number>} values
   * @param {Record<string, number>} target
   * @param {import('../dist/core/staffing.js').StaffingEstimate} estimate
   * @param {import('../dist/core/staffing.js').ServiceLevelStaffing | null} service
   * @returns {HTMLElement[]}
   */
  sums(values, target, estimate, service) {
    if (
      estimate.conversationsPerDay === null ||
      estimate.conversationsPerHour === null ||
      estimate.openConversations === null ||
      estimate.agents === null
    ) {
      const other = estimate.problems.filter((p) => p.field === 'input').map((p) => p.message);
      return [
        h(
          'p',
          {class: 'sp-problem'},
          other[0] ?? 'Fix the inputs marked above to see this department’s agents.'
        ),
      ];
    }
    const simple = h(
      'p',
      {'data-sums': 'simple'},
      `${fmt(values.visitorsPerDay)} visitors × ${fmt(values.conversationRate * 100)}% = ${fmt(estimate.conversationsPerDay)} conversations a day; ÷ ${fmt(values.hoursPerDay)} hours = ${fmt(estimate.conversationsPerHour)} an hour. × ${fmt(values.minutesPerConversation)} minutes ÷ 60 = ${fmt(estimate.openConversations)} conversations open at any moment; ÷ ${fmt(values.concurrentConversations)} at once = ${fmt(estimate.agents)} agents (simple model).`
    );
    if (!service) {
      return [
        simple,
        h('p', {class: 'sp-problem'}, 'Fix the service-level target above to see the rest.'),
      ];
    }
    if (
      service.agents === null ||
      service.agentsScheduled === null ||
      service.serviceLevel === null ||
      service.probabilityOfWaiting === null ||
      service.averageSpeedOfAnswerSeconds === null
    ) {
      return [simple, h('p', {class: 'sp-problem'}, service.problems[0]?.message ?? '')];
    }
    const raw = service.agents / (1 - target.shrinkage);
    const scheduled =
      fmt(raw) === fmt(service.agentsScheduled)
        ? `${fmt(service.agentsScheduled)} agents to schedule`
        : `${fmt(raw)}, rounded up to ${fmt(service.agentsScheduled)} agents to schedule`;
    return [
      simple,
      h(
        'p',
        {'data-sums': 'service'},
        `Conversations arrive at random, not evenly: to answer ${pct(target.targetShare)} within ${fmt(target.targetSeconds)} seconds, ${fmt(service.agents)} agents must be answering (then ${pct(service.serviceLevel)} are answered in time, ${pct(service.probabilityOfWaiting)} wait at all, ${whole.format(service.averageSpeedOfAnswerSeconds)} seconds on average). ${fmt(service.agents)} ÷ (1 − ${pct(target.shrinkage)} shrinkage) = ${scheduled}.`
      ),
    ];
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('staffing-plan')) {
  customElements.define('staffing-plan', StaffingPlanElement);
}
