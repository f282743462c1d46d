// wtr prints no plain totals line; CI judges a run by a final line of exactly
// the form `N passed, N failed` (`, N skipped` when any), so print one. Every
// test counts once per engine it ran in, and a file that failed to load or
// threw outside a test counts as a failure, so a broken file is never green.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({sessions}) {
      totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const loadErrors = (session.errors ?? []).length;
        const suiteErrors = session.testResults?.errors?.length ?? 0;
        if (!session.passed && loadErrors + suiteErrors > 0) totals.failed += 1;
        else if (!session.passed && !session.testResults) totals.failed += 1;
      }
    },
    start() {
      // wtr's own reporter flushes its last lines after every reporter has
      // stopped; printing on exit keeps the totals line the very last one.
      process.once('exit', () => {
        if (!totals) return;
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
