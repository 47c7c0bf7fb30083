// Writes the suite's pass/fail counts to $TEST_COUNTS_FILE so `npm test` can total every runner.
const { writeFileSync } = require("node:fs")

class CountReporter {
  onRunComplete(_contexts, results) {
    if (process.env.TEST_COUNTS_FILE) {
      const counts = {
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests,
      }
      writeFileSync(process.env.TEST_COUNTS_FILE, JSON.stringify(counts))
    }
  }
}

module.exports = CountReporter
