/**
 * Security: lifecycle of <message-us-launcher>: 2,000 create / connect /
 * open / change / disconnect cycles of a launcher with two departments
 * (QR hand-off on, the panel opened and closed by attribute, show() and
 * hide(), and opened while out of the page) leave nothing registered: in
 * particular not the document's outside-click listener (see lifecycle.ts
 * and instruments.ts).
 */
import {expect} from '@open-wc/testing';
import '../../src/message-us-launcher/index.js';
import {ID, PHONE, allRendered, type RenderedElement} from './harness.js';
import {NOTHING, install, settle} from './instruments.js';
import {useLifecycle} from './lifecycle.js';
import {withDepartments} from './launcher.js';

const CYCLES = 2_000;
const BATCH = 250;

type Launcher = RenderedElement & {show(): void; hide(): void; open: boolean};

const CHURN: ReadonlyArray<[string, readonly (string | null)[]]> = [
  ['business-id', [ID, 'nope', ID.toUpperCase()]],
  ['platform', ['other', 'apple', 'auto']],
  ['handoff', ['qr', 'none', null]],
  ['open', ['', null, 'false']],
  ['body', ['Hello', null]],
  ['lang', ['en', 'ar', null]],
  ['phone', [PHONE, null]],
];

function churn(element: Element, step: number): void {
  for (const [name, values] of CHURN) {
    const value = values[step % values.length];
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

function create(step: number): Launcher {
  const launcher = document.createElement('message-us-launcher') as unknown as Launcher;
  churn(launcher, step);
  const button = document.createElement('message-us-button');
  button.setAttribute('label', 'Billing');
  const banner = document.createElement('message-us-banner');
  banner.setAttribute('hours', 'Mo-Fr 09:00-18:00');
  launcher.append(button, banner);
  return launcher;
}

describe('<message-us-launcher> lifecycle', () => {
  const context = useLifecycle();

  it('a launcher opened while out of the page leaves no document listener', async () => {
    const instruments = (context.instruments = install());
    const launcher = create(0);
    context.stage.append(launcher);
    await allRendered(withDepartments([launcher]));
    launcher.remove();
    launcher.show();
    await allRendered(withDepartments([launcher]));
    await settle();
    expect(instruments.leftovers()).to.deep.equal(NOTHING);
  });

  it(`${CYCLES.toLocaleString('en')} cycles with attribute churn leave nothing registered`, async function () {
    this.timeout(120_000);
    const {stage} = context;
    const instruments = (context.instruments = install());
    for (let start = 0; start < CYCLES; start += BATCH) {
      const launchers: Launcher[] = [];
      for (let i = start; i < start + BATCH; i++) launchers.push(create(i));
      stage.append(...launchers);
      await allRendered(withDepartments(launchers));
      launchers.forEach((launcher, i) => {
        churn(launcher, start + i + 1);
        if (i % 3 === 0) launcher.show();
        if (i % 3 === 1) launcher.hide();
      });
      await allRendered(withDepartments(launchers));
      // Every other launcher is disconnected, opened or changed while out
      // of the page, and connected again before it goes for good.
      const again = launchers.filter((_, i) => i % 2 === 0);
      again.forEach((launcher) => launcher.remove());
      again.forEach((launcher, i) => {
        churn(launcher, start + i + 2);
        launcher.show();
      });
      await allRendered(withDepartments(again));
      stage.append(...again);
      await allRendered(withDepartments(again));
      // A click outside closes the open ones through the document listener.
      document.body.click();
      await allRendered(withDepartments(launchers));
      stage.replaceChildren();
      await allRendered(withDepartments(launchers));
    }
    await settle();
    expect(instruments.leftovers()).to.deep.equal(NOTHING);
  });
});
