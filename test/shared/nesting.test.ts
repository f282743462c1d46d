/**
 * Inside someone else's link or button: one control, one tab stop. A chat
 * vendor's widget wraps Apple's container in its own `<a href>`; the
 * element (or the Apple layer's element) then renders its look without a
 * link of its own, and reports the outer control's activations.
 */
import {expect, fixture} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import type {MessageUsClickDetail} from '../../src/index.js';
import {startAppleCompat, type AppleCompat} from '../../src/apple-compat/apple-compat.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, MESSAGES_BASE, clicks, settled, takeWarnings, type Tag} from './harness.js';

const TAGS: Tag[] = ['message-us-button', 'message-us-banner'];
const OUTER = `https://bcrw.apple.com/urn:biz:${BUSINESS_ID}`;
const HELP = 'https://example.com/help';

const nestedWarning = (tag: string, outer: '<a href>' | '<button>') =>
  `[message-us] <${tag}> is inside a ${outer}, so it renders no link of its own (a link inside a link is two tab stops and invalid HTML). Drop the outer ${outer}, or let <${tag}> be the link. Example: <${tag} business-id="…"></${tag}> with no ${outer} around it`;

/** Every element Tab stops on, from #before to #after (excluded). */
async function tabStops(): Promise<Element[]> {
  (document.getElementById('before') as HTMLElement).focus();
  const stops: Element[] = [];
  for (let i = 0; i < 6; i++) {
    await sendKeys({press: 'Tab'});
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active.id === 'after') break;
    stops.push(active);
  }
  return stops;
}

function record(el: HTMLElement): MessageUsClickDetail[] {
  const details: MessageUsClickDetail[] = [];
  el.addEventListener('message-us-click', (event) => {
    details.push(event.detail);
    event.preventDefault();
  });
  return details;
}

const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;

customElements.define(
  'test-link-card',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({mode: 'open'}).innerHTML = `<a href="${HELP}"><slot></slot></a>`;
    }
  }
);

