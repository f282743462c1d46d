// The CDN bundle's templates are minified at build time (rollup.config.mjs,
// minifyHtmlLiterals): line breaks and indentation between attributes and
// tags go. The shadow DOM must stay exactly what the source renders, text
// nodes included, so this compares the raw markup (only Lit's marker
// comments removed), not a normalised one. Needs `npm run build` first;
// skipped (not passed) when the bundle is missing.
import {expect, fixture} from '@open-wc/testing';
import {BUSINESS_ID, settled, skipUnlessBuilt, takeWarnings} from '../shared/harness.js';

const BUNDLE = '/dist/cdn/message-us.js';
const HREF = `https://bcrw.apple.com/urn:biz:${BUSINESS_ID}`;
const PATH =
  'M12 2.5C6.2 2.5 1.5 6.4 1.5 11.2c0 2.7 1.5 5.1 3.9 6.7-.2 1.3-.8 2.5-1.8 3.5-.2.2 0 .6.3.6 2-.1 3.8-.8 5.2-1.9.9.2 1.9.3 2.9.3 5.8 0 10.5-3.9 10.5-8.7S17.8 2.5 12 2.5Z';

const GLYPH = `<span part="icon"><slot name="icon"><svg viewBox="0 0 24 24" width="1em" height="1em" focusable="false" aria-hidden="true"><path fill="currentColor" fill-rule="evenodd" d="${PATH}"></path></svg></slot></span>`;
const LABEL = '<span part="label" class=""><slot name="label">Message Us</slot></span>';
const DESCRIPTION = '<span id="d" hidden="">Opens Apple Messages</span>';

async function markup(html: string): Promise<string> {
  const root = await fixture<HTMLElement>(`<div>${html}</div>`);
  const element = root.querySelector('message-us-button, message-us-banner') as HTMLElement & {
    updateComplete: Promise<boolean>;
  };
  await element.updateComplete;
  await settled(element);
  return element.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');
}

describe('dist/cdn/message-us.js templates', () => {
  before(async function () {
    await skipUnlessBuilt(this, BUNDLE);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('a button', async () => {
    expect(
      await markup(
        `<message-us-button business-id="${BUSINESS_ID}" platform="apple" lang="en"></message-us-button>`
      )
    ).to.equal(
      `<a part="base" class="dark" href="${HREF}" lang="en" dir="ltr" aria-describedby="d">${GLYPH}${LABEL}${DESCRIPTION}</a>`
    );
  });

  it('a banner', async () => {
    expect(
      await markup(
        `<message-us-banner business-id="${BUSINESS_ID}" platform="apple" lang="en" context="Questions?"></message-us-banner>`
      )
    ).to.equal(
      `<a part="base" class="dark" href="${HREF}" lang="en" dir="ltr" aria-describedby="d">${GLYPH}<span class="text"><span part="label"><slot name="label">Message Us</slot></span><span part="context"><slot name="context">Questions?</slot></span></span>${DESCRIPTION}</a>`
    );
  });

  it('a button inside a page link', async () => {
    expect(
      await markup(
        `<a href="/help"><message-us-button business-id="${BUSINESS_ID}" platform="apple" lang="en"></message-us-button></a>`
      )
    ).to.equal(`<span part="base" class="dark" lang="en" dir="ltr">${GLYPH}${LABEL}</span>`);
    expect(takeWarnings()).to.deep.equal([
      '[message-us] <message-us-button> MU10 <a href>: https://github.com/message-us/message-us#mu10',
    ]);
  });
});
