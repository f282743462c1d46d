// The configurator's "Plan your team" section, <staffing-plan>
// (demo/staffing-plan.js), in the test page. It imports the built core, so
// it needs `npm run build` first, as CI does.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';

const STORAGE_KEY = 'message-us-configurator:presets';
// A variable specifier: the demo is plain JavaScript served as is, not part
// of the TypeScript program.
const MODULE = '/demo/staffing-plan.js';

const DASH = '—not computed, check the inputs';

before(async () => {
  await import(MODULE);
  // The browser keeps localStorage across test files: whatever another
  // file (the configurator's) left there is not this file's starting point.
  localStorage.removeItem(STORAGE_KEY);
});

afterEach(() => {
  localStorage.removeItem(STORAGE_KEY);
});

function savePresets(names: string[]): void {
  localStorage.setItem(
    STORAGE_KEY,
    JSON.stringify({
      version: 1,
      presets: names.map((name) => ({name, intent: '', group: '', body: ''})),
    })
  );
}

async function plan(): Promise<HTMLElement> {
  return fixture(html`<staffing-plan></staffing-plan>`);
}

/** The table as text: one array per body row, then the total row. */
function table(el: HTMLElement): string[][] {
  return [...el.querySelectorAll('tbody tr, tfoot tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.trim())
  );
}

function input(el: HTMLElement, department: string | null, field: string): HTMLInputElement {
  const scope = department
    ? el.querySelector(`[data-department="${department}"]`)!
    : el.querySelector('fieldset')!;
  const found = scope.querySelector<HTMLInputElement>(`input[data-field="${field}"]`);
  expect(found, `${department ?? 'target'} ${field}`).to.exist;
  return found!;
}

/** Sets a field the way typing does: value, then a bubbling input event. */
function type(target: HTMLInputElement, value: string): void {
  target.value = value;
  target.dispatchEvent(new Event('input', {bubbles: true}));
}

/** The messages shown under an input (its aria-describedby list). */
function messages(el: HTMLElement, target: HTMLInputElement): string[] {
  return [...el.querySelectorAll(`[id="${target.id}-msg"] li`)].map((li) => li.textContent!);
}

function labelOf(el: HTMLElement, target: HTMLInputElement): string {
  return el.querySelector(`label[for="${target.id}"]`)!.textContent!;
}

describe('<staffing-plan>', () => {
  it('shows the guide example by default: 125 an hour, 6.25 agents, 8 answering, 12 scheduled', async () => {
    const el = await plan();
    expect(table(el)).to.deep.equal([
      ['All conversations', '125', '6.25', '8', '12'],
      ['Total', '125', '6.25', '8', '12'],
    ]);
    const sums = [...el.querySelectorAll('[data-sums]')].map((p) => p.textContent);
    expect(sums).to.deep.equal([
      '10,000 visitors × 10% = 1,000 conversations a day; ÷ 8 hours = 125 an hour. × 12 minutes ÷ 60 = 25 conversations open at any moment; ÷ 4 at once = 6.25 agents (simple model).',
      'Conversations arrive at random, not evenly: to answer 80% within 60 seconds, 8 agents must be answering (then 93% are answered in time, 13% wait at all, 13 seconds on average). 8 ÷ (1 − 30% shrinkage) = 11.43, rounded up to 12 agents to schedule.',
    ]);
    expect(el.querySelector('[role="status"]')!.textContent).to.equal(
      'In total: 6.25 agents by the simple model; 8 answering and 12 scheduled for the service level.'
    );
  });

  it('labels every input and describes it with its hint', async () => {
    const el = await plan();
    const labels = [...el.querySelectorAll('input')].map((i) => labelOf(el, i));
    expect(labels).to.deep.equal([
      'Conversations answered in time (%)',
      'Answered within (seconds)',
      'Shrinkage (%)',
      'Visitors a day',
      'Visitors who start a conversation (%)',
      'Hours agents answer a day',
      'Minutes per conversation',
      'Conversations one agent handles at once',
    ]);
    const visitors = input(el, 'All conversations', 'visitorsPerDay');
    const [hint] = visitors.getAttribute('aria-describedby')!.split(' ');
    expect(el.querySelector(`[id="${hint}"]`)!.textContent).to.equal(
      'People who see the button on a typical day.'
    );
  });

  it('follows a changed input: one conversation at a time needs 25, 30 and 43', async () => {
    const el = await plan();
    type(input(el, 'All conversations', 'concurrentConversations'), '1');
    expect(table(el)).to.deep.equal([
      ['All conversations', '125', '25', '30', '43'],
      ['Total', '125', '25', '30', '43'],
    ]);
    // Thousands separators and a tighter target: 90% within 30 s, 20% shrinkage.
    type(input(el, 'All conversations', 'concurrentConversations'), '4');
    type(input(el, 'All conversations', 'visitorsPerDay'), '20,000');
    expect(table(el)[0]).to.deep.equal(['All conversations', '250', '12.5', '14', '20']);
    type(input(el, 'All conversations', 'visitorsPerDay'), '10000');
    type(input(el, null, 'targetShare'), '90');
    type(input(el, null, 'targetSeconds'), '30');
    type(input(el, null, 'shrinkage'), '20%');
    expect(table(el)[0]).to.deep.equal(['All conversations', '125', '6.25', '8', '10']);
  });

  it('takes typed keys', async () => {
    const el = await plan();
    const hours = input(el, 'All conversations', 'hoursPerDay');
    hours.focus();
    hours.select();
    await sendKeys({type: '4'});
    expect(hours.value).to.equal('4');
    expect(table(el)[0]).to.deep.equal(['All conversations', '250', '12.5', '14', '20']);
  });

  it('shows a clear message next to a bad field, and no NaN or Infinity anywhere', async () => {
    const el = await plan();
    const rate = input(el, 'All conversations', 'conversationRate');
    type(rate, '150');
    expect(messages(el, rate)).to.deep.equal([
      'Enter a percentage from 0 to 100, e.g. 10 for 1 visitor in 10.',
    ]);
    expect(rate.getAttribute('aria-invalid')).to.equal('true');
    expect(rate.getAttribute('aria-describedby')).to.contain(`${rate.id}-msg`);
    expect(table(el)).to.deep.equal([
      ['All conversations', DASH, DASH, DASH, DASH],
      ['Total', DASH, DASH, DASH, DASH],
    ]);
    expect(el.querySelector('[role="status"]')!.textContent).to.equal(
      'Fix the inputs marked above to see the total.'
    );

    for (const [field, value, message] of [
      ['hoursPerDay', '0', 'Enter the hours as more than 0 and at most 24, e.g. 8.'],
      ['visitorsPerDay', 'lots', 'Enter the visitors a day as a number of 0 or more, e.g. 10000.'],
      ['minutesPerConversation', '', 'Enter the minutes as a number above 0, e.g. 12.'],
      ['concurrentConversations', '2.5', 'Enter a whole number from 1 to 100, e.g. 4.'],
      ['visitorsPerDay', '1e999', 'Enter the visitors a day as a number of 0 or more, e.g. 10000.'],
    ]) {
      const target = input(el, 'All conversations', field);
      type(target, value);
      expect(messages(el, target), field).to.deep.equal([message]);
    }
    expect(el.textContent).not.to.match(/NaN|Infinity/);

    // Fixed, the message goes and the numbers come back.
    for (const [field, value] of [
      ['conversationRate', '10'],
      ['hoursPerDay', '8'],
      ['visitorsPerDay', '10000'],
      ['minutesPerConversation', '12'],
      ['concurrentConversations', '4'],
    ]) {
      type(input(el, 'All conversations', field), value);
    }
    expect(messages(el, rate)).to.deep.equal([]);
    expect(rate.hasAttribute('aria-invalid')).to.equal(false);
    expect(table(el)[1]).to.deep.equal(['Total', '125', '6.25', '8', '12']);
  });

  it('shows a bad service-level target by its field and keeps the simple model', async () => {
    const el = await plan();
    const share = input(el, null, 'targetShare');
    type(share, '100');
    expect(messages(el, share)).to.deep.equal([
      'Enter a percentage above 0 and below 100, e.g. 80.',
    ]);
    expect(table(el)[0]).to.deep.equal(['All conversations', '125', '6.25', DASH, DASH]);
    expect(el.querySelector('.sp-problem')!.textContent).to.equal(
      'Fix the service-level target above to see the rest.'
    );
  });

  it('has one panel per department preset, and adds them up', async () => {
    savePresets(['Billing', 'Sales <b>']);
    const el = await plan();
    expect([...el.querySelectorAll('legend')].map((l) => l.textContent)).to.deep.equal([
      'Service-level target, for every department',
      'Billing',
      'Sales <b>',
    ]);
    expect(el.querySelector('b')).to.equal(null);
    type(input(el, 'Sales <b>', 'visitorsPerDay'), '20000');
    expect(table(el)).to.deep.equal([
      ['Billing', '125', '6.25', '8', '12'],
      ['Sales <b>', '250', '12.5', '14', '20'],
      ['Total', '375', '18.75', '22', '32'],
    ]);
  });

  it('takes a department’s answering hours from its business hours', async () => {
    // A version 2 presets file, as the configurator writes it: the whole configuration.
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 2,
        presets: [
          {name: 'Billing', config: {hours: 'Mo-Fr 10:00-14:00'}},
          {name: 'Sales', config: {hours: ''}},
        ],
      })
    );
    const el = await plan();
    expect([
      input(el, 'Billing', 'hoursPerDay').value,
      input(el, 'Sales', 'hoursPerDay').value,
      table(el),
    ]).to.deep.equal([
      '4',
      '8',
      [
        ['Billing', '250', '12.5', '14', '20'],
        ['Sales', '125', '6.25', '8', '12'],
        ['Total', '375', '18.75', '22', '32'],
      ],
    ]);
  });

  it('picks up presets saved while the page is open, keeping typed values', async () => {
    const el = await plan();
    type(input(el, 'All conversations', 'visitorsPerDay'), '5000');
    savePresets(['Billing']);
    // Entering the section reads the presets again.
    input(el, null, 'targetSeconds').focus();
    expect(table(el)).to.deep.equal([
      ['Billing', '125', '6.25', '8', '12'],
      ['Total', '125', '6.25', '8', '12'],
    ]);
    type(input(el, 'Billing', 'visitorsPerDay'), '20000');
    savePresets(['Billing', 'Support']);
    el.dispatchEvent(new Event('pointerdown'));
    expect(table(el).map((row) => row.slice(0, 3))).to.deep.equal([
      ['Billing', '250', '12.5'],
      ['Support', '125', '6.25'],
      ['Total', '375', '18.75'],
    ]);
  });

  it('ignores a presets entry it cannot read', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    const el = await plan();
    expect(table(el)[0][0]).to.equal('All conversations');
  });

  it('is accessible, with numbers and with errors', async () => {
    savePresets(['Billing', 'Sales']);
    const el = await plan();
    await expect(el).to.be.accessible();
    type(input(el, 'Billing', 'conversationRate'), '-1');
    type(input(el, null, 'shrinkage'), '100');
    await expect(el).to.be.accessible();
  });
});
