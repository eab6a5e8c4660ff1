/**
 * `npm run bench` (builds first, then runs this):
 *   1. First-paint JS of the production build per language, gzip -9, beside its goal and
 *      budget (scripts/firstPaintJs.ts).
 *   2. Engine speed: median and p95 of simulateScenario() per scenario.
 *   3. Large sandbox sessions: opening long links, and a call / Undo / reopening the sandbox in a
 *      400-action session, each the median of several runs beside its goal (issue 10).
 *   4. Capture import throughput against tshark on a generated 1,000,000-packet pcap (benchCapture.ts),
 *      and a ~100 MB capture opened in the built app in Chromium: time and long tasks (benchBrowser.ts).
 *   5. Lighthouse mobile performance of the served build: score, LCP, TBT (scripts/lighthouseBench.ts).
 * Options: --runs N (timed runs per scenario, default 200); --only sandbox runs section 3 alone (the
 * store's figures and the browser's), to measure it quickly; --only steps runs the browser's
 * step → painted figures and the long tasks while playing alone (benchBrowser.ts); --only
 * lighthouse runs section 5 alone (with --dir FOLDER it audits that build instead, e.g. main's,
 * for a side-by-side comparison). Exits 1
 * if the first-paint JS is over budget.
 * KB here are 1024 bytes (Vite's own size report uses 1000).
 */
import { fileURLToPath } from 'node:url';
import { createSimulation, DEFAULT_OPTIONS, MAX_STEPS, SCENARIO_IDS, simulateScenario } from '../src/engine';
import { createSimStore, loadSandboxParts, readLink, selectTrace } from '../src/store';
import { EMPTY_SESSION, sandboxScenario, scriptedCall, type SandboxAction } from '../src/sandbox';
import { reportCaptureThroughput } from './benchCapture';
import { reportFirstPaintJs } from './firstPaintJs';
import { reportLighthouse } from './lighthouseBench';
import { reportBrowser, reportBrowserSandbox, reportBrowserSteps, reportCaptureImport } from './benchBrowser';

const WARMUP_RUNS = 20;
const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

function reportEngineSpeed(runs: number): void {
  console.log(`\nsimulateScenario(id, DEFAULT_OPTIONS), ${runs} runs after ${WARMUP_RUNS} warm-up`);
  console.log(`  ${'scenario'.padEnd(20)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)} ${'steps'.padStart(6)}`);
  for (const id of SCENARIO_IDS) {
    // Warm-up lets the JIT settle so the timed runs measure steady-state code.
    for (let i = 0; i < WARMUP_RUNS; i++) simulateScenario(id, DEFAULT_OPTIONS);
    const times: number[] = [];
    let steps = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const trace = simulateScenario(id, DEFAULT_OPTIONS);
      times.push(performance.now() - start);
      steps = trace.steps.length;
    }
    times.sort((a, b) => a - b);
    const ms = (v: number): string => v.toFixed(3).padStart(10);
    console.log(`  ${id.padEnd(20)} ${ms(percentile(times, 50))} ${ms(percentile(times, 95))} ${String(steps).padStart(6)}`);
  }
}

