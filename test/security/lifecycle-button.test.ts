/** Security: lifecycle of <message-us-button> (lifecycle.ts), and the instruments' control. */
import {expect} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import {NOTHING, install, settle} from './instruments.js';
import {describeLifecycle, useLifecycle} from './lifecycle.js';

describe('lifecycle instruments', () => {
  const context = useLifecycle();

  it('see a listener, an observer, a timer and an interval left behind', async () => {
    const instruments = (context.instruments = install());
    const listener = () => {};
    window.addEventListener('resize', listener);
    document.addEventListener('click', listener, {capture: true});
    document.removeEventListener('click', listener, {capture: true});
    const controller = new AbortController();
    document.addEventListener('keydown', listener, {signal: controller.signal});
    controller.abort();
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, {childList: true});
    const resize = new ResizeObserver(() => {});
    resize.observe(context.stage);
    const interval = setInterval(() => {}, 1000);
    setTimeout(() => {}, 0);
    requestAnimationFrame(() => {});
    await settle();
    const found = instruments.leftovers();
    window.removeEventListener('resize', listener);
    observer.disconnect();
    resize.disconnect();
    clearInterval(interval);
    expect({
      listeners: found.listeners.map((where) => where.split(' ').slice(0, 2).join(' ')),
      mutationObservers: found.mutationObservers.length,
      observedTargets: found.observedTargets.length,
      timers: found.timers.map((where) => where.split(' ')[0]),
    }).to.deep.equal({
      listeners: ['window resize'],
      mutationObservers: 1,
      observedTargets: 1,
      timers: ['setInterval'],
    });
    expect(instruments.leftovers()).to.deep.equal(NOTHING);
  });
});

describeLifecycle('message-us-button');
