// With the business-hours build loaded, elements without hours still share
// their render; elements with hours decide and render on their own, since
// what they show depends on the time.
import {expect, fixture} from '@open-wc/testing';
import '../../src/hours.js';
import '../../src/message-us-button/define.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, settled} from './harness.js';

const copied = (element: Element) => (element as unknown as {_copied: boolean})._copied;

async function pair(attrs: string): Promise<MessageUsElement[]> {
  const root = await fixture<HTMLElement>(
    `<div>${`<message-us-button business-id="${BUSINESS_ID}" platform="apple" lang="en" ${attrs}></message-us-button>`.repeat(2)}</div>`
  );
  const els = [...root.querySelectorAll<MessageUsElement>('message-us-button')];
  await Promise.all(els.map((el) => el.updateComplete));
  return settled(els);
}

describe('shared renders with the business-hours build', () => {
  it('share when no hours are set', async () => {
    const els = await pair(`intent="hours_none_${Date.now()}"`);
    expect(els.map(copied)).to.deep.equal([false, true]);
    expect(els.map((el) => el.open)).to.deep.equal([true, true]);
  });

  it('do not share when hours are set', async () => {
    const els = await pair(
      `intent="hours_set_${Date.now()}" hours="Mo-Su 00:00-24:00" timezone="UTC"`
    );
    expect(els.map(copied)).to.deep.equal([false, false]);
    expect(els.map((el) => el.open)).to.deep.equal([true, true]);
    expect(els.map((el) => el.view === els[0].view)).to.deep.equal([true, false]);
  });
});
