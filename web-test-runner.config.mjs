import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {launchersFor} from './scripts/browsers.mjs';
import {frameworksPlugin} from './test/frameworks/server.mjs';
import {ensurePackages} from './scripts/setup.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';

// The strict policy of the security suite, sent only with the static pages of the CSP
// tests (test/security/pages/csp-*.html), which the tests load in iframes:
// the test runner's own pages use inline scripts and would not run under
// it. A response header rather than a <meta> tag, because `frame-ancestors`,
// report-only mode and some directives are ignored in <meta>, and a header is
// what sites that care about CSP send. `require-trusted-types-for` is
// enforced only by engines with Trusted Types (Chromium; recent Firefox and
// WebKit, including the versions CI installs); older ones ignore it, and
// the control test in test/security/csp.test.ts checks which is the case.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const CSP_PAGE = /^\/test\/security\/pages\/csp-[\w-]+\.html$/;

// Here rather than in a `pretest` script so every way of starting the runner
// (`npm test`, `npx wtr <files>`, `npm run test:coverage`) sets up the
// machine the same way, for exactly the engines BROWSERS asks for.
async function browsers() {
  try {
    await ensurePackages('browsers');
    return launchersFor();
  } catch (error) {
    // A requested engine that is missing and cannot be installed fails the
    // run loudly with the command to type, never a silent skip; close with
    // the totals line CI reads.
    console.error(error.message);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  middleware: [
    async function strictCsp(context, next) {
      await next();
      if (CSP_PAGE.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  // TypeScript only: with a `target`, esbuild would also rewrite every .js it
  // serves, and the built bundles in dist/ must reach the browser byte for
  // byte (their SRI hashes are checked).
  // frameworksPlugin: server-rendered HTML (Lit, React) and React as an ES
  // module for test/frameworks/, made by the real libraries at test time.
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json'}), frameworksPlugin()],
  browsers: await browsers(),
  // WebKit's WebDriver refuses simulated input with more than one page at a
  // time, and Firefox loses focus: run one test file at a time.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // Per test file. The configurator's 58 tests take about two minutes in
  // WebKit on 2 shared cores while the other engines run too: a ceiling for
  // a stuck browser, not a time any test is judged by.
  testsFinishTimeout: 480000,
  testFramework: {config: {timeout: 20000}},
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov', 'json-summary'],
  },
  reporters: [defaultReporter(), summaryReporter()],
};
