/**
 * The two builds' warnings, from the built files: the production bundle
 * (dist/cdn/message-us.js) prints each problem as its code, the attribute
 * and the link to the README; its .dev.js twin prints today's full text.
 * Both warn once per problem per element and throw nothing. Each build runs
 * in its own frame (pages/warnings.html), so each has its own registry.
 * Needs `npm run build` first.
 */
import {expect} from '@open-wc/testing';
import {loadProbe} from '../security/frames.js';
import {CODES_URL} from '../../src/core/dev.js';

const PAGE = '/test/builds/pages/warnings.html';
const BUTTON = '[message-us] <message-us-button>';

interface WarningsReport {
  warnings: string[];
  errors: string[];
}

async function load(build: 'production' | 'development'): Promise<WarningsReport> {
  const report = (await loadProbe(`${PAGE}?build=${build}`)) as unknown as WarningsReport;
  return {warnings: [...report.warnings].sort(), errors: report.errors};
}

describe('warnings of the built bundles', () => {
  it('dist/cdn/message-us.js: the short coded form, once per problem per element', async () => {
    const link = (code: string) => `${CODES_URL}${code.toLowerCase()}`;
    expect(await load('production')).to.deep.equal({
      warnings: [
        `${BUTTON} MU01 business-id="not-a-uuid": ${link('MU01')}`,
        `${BUTTON} MU05 shape="oval": ${link('MU05')}`,
        // The page's <meta name="message-us:theme" content="purple">, for each element.
        ...Array(4).fill(`${BUTTON} MU05 theme="purple": ${link('MU05')}`),
        `${BUTTON} MU09 bussiness-id (business-id): ${link('MU09')}`,
        `[message-us] MU09 <meta name="message-us:bussines-id"> (business-id): ${link('MU09')}`,
        `[message-us] MU17 analytics="ga4": ${link('MU17')}`,
      ].sort(),
      errors: [],
    });
  });

  it('dist/cdn/message-us.dev.js: the full texts', async () => {
    expect(await load('development')).to.deep.equal({
      warnings: [
        `${BUTTON} business-id "not-a-uuid" is not a UUID (8-4-4-4-12 hexadecimal digits); use e.g. "22222222-dddd-4444-bbbb-777777777777".`,
        `${BUTTON} shape="oval" is not one of rounded, pill, square, circle; using "rounded". Example: shape="circle"`,
        ...Array(4).fill(
          `${BUTTON} theme="purple" is not one of light, dark, auto; using "dark". Example: theme="auto"`
        ),
        `${BUTTON} bussiness-id is not an attribute of <message-us-button>; did you mean business-id? Example: business-id="22222222-dddd-4444-bbbb-777777777777"`,
        '[message-us] <meta name="message-us:bussines-id"> names no attribute; did you mean message-us:business-id? Example: <meta name="message-us:business-id" content="…">',
        '[message-us] analytics="ga4" is set but window.gtag is not defined; clicks are not sent to GA4. Load Google\'s tag before the first click, or use analytics="gtm" with Google Tag Manager. Example: <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXXXXX"></script>',
      ].sort(),
      errors: [],
    });
  });
});
