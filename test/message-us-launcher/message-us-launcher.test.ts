/**
 * <message-us-launcher>: departments inheriting its options, its corner and
 * direction, the disclosure pattern (keyboard, screen reader, focus), motion,
 * the QR hand-off and rendering nothing where nothing would show.
 */
import {expect, fixture, fixtureCleanup, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {decodeQrSvg} from '../shared/qr-decode.js';
import '../../src/message-us-launcher/index.js';
import type {MessageUsLauncherElement} from '../../src/message-us-launcher/index.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {departmentDefaults, launcherOutcome} from '../../src/core/launcher.js';
import {formatBack} from '../../src/core/hours.js';
import {setPageClockEnv} from '../../src/shared/availability-clock.js';
import {
  BUSINESS_ID,
  MESSAGES_BASE,
  engine,
  link,
  linkOf,
  partText,
  settle,
  settled,
  takeInfos,
  takeWarnings,
} from '../shared/harness.js';

const OTHER_ID = '11111111-aaaa-4444-bbbb-222222222222';
const BILLING = `${MESSAGES_BASE}?biz-intent-id=billing_question&biz-group-id=billing`;
const SALES = `${MESSAGES_BASE}?biz-intent-id=sales_question&biz-group-id=sales`;

const DEPARTMENTS = `
  <message-us-button intent="billing_question" group="billing" label="Billing"></message-us-button>
  <message-us-button intent="sales_question" group="sales" label="Sales"></message-us-button>`;

/** Renders a launcher from markup and waits for it and its departments. */
async function launcher(
  attributes: string,
  inner = DEPARTMENTS
): Promise<MessageUsLauncherElement> {
  const el = await fixture<MessageUsLauncherElement>(
    `<message-us-launcher ${attributes}>${inner}</message-us-launcher>`
  );
  await Promise.all(departmentsOf(el).map((d) => d.updateComplete));
  await el.updateComplete;
  return settled(el);
}

function departmentsOf(el: Element): MessageUsElement[] {
  return Array.from(el.querySelectorAll('message-us-button, message-us-banner'));
}

const hrefs = (el: Element) => departmentsOf(el).map((d) => linkOf(d)?.href ?? null);
const toggleOf = (el: Element) => el.shadowRoot!.querySelector('button')!;
const panelOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=panel]')!;

/** Waits for the panel's fade-in, which axe would otherwise judge half-transparent. */
async function faded(el: Element): Promise<void> {
  const panel = el.shadowRoot!.querySelector('[part=panel]');
  await Promise.all(panel?.getAnimations?.().map((a) => a.finished) ?? []);
}

/** The element with focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Rasterises an SVG and reads the QR code in it. */
async function decodeQr(svg: SVGSVGElement): Promise<string> {
  // Whole pixels per module, so the edges stay sharp; zxing's detector
  // misjudges the dimension of a version 9 code at 4 px per module and more.
  const size = svg.viewBox.baseVal.width * 3;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return decodeQrSvg(copy.outerHTML, size);
}