function runsFromArgs(args: readonly string[]): number {
  const at = args.indexOf('--runs');
  if (at < 0) return 200;
  const runs = Number(args[at + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
  return runs;
}

const SANDBOX_RUNS = 7;

/** Median wall time of `runs` calls of `work` (each after `prepare`, which is not timed). */
function medianMs(runs: number, work: () => void, prepare: () => void = () => {}): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return percentile(times, 50);
}

const sandboxLink = (tokens: readonly string[]): string => `#mode=sandbox&a=${['s.listen.0', 'c.connect.1', ...tokens].join(',')}`;

/**
 * A session made as a learner makes one: each call at the end of the story so far (sends from
 * alternate sides after listen and connect). Built on one resumable run so the setup is quick.
 */
function learnerSession(size: number): SandboxAction[] {
  const run = createSimulation(sandboxScenario(EMPTY_SESSION), DEFAULT_OPTIONS);
  const actions: SandboxAction[] = [];
  for (let i = 0; i < size; i++) {
    const afterStep = run.runTo(MAX_STEPS);
    const action: SandboxAction =
      i === 0
        ? { side: 'server', call: 'listen', afterStep }
        : i === 1
          ? { side: 'client', call: 'connect', afterStep }
          : { side: i % 2 ? 'client' : 'server', call: 'send', bytes: 100, afterStep };
    actions.push(action);
    run.addCall(scriptedCall(action));
  }
  return actions;
}

function reportSandbox(): void {
  console.log(`\nLarge sandbox sessions, median of ${SANDBOX_RUNS} runs`);
  const line = (label: string, ms: number, goalMs: number) =>
    console.log(
      `  ${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms   goal < ${String(goalMs).padStart(4)} ms  ${ms < goalMs ? 'PASS' : 'OVER'}`,
    );

  const links: [string, string][] = [
    ['open the 40× c.send65535 link', sandboxLink(Array<string>(40).fill('c.send65535'))],
    ['open a 498× c.send link', sandboxLink(Array<string>(498).fill('c.send'))],
    ['open a 10,000-action link', sandboxLink(Array<string>(9998).fill('c.send'))],
  ];
  for (const [label, hash] of links)
    line(
      `${label} (${hash.length} chars)`,
      medianMs(SANDBOX_RUNS, () => readLink(hash)),
      1000,
    );

  const sandbox = { actions: learnerSession(400), fates: [] };
  const store = createSimStore({ mode: 'sandbox', sandbox });
  store.getState().goToEnd();
  const steps = selectTrace(store.getState()).steps.length;
  const call = medianMs(
    SANDBOX_RUNS,
    () => {
      store.getState().sandboxCall('client', 'send');
      selectTrace(store.getState());
    },
    () => store.getState().goToEnd(),
  );
  const undo = medianMs(
    SANDBOX_RUNS,
    () => {
      store.getState().undoSandbox();
      selectTrace(store.getState());
    },
    () => {
      store.getState().goToEnd();
      store.getState().sandboxCall('server', 'send');
    },
  );
  const reopen = medianMs(
    SANDBOX_RUNS,
    () => {
      store.getState().openSandbox();
      selectTrace(store.getState());
    },
    () => store.getState().leaveSandbox(),
  );
  const fork = medianMs(
    SANDBOX_RUNS,
    () => {
      store.getState().sandboxCall('server', 'send');
      selectTrace(store.getState());
    },
    () => {
      store.getState().goToEnd();
      store.getState().seek(store.getState().cursor - 10);
    },
  );
  line(`a call at 400 actions (${steps} steps)`, call, 100);
  line('a call 10 steps before the end (a fork)', fork, 100);
  line('Undo at 400 actions', undo, 100);
  line('reopen the sandbox at 400 actions', reopen, 100);
  console.log('  (store and engine work only; drawing the ladder comes on top in the browser)');
}

// The app fetches the engine and the sandbox's code after its first screen; the store's work
// measured here starts where a page that has them stands.
await loadSandboxParts();

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
if (only === 'sandbox') {
  reportSandbox();
  await reportBrowserSandbox(DIST);
} else if (only === 'steps') {
  await reportBrowserSteps(DIST);
} else if (only === 'lighthouse') {
  // --dir audits another build (e.g. main's, side by side with this one).
  await reportLighthouse(3, args.includes('--dir') ? args[args.indexOf('--dir') + 1] : DIST);
} else {
  const withinBudget = reportFirstPaintJs(DIST);
  reportEngineSpeed(runsFromArgs(args));
  reportSandbox();
  await reportBrowser(DIST);
  reportCaptureThroughput();
  await reportCaptureImport(DIST);
  await reportLighthouse();
  if (!withinBudget) process.exitCode = 1;
}
