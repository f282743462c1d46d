// A per-language business-hours bundle, dist/cdn/message-us-hours.de.js,
// alone on a page: the after-hours note in German, in the button's
// accessible description and in the banner's context line, with the
// weekday, date and time in German on the visitor's clock. The hours are
// chosen so the note does not depend on when the test runs: closed from
// two days ago for 303 days (then open from 09:00 UTC), or never open. Needs
// `npm run build` first; skipped (not passed) when the bundle is missing.
import {expect} from '@open-wc/testing';
import type {MessageUsElement} from '../../src/shared/message-us-element.js';
import {BUSINESS_ID, linkTexts, make, skipUnlessBuilt, takeWarnings} from '../shared/harness.js';

const BUNDLE = '/dist/cdn/message-us-hours.de.js';
const DAY = 86_400_000;

/** YYYY-MM-DD of the UTC day `days` from today's. */
const utcDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const APPLE = {'business-id': BUSINESS_ID, platform: 'apple'};

const seen = (element: MessageUsElement) => ({open: element.open, ...linkTexts(element)});

describe('dist/cdn/message-us-hours.de.js', () => {
  before(async function () {
    await skipUnlessBuilt(this, BUNDLE);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('writes the after-hours note in German, on the visitor’s clock', async () => {
    // Two ranges of closed days (each at most 366), from two days ago: the
    // next opening is at 09:00 UTC on day 301 from today, whatever the hour.
    const hours = {
      ...APPLE,
      hours: 'Mo-Su 09:00-18:00',
      timezone: 'UTC',
      'closed-on': `${utcDay(-2)}/${utcDay(150)} ${utcDay(151)}/${utcDay(300)}`,
    };
    const button = await make('message-us-button', {...hours, lang: 'de'});
    const banner = await make('message-us-banner', {...hours, lang: 'de-CH'});
    const next = new Date(`${utcDay(301)}T09:00:00Z`);
    const date = new Intl.DateTimeFormat('de', {weekday: 'long', day: 'numeric', month: 'long'});
    const time = new Intl.DateTimeFormat('de', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const note = `Ab ${date.format(next)} ${time.format(next)} wieder erreichbar`;
    expect([seen(button), seen(banner)]).to.deep.equal([
      {
        open: false,
        lang: 'de',
        label: 'Schreiben Sie uns',
        context: null,
        description: `Öffnet Apple Messages. ${note}`,
      },
      {
        open: false,
        lang: 'de-CH',
        label: 'Schreiben Sie uns',
        context: note,
        description: 'Öffnet Apple Messages',
      },
    ]);
    expect(button.matches(':state(closed)')).to.equal(true);
    expect(takeWarnings()).to.deep.equal([]);
  });

  it('says "Zurzeit geschlossen" when the hours never open', async () => {
    const button = await make('message-us-button', {
      ...APPLE,
      lang: 'de',
      hours: 'Mo-Su off',
      timezone: 'UTC',
    });
    expect(seen(button)).to.deep.equal({
      open: false,
      lang: 'de',
      label: 'Schreiben Sie uns',
      context: null,
      description: 'Öffnet Apple Messages. Zurzeit geschlossen',
    });
    expect(takeWarnings()).to.deep.equal([]);
  });
});
