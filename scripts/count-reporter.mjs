/**
 * Ends the test run with one plain line from the runner's own results, e.g. "browser tests: 42 passed, 0 failed",
 * so a run that executed nothing (or crashed before counting) is visible in CI logs.
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        // A file that failed to load (or errored outside a test) has no failed test: count it as one failure.
        if (!s.passed && failed === before) failed++;
      }
      process.on('exit', () => console.log(`browser tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}
