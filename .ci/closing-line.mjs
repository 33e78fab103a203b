// Prints the closing line of a test run, "N passed, N failed[, N skipped]", from vitest's JSON report.
// A test file that failed as a whole (a global set-up error, no browser, an import error) has no
// failed test in it: it counts as one failure. A run that exited non-zero never closes on "0 failed".
// Usage: node .ci/closing-line.mjs <report.json> <vitest exit status>
import fs from 'node:fs';

const [reportFile, statusText] = process.argv.slice(2);
const status = Number(statusText ?? '1');
let line;
try {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const wholeFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  let failed = report.numFailedTests + wholeFiles;
  if (status !== 0 && failed === 0) failed = 1;
  const skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  line = `${report.numPassedTests} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
} catch {
  line = '0 passed, 1 failed';
}
console.log(line);
