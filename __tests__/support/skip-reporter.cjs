// Skipped tests are listed at the end of the run (each skip also printed its reason, a missing tool
// and its Debian package, as `SKIPPED …` when the file was collected). In CI every test must run:
// a skipped test fails the run, loudly.
class SkipReporter {
  onRunComplete(_contexts, results) {
    this.skipped = results.numPendingTests + results.numTodoTests;
    const names = results.testResults.flatMap((file) =>
      file.testResults
        .filter((t) => t.status === 'pending' || t.status === 'todo')
        .map((t) => `  ${file.testFilePath.replace(process.cwd() + '/', '')} › ${t.fullName}`),
    );
    if (names.length > 0) {
      process.stderr.write(`\n${names.length} test(s) skipped (see the SKIPPED lines for why):\n`);
      process.stderr.write(`${names.join('\n')}\n`);
    }
  }
  getLastError() {
    if (process.env.CI && this.skipped > 0) {
      return new Error(`${this.skipped} test(s) were skipped; CI requires every test to run.`);
    }
    return undefined;
  }
}
module.exports = SkipReporter;
