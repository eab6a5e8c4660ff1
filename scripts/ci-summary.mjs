// @ts-check
/**
 * Reads the JSON reports of Vitest (test-results/vitest.json) and Playwright
 * (test-results/playwright.json) and prints one closing line for the CI log:
 *
 *   N passed, N failed[, N skipped]
 *
 * Usage: node scripts/ci-summary.mjs [--exit-code N]
 *   --exit-code  status of the command that ran the checks (`npm test`). If it failed but the
 *                reports show no failure (typecheck, lint or build failed, or a runner crashed),
 *                that still counts as one failure.
 * Exits 1 if anything failed. Plain JavaScript so CI can run it even when `npm ci` failed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @typedef {{ passed: number, failed: number, skipped: number, flaky: number }} Counts */

/**
 * Vitest's JSON reporter (Jest's format). A file that fails to load has status "failed" but no
 * failed test, so it is counted as one failure of its own.
 * @param {any} report
 * @returns {Counts}
 */
export function countVitest(report) {
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  const brokenFiles = files.filter(
    (/** @type {any} */ file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((/** @type {any} */ t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    flaky: 0,
  };
}

/**
 * Playwright's JSON reporter. "flaky" tests passed on a retry: counted as passed, noted apart.
 * Errors outside any test (a broken config, a web server that never started) count as failures.
 * @param {any} report
 * @returns {Counts}
 */
export function countPlaywright(report) {
  const stats = report.stats ?? {};
  const flaky = stats.flaky ?? 0;
  return {
    passed: (stats.expected ?? 0) + flaky,
    failed: (stats.unexpected ?? 0) + (Array.isArray(report.errors) ? report.errors.length : 0),
    skipped: stats.skipped ?? 0,
    flaky,
  };
}

/**
 * @param {{ vitest: any, playwright: any, exitCode: number }} input reports may be null (absent)
 * @returns {{ counts: Counts, notes: string[] }}
 */
export function summarize({ vitest, playwright, exitCode }) {
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  const notes = [];
  for (const [name, report, count] of /** @type {const} */ ([
    ['unit (vitest)', vitest, countVitest],
    ['e2e (playwright)', playwright, countPlaywright],
  ])) {
    if (report == null) {
      notes.push(`${name}: no report`);
      continue;
    }
    const c = count(report);
    counts.passed += c.passed;
    counts.failed += c.failed;
    counts.skipped += c.skipped;
    counts.flaky += c.flaky;
    notes.push(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  }
  if (counts.flaky > 0) notes.push(`${counts.flaky} e2e test(s) passed only on retry (flaky)`);
  if (exitCode !== 0 && counts.failed === 0) {
    // The chain stops at the first failing stage; which one is in the log above.
    const stage =
      vitest == null
        ? 'typecheck, lint or unit'
        : playwright == null
          ? 'build or e2e'
          : 'a check outside the test reports';
    notes.push(`the checks exited with ${exitCode} in ${stage}: counted as 1 failure`);
    counts.failed = 1;
  }
  return { counts, notes };
}

/** @param {Counts} counts */
export function closingLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : '');
}

/** @param {string} path */
function readReport(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // A truncated report (runner killed mid-write) is as good as none.
    return null;
  }
}

function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--exit-code');
  const exitCode = at >= 0 ? Number(args[at + 1]) : 0;
  const { counts, notes } = summarize({
    vitest: readReport('test-results/vitest.json'),
    playwright: readReport('test-results/playwright.json'),
    exitCode: Number.isNaN(exitCode) ? 1 : exitCode,
  });
  for (const note of notes) console.log(`  ${note}`);
  console.log(closingLine(counts));
  process.exitCode = counts.failed > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
