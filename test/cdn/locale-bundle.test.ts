// A per-language CDN bundle, dist/cdn/message-us.de.js, alone on a page:
// the German labels, and what an element in another language gets (the
// German labels, marked `lang="de"`, and one warning per page that names the
// file of every language). Needs `npm run build` first; skipped (not passed)
// when the bundle is missing.
import {expect, fixture} from '@open-wc/testing';
import {
  BUSINESS_ID,
  link,
  partText,
  settled,
  skipUnlessBuilt,
  takeWarnings,
  warnedAbout,
} from '../shared/harness.js';

const BUNDLE = '/dist/cdn/message-us.de.js';

// Whatever the locale the tag resolves to (French, or English for Pashto).
const warning = (lang: string) =>
  `[message-us] MU23 lang="${lang}": https://github.com/message-us/message-us#mu23`;

async function render(tag: string, attrs: string) {
  const element = await fixture<HTMLElement & {updateComplete: Promise<boolean>}>(
    `<${tag} business-id="${BUSINESS_ID}" ${attrs}></${tag}>`
  );
  await element.updateComplete;
  return settled(element);
}

function texts(element: Element) {
  const a = link(element);
  return {
    lang: a.getAttribute('lang'),
    label: partText(element, 'label'),
    context: partText(element, 'context'),
    description: element.shadowRoot!.getElementById('d')?.textContent ?? null,
  };
}

describe('dist/cdn/message-us.de.js', () => {
  before(async function () {
    await skipUnlessBuilt(this, BUNDLE);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('shows the German labels for German', async () => {
    const button = await render('message-us-button', 'lang="de-AT" platform="apple"');
    const banner = await render('message-us-banner', 'lang="de" platform="apple"');
    const call = await render(
      'message-us-button',
      'lang="de" platform="other" unsupported="fallback" phone="+4930123456"'
    );
    expect([texts(button), texts(banner), texts(call)]).to.deep.equal([
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
    const french = await render(
      'message-us-button',
      'lang="fr" platform="apple" preset="get-help"'
    );
    const english = await render('message-us-banner', 'lang="en-GB" platform="apple"');
    expect([texts(french), texts(english)]).to.deep.equal([
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
    const element = await render('message-us-button', 'lang="ps" platform="apple"');
    expect(texts(element).label).to.equal('Schreiben Sie uns');
    expect(takeWarnings()).to.deep.equal([warning('ps')]);
  });
});
