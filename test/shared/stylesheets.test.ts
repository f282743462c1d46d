// Every element of a tag adopts the same constructed stylesheets (Lit's css
// tag makes one CSSStyleSheet per literal, on first use), and the button and
// the banner share the common one: a page with many elements parses each
// literal once.
import {expect} from '@open-wc/testing';
import '../../src/message-us-button/define.js';
import '../../src/message-us-banner/define.js';
import {BUSINESS_ID, make} from './harness.js';

const sheetsOf = (element: Element) => [...element.shadowRoot!.adoptedStyleSheets];

describe('shared stylesheets', () => {
  it('two elements of one tag adopt the identical CSSStyleSheet objects, and no <style>', async () => {
    const attrs = {'business-id': BUSINESS_ID, platform: 'apple'};
    const [a, b] = [await make('message-us-button', attrs), await make('message-us-button', attrs)];
    const [c, d] = [await make('message-us-banner', attrs), await make('message-us-banner', attrs)];
    const [sa, sb, sc, sd] = [a, b, c, d].map(sheetsOf);
    expect([sa.length, sc.length]).to.deep.equal([2, 2]);
    expect([sa[0] === sb[0], sa[1] === sb[1], sc[0] === sd[0], sc[1] === sd[1]]).to.deep.equal([
      true,
      true,
      true,
      true,
    ]);
    expect(
      [a, b, c, d].map((element) => element.shadowRoot!.querySelectorAll('style').length)
    ).to.deep.equal([0, 0, 0, 0]);
  });

  it('the button and the banner share the common sheet, not their own', async () => {
    const attrs = {'business-id': BUSINESS_ID, platform: 'apple'};
    const [button, banner] = [
      sheetsOf(await make('message-us-button', attrs)),
      sheetsOf(await make('message-us-banner', attrs)),
    ];
    expect([button[0] === banner[0], button[1] === banner[1]]).to.deep.equal([true, false]);
  });
});
