/**
 * Part of `npm run bench`: Lighthouse's mobile performance audit (its default: a mid-range phone,
 * simulated slow 4G and 4× CPU slowdown) of the built site, served by `vite preview`, in
 * Chromium. Prints the median of a few runs of the score, LCP and TBT beside the goals of
 * issue 8. A benchmark: it prints numbers and never fails a build on them.
 *
 * Chromium: CHROME_PATH if set, else the distribution's /usr/bin/chromium, else chrome-launcher's
 * own search (Chrome or Chromium installed the usual way).
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const GOALS = { score: 100, lcpMs: 1200, tbtMs: 50 } as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  // Only the local preview server is wanted; Chromium's own background look-ups are not.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--disable-background-networking',
];

/** One main-thread task Lighthouse counted as long (≥ 50 ms in its simulated 4× CPU timeline). */
interface LongTask {
  /** The script Lighthouse attributes the task to, as a path on the served site ('' when none). */
  readonly script: string;
  readonly startMs: number;
  readonly durationMs: number;
  /** Where the task's time went, largest first (Lighthouse's task groups, e.g. scriptEvaluation). */
  readonly groups: readonly (readonly [string, number])[];
}

interface Reading {
  readonly score: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly longTasks: readonly LongTask[];
}

function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};

/** The page's address as a path, so a chunk reads as `/assets/x.js`. */
const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

/**
 * The long tasks of the `long-tasks` audit. Its debug data carries, per task, the simulated start
 * and duration, the attributed script and the time per task group; the table alone has no groups.
 */
function longTasksOf(audit: { details?: unknown } | undefined): LongTask[] {
  const debug = (audit?.details as { debugData?: { urls?: string[]; tasks?: Record<string, number>[] } } | undefined)?.debugData;
  if (!debug?.tasks) return [];
  return debug.tasks.map(({ urlIndex, startTime, duration, ...groups }) => ({
    script: pathOf(debug.urls?.[urlIndex ?? -1] ?? ''),
    startMs: startTime ?? NaN,
    durationMs: duration ?? NaN,
    groups: Object.entries(groups)
      .filter(([, ms]) => ms >= 1)
      .sort((a, b) => b[1] - a[1]),
  }));
}

async function audit(url: string): Promise<Reading> {
  const chrome = await launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return {
      score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
      fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      longTasks: longTasksOf(lhr.audits['long-tasks']),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * What is left to split, for whoever works on TBT next: each long task of the run, in time
 * order, with the script Lighthouse blames and where its time went. TBT adds what is over 50 ms.
 */
function printLongTasks(tasks: readonly LongTask[]): void {
  if (tasks.length === 0) return console.log('    no long task');
  for (const task of [...tasks].sort((a, b) => a.startMs - b.startMs)) {
    // Simulated runs mostly put the whole task under 'other' (Lighthouse drops the children of
    // short tasks from its graph); a lone 'other' says nothing and is left out.
    const told = task.groups.length === 1 && task.groups[0]?.[0] === 'other' ? [] : task.groups;
    const groups = told.map(([group, ms]) => `${group} ${Math.round(ms)}`).join(', ');
    console.log(
      `    long task at ${Math.round(task.startMs)} ms: ${Math.round(task.durationMs)} ms, ${task.script || '(no script)'}${groups ? ` (${groups})` : ''}`,
    );
  }
}

/** Serves a build (dist/ unless told) and audits it `runs` times. */
export async function reportLighthouse(runs = 3, outDir = 'dist'): Promise<void> {
  console.log(`\nLighthouse mobile performance of the built site (vite preview), median of ${runs} runs`);
  const server = await preview({ logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report its address');
    const readings: Reading[] = [];
    for (let i = 0; i < runs; i++) {
      const reading = await audit(url);
      readings.push(reading);
      console.log(
        `  run ${i + 1}: score ${reading.score}, FCP ${(reading.fcpMs / 1000).toFixed(2)} s, LCP ${(reading.lcpMs / 1000).toFixed(2)} s, TBT ${Math.round(reading.tbtMs)} ms`,
      );
      printLongTasks(reading.longTasks);
    }
    const score = median(readings.map((r) => r.score));
    const lcp = median(readings.map((r) => r.lcpMs));
    const tbt = median(readings.map((r) => r.tbtMs));
    const line = (label: string, value: string, goal: string, pass: boolean) =>
      console.log(`  ${label.padEnd(26)} ${value.padStart(8)}   goal ${goal.padEnd(9)} ${pass ? 'PASS' : 'OVER'}`);
    line('performance score', String(score), String(GOALS.score), score >= GOALS.score);
    line('largest contentful paint', `${(lcp / 1000).toFixed(2)} s`, `≤ ${GOALS.lcpMs / 1000} s`, lcp <= GOALS.lcpMs);
    line('total blocking time', `${Math.round(tbt)} ms`, `≤ ${GOALS.tbtMs} ms`, tbt <= GOALS.tbtMs);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
