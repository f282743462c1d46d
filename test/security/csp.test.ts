/**
 * Security: strict Content-Security-Policy: the CDN bundles render every
 * variant on pages served with
 * `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'`
 * and not one `securitypolicyviolation` event fires.
 *
 * The pages (test/security/pages/csp-*.html) get the header from a
 * middleware in web-test-runner.config.mjs and are loaded in iframes; they
 * load the built bundles (`npm run build` first) and report through
 * pages/probe.js. `require-trusted-types-for` is only enforced where the
 * engine implements Trusted Types (Chromium, and recent Firefox and WebKit:
 * all three engines CI installs do); engines without them ignore the
 * directive, so the control test asks the page which is the case.
 */
import {expect} from '@open-wc/testing';
import {links, loadProbe, served, sizes, type ProbeReport} from './frames.js';

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const PAGES = '/test/security/pages';
const ID = '22222222-dddd-4444-bbbb-777777777777';
const MESSAGES = `https://bcrw.apple.com/urn:biz:${ID}`;

describe('strict Content-Security-Policy', () => {
  it('is sent with the CSP test pages and only with them', async () => {
    const [csp, other] = await Promise.all([
      fetch(`${PAGES}/csp-elements.html`),
      fetch(`${PAGES}/double-cdn.html`),
    ]);
    expect([
      csp.headers.get('content-security-policy'),
      other.headers.get('content-security-policy'),
    ]).to.deep.equal([STRICT_CSP, null]);
  });

  describe('control page that breaks the policy on purpose', () => {
    let report: ProbeReport;
    let extra: {trustedTypes: boolean; threw: boolean};
    before(async () => {
      report = await loadProbe(`${PAGES}/csp-control.html`);
      extra = report.extra as typeof extra;
    });

    it('reports the inline style attribute', () => {
      // `style-src-attr` where the engine reports the specific directive,
      // `style-src` where it reports the one the policy wrote.
      const styles = report.violations.filter(({directive}) => directive.startsWith('style-src'));
      expect(
        styles.map(({directive}) => ['style-src', 'style-src-attr'].includes(directive))
      ).to.deep.equal([true]);
    });

    it('reports an HTML string sink exactly where Trusted Types are enforced', () => {
      const trusted = report.violations.filter(
        ({directive}) => directive === 'require-trusted-types-for'
      );
      expect([trusted.length, extra.threw]).to.deep.equal(
        extra.trustedTypes ? [1, true] : [0, false]
      );
    });
  });

  describe('elements from dist/cdn/message-us.js', () => {
    let report: ProbeReport;
    before(async () => {
      report = await loadProbe(`${PAGES}/csp-elements.html`);
    });

    it('renders every variant with its link', () => {
      expect(links(report)).to.deep.equal({
        'button-messages': {
          outcome: 'messages',
          href: `${MESSAGES}?biz-intent-id=account_question&biz-group-id=billing_department&body=Order%20additional%20credit%20card`,
        },
        'button-colours': {outcome: 'messages', href: MESSAGES},
        'button-circle': {outcome: 'messages', href: MESSAGES},
        'button-slotted': {outcome: 'messages', href: MESSAGES},
        'button-phone': {outcome: 'fallback', href: 'tel:+12163954902'},
        'button-sms': {outcome: 'fallback', href: 'sms:+12163954902?body=Hi%20there'},
        'button-whatsapp': {outcome: 'fallback', href: 'https://wa.me/12163954902?text=Hi%20there'},
        'button-web': {outcome: 'fallback', href: 'https://example.com/contact'},
        'button-hidden': {outcome: 'hidden', href: null},
        'button-invalid': {outcome: 'invalid', href: null},
        'banner-messages': {outcome: 'messages', href: MESSAGES},
        'banner-phone': {outcome: 'fallback', href: 'tel:+12163954902'},
        'banner-styled': {outcome: 'messages', href: MESSAGES},
        'banner-web': {outcome: 'fallback', href: 'https://example.com/help'},
        'dynamic-button': {outcome: 'messages', href: MESSAGES},
        'dynamic-banner': {outcome: 'fallback', href: 'tel:+442079460000'},
      });
    });

    it('breaks no directive', () => {
      expect(report.violations).to.deep.equal([]);
    });

    it('sizes every element from its scale', () => {
      expect(sizes(report)).to.deep.equal({
        'button-messages': '44px',
        'button-colours': '66px',
        'button-circle': '44px',
        'button-slotted': '44px',
        'button-phone': '44px',
        'button-sms': '44px',
        'button-whatsapp': '44px',
        'button-web': '44px',
        'button-hidden': null,
        'button-invalid': null,
        'banner-messages': '66px',
        'banner-phone': '66px',
        'banner-styled': '132px',
        'banner-web': '66px',
        'dynamic-button': '88px',
        'dynamic-banner': '66px',
      });
    });

    it('throws nothing', () => {
      expect(report.errors).to.deep.equal([]);
    });
  });

  describe('Apple containers from dist/cdn/apple-compat.js', () => {
    let report: ProbeReport;
    before(async function () {
      // The bundle exists once the Apple-compat entry is built (CI builds
      // first); without it there is nothing to test here.
      if (!(await served('/dist/cdn/apple-compat.js'))) this.skip();
      report = await loadProbe(`${PAGES}/csp-apple-compat.html`);
    });

    it('renders every container, including one added later, with its link', () => {
      expect([links(report), report.extra]).to.deep.equal([
        {
          'message-apple': {
            outcome: 'messages',
            href: `${MESSAGES}?biz-intent-id=account_question&biz-group-id=billing_department`,
          },
          'banner-apple': {outcome: 'messages', href: MESSAGES},
          'banner-call': {outcome: 'fallback', href: 'tel:+12163954902'},
          'message-hidden': {outcome: 'hidden', href: null},
          'message-late': {outcome: 'messages', href: MESSAGES},
        },
        {appleBusinessChat: true},
      ]);
    });

    it('breaks no directive', () => {
      expect(report.violations).to.deep.equal([]);
    });

    it('throws nothing', () => {
      expect(report.errors).to.deep.equal([]);
    });
  });
});
