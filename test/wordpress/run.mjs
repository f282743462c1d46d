/* global process, URL */
// npm run test:wordpress: the WordPress tests (wordpress.test.mjs, one
// WordPress for all of them) with node:test's spec reporter, then the plain
// totals line CI reads: `N passed, N failed`.
import {run} from 'node:test';
import {spec} from 'node:test/reporters';
import {fileURLToPath} from 'node:url';

const file = fileURLToPath(new URL('./wordpress.test.mjs', import.meta.url));
const totals = {passed: 0, failed: 0};
const stream = run({files: [file], timeout: 300000});
stream.on('test:pass', (event) => {
  if (event.details?.type !== 'suite') totals.passed++;
});
stream.on('test:fail', (event) => {
  if (event.details?.type !== 'suite') totals.failed++;
});
const output = stream.compose(spec);
output.pipe(process.stdout, {end: false});
output.on('end', () => {
  // A file that never reported a test (it failed to load) is a failure.
  if (totals.passed + totals.failed === 0) totals.failed = 1;
  process.stdout.write(`${totals.passed} passed, ${totals.failed} failed\n`);
  process.exitCode = totals.failed > 0 ? 1 : 0;
});
