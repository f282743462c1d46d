import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {launchersFor} from './scripts/browsers.mjs';
import {summaryReporter} from './scripts/summary-reporter.mjs';

function browsers() {
  try {
    return launchersFor();
  } catch (error) {
    // A requested engine that is missing fails the run loudly: say which
    // package provides it, and close with the totals line CI reads.
    console.error(error.message);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, target: 'es2021', tsconfig: 'tsconfig.json'})],
  browsers: browsers(),
  // WebKit's WebDriver refuses simulated input with more than one page at a
  // time, and Firefox loses focus: run one test file at a time.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: {config: {timeout: 20000}},
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov', 'json-summary'],
  },
  reporters: [defaultReporter(), summaryReporter()],
};