for (const tag of TAGS) {
  describe(`<${tag}> inside a page's link or button`, () => {
    async function inside(wrapper: string): Promise<[HTMLElement, MessageUsElement]> {
      const root = await fixture<HTMLElement>(
        `<div><button id="before">before</button>${wrapper.replace(
          '%',
          `<${tag} business-id="${BUSINESS_ID}" platform="apple"></${tag}>`
        )}<button id="after">after</button></div>`
      );
      const el = root.querySelector(tag) as MessageUsElement;
      await el.updateComplete;
      await settled(null);
      return [root, el];
    }

    it('renders the same look as a <span part="base">, without a link, and warns once with the fix', async () => {
      const [, el] = await inside(`<a href="${HELP}">%</a>`);
      const [, alone] = await inside('%');
      const look = (e: Element) => {
        const style = getComputedStyle(base(e));
        return [base(e).className, style.backgroundColor, style.color, style.borderTopLeftRadius];
      };
      expect([
        base(el).localName,
        el.shadowRoot!.querySelector('a'),
        look(el),
        base(el).getBoundingClientRect().height,
        takeWarnings(),
      ]).to.deep.equal([
        'span',
        null,
        look(alone),
        base(alone).getBoundingClientRect().height,
        [nestedWarning(tag, '<a href>')],
      ]);
    });

    it('Tab visits exactly one stop: the outer link', async () => {
      const [root] = await inside(`<a href="${HELP}">%</a>`);
      takeWarnings();
      expect(await tabStops()).to.deep.equal([root.querySelector('a')]);
    });

    it('has no nested-interactive violation (axe)', async () => {
      const [root] = await inside(`<a href="${HELP}">%</a>`);
      takeWarnings();
      await expect(root).to.be.accessible();
    });

    it('fires message-us-click with the outer link’s href when it is clicked, cancelable', async () => {
      const [root, el] = await inside(`<a href="${HELP}">% Chat with us</a>`);
      takeWarnings();
      const details = record(el);
      root.querySelector('a')!.click();
      expect([
        details.map((d) => [d.href, d.activation, d.channel]),
        clicks.map((c) => c.defaultPrevented),
      ]).to.deep.equal([[[HELP, 'click', 'messages']], [true]]);
    });

    it('fires message-us-click when Enter activates the outer link', async () => {
      const [, el] = await inside(`<a href="${HELP}">%</a>`);
      takeWarnings();
      const details = record(el);
      (document.querySelector(`a[href="${HELP}"]`) as HTMLElement).focus();
      await sendKeys({press: 'Enter'});
      expect(details.map((d) => [d.href, d.activation])).to.deep.equal([[HELP, 'keyboard']]);
    });

    it('inside a <button>: one tab stop, the element’s own link in the event', async () => {
      const [root, el] = await inside(`<button type="button">%</button>`);
      const warnings = takeWarnings();
      const details = record(el);
      const stops = await tabStops();
      root.querySelector('button[type]')!.dispatchEvent(new MouseEvent('click', {bubbles: true}));
      expect([warnings, stops, details.map((d) => d.href)]).to.deep.equal([
        [nestedWarning(tag, '<button>')],
        [root.querySelector('button[type]')],
        [MESSAGES_BASE],
      ]);
      await expect(root).to.be.accessible();
    });

    it('across a shadow boundary: slotted into a component’s link', async () => {
      const [root, el] = await inside('<test-link-card>%</test-link-card>');
      const card = root.querySelector('test-link-card')!;
      const warnings = takeWarnings();
      const details = record(el);
      const stops = await tabStops();
      card.shadowRoot!.querySelector('a')!.click();
      expect([base(el).localName, warnings, stops, details.map((d) => d.href)]).to.deep.equal([
        'span',
        [nestedWarning(tag, '<a href>')],
        [card.shadowRoot!.querySelector('a')],
        [HELP],
      ]);
    });

    it('renders its link again when moved out of the outer link, and stops listening to it', async () => {
      const [root, el] = await inside(`<a href="${HELP}">%</a>`);
      takeWarnings();
      const details = record(el);
      root.append(el);
      await el.updateComplete;
      root.querySelector<HTMLElement>(`a[href="${HELP}"]`)!.click();
      expect([base(el).localName, base(el).getAttribute('href'), details]).to.deep.equal([
        'a',
        MESSAGES_BASE,
        [],
      ]);
    });
  });
}

describe('the Apple layer inside a chat vendor’s link', () => {
  let layer: AppleCompat | undefined;
  afterEach(() => {
    layer?.stop();
    layer = undefined;
  });

  for (const preview of ['', ' data-message-us-platform="apple"']) {
    it(`gives one control and one tab stop${preview ? ' (previewed as on an Apple device)' : ' (this machine)'}`, async () => {
      const root = await fixture<HTMLElement>(
        `<div><button id="before">before</button><a href="${OUTER}">
          <div class="apple-business-chat-message-container" data-apple-business-id="${BUSINESS_ID}"${preview}></div>
          Chat with us
        </a><button id="after">after</button></div>`
      );
      layer = startAppleCompat(root);
      await settled(null);
      const el = root.querySelector('message-us-button') as MessageUsElement;
      await el.updateComplete;
      await settled(null);
      const warnings = takeWarnings();
      const details = record(el);
      const stops = await tabStops();
      root.querySelector('a')!.click();
      await expect(root).to.be.accessible();
      expect([
        el.shadowRoot!.querySelector('a'),
        stops,
        warnings,
        details.map((d) => d.href),
      ]).to.deep.equal([
        null,
        [root.querySelector('a')],
        [nestedWarning('message-us-button', '<a href>')],
        // Hidden on this machine: nothing shown, nothing to report.
        preview ? [OUTER] : [],
      ]);
    });
  }
});