describe('<message-us-launcher>', () => {
  afterEach(() => {
    takeInfos();
    document.head.querySelectorAll('meta[name^="message-us:"]').forEach((m) => m.remove());
  });

  describe('departments inherit its options', () => {
    it('business-id and body from the launcher, routing of their own', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" body="Hello" platform="apple"`);
      expect(hrefs(el)).to.deep.equal([`${BILLING}&body=Hello`, `${SALES}&body=Hello`]);
    });

    it('their own attributes win over the launcher’s', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" body="Hello" platform="apple"`,
        `<message-us-button intent="billing_question" group="billing" body="Invoice" label="Billing"></message-us-button>
         <message-us-button business-id="${OTHER_ID}" label="Other"></message-us-button>`
      );
      expect(hrefs(el)).to.deep.equal([
        `${BILLING}&body=Invoice`,
        `https://bcrw.apple.com/urn:biz:${OTHER_ID}?body=Hello`,
      ]);
    });

    it('the launcher’s over the page’s <meta> defaults, the page’s where the launcher is silent', async () => {
      for (const [name, content] of [
        ['message-us:body', 'From the page'],
        ['message-us:business-id', OTHER_ID],
      ]) {
        const meta = document.createElement('meta');
        meta.name = name;
        meta.content = content;
        document.head.append(meta);
      }
      await settle();
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`);
      expect(hrefs(el)).to.deep.equal([
        `${BILLING}&body=From%20the%20page`,
        `${SALES}&body=From%20the%20page`,
      ]);
    });

    it('fallbacks: phone and unsupported from the launcher', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="other" unsupported="fallback" phone="+12163954902"`
      );
      expect(hrefs(el)).to.deep.equal(['tel:+12163954902', 'tel:+12163954902']);
      expect(departmentsOf(el).map((d) => d.outcome)).to.deep.equal(['fallback', 'fallback']);
    });

    it('not the label texts: each department names itself', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="apple" label="Talk to us"`,
        `<message-us-button intent="a"></message-us-button>`
      );
      expect(partText(departmentsOf(el)[0], 'label')).to.equal('Message Us');
      expect(toggleOf(el).textContent!.trim()).to.equal('Talk to us');
    });

    it('re-renders the departments when the launcher’s attributes change', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`);
      el.setAttribute('body', 'Changed');
      await el.updateComplete;
      await Promise.all(departmentsOf(el).map((d) => d.updateComplete));
      expect(hrefs(el)).to.deep.equal([`${BILLING}&body=Changed`, `${SALES}&body=Changed`]);
      el.removeAttribute('business-id');
      el.businessId = OTHER_ID;
      await el.updateComplete;
      await Promise.all(departmentsOf(el).map((d) => d.updateComplete));
      expect(hrefs(el)[0]).to.equal(
        `https://bcrw.apple.com/urn:biz:${OTHER_ID}?biz-intent-id=billing_question&biz-group-id=billing&body=Changed`
      );
    });

    it('a department added later inherits too, and one moved out stops inheriting', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`, '');
      const added = document.createElement('message-us-button');
      added.intent = 'late';
      el.append(added);
      await added.updateComplete;
      await el.updateComplete;
      expect(link(added).href).to.equal(`${MESSAGES_BASE}?biz-intent-id=late`);
      expect(toggleOf(el)).to.exist;
      el.after(added);
      await added.updateComplete;
      expect(linkOf(added)).to.equal(null);
      expect(added.outcome).to.equal('invalid');
      expect(takeWarnings()).to.have.length(1);
      added.remove();
    });

    it('departmentDefaults(): page defaults under the launcher’s inherited options', () => {
      expect(
        departmentDefaults(
          {businessId: BUSINESS_ID, label: 'Help', greeting: 'Hi', hours: null, theme: 'light'},
          {body: 'Hi', theme: 'auto'}
        )
      ).to.deep.equal({body: 'Hi', theme: 'light', 'business-id': BUSINESS_ID});
    });
  });

  describe('without departments', () => {
    it('is one Messages link in the corner, with no panel', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" intent="x" platform="apple"`, '');
      expect(link(el).href).to.equal(`${MESSAGES_BASE}?biz-intent-id=x`);
      expect(partText(el, 'label')).to.equal('Message Us');
      expect(el.shadowRoot!.querySelector('button, [part=panel]')).to.equal(null);
      expect([el.outcome, el.href]).to.deep.equal(['messages', `${MESSAGES_BASE}?biz-intent-id=x`]);
      const rect = link(el).getBoundingClientRect();
      const {clientWidth, clientHeight} = document.documentElement;
      expect([Math.round(rect.right), Math.round(rect.bottom)]).to.deep.equal([
        clientWidth - 16,
        clientHeight - 16,
      ]);
      await faded(el);
      await expect(el).to.be.accessible();
    });

    it('warns as a button does when its business-id is missing', async () => {
      const el = await launcher('platform="apple"', '');
      expect(el.outcome).to.equal('invalid');
      expect(el.shadowRoot!.querySelector('a, button')).to.equal(null);
      expect(takeWarnings()).to.deep.equal([
        '[message-us] <message-us-launcher> business-id is missing; use the UUID from Apple Business Register, e.g. "22222222-dddd-4444-bbbb-777777777777".',
      ]);
    });
  });

  describe('position', () => {
    const cases: Array<[string, 'ltr' | 'rtl', 'left' | 'right', 'top' | 'bottom']> = [
      ['bottom-end', 'ltr', 'right', 'bottom'],
      ['bottom-start', 'ltr', 'left', 'bottom'],
      ['top-end', 'ltr', 'right', 'top'],
      ['top-start', 'ltr', 'left', 'top'],
      ['bottom-end', 'rtl', 'left', 'bottom'],
      ['bottom-start', 'rtl', 'right', 'bottom'],
      ['top-end', 'rtl', 'left', 'top'],
      ['top-start', 'rtl', 'right', 'top'],
    ];
    for (const [position, dir, side, edge] of cases) {
      it(`${position} in ${dir}: the toggle 16px from the ${edge} ${side} corner`, async () => {
        const el = await launcher(
          `business-id="${BUSINESS_ID}" platform="apple" position="${position}" dir="${dir}"`
        );
        const rect = toggleOf(el).getBoundingClientRect();
        const {clientWidth, clientHeight} = document.documentElement;
        const distance = {
          left: rect.left,
          right: clientWidth - rect.right,
          top: rect.top,
          bottom: clientHeight - rect.bottom,
        };
        expect([Math.round(distance[side]), Math.round(distance[edge])]).to.deep.equal([16, 16]);
        expect([Math.round(rect.width), Math.round(rect.height)]).to.deep.equal([56, 56]);
      });
    }

    it('the page’s direction mirrors it too', async () => {
      document.documentElement.dir = 'rtl';
      try {
        const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`);
        expect(Math.round(toggleOf(el).getBoundingClientRect().left)).to.equal(16);
      } finally {
        document.documentElement.removeAttribute('dir');
      }
    });

    it('offset and z-index through custom properties', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="apple" style="--message-us-launcher-offset: 40px; --message-us-launcher-z-index: 7"`
      );
      const rect = toggleOf(el).getBoundingClientRect();
      const {clientWidth, clientHeight} = document.documentElement;
      expect([
        Math.round(clientWidth - rect.right),
        Math.round(clientHeight - rect.bottom),
      ]).to.deep.equal([40, 40]);
      const dock = el.shadowRoot!.querySelector('.dock')!;
      expect(getComputedStyle(dock).zIndex).to.equal('7');
      el.removeAttribute('style');
      expect(getComputedStyle(dock).zIndex).to.equal('2147483000');
    });

    it('an invalid position warns and falls back to bottom-end', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple" position="middle"`);
      const rect = toggleOf(el).getBoundingClientRect();
      expect(Math.round(document.documentElement.clientWidth - rect.right)).to.equal(16);
      expect(takeWarnings()).to.have.length(1);
    });

    for (const [width, height] of [
      [320, 568],
      [320, 256],
    ]) {
      it(`at ${width}×${height} px the open panel fits, scrolls, and leaves the toggle to close it`, async () => {
        const frame = document.createElement('iframe');
        frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
        frame.srcdoc = `<!doctype html><html lang="en"><body style="margin: 0">
          <p>The page's own content.</p>
          <message-us-launcher business-id="${BUSINESS_ID}" platform="apple" open
            greeting="Hi! Who would you like to talk to? Pick a team and we will answer in Apple Messages.">
            ${DEPARTMENTS}
            <message-us-button intent="support" label="Technical support"></message-us-button>
            <message-us-button intent="returns" label="Returns and refunds"></message-us-button>
          </message-us-launcher>
          <script type="module" src="/src/message-us-launcher/index.ts"></script>`;
        document.body.append(frame);
        try {
          let el: MessageUsLauncherElement | null = null;
          for (let i = 0; i < 200 && !el?.shadowRoot?.querySelector('button'); i++) {
            await new Promise((resolve) => setTimeout(resolve, 25));
            el = frame.contentDocument?.querySelector('message-us-launcher') ?? null;
          }
          await el!.updateComplete;
          const panel = panelOf(el!).getBoundingClientRect();
          const toggle = toggleOf(el!).getBoundingClientRect();
          expect([panel.left, width - panel.right]).to.deep.equal([16, 16]);
          expect(panel.top).to.be.at.least(16);
          expect(panel.bottom).to.be.at.most(toggle.top);
          expect([toggle.right, toggle.bottom]).to.deep.equal([width - 16, height - 16]);
          const scroller = panelOf(el!);
          expect(scroller.scrollHeight > scroller.clientHeight).to.equal(height < 400);
          // The toggle stays reachable, and closes the panel.
          const hit = el!.shadowRoot!.elementFromPoint(
            toggle.left + toggle.width / 2,
            toggle.top + toggle.height / 2
          );
          expect(Boolean(hit && toggleOf(el!).contains(hit))).to.equal(true);
          toggleOf(el!).click();
          await el!.updateComplete;
          expect([el!.open, panelOf(el!).hidden]).to.deep.equal([false, true]);
        } finally {
          frame.remove();
        }
      });
    }
  });

  describe('disclosure pattern', () => {
    it('a real button with aria-expanded and aria-controls naming the panel', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="apple" heading="Talk to us"`
      );
      const toggle = toggleOf(el);
      expect(toggle.localName).to.equal('button');
      expect(toggle.type).to.equal('button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(panel).to.equal(panelOf(el));
      expect(panel.hidden).to.equal(true);
      expect(panel.getAttribute('aria-labelledby')).to.equal('heading');
      expect(el.shadowRoot!.getElementById('heading')!.textContent!.trim()).to.equal('Talk to us');
      await faded(el);
      await expect(el).to.be.accessible();
    });

    it('opening by the toggle: aria-expanded, the open attribute, the event, focus on the first department', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`);
      const toggle = toggleOf(el);
      toggle.focus();
      setTimeout(() => toggle.click());
      const event = await oneEvent(el, 'message-us-launcher-toggle');
      expect(event.detail).to.deep.equal({open: true});
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect([el.open, el.hasAttribute('open'), panelOf(el).hidden]).to.deep.equal([
        true,
        true,
        false,
      ]);
      expect(deepActive()).to.equal(link(departmentsOf(el)[0]));
      await faded(el);
      await expect(el).to.be.accessible();
    });

    it('Escape closes and returns focus to the toggle', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`);
      toggleOf(el).focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(deepActive()).to.equal(link(departmentsOf(el)[0]));
      const closed = oneEvent(el, 'message-us-launcher-toggle');
      await sendKeys({press: 'Escape'});
      expect((await closed).detail).to.deep.equal({open: false});
      await el.updateComplete;
      expect([el.open, el.hasAttribute('open'), panelOf(el).hidden]).to.deep.equal([
        false,
        false,
        true,
      ]);
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(toggleOf(el));
    });

    it('Tab moves on through the departments and out of the panel: no focus trap', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <message-us-launcher business-id=${BUSINESS_ID} platform="apple">
            <message-us-button intent="a" label="A"></message-us-button>
            <message-us-button intent="b" label="B"></message-us-button>
          </message-us-launcher>
          <button id="after">After</button>
        </div>`
      );
      const el = wrapper.querySelector('message-us-launcher')!;
      await el.updateComplete;
      await settle();
      toggleOf(el).focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      const [a, b] = departmentsOf(el);
      expect(deepActive()).to.equal(link(a));
      await sendKeys({press: 'Tab'});
      expect(deepActive()).to.equal(link(b));
      await sendKeys({press: 'Tab'});
      expect(deepActive()).to.equal(wrapper.querySelector('#after'));
      expect(el.open).to.equal(true);
    });

    it('a click outside closes and returns focus to the toggle', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`);
      el.show();
      await el.updateComplete;
      expect(deepActive()).to.equal(link(departmentsOf(el)[0]));
      // A click inside (on a department) leaves it open.
      (document.activeElement as HTMLElement).blur();
      panelOf(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      document.body.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(deepActive()).to.equal(toggleOf(el));
    });

    it('show(), hide(), the open property and attribute, each announced once', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`);
      const seen: boolean[] = [];
      el.addEventListener('message-us-launcher-toggle', (e) => seen.push(e.detail.open));
      el.show();
      await el.updateComplete;
      el.show();
      await el.updateComplete;
      el.hide();
      await el.updateComplete;
      el.open = true;
      await el.updateComplete;
      el.removeAttribute('open');
      await el.updateComplete;
      el.setAttribute('open', '');
      await el.updateComplete;
      el.setAttribute('open', 'false');
      await el.updateComplete;
      expect(seen).to.deep.equal([true, false, true, false, true, false]);
      expect(el.open).to.equal(false);
    });

    it('an open attribute in the markup opens the panel without moving focus or announcing', async () => {
      const seen: unknown[] = [];
      document.addEventListener('message-us-launcher-toggle', (e) => seen.push(e), {once: true});
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple" open`);
      expect([el.open, panelOf(el).hidden]).to.deep.equal([true, false]);
      expect(toggleOf(el).getAttribute('aria-expanded')).to.equal('true');
      expect(document.activeElement).to.equal(document.body);
      expect(seen).to.deep.equal([]);
    });
  });

  describe('motion', () => {
    before(function () {
      // wtr's emulateMedia needs CDP (Chromium); Firefox and WebKit are
      // driven over WebDriver, which cannot emulate media features.
      if (engine !== 'chromium') this.skip();
    });
    after(async () => {
      if (engine === 'chromium') await emulateMedia({});
    });

    it('the panel fades in, unless the visitor asks for reduced motion', async () => {
      await emulateMedia({reducedMotion: 'no-preference'});
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="apple" open`);
      expect(getComputedStyle(panelOf(el)).transitionDuration).to.equal('0.15s, 0.15s');
      await emulateMedia({reducedMotion: 'reduce'});
      expect(getComputedStyle(panelOf(el)).transitionDuration).to.equal('0s');
    });
  });

  describe('hand-off to a phone', () => {
    it('handoff="qr" on a computer without Messages: one QR code per department, decoding to its exact link', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="other" handoff="qr" open`);
      expect(hrefs(el)).to.deep.equal([null, null]);
      const figures = Array.from(el.shadowRoot!.querySelectorAll('figure'));
      expect(figures.map((f) => f.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Billing Scan with your iPhone’s camera',
        'Sales Scan with your iPhone’s camera',
      ]);
      const codes = figures.map((f) => f.querySelector('svg')!);
      expect(
        codes.map((svg) => [svg.getAttribute('role'), svg.getAttribute('aria-label')])
      ).to.deep.equal([
        ['img', 'QR code: Billing, Apple Messages'],
        ['img', 'QR code: Sales, Apple Messages'],
      ]);
      expect(await Promise.all(codes.map(decodeQr))).to.deep.equal([BILLING, SALES]);
      expect(el.outcome).to.equal('fallback');
      await faded(el);
      await expect(el).to.be.accessible();
    });

    it('the code holds what the department links to on an Apple device, body included', async () => {
      const inner = `<message-us-button intent="billing_question" group="billing" body="Invoice #12 &amp; more" label="Billing"></message-us-button>`;
      const apple = await launcher(`business-id="${BUSINESS_ID}" platform="apple"`, inner);
      const expected = hrefs(apple)[0]!;
      expect(expected).to.equal(`${BILLING}&body=Invoice%20%2312%20%26%20more`);
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="other" handoff="qr" open`,
        inner
      );
      expect(await decodeQr(el.shadowRoot!.querySelector('figure svg')!)).to.equal(expected);
    });

    it('beside a fallback link, and captioned by handoff-label', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="other" handoff="qr" unsupported="fallback" phone="+12163954902" handoff-label="Or scan to message us" open`,
        `<message-us-button intent="billing_question" group="billing" label="Billing"></message-us-button>`
      );
      expect(hrefs(el)).to.deep.equal(['tel:+12163954902']);
      expect(el.shadowRoot!.querySelector('figcaption')!.textContent!.trim()).to.equal(
        'Or scan to message us'
      );
    });

    it('in the page’s language where the caption is translated', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="other" handoff="qr" lang="de" open`,
        `<message-us-button intent="billing_question" label="Rechnungen"></message-us-button>`
      );
      expect(
        el.shadowRoot!.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()
      ).to.equal('Rechnungen Mit der Kamera Ihres iPhone scannen');
    });

    it('none where Messages opens, and none without handoff', async () => {
      const apple = await launcher(
        `business-id="${BUSINESS_ID}" platform="apple" handoff="qr" open`
      );
      expect(apple.shadowRoot!.querySelector('figure')).to.equal(null);
      const other = await launcher(
        `business-id="${BUSINESS_ID}" platform="other" unsupported="fallback" phone="+12163954902" open`
      );
      expect(other.shadowRoot!.querySelector('figure')).to.equal(null);
    });
  });

  describe('renders nothing where no department would show', () => {
    it('Messages unavailable and no fallback', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="other"`);
      expect(el.shadowRoot!.querySelector('button, section, a')).to.equal(null);
      expect(el.outcome).to.equal('hidden');
      expect(el.matches(':state(hidden)')).to.equal(true);
    });

    it('every department invalid', async () => {
      const el = await launcher('platform="apple"');
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
      expect(el.outcome).to.equal('invalid');
      expect(takeWarnings()).to.have.length(2);
    });

    it('shows again when a department comes to show', async () => {
      const el = await launcher(`business-id="${BUSINESS_ID}" platform="other"`);
      expect(toggleOf(el)).to.equal(null);
      departmentsOf(el)[1].platform = 'apple';
      await departmentsOf(el)[1].updateComplete;
      await el.updateComplete;
      expect(toggleOf(el)).to.exist;
      expect(el.outcome).to.equal('messages');
      el.show();
      await el.updateComplete;
      const items = Array.from(el.shadowRoot!.querySelectorAll('li'));
      expect(items.map((li) => li.hidden)).to.deep.equal([true, false]);
      expect(deepActive()).to.equal(link(departmentsOf(el)[1]));
    });

    it('launcherOutcome(): the best a department reaches', () => {
      expect(
        [
          [],
          [{outcome: 'hidden', handoff: null}],
          [{outcome: 'invalid', handoff: null}],
          [
            {outcome: 'invalid', handoff: null},
            {outcome: 'hidden', handoff: null},
          ],
          [
            {outcome: 'hidden', handoff: null},
            {outcome: 'fallback', handoff: null},
          ],
          [
            {outcome: 'fallback', handoff: null},
            {outcome: 'messages', handoff: null},
          ],
          [{outcome: 'hidden', handoff: BILLING}],
        ].map((d) => launcherOutcome(d as never))
      ).to.deep.equal([
        'hidden',
        'hidden',
        'invalid',
        'hidden',
        'fallback',
        'messages',
        'fallback',
      ]);
    });
  });

  describe('availability', () => {
    // Sunday 2026-01-11 12:00 UTC: a Monday-to-Friday team is back on Monday at 09:00.
    const NOW = Date.parse('2026-01-11T12:00:00Z');
    beforeEach(() =>
      setPageClockEnv({
        now: () => NOW,
        setTimeout: () => 0,
        clearTimeout: () => undefined,
        document: null,
      })
    );
    afterEach(() => {
      fixtureCleanup();
      setPageClockEnv(null);
    });

    it('each department with hours shows its own after-hours note', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="apple" timezone="UTC" open`,
        `<message-us-button intent="a" label="Billing" hours="Mo-Fr 09:00-17:00"></message-us-button>
         <message-us-button intent="b" label="Sales"></message-us-button>`
      );
      const back = formatBack(new Date('2026-01-12T09:00:00Z'), {locale: 'en', now: new Date(NOW)});
      const notes = Array.from(el.shadowRoot!.querySelectorAll('li')).map(
        (li) => li.querySelector('[part=status]')?.textContent ?? null
      );
      expect(notes).to.deep.equal([back, null]);
      // The same words the department gives screen readers, so the note is hidden from them.
      const billing = departmentsOf(el)[0];
      expect(billing.shadowRoot!.getElementById('d')!.textContent).to.equal(
        `Opens Apple Messages. ${back}`
      );
      expect([billing.open, departmentsOf(el)[1].open]).to.deep.equal([false, true]);
    });

    it('the hours come from the launcher too', async () => {
      const el = await launcher(
        `business-id="${BUSINESS_ID}" platform="apple" hours="Mo-Fr 09:00-17:00" timezone="UTC" after-hours="hide"`
      );
      expect(departmentsOf(el).map((d) => d.outcome)).to.deep.equal(['hidden', 'hidden']);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });
  });
});
