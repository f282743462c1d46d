// A per-language CDN bundle, dist/cdn/message-us.de.js, alone on a page:
// the German labels, and what an element in another language gets (the
// German labels, marked `lang="de"`, and one warning per page that names the
// file of every language). Needs `npm run build` first; skipped (not passed)
// when the bundle is missing.
import {expect} from '@open-wc/testing';
import {
  BUSINESS_ID,
  linkTexts,
  make,
  skipUnlessBuilt,
  takeWarnings,
  warnedAbout,
} from '../shared/harness.js';

const BUNDLE = '/dist/cdn/message-us.de.js';
const APPLE = {'business-id': BUSINESS_ID, platform: 'apple'};

// Whatever the locale the tag resolves to (French, or English for Pashto).
const warning = (lang: string) =>
  `[message-us] MU23 lang="${lang}": https://github.com/message-us/message-us#mu23`;

describe('dist/cdn/message-us.de.js', () => {
  before(async function () {
    await skipUnlessBuilt(this, BUNDLE);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('shows the German labels for German', async () => {
    const button = await make('message-us-button', {...APPLE, lang: 'de-AT'});
    const banner = await make('message-us-banner', {...APPLE, lang: 'de'});
    const call = await make('message-us-button', {
      'business-id': BUSINESS_ID,
      lang: 'de',
      platform: 'other',
      unsupported: 'fallback',
      phone: '+4930123456',
    });
    expect([linkTexts(button), linkTexts(banner), linkTexts(call)]).to.deep.equal([
      {
        lang: 'de-AT',
        label: 'Schreiben Sie uns',
        context: null,
        description: 'Öffnet Apple Messages',
      },
      {
        lang: 'de',
        label: 'Schreiben Sie uns',
        context: 'Unser Team antwortet Ihnen in Apple Messages.',
        description: 'Öffnet Apple Messages',
      },
      {lang: 'de', label: 'Rufen Sie uns an', context: null, description: null},
    ]);
  });

  it('keeps the German labels for another language, marked lang="de", and warns once per page', async () => {
    const french = await make('message-us-button', {...APPLE, lang: 'fr', preset: 'get-help'});
    const english = await make('message-us-banner', {...APPLE, lang: 'en-GB'});
    expect([linkTexts(french), linkTexts(english)]).to.deep.equal([
      {lang: 'de', label: 'Hilfe erhalten', context: null, description: 'Öffnet Apple Messages'},
      {
        lang: 'de',
        label: 'Schreiben Sie uns',
        context: 'Unser Team antwortet Ihnen in Apple Messages.',
        description: 'Öffnet Apple Messages',
      },
    ]);
    expect(takeWarnings()).to.deep.equal([warning('fr')]);
    expect(warnedAbout).to.deep.equal([document.documentElement]);
  });

  it('names the locale a language falls back to', async () => {
    // Pashto has no labels of its own: the full bundle shows English.
    const element = await make('message-us-button', {...APPLE, lang: 'ps'});
    expect(linkTexts(element).label).to.equal('Schreiben Sie uns');
    expect(takeWarnings()).to.deep.equal([warning('ps')]);
  });
});
