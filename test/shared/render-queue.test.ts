// First renders spread over tasks (src/shared/render-queue.ts): a task's
// renders stop once they have taken the budget, the rest wait for later
// tasks in document order, and a waiting element keeps showing the author's
// no-JS link, in the no-JS CSS's box, without a shadow root.
import {expect, fixture} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import {MessageUsButtonElement} from '../../src/message-us-button/message-us-button.js';
import {setRenderBudget} from '../../src/shared/render-queue.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, MESSAGES_BASE, settled, takeWarnings, warnedAbout} from './harness.js';

const pending = (el: Element) => el.matches(':state(pending)');
const rect = (el: Element) => {
  const {x, y, width, height} = el.getBoundingClientRect();
  return {x, y, width, height};
};

/** Appends markup in one go (no await in between), as a parser would. */
function append(markup: string, into: HTMLElement): MessageUsElement[] {
  into.insertAdjacentHTML('beforeend', markup);
  return [...into.querySelectorAll<MessageUsElement>('message-us-button, message-us-banner')];
}

/**
 * What happened, in order: each element's id when it rendered (its
 * outcome event), and `tick` when a task's microtasks ran. Renders in one
 * task come before that task's ticks; renders in separate tasks alternate
 * with them.
 */
function recordRenders(root: HTMLElement): string[] {
  const log: string[] = [];
  root.addEventListener('message-us-outcome', (event) => {
    log.push((event.target as Element).id);
    queueMicrotask(() => log.push('tick'));
  });
  return log;
}

const button = (id: string, extra = '') =>
  `<message-us-button id="${id}" business-id="${BUSINESS_ID}" platform="apple" lang="en"${extra}><a href="${MESSAGES_BASE}">Message Us</a></message-us-button>`;

