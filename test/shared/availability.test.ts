/**
 * Business hours in the elements, on a fake page clock: what each
 * `after-hours` mode shows outside the hours, the `open` property, the
 * `:state(open)` / `:state(closed)` custom states, the
 * `message-us-availability` event, the switch at a boundary without a
 * reload, page-wide hours from a `<meta>`, and the warnings for bad input.
 *
 * The hours are written in the engine's own zone and the instants built with
 * local-time `Date`s, so the note ("Back Monday 09:00", on the visitor's
 * clock) reads the same on any machine.
 */
import {expect, fixtureCleanup} from '@open-wc/testing';
import '../../src/index.js';
import type {MessageUsAvailabilityDetail} from '../../src/index.js';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {FakeTime} from './fake-time.js';
import {setPageClockEnv} from '../../src/shared/availability-clock.js';
import {
  BUSINESS_ID,
  MESSAGES_BASE,
  linkOf,
  make,
  partText,
  settle,
  takeWarnings,
  type Tag,
} from './harness.js';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const HOURS = {hours: 'Mo-Fr 09:00-18:00', timezone: ZONE};
const APPLE = {'business-id': BUSINESS_ID, platform: 'apple'};
const local = (day: number, hour: number, minute = 0) =>
  new Date(2026, 0, day, hour, minute).getTime();
/** Saturday 2026-01-10, 12:00: closed until Monday 09:00. */
const SATURDAY_NOON = local(10, 12);
const MONDAY_9 = local(12, 9);
const MONDAY_18 = local(12, 18);
const iso = (time: number) => new Date(time).toISOString();

let fake: FakeTime;
/** Every `message-us-availability` event heard at the document, in order. */
let heard: Array<{target: EventTarget | null; detail: MessageUsAvailabilityDetail}>;
const listen = (event: Event) =>
  heard.push({
    target: event.target,
    detail: (event as CustomEvent<MessageUsAvailabilityDetail>).detail,
  });

beforeEach(() => {
  fake = new FakeTime(SATURDAY_NOON);
  setPageClockEnv(fake.env);
  heard = [];
  document.addEventListener('message-us-availability', listen);
});

afterEach(() => {
  // The elements leave the fake clock before the page's own comes back.
  fixtureCleanup();
  setPageClockEnv(null);
  document.removeEventListener('message-us-availability', listen);
});

/** What a visitor meets: the link, its texts and the element's own answers. */
function seen(element: MessageUsElement) {
  const a = linkOf(element);
  return {
    href: a?.getAttribute('href') ?? null,
    label: partText(element, 'label'),
    context: partText(element, 'context'),
    description: element.shadowRoot!.getElementById('d')?.textContent ?? null,
    open: element.open,
    states: [element.matches(':state(open)'), element.matches(':state(closed)')],
  };
}

async function render(tag: Tag, attrs: Record<string, string>): Promise<MessageUsElement> {
  return make(tag, {...APPLE, ...attrs});
}

