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
 * Vitest's JSON reporter (Jest's format). When a file fails to load or a `beforeAll` throws,
 * the file has status "failed" and its tests show as skipped: every test of such a file that did
 * not pass is counted as failed (at least one per file), never as skipped.
 * @param {any} report
 * @returns {Counts}
 */
export function countVitest(report) {
  const files = Array.isArray(report.testResults) ? report.testResults : [];
  let failedUnrun = 0;
  let skippedUnrun = 0;
  for (const file of files) {
    const tests = file.assertionResults ?? [];
    if (file.status !== 'failed' || tests.some((/** @type {any} */ t) => t.status === 'failed')) continue;
    const unrun = tests.filter((/** @type {any} */ t) => t.status !== 'passed');
    failedUnrun += Math.max(1, unrun.length);
    skippedUnrun += unrun.length;
  }
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + failedUnrun,
    skipped: Math.max(0, skipped - skippedUnrun),
    flaky: 0,
  };
}

/**
 * Playwright's JSON reporter. "flaky" tests passed on a retry: counted as passed, noted apart.
 * Errors outside any test (a broken config, a web server that never started) count as failures,
 * and so does a test that was meant to run but did not (its `beforeAll` failed): only a test
 * marked `skip` counts as skipped.
 * @param {any} report
 * @returns {Counts}
 */
export function countPlaywright(report) {
  const stats = report.stats ?? {};
  const flaky = stats.flaky ?? 0;
  const notRun = playwrightTests(report).filter((t) => t.status === 'skipped' && t.expectedStatus !== 'skipped').length;
  return {
    passed: (stats.expected ?? 0) + flaky,
    failed: (stats.unexpected ?? 0) + notRun + (Array.isArray(report.errors) ? report.errors.length : 0),
    skipped: Math.max(0, (stats.skipped ?? 0) - notRun),
    flaky,
  };
}

/**
 * Every test entry of a Playwright JSON report, however deeply its suites nest.
 * @param {any} report
 * @returns {{ status: string, expectedStatus: string }[]}
 */
function playwrightTests(report) {
  /** @type {{ status: string, expectedStatus: string }[]} */
  const out = [];
  /** @param {any} suite */
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) out.push(...(spec.tests ?? []));
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return out;
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
    const stage = vitest == null ? 'typecheck, lint or unit' : playwright == null ? 'build or e2e' : 'a check outside the test reports';
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