describe('first renders spread over tasks', () => {
  let restore: () => void;
  let root: HTMLElement;
  beforeEach(async () => {
    root = await fixture<HTMLElement>('<div></div>');
  });
  afterEach(() => restore());

  it('with no time left, one element renders per task, in document order', async () => {
    restore = setRenderBudget(0);
    const log = recordRenders(root);
    const els = append(button('a') + button('b') + button('c'), root);
    // Connected, not rendered: no shadow root yet, the author's link shows.
    expect(
      els.map((el) => [el.shadowRoot, el.querySelector('a')!.getClientRects().length])
    ).to.deep.equal([
      [null, 1],
      [null, 1],
      [null, 1],
    ]);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(log).to.deep.equal(['a', 'tick', 'b', 'tick', 'c', 'tick']);
    expect(
      els.map((el) => [pending(el), el.shadowRoot!.querySelector('a')!.getAttribute('href')])
    ).to.deep.equal([
      [false, MESSAGES_BASE],
      [false, MESSAGES_BASE],
      [false, MESSAGES_BASE],
    ]);
  });

  it('waiting elements are in :state(pending) until their own render', async () => {
    restore = setRenderBudget(0);
    const els = append(button('a') + button('b'), root);
    const seen: boolean[][] = [];
    root.addEventListener('message-us-outcome', () => seen.push(els.map(pending)));
    await new Promise((resolve) => queueMicrotask(() => resolve(null)));
    expect(els.map(pending)).to.deep.equal([true, true]);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(seen).to.deep.equal([
      [false, true],
      [false, false],
    ]);
  });

  it('within the budget, every element renders in the task that connected it', async () => {
    restore = setRenderBudget(60_000);
    const log = recordRenders(root);
    const els = append(button('a') + button('b') + button('c'), root);
    await Promise.all(els.map((el) => el.updateComplete));
    expect(log).to.deep.equal(['a', 'b', 'c', 'tick', 'tick', 'tick']);
    expect(els.map(pending)).to.deep.equal([false, false, false]);
  });

  it('colour checks wait until every element has rendered, then judge each', async () => {
    // Each check reads computed style; between the tasks of the renders it
    // would restyle the half-rendered page once per task.
    restore = setRenderBudget(0);
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const warnedBeforeRender: number[] = [];
    root.addEventListener('message-us-outcome', () => warnedBeforeRender.push(warnedAbout.length));
    const els = append(
      ids.map((id) => button(id, ' color="#777" background="#888"')).join(''),
      root
    );
    await Promise.all(els.map((el) => el.updateComplete));
    await settled(els);
    expect(warnedBeforeRender).to.deep.equal([0, 0, 0, 0, 0, 0]);
    expect(warnedAbout).to.deep.equal(els);
    expect(takeWarnings()).to.deep.equal(
      ids.map(
        () =>
          '[message-us] <message-us-button> color and background give a contrast of 1.26:1 (rgb(119, 119, 119) on rgb(136, 136, 136)); Apple asks for at least 4.5:1, 7:1 preferred. Example: color="#ffffff" background="#000000"'
      )
    );
  });

  it('an attribute set while waiting is in the first render', async () => {
    restore = setRenderBudget(0);
    const [a, b] = append(button('a') + button('b'), root);
    b.setAttribute('intent', 'billing');
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(b.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(
      `${MESSAGES_BASE}?biz-intent-id=billing`
    );
    expect(b.href).to.equal(`${MESSAGES_BASE}?biz-intent-id=billing`);
  });

  it('an element removed while waiting still renders, and those after it too', async () => {
    restore = setRenderBudget(0);
    const els = append(button('a') + button('b') + button('c'), root);
    els[1].remove();
    await Promise.all(els.map((el) => el.updateComplete));
    expect(els.map((el) => el.shadowRoot!.querySelector('a')!.getAttribute('href'))).to.deep.equal([
      MESSAGES_BASE,
      MESSAGES_BASE,
      MESSAGES_BASE,
    ]);
  });

  it('focus on the author’s link moves to the element’s own link when it renders', async () => {
    restore = setRenderBudget(0);
    const [a, b] = append(button('a') + button('b'), root);
    b.querySelector('a')!.focus();
    const before = document.activeElement;
    await Promise.all([a.updateComplete, b.updateComplete]);
    const own = b.shadowRoot!.querySelector('a')!;
    expect([before, document.activeElement, b.shadowRoot!.activeElement]).to.deep.equal([
      b.querySelector('a'),
      b,
      own,
    ]);
  });

  it('so does an element defined after its link was focused (a script that loads late)', async () => {
    restore = setRenderBudget(60_000);
    root.innerHTML = button('late').replaceAll('message-us-button', 'late-focus-button');
    const el = root.querySelector<MessageUsElement>('late-focus-button')!;
    el.querySelector('a')!.focus();
    customElements.define('late-focus-button', class extends MessageUsButtonElement {});
    await el.updateComplete;
    expect([document.activeElement, el.shadowRoot!.activeElement]).to.deep.equal([
      el,
      el.shadowRoot!.querySelector('a'),
    ]);
  });

  it('the shipped no-JS CSS holds a waiting element’s box, and the render keeps it', async () => {
    restore = setRenderBudget(0);
    const css = (await (await fetch('/src/no-js.css')).text()).replaceAll(
      'message-us-button',
      'queued-button'
    );
    customElements.define('queued-button', class extends MessageUsButtonElement {});
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
    const before = document.createElement('div');
    before.innerHTML = `<p><queued-button id="x" business-id="${BUSINESS_ID}" platform="apple" lang="en"><a href="${MESSAGES_BASE}">Message Us</a></queued-button> text after</p>`;
    // Two ahead of it, so it waits two tasks.
    const els = append(button('a') + button('b'), root);
    root.append(before);
    const el = before.querySelector<MessageUsElement>('queued-button')!;
    await els[0].updateComplete;
    const waiting = {
      ...rect(el),
      pending: pending(el),
      link: el.querySelector('a')!.getClientRects().length,
    };
    await el.updateComplete;
    const done = {
      ...rect(el),
      pending: pending(el),
      link: el.querySelector('a')!.getClientRects().length,
    };
    expect([waiting.pending, waiting.link, done.pending, done.link]).to.deep.equal([
      true,
      1,
      false,
      0,
    ]);
    expect(done.height).to.equal(waiting.height);
    expect(done.y).to.equal(waiting.y);
    expect(done.width).to.be.closeTo(waiting.width, 0.5);
  });
});