describe('business hours in the elements', () => {
  describe('after-hours modes, closed', () => {
    it('note (default): the button stays and describes when the team is back', async () => {
      const el = await render('message-us-button', HOURS);
      expect(seen(el)).to.deep.equal({
        href: MESSAGES_BASE,
        label: 'Message Us',
        context: null,
        description: 'Opens Apple Messages. Back Monday 09:00',
        open: false,
        states: [false, true],
      });
    });

    it('note: the banner says it in its context line', async () => {
      const el = await render('message-us-banner', {...HOURS, context: 'Replies in minutes'});
      expect(seen(el)).to.deep.equal({
        href: MESSAGES_BASE,
        label: 'Message Us',
        context: 'Back Monday 09:00',
        description: 'Opens Apple Messages',
        open: false,
        states: [false, true],
      });
    });

    it('note: in the page’s language', async () => {
      const el = await render('message-us-button', {...HOURS, lang: 'fr'});
      expect([seen(el).label, seen(el).description]).to.deep.equal([
        'Écrivez-nous',
        'Ouvre Apple Messages. De retour lundi à 09:00',
      ]);
    });

    it('fallback: the configured fallback channel', async () => {
      const el = await render('message-us-button', {
        ...HOURS,
        'after-hours': 'fallback',
        phone: '+1 216 395 4902',
      });
      expect([seen(el), el.outcome, el.channel]).to.deep.equal([
        {
          href: 'tel:+12163954902',
          label: 'Call Us',
          context: null,
          description: null,
          open: false,
          states: [false, true],
        },
        'fallback',
        'phone',
      ]);
    });

    it('hide: nothing', async () => {
      const el = await render('message-us-banner', {...HOURS, 'after-hours': 'hide'});
      expect([seen(el), el.outcome]).to.deep.equal([
        {
          href: null,
          label: null,
          context: null,
          description: null,
          open: false,
          states: [false, true],
        },
        'hidden',
      ]);
    });

    it('show: the hours are ignored', async () => {
      const el = await render('message-us-button', {...HOURS, 'after-hours': 'show'});
      expect(seen(el)).to.deep.equal({
        href: MESSAGES_BASE,
        label: 'Message Us',
        context: null,
        description: 'Opens Apple Messages',
        open: true,
        states: [true, false],
      });
      expect(heard).to.deep.equal([]);
    });
  });

  it('is open, in :state(open), without hours, and says nothing', async () => {
    const el = await render('message-us-button', {});
    expect([el.open, seen(el).states, heard, fake.timersAt()]).to.deep.equal([
      true,
      [true, false],
      [],
      [],
    ]);
  });

  it('announces the state once at first, bubbling and composed', async () => {
    let event: CustomEvent | undefined;
    document.addEventListener('message-us-availability', (e) => (event ??= e as CustomEvent), {
      once: true,
    });
    const el = await render('message-us-banner', HOURS);
    await el.updateComplete;
    expect([heard, event!.bubbles, event!.composed]).to.deep.equal([
      [{target: el, detail: {open: false, next: iso(MONDAY_9)}}],
      true,
      true,
    ]);
  });

  it('opens at the boundary without a reload, and closes at the next', async () => {
    fake.time = local(12, 8, 59);
    const el = await render('message-us-button', {...HOURS, 'after-hours': 'hide'});
    const before = [seen(el).href, el.open, fake.timersAt()];

    fake.advanceTo(MONDAY_9);
    await el.updateComplete;
    const opened = [seen(el), fake.timersAt()];

    fake.advanceTo(MONDAY_18);
    await el.updateComplete;
    expect([before, opened, [seen(el).href, el.open], heard.map((h) => h.detail)]).to.deep.equal([
      [null, false, [MONDAY_9]],
      [
        {
          href: MESSAGES_BASE,
          label: 'Message Us',
          context: null,
          description: 'Opens Apple Messages',
          open: true,
          states: [true, false],
        },
        [MONDAY_18],
      ],
      [null, false],
      [
        {open: false, next: iso(MONDAY_9)},
        {open: true, next: iso(MONDAY_18)},
        {open: false, next: iso(local(13, 9))},
      ],
    ]);
  });

  it('turns "Monday" into "tomorrow" at the visitor’s midnight', async () => {
    fake.time = local(10, 23, 30);
    const el = await render('message-us-button', HOURS);
    const before = [seen(el).description, fake.timersAt()];
    fake.advanceTo(local(11, 0));
    await el.updateComplete;
    const sunday = [seen(el).description, fake.timersAt()];
    fake.advanceTo(local(12, 0));
    await el.updateComplete;
    expect([before, sunday, seen(el).description]).to.deep.equal([
      ['Opens Apple Messages. Back Monday 09:00', [local(11, 0)]],
      ['Opens Apple Messages. Back tomorrow 09:00', [local(12, 0)]],
      'Opens Apple Messages. Back at 09:00',
    ]);
    // Midnight changes the words, not the state.
    expect(heard.length).to.equal(1);
  });

  it('keeps one timer for the page, and lets go of it on disconnect', async () => {
    await render('message-us-button', HOURS);
    await render('message-us-banner', {...HOURS, 'after-hours': 'hide'});
    await render('message-us-button', {hours: 'Mo-Fr 08:00-18:00', timezone: ZONE});
    const three = fake.timersAt();
    fixtureCleanup();
    expect([three, fake.timersAt()]).to.deep.equal([[local(11, 0)], []]);
  });

  it('watches the clock again when reconnected', async () => {
    const el = await render('message-us-button', {...HOURS, 'after-hours': 'hide'});
    const parent = el.parentElement!;
    el.remove();
    const away = fake.timersAt();
    parent.append(el);
    await el.updateComplete;
    expect([away, fake.timersAt()]).to.deep.equal([[], [MONDAY_9]]);
  });

  it('catches up when a sleeping tab becomes visible again', async () => {
    fake.time = local(12, 8);
    const el = await render('message-us-button', {...HOURS, 'after-hours': 'hide'});
    // The tab slept through 09:00: its timer never ran.
    fake.time = local(12, 10);
    fake.document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect([seen(el).href, el.open]).to.deep.equal([MESSAGES_BASE, true]);
  });

  it('follows new hours set from script', async () => {
    const el = await render('message-us-button', {});
    el.hours = 'Sa-Su 10:00-16:00';
    el.timezone = ZONE;
    await el.updateComplete;
    expect([el.open, heard.map((h) => h.detail), fake.timersAt()]).to.deep.equal([
      true,
      [{open: true, next: iso(local(10, 16))}],
      [local(10, 16)],
    ]);
  });

  describe('page-wide hours', () => {
    const metas: HTMLMetaElement[] = [];
    const meta = (name: string, content: string) => {
      const element = document.createElement('meta');
      element.name = `message-us:${name}`;
      element.content = content;
      document.head.append(element);
      metas.push(element);
    };
    afterEach(() => metas.splice(0).forEach((element) => element.remove()));

    it('applies <meta name="message-us:hours"> to every element', async () => {
      meta('hours', HOURS.hours);
      meta('timezone', ZONE);
      meta('after-hours', 'fallback');
      const button = await render('message-us-button', {phone: '+12163954902'});
      const banner = await render('message-us-banner', {'after-hours': 'note'});
      expect([seen(button).href, seen(banner).context, button.open, banner.open]).to.deep.equal([
        'tel:+12163954902',
        'Back Monday 09:00',
        false,
        false,
      ]);
    });

    it('re-renders when a page-wide meta arrives later', async () => {
      const el = await render('message-us-button', {timezone: ZONE});
      meta('hours', 'Mo-Fr 09:00-18:00');
      await settle();
      await el.updateComplete;
      expect([el.open, seen(el).description, fake.timersAt()]).to.deep.equal([
        false,
        'Opens Apple Messages. Back Monday 09:00',
        [local(11, 0)],
      ]);
    });
  });

  describe('bad input', () => {
    // Bad hours still count as hours (closed days would apply): announced as
    // open for good. An unknown zone leaves nothing to apply: no event.
    const rows: Array<[string, Record<string, string>, string, MessageUsAvailabilityDetail[]]> = [
      [
        'a bad time',
        {hours: 'Mo-Fr 25:00-18:00', timezone: ZONE},
        'hours entry "Mo-Fr 25:00-18:00": "25:00" is not a time from 00:00 to 24:00; treating the business as always open. Example: hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00"',
        [{open: true, next: null}],
      ],
      [
        'an unknown zone',
        {hours: 'Mo-Fr 09:00-18:00', timezone: 'Mars/Olympus'},
        'timezone="Mars/Olympus" is not an IANA time zone; treating the business as always open. Example: timezone="Europe/Berlin"',
        [],
      ],
    ];
    for (const [name, attrs, warning, events] of rows) {
      it(`${name}: one warning, and always open`, async () => {
        const el = await render('message-us-button', attrs);
        el.requestUpdate();
        await el.updateComplete;
        const details = heard.map((h) => h.detail);
        expect([takeWarnings(), seen(el), fake.timersAt(), details]).to.deep.equal([
          [`[message-us] <message-us-button> ${warning}`],
          {
            href: MESSAGES_BASE,
            label: 'Message Us',
            context: null,
            description: 'Opens Apple Messages',
            open: true,
            states: [true, false],
          },
          [],
          events,
        ]);
      });
    }

    it('warns once without a timezone, and reads the hours on the visitor’s clock', async () => {
      const el = await render('message-us-button', {hours: HOURS.hours});
      expect([takeWarnings(), el.open, seen(el).description]).to.deep.equal([
        [
          `[message-us] <message-us-button> timezone is missing; reading the hours in the visitor's time zone. Example: timezone="Europe/Berlin"`,
        ],
        false,
        'Opens Apple Messages. Back Monday 09:00',
      ]);
    });

    it('names an unknown after-hours mode and keeps the note', async () => {
      const el = await render('message-us-button', {...HOURS, 'after-hours': 'later'});
      expect([takeWarnings(), seen(el).description]).to.deep.equal([
        [
          '[message-us] <message-us-button> after-hours="later" is not one of note, fallback, hide, show; using "note". Example: after-hours="show"',
        ],
        'Opens Apple Messages. Back Monday 09:00',
      ]);
    });
  });
});
