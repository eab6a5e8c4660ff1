import { describe, expect, it } from 'vitest';
import { closingLine, countPlaywright, countVitest, summarize } from './ci-summary.mjs';

const vitestOk = {
  numPassedTests: 5,
  numFailedTests: 0,
  numPendingTests: 1,
  numTodoTests: 1,
  testResults: [{ status: 'passed', assertionResults: [{ status: 'passed' }] }],
};
const playwrightOk = { stats: { expected: 3, unexpected: 0, flaky: 1, skipped: 0 }, errors: [] };

describe('ci-summary', () => {
  it('adds both runners, counting skipped and todo tests as skipped', () => {
    const { counts } = summarize({ vitest: vitestOk, playwright: playwrightOk, exitCode: 0 });
    expect(closingLine(counts)).toBe('9 passed, 0 failed, 2 skipped');
  });

  it('omits "skipped" when nothing was skipped', () => {
    expect(closingLine({ passed: 2, failed: 1, skipped: 0, flaky: 0 })).toBe('2 passed, 1 failed');
  });

  it('counts a test file that failed to load as one failure', () => {
    const report = { ...vitestOk, testResults: [{ status: 'failed', assertionResults: [] }] };
    expect(countVitest(report).failed).toBe(1);
  });

  it('counts Playwright errors outside tests as failures', () => {
    const report = { stats: { expected: 0, unexpected: 0 }, errors: [{ message: 'web server' }] };
    expect(countPlaywright(report).failed).toBe(1);
  });

  it('reports at least one failure when the checks failed before any runner reported', () => {
    const { counts, notes } = summarize({ vitest: null, playwright: null, exitCode: 2 });
    expect(closingLine(counts)).toBe('0 passed, 1 failed');
    expect(notes.join('\n')).toContain('typecheck, lint or unit');
  });

  it('keeps the real failure count when the runners reported failures', () => {
    const vitest = { ...vitestOk, numFailedTests: 2 };
    const { counts } = summarize({ vitest, playwright: playwrightOk, exitCode: 1 });
    expect(counts.failed).toBe(2);
  });
});

describe('ci-summary: a suite that fails to set up is a failure, never skipped tests', () => {
  it('Vitest: a file whose beforeAll threw counts each of its tests as failed', () => {
    // What Vitest 4 writes when a beforeAll throws: the file failed, its tests "skipped".
    const report = {
      numPassedTests: 4,
      numFailedTests: 0,
      numPendingTests: 3,
      numTodoTests: 0,
      testResults: [
        { status: 'passed', assertionResults: [{ status: 'passed' }] },
        { status: 'failed', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }, { status: 'skipped' }] },
      ],
    };
    expect(countVitest(report)).toMatchObject({ passed: 4, failed: 3, skipped: 0 });
  });

  it('Playwright: tests that did not run because beforeAll failed count as failed; test.skip stays skipped', () => {
    // What Playwright 1.65 writes for a describe whose beforeAll threw, with one test.skip in it.
    const report = {
      stats: { expected: 0, unexpected: 1, skipped: 2, flaky: 0 },
      errors: [],
      suites: [
        {
          specs: [],
          suites: [
            {
              specs: [
                { tests: [{ expectedStatus: 'passed', status: 'unexpected' }] },
                { tests: [{ expectedStatus: 'passed', status: 'skipped' }] },
                { tests: [{ expectedStatus: 'skipped', status: 'skipped' }] },
              ],
            },
          ],
        },
      ],
    };
    expect(countPlaywright(report)).toMatchObject({ passed: 0, failed: 2, skipped: 1 });
  });
});
