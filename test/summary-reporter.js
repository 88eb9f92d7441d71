/**
 * Ends the jest run with one plain line, `tests: N passed, N failed` (", N skipped" when any were), which CI reads
 * as the count of tests that ran. Written at process exit, after jest's own summary, so it is the closing line.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.once('exit', () => process.stderr.write(`${line}\n`));
  }
}
module.exports = SummaryReporter;
