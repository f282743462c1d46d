/**
 * Security: double loading: the CDN bundle twice (two URLs, so two module
 * instances), the CDN bundle with the npm build (either order), and the
 * Apple-compat bundle with the CDN bundle or twice. Each page runs in its
 * own iframe (a fresh registry), reports through pages/probe.js, and must
 * show no exception, exactly one `[message-us]` warning for the whole page
 * (src/shared/define.ts keeps one flag for every copy), and working
 * elements. The pages load the built files: `npm run build` first.
 */
import {expect} from '@open-wc/testing';
import {links, loadProbe, type ProbeReport} from './frames.js';
import {CODES_URL} from '../../src/core/dev.js';

const PAGES = '/test/security/pages';
const ID = '22222222-dddd-4444-bbbb-777777777777';

const ELEMENTS = {
  button: {
    outcome: 'messages',
    href: `https://bcrw.apple.com/urn:biz:${ID}?biz-intent-id=account_question`,
  },
  banner: {outcome: 'fallback', href: 'tel:+12163954902'},
};

const CONTAINER = {outcome: 'messages', href: `https://bcrw.apple.com/urn:biz:${ID}`};

// The built files are production builds: the short, coded warning
// (src/shared/define.ts has the full text, test/security/define.test.ts checks it).
const DUPLICATE_WARNING = `[message-us] MU18 <message-us-button>: ${CODES_URL}mu18`;

/** What a page reports, reduced to what these tests compare. */
function summary(report: ProbeReport) {
  return {
    errors: report.errors,
    warnings: report.warnings,
    results: links(report),
    extra: report.extra,
  };
}

describe('double loading', () => {
  it('the baseline: one CDN bundle, no warning', async () => {
    const report = await loadProbe(`${PAGES}/single-cdn.html`);
    expect(summary(report)).to.deep.equal({
      errors: [],
      warnings: [],
      results: ELEMENTS,
      extra: {containers: {}},
    });
  });

  const PAGES_WITH_TWO_COPIES: ReadonlyArray<[string, string, boolean]> = [
    ['the CDN bundle twice', 'double-cdn', false],
    ['the CDN bundle, then the npm build', 'cdn-plus-npm', false],
    ['the npm build, then the CDN bundle', 'npm-plus-cdn', false],
    ['the CDN bundle, then the Apple-compat bundle', 'cdn-plus-apple-compat', true],
    ['the Apple-compat bundle twice', 'apple-compat-twice', true],
  ];

  for (const [title, page, compat] of PAGES_WITH_TWO_COPIES) {
    it(`${title}: no exception, one warning, working elements`, async () => {
      const report = await loadProbe(`${PAGES}/${page}.html`);
      expect(summary(report)).to.deep.equal({
        errors: [],
        warnings: [DUPLICATE_WARNING],
        results: compat ? {...ELEMENTS, container: CONTAINER} : ELEMENTS,
        // One element per container: the second copy starts no second layer.
        extra: {containers: compat ? {container: 1} : {}},
      });
    });
  }
});
