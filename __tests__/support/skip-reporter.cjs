// In CI every test must run: a skipped test (a missing tool) fails the run, loudly.
class SkipReporter {
  onRunComplete(_contexts, results) {
    this.skipped = results.numPendingTests + results.numTodoTests;
  }
  getLastError() {
    if (process.env.CI && this.skipped > 0) {
      return new Error(`${this.skipped} test(s) were skipped; CI requires every test to run.`);
    }
    return undefined;
  }
}
module.exports = SkipReporter;
