// Elements with equal options share one decided view, and all but the first
// copy the first one's rendered shadow DOM instead of rendering a template of
// their own. These tests prove the copy is exactly what Lit renders, that it
// behaves as the original does, and that its next render goes back to Lit.
import {expect, fixture} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, MESSAGES_BASE, shadowMarkup, settled, takeWarnings} from './harness.js';

const SVG =
  '<svg viewBox="0 0 24 24" width="1em" height="1em" focusable="false" aria-hidden="true"></svg>';

// A configuration no other test renders, so the first element of each test
// renders through Lit and the next ones copy it.
let serial = 0;
const fresh = () => `shared_render_${++serial}_${Date.now()}`;

/** Whether the element's shadow content is a copy rather than Lit's render. */
function copied(element: Element): boolean {
  return (element as unknown as {_copied: boolean})._copied;
}

async function page<T extends MessageUsElement>(markup: string): Promise<T[]> {
  const root = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const elements = [...root.querySelectorAll<T>('message-us-button, message-us-banner')];
  await Promise.all(elements.map((el) => el.updateComplete));
  return settled(elements);
}

const buttons = (n: number, attrs: string) =>
  Array.from({length: n}, () => `<message-us-button ${attrs}></message-us-button>`).join('');

describe('equal elements share their render', () => {
  it('the second and third button are exact copies of the first, tokens included', async () => {
    const intent = fresh();
    const els = await page(
      buttons(
        3,
        `business-id="${BUSINESS_ID}" intent="${intent}" platform="apple" lang="en" scale="1.5" shape="pill"`
      )
    );
    expect(els.map(copied)).to.deep.equal([false, true, true]);
    const expected = `<a part="base" class="dark" href="${MESSAGES_BASE}?biz-intent-id=${intent}" lang="en" dir="ltr" aria-describedby="d" style="--_h: 66px; --_radius: 33px;"><span part="icon"><slot name="icon">${SVG}</slot></span><span part="label" class=""><slot name="label">Message Us</slot></span><span id="d" hidden="">Opens Apple Messages</span></a>`;
    expect(els.map(shadowMarkup)).to.deep.equal([expected, expected, expected]);
    // Own nodes, laid out alike.
    const [a, b] = els.map((el) => el.shadowRoot!.querySelector('a')!);
    expect(a).to.not.equal(b);
    expect(getComputedStyle(b).height).to.equal(getComputedStyle(a).height);
    expect(getComputedStyle(b).borderTopLeftRadius).to.equal('33px');
  });

  it('a copy holds no markers of Lit, and no glyph holds blank text', async () => {
    const els = await page(
      buttons(2, `business-id="${BUSINESS_ID}" intent="${fresh()}" platform="apple"`)
    );
    expect(els.map(copied)).to.deep.equal([false, true]);
    const comments = (node: Node) => {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    };
    const base = (el: Element) => el.shadowRoot!.querySelector('[part=base]')!;
    // Lit's own render has four markers inside the link (the texts'
    // template, the label's text, the description and its text); a copy none.
    expect(els.map((el) => comments(base(el)))).to.deep.equal([4, 0]);
    expect(
      els.map((el) => [...el.shadowRoot!.querySelector('svg')!.childNodes].map((n) => n.nodeName))
    ).to.deep.equal([['path'], ['path']]);
  });

  it('a banner copy has its label and context', async () => {
    const context = fresh();
    const els = await page(
      Array.from(
        {length: 2},
        () =>
          `<message-us-banner business-id="${BUSINESS_ID}" platform="apple" lang="de" context="${context}"></message-us-banner>`
      ).join('')
    );
    expect(els.map(copied)).to.deep.equal([false, true]);
    expect(shadowMarkup(els[1])).to.equal(shadowMarkup(els[0]));
    expect(els[1].shadowRoot!.querySelector('[part=label]')!.textContent).to.equal(
      'Schreiben Sie uns'
    );
    expect(els[1].shadowRoot!.querySelector('[part=context]')!.textContent).to.equal(context);
  });

  it('a copy reports its click with the exact detail', async () => {
    const intent = fresh();
    const [, second] = await page(
      buttons(2, `business-id="${BUSINESS_ID}" intent="${intent}" group="g1" platform="apple"`)
    );
    expect(copied(second)).to.equal(true);
    const details: unknown[] = [];
    second.addEventListener('message-us-click', (event) => {
      details.push((event as CustomEvent).detail);
      event.preventDefault();
    });
    second.shadowRoot!.querySelector('a')!.click();
    expect(details).to.deep.equal([
      {
        href: `${MESSAGES_BASE}?biz-intent-id=${intent}&biz-group-id=g1`,
        channel: 'messages',
        businessId: BUSINESS_ID,
        intent,
        group: 'g1',
        platform: 'apple',
        activation: 'click',
      },
    ]);
  });

  it('a copy renders through Lit on its next change, keeping the focus on its link', async () => {
    const intent = fresh();
    const [, second] = await page(
      buttons(2, `business-id="${BUSINESS_ID}" intent="${intent}" platform="apple" lang="en"`)
    );
    second.shadowRoot!.querySelector('a')!.focus();
    expect(second.shadowRoot!.activeElement).to.equal(second.shadowRoot!.querySelector('a'));
    second.setAttribute('intent', 'billing');
    await second.updateComplete;
    expect(copied(second)).to.equal(false);
    const a = second.shadowRoot!.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal(`${MESSAGES_BASE}?biz-intent-id=billing`);
    expect(second.shadowRoot!.activeElement).to.equal(a);
    expect(document.activeElement).to.equal(second);
    // And Lit keeps that link from now on.
    second.setAttribute('intent', 'orders');
    await second.updateComplete;
    expect(second.shadowRoot!.querySelector('a')).to.equal(a);
    expect(a.getAttribute('href')).to.equal(`${MESSAGES_BASE}?biz-intent-id=orders`);
    second.blur();
  });

  it('inside a page link, a copy is of the link-less variant, never of a link', async () => {
    const intent = fresh();
    const attrs = `business-id="${BUSINESS_ID}" intent="${intent}" platform="apple" lang="en"`;
    const els = await page(
      `<message-us-button ${attrs}></message-us-button>` +
        `<a href="/outer">${buttons(1, attrs)}</a><a href="/outer">${buttons(1, attrs)}</a>`
    );
    expect(els.map(copied)).to.deep.equal([false, false, true]);
    expect(els[2].shadowRoot!.querySelector('a')).to.equal(null);
    expect(shadowMarkup(els[2])).to.equal(
      `<span part="base" class="dark" lang="en" dir="ltr"><span part="icon"><slot name="icon">${SVG}</slot></span><span part="label" class=""><slot name="label">Message Us</slot></span></span>`
    );
    expect(shadowMarkup(els[2])).to.equal(shadowMarkup(els[1]));
    // Each nested one warned about its outer link.
    expect(takeWarnings()).to.have.length(2);
  });

  it('different options are not shared', async () => {
    const intent = fresh();
    const els = await page(
      `<message-us-button business-id="${BUSINESS_ID}" intent="${intent}" platform="apple"></message-us-button>` +
        `<message-us-button business-id="${BUSINESS_ID}" intent="${intent}" platform="apple" theme="light"></message-us-button>`
    );
    expect(els.map(copied)).to.deep.equal([false, false]);
    expect(els.map((el) => el.shadowRoot!.querySelector('a')!.className)).to.deep.equal([
      'dark',
      'light',
    ]);
  });
});

describe('elements that render through Lit only', () => {
  it('two equal launchers without departments each render one dock around one link', async () => {
    await import('../../src/message-us-launcher/define.js');
    const intent = fresh();
    const root = await fixture<HTMLElement>(
      `<div>${Array.from(
        {length: 2},
        () =>
          `<message-us-launcher business-id="${BUSINESS_ID}" intent="${intent}" platform="apple" lang="en"></message-us-launcher>`
      ).join('')}</div>`
    );
    const els = [...root.querySelectorAll<MessageUsElement>('message-us-launcher')];
    await Promise.all(els.map((el) => el.updateComplete));
    await settled(els);
    expect(els.map(copied)).to.deep.equal([false, false]);
    expect(els.map((el) => el.shadowRoot!.querySelectorAll('.dock').length)).to.deep.equal([1, 1]);
    expect(
      els.map((el) => el.shadowRoot!.querySelector('.dock > a')!.getAttribute('href'))
    ).to.deep.equal([
      `${MESSAGES_BASE}?biz-intent-id=${intent}`,
      `${MESSAGES_BASE}?biz-intent-id=${intent}`,
    ]);
    expect(shadowMarkup(els[1])).to.equal(shadowMarkup(els[0]));
  });
});
