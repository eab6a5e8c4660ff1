/**
 * `npm run bench` (builds first, then runs this):
 *   1. JS size of the production build, gzip level 9: the initial JS against a budget, and all
 *      JS chunks. Initial = the module scripts and modulepreloads dist/index.html references,
 *      plus the active language's first-paint chunk, which main.tsx awaits before rendering
 *      (found through Vite's manifest, which only this build writes: the shipped dist/ has none);
 *      reported per language, the larger one is judged.
 *   2. Engine speed: median and p95 of simulateScenario() per scenario.
 *   3. Large sandbox sessions: opening long links, and a call / Undo / reopening the sandbox in a
 *      400-action session, each the median of several runs beside its goal (issue 10).
 * Options: --runs N (timed runs per scenario, default 200). Exits 1 if the initial JS is over budget.
 * KB here are 1024 bytes (Vite's own size report uses 1000).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createSimulation, DEFAULT_OPTIONS, MAX_STEPS, SCENARIO_IDS, simulateScenario } from '../src/engine';
import { createSimStore, readLink, selectTrace, type SandboxAction } from '../src/store';
import { EMPTY_SESSION, sandboxScenario, scriptedCall } from '../src/store/sandboxSession';
import { reportBrowser } from './benchBrowser';

const INITIAL_JS_BUDGET_KB = 120;
/** The catalogue chunk main.tsx waits for, per language (src/i18n/messages.ts). */
const FIRST_PAINT_CHUNKS = { en: 'src/i18n/en/teaching.ts', zh: 'src/i18n/zh/index.ts' } as const;
const WARMUP_RUNS = 20;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Local URLs of `<script src>` and `<link rel="modulepreload" href>` in the built HTML. */
function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const url = tag.toLowerCase().startsWith('<script')
      ? attr('src')
      : attr('rel')?.toLowerCase() === 'modulepreload'
        ? attr('href')
        : undefined;
    // Anything from another origin is not part of our bundle.
    if (url && !/^(?:[a-z]+:)?\/\//i.test(url)) urls.push(url);
  }
  return urls;
}

/** "./assets/x.js", "/assets/x.js?v=1" → dist/assets/x.js */
const distFile = (url: string): string => join(DIST, url.replace(/[?#].*$/, '').replace(/^\.?\//, ''));

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Prints the size report; returns false if the initial JS is over budget. */
function reportSizes(): boolean {
  const indexHtml = join(DIST, 'index.html');
  if (!existsSync(indexHtml)) throw new Error('dist/index.html not found: run `npm run bench`, which builds with --manifest.');

  console.log('JS size (gzip -9)');
  let initial = 0;
  for (const url of initialScriptUrls(readFileSync(indexHtml, 'utf8'))) {
    const bytes = gzipBytes(distFile(url));
    initial += bytes;
    console.log(`  ${kb(bytes).padStart(10)}  ${url}`);
  }
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  let worst = 0;
  for (const [locale, source] of Object.entries(FIRST_PAINT_CHUNKS)) {
    const chunk = manifest[source];
    if (!chunk) throw new Error(`${source} is not a chunk of the build: update FIRST_PAINT_CHUNKS`);
    const bytes = gzipBytes(join(DIST, chunk.file));
    worst = Math.max(worst, initial + bytes);
    console.log(`  ${kb(bytes).padStart(10)}  ${chunk.file}  (first paint in ${locale}: ${kb(initial + bytes)})`);
  }
  const all = jsFiles(DIST);
  const total = all.reduce((sum, file) => sum + gzipBytes(file), 0);
  const pass = worst <= INITIAL_JS_BUDGET_KB * 1024;
  console.log(`  initial JS: ${kb(worst)} of ${INITIAL_JS_BUDGET_KB} KB budget (larger language)  ${pass ? 'PASS' : 'OVER'}`);
  console.log(`  all JS:     ${kb(total)} in ${all.length} chunk(s)`);
  if (!pass) console.log(`  (chunks: ${all.map((f) => relative(DIST, f)).join(', ')})`);
  return pass;
}

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
      i === 0 ? { side: 'server', call: 'listen', afterStep }
      : i === 1 ? { side: 'client', call: 'connect', afterStep }
      : { side: i % 2 ? 'client' : 'server', call: 'send', bytes: 100, afterStep };
    actions.push(action);
    run.addCall(scriptedCall(action));
  }
  return actions;
}

function reportSandbox(): void {
  console.log(`\nLarge sandbox sessions, median of ${SANDBOX_RUNS} runs`);
  const line = (label: string, ms: number, goalMs: number) =>
    console.log(`  ${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms   goal < ${String(goalMs).padStart(4)} ms  ${ms < goalMs ? 'PASS' : 'OVER'}`);

  const links: [string, string][] = [
    ['open the 40× c.send65535 link', sandboxLink(Array<string>(40).fill('c.send65535'))],
    ['open a 498× c.send link', sandboxLink(Array<string>(498).fill('c.send'))],
    ['open a 10,000-action link', sandboxLink(Array<string>(9998).fill('c.send'))],
  ];
  for (const [label, hash] of links) line(`${label} (${hash.length} chars)`, medianMs(SANDBOX_RUNS, () => readLink(hash)), 1000);

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

const withinBudget = reportSizes();
reportEngineSpeed(runsFromArgs(process.argv.slice(2)));
reportSandbox();
await reportBrowser(DIST);
if (!withinBudget) process.exitCode = 1;
