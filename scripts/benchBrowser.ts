/**
 * The in-browser half of `npm run bench` (issue 8, per step; issue 10, item 10): serves the built
 * dist/ from a throw-away static server on a free port and, in Chromium through Playwright, times
 *   1. step change → painted: from the → key's event to the frame that shows the step (the first
 *      requestAnimationFrame in which the scrubber holds the new step, then whichever runs first once
 *      that frame has been produced: the next frame's callbacks or a user-blocking task), median and p95, unthrottled and at 4×
 *      CPU slowdown (CDP Emulation.setCPUThrottlingRate). The judged figure is measured with
 *      Chromium's frame-rate limit off (--disable-frame-rate-limit --disable-gpu-vsync): an EMPTY
 *      page (a keydown that changes one text node) measured the display's way, waiting for the
 *      next 60 Hz refresh, takes 8.6 ms median and 16.1 ms p95 on this bench's Chromium — the wait
 *      for the refresh alone is over the 8 ms goal, so no page could meet it. With the limit off
 *      the same empty page takes 2.8 / 7.8 ms: what is left is the page's own work until its
 *      frame is produced. Those figures were taken while the probes ran a requestAnimationFrame
 *      loop from page load (to count frames), which keeps the page rendering every refresh; with
 *      the loop started only where frames are counted, an idle empty page shows a key in about
 *      2.5 ms at 60 Hz as well, so both ways are printed. For context the bench also prints the
 *      display's figure, the empty page's figures measured the same ways in the same run (the
 *      floor), and in how many of the steps the first frame after the key already showed the
 *      step (the issue: "a step in one frame"; counted at 60 Hz, where a frame is a refresh);
 *   2. playing at 4× speed at 4× CPU for 10 s: long tasks (PerformanceObserver 'longtask') and
 *      frames per second (requestAnimationFrame callbacks);
 *   3. a 400-action sandbox session: a call, Undo and reopening the sandbox, each from the click
 *      to the next painted frame (median);
 *   4. importing a generated ~100 MB pcap through the file input (issue 12 §4): the time until the
 *      connection picker shows, then until the chosen connection plays, and the long tasks on the
 *      page's thread meanwhile (the reading itself runs in a Web Worker).
 * Each figure is printed beside its goal. Numbers only: nothing here fails the run.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import type { Trace } from '../src/engine';
import { buildTimeScale } from '../src/export/ladder/timeScale';
import { buildPace, stepDurationMs } from '../src/playback/stepDuration';
import { createSimStore, selectTrace, timeAtCursor, writeLink } from '../src/store';
import { learnerSession } from '../src/store/learnerSession';
import { generatedCapture } from './benchCapture';

const STEP_SAMPLES = 30;
const PLAY_SECONDS = 10;
const SANDBOX_ACTIONS = 400;
/**
 * The calls timed in the sandbox, one per sample, each a story not seen before: the same call
 * after Undo would find its trace remembered and time a cached result, not a call.
 */
const SANDBOX_CALLS = [
  { side: 'Client', call: /^send\(/ },
  { side: 'Server', call: /^send\(/ },
  { side: 'Client', call: /^shutdown\(\)$/ },
] as const;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** About 100 MB of pcap: the close scenario's 10 packets, ~80 bytes each with their record headers. */
const IMPORT_PACKETS = 1_250_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
};

/** The floor of the step figure: a page whose → key changes one text node, and nothing else. */
const EMPTY_PAGE_PATH = '/__empty-step.html';
const EMPTY_PAGE = `<!doctype html><meta charset="utf-8"><title>empty</title>
<p id="empty-step">0</p>
<script>addEventListener('keydown', () => { const n = document.getElementById('empty-step'); n.textContent = String(Number(n.textContent) + 1); });</script>`;

/** A static server for dist/ (and the empty page) on a free port of 127.0.0.1 (no clash with anyone's preview). */
async function serveDist(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === EMPTY_PAGE_PATH) {
      response.writeHead(200, { 'content-type': MIME['.html'] });
      response.end(EMPTY_PAGE);
      return;
    }
    let file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, 'index.html');
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * Installed before the page's own scripts: every trusted keydown or click starts a timer that
 * stops once the frame showing its effect has been produced; the samples collect in
 * window.__paintLatencies and the number of frames it took (1: the first frame after the key) in
 * window.__paintFrames. What shows the effect: the step scrubber's value or its maximum (a sandbox
 * call, Undo, reopening the sandbox: the step count changes) or the empty page's one text node
 * has changed. A click used to stop at the next frame, whether or not it showed the call. A new
 * key or click ends the timer of any earlier one still waiting: a sample belongs to its own input.
 * Long tasks are counted too, and frames once __countFrames() is called. A string, not a
 * function: tsx would wrap a function's inner functions in a helper the page does not have.
 */
export const PROBES = `
  window.__paintLatencies = [];
  window.__paintFrames = [];
  window.__longTasks = [];
  window.__frames = 0;
  // The step and the step count: a step changes the first, a sandbox call, Undo or reopening the
  // sandbox the second.
  const shown = () => {
    const slider = document.querySelector('.scrubber input[type=range]');
    return slider ? slider.value + '/' + slider.max : document.getElementById('empty-step')?.textContent;
  };
  // Only the latest input is timed: a key that changed nothing (End at the end) still waited for
  // a change, and the next click's change ended it, so a call was timed from that key, not from
  // its own click (a call at 400 actions read 326 ms; its click took a third of that).
  let latest = 0;
  const afterPaintShowing = (start) => {
    const before = shown();
    const input = ++latest;
    let frames = 0;
    const onFrame = () => {
      if (input !== latest) return;
      frames++;
      // What is not on screen yet waits for a later frame (at most two seconds).
      if (before !== undefined && shown() === before && performance.now() - start < 2000) return requestAnimationFrame(onFrame);
      let recorded = false;
      const record = () => {
        if (recorded) return;
        recorded = true;
        window.__paintLatencies.push(performance.now() - start);
        window.__paintFrames.push(frames);
      };
      // Whichever comes first once the frame is produced: the next frame's callbacks, or a task.
      // A page that animates (a glide) has its next frame due at once, and the browser begins it
      // before any task: a task posted from here then also waited for that whole next frame, which
      // is the animation's next picture, not this step's (traced at 1×: the step's frame was done
      // 4.7 ms after the key, the task ran at 8.1). A next frame's callbacks run first in its task.
      requestAnimationFrame(record);
      // Else the first task: user-blocking goes before the timers and messages the page queued
      // earlier. A message (the way this was timed before) waited behind them: in a trace at 4×
      // CPU, work done after the frame (the link's timer, React's effects) put 5 ms of a median
      // 36.5 between the end of the frame and the sample.
      if (typeof scheduler === 'object') return scheduler.postTask(record, { priority: 'user-blocking' });
      const channel = new MessageChannel();
      channel.port1.onmessage = record;
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(onFrame);
  };
  window.addEventListener('keydown', (event) => afterPaintShowing(event.timeStamp), { capture: true });
  window.addEventListener('click', (event) => afterPaintShowing(event.timeStamp), { capture: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // Started only where frames are counted (playing): a rAF loop left running would, with the
  // frame-rate limit off, produce frames back to back and slow every other figure down.
  window.__countFrames = () => {
    const countFrame = () => {
      window.__frames++;
      requestAnimationFrame(countFrame);
    };
    requestAnimationFrame(countFrame);
  };
`;

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function line(label: string, value: string, goal: string, pass: boolean): void {
  console.log(`  ${label.padEnd(52)} ${value.padStart(16)}   goal ${goal.padEnd(10)} ${pass ? 'PASS' : 'OVER'}`);
}

interface StepSamples {
  /** Key → the frame that shows the step, produced. */
  readonly ms: number[];
  /** How many frames that took: 1 is the first frame after the key. */
  readonly frames: number[];
}

async function takeSamples(page: Page): Promise<StepSamples> {
  return page.evaluate(() => {
    const w = window as unknown as { __paintLatencies: number[]; __paintFrames: number[] };
    return { ms: w.__paintLatencies.splice(0), frames: w.__paintFrames.splice(0) };
  });
}

async function takeLatencies(page: Page): Promise<number[]> {
  return (await takeSamples(page)).ms;
}

const sliderShown = (page: Page) => page.getByRole('slider', { name: 'Step' }).waitFor();

async function openPage(
  browser: Browser,
  url: string,
  cpuSlowdown: number,
  ready: (page: Page) => Promise<void> = sliderShown,
): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  await page.addInitScript(PROBES);
  // A long session took tens of seconds to open before issue 10: wait, and report what it takes.
  page.setDefaultTimeout(300_000);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url);
  await ready(page);
  await offlineWorkerInstalled(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  return { page, cdp };
}

/**
 * The offline worker installs once the first screen is done (src/app/offlineWorker.ts), fetching
 * and storing the whole build: timing starts after that, as a student's steps come after the first
 * seconds, and not at whatever point of its install the page happens to be. A build without one
 * (the single file) waits out the bound.
 */
const offlineWorkerInstalled = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        void navigator.serviceWorker?.ready.then(() => resolve());
        setTimeout(resolve, 15_000);
      }),
  );

/** The scenario whose steps are timed: long, with glides short and long, a break and a lost segment. */
const STEP_SCENARIO = 'syn-flood';

/**
 * How long after the step to `cursor` its glide has surely landed, ms: the glide's own length at
 * the page's speed (stepDurationMs), and a margin for the landing frame, longer where the CPU is
 * slowed. The next → must come after it: a key pressed while a glide runs skips that glide to its
 * end (playbackDriver), so its frame also carries the landing of the step before (the notes,
 * badges and table it brings), which is not this step's work. A fixed 700 ms × the slowdown was
 * shorter than 15 of syn-flood's 26 glides unthrottled (up to 4.3 s) and 5 of them at 4×.
 */
export function landedAfterMs(trace: Trace, cursor: number, speed: number, cpuSlowdown: number): number {
  const scale = buildTimeScale(trace);
  const glideMs = stepDurationMs(scale, timeAtCursor(trace, cursor - 1), timeAtCursor(trace, cursor), speed, buildPace(scale));
  return glideMs + 300 * cpuSlowdown;
}

/**
 * Presses → until `STEP_SAMPLES` samples are taken, waiting `settleMs()` after each (and
 * `beforeEach` first), and collects each press's sample.
 */
async function pressSteps(
  page: Page,
  settleMs: () => Promise<number>,
  beforeEach: () => Promise<void> = async () => {},
): Promise<StepSamples> {
  const samples: StepSamples = { ms: [], frames: [] };
  await takeSamples(page);
  while (samples.ms.length < STEP_SAMPLES) {
    await beforeEach();
    await page.keyboard.press('ArrowRight');
    await sleep(await settleMs());
    const taken = await takeSamples(page);
    samples.ms.push(...taken.ms);
    samples.frames.push(...taken.frames);
  }
  return { ms: samples.ms.slice(0, STEP_SAMPLES), frames: samples.frames.slice(0, STEP_SAMPLES) };
}

/** Presses → through a long scenario, letting each glide finish, and times each step's first frame. */
async function stepLatencies(browser: Browser, origin: string, cpuSlowdown: number): Promise<StepSamples> {
  const { page } = await openPage(browser, `${origin}/#s=${STEP_SCENARIO}&step=0&lang=en`, cpuSlowdown);
  const slider = page.getByRole('slider', { name: 'Step' });
  const state = createSimStore({ scenario: STEP_SCENARIO }).getState();
  const trace = selectTrace(state);
  const last = Number((await slider.getAttribute('aria-valuemax')) ?? (await slider.getAttribute('max')));
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const backToStartAtEnd = async () => {
    if (Number(await slider.inputValue()) < last) return;
    await page.keyboard.press('Home');
    await sleep(300);
    await takeSamples(page);
  };
  // Let the glide land before the next step: the latency is the step's own first frame.
  const landed = async () => landedAfterMs(trace, Number(await slider.inputValue()), state.speed, cpuSlowdown);
  const samples = await pressSteps(page, landed, backToStartAtEnd);
  await page.close();
  return samples;
}

/** The same presses on the empty page: the floor under any page's figure, measured the same way. */
async function emptyPageLatencies(browser: Browser, origin: string, cpuSlowdown: number): Promise<StepSamples> {
  const { page } = await openPage(browser, `${origin}${EMPTY_PAGE_PATH}`, cpuSlowdown, (p) => p.locator('#empty-step').waitFor());
  const samples = await pressSteps(page, async () => 100);
  await page.close();
  return samples;
}

/** Plays the scenario at 4× speed (starting again from the top at its end) and counts frames and long tasks. */
async function playing(browser: Browser, origin: string): Promise<{ fps: number; longTasks: number[] }> {
  const { page } = await openPage(browser, `${origin}/#s=syn-flood&step=0&lang=en`, 4);
  await page.getByLabel('Speed').selectOption('4');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const before = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: number; __countFrames: () => void };
    w.__countFrames();
    w.__longTasks.splice(0);
    return { frames: w.__frames, at: performance.now() };
  });
  await page.keyboard.press('Space');
  const slider = page.getByRole('slider', { name: 'Step' });
  const until = Date.now() + PLAY_SECONDS * 1000;
  while (Date.now() < until) {
    await sleep(250);
    const max = Number(await slider.getAttribute('max'));
    if (Number(await slider.inputValue()) >= max) {
      await page.keyboard.press('Home');
      await page.keyboard.press('Space');
    }
  }
  const after = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: number };
    return { frames: w.__frames, at: performance.now(), longTasks: w.__longTasks.splice(0) };
  });
  await page.close();
  return { fps: ((after.frames - before.frames) * 1000) / (after.at - before.at), longTasks: after.longTasks };
}

/** A learner's long session (learnerSession), as a link. */
const sandboxHash = (actions: number): string => writeLink(learnerSession(actions).getState());

interface Timed {
  /** Click → the first frame that shows its effect (the step count changed). */
  readonly ms: number;
  /** The longest task from the click until the page settled: work left for after that frame. */
  readonly longestTask: number;
}

/** Two frames from now: the frame an earlier key or click was waiting for has been produced. */
const twoFrames = (page: Page) => page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');

async function timedClick(page: Page, click: () => Promise<void>, settled: () => Promise<void>): Promise<Timed> {
  // The End key or mode switch just before has a sample still to come: let it land and drop it,
  // or it would be taken for this click's (it was, before: a call "took" the End key's 16 ms).
  await twoFrames(page);
  await takeLatencies(page);
  await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
  await click();
  await settled();
  await sleep(300);
  const [ms] = await takeLatencies(page);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
  return { ms: ms ?? NaN, longestTask: Math.max(0, ...tasks) };
}

interface SandboxTimes {
  readonly call: Timed;
  readonly undo: Timed;
  readonly reopen: Timed;
  readonly steps: string;
}

const medianTimed = (samples: readonly Timed[]): Timed => ({
  ms: percentile(
    samples.map((s) => s.ms),
    50,
  ),
  longestTask: percentile(
    samples.map((s) => s.longestTask),
    50,
  ),
});

async function sandboxInteractions(browser: Browser, origin: string): Promise<SandboxTimes> {
  const { page } = await openPage(browser, `${origin}/${sandboxHash(SANDBOX_ACTIONS)}`, 1);
  const slider = page.getByRole('slider', { name: 'Step' });
  const stepCount = async () => (await slider.getAttribute('max')) ?? '?';
  /** Settled: the step count (the scrubber's max) has become `wanted`, or has left `was`. */
  const countIs = (wanted: string) => () => expectAttribute(page, (max) => max === wanted);
  const countLeaves = (was: string) => () => expectAttribute(page, (max) => max !== was);
  await page.keyboard.press('End');
  const steps = await stepCount();
  const callButton = (side: string, call: RegExp) =>
    page.getByRole('group', { name: `${side} socket calls` }).getByRole('button', { name: call });
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const sandboxMode = page.getByRole('radio', { name: 'Sandbox' });
  const scenarioMode = page.getByRole('radio', { name: 'Guided scenarios' });
  const calls: Timed[] = [];
  const undos: Timed[] = [];
  const reopens: Timed[] = [];
  for (const { side, call } of SANDBOX_CALLS) {
    await page.keyboard.press('End');
    calls.push(await timedClick(page, () => callButton(side, call).click(), countLeaves(steps)));
    undos.push(await timedClick(page, () => undo.click(), countIs(steps)));
    await scenarioMode.click();
    await countLeaves(steps)();
    reopens.push(await timedClick(page, () => sandboxMode.click(), countIs(steps)));
  }
  await page.close();
  return { call: medianTimed(calls), undo: medianTimed(undos), reopen: medianTimed(reopens), steps };
}

interface CaptureImportTimes {
  readonly mb: number;
  readonly connections: string;
  /** File chosen → the connection picker on screen. */
  readonly listed: number;
  /** "Watch stream 0" → its ladder on screen. */
  readonly played: number;
  /** Long tasks on the page's thread while the file was read and listed, then while the chosen connection was put on screen. */
  readonly readingTasks: readonly number[];
  readonly playingTasks: readonly number[];
}

/** Opens a generated ~100 MB capture through the file input, as a learner would, and picks its first connection. */
async function captureImport(browser: Browser, origin: string): Promise<CaptureImportTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const file = join(dir, 'generated.pcap');
  const bytes = generatedCapture(IMPORT_PACKETS);
  writeFileSync(file, bytes);
  try {
    const { page } = await openPage(browser, `${origin}/#s=close&step=0&lang=en`, 1);
    const takeTasks = () => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.splice(0));
    await takeTasks();
    const start = Date.now();
    await page.locator('input[type=file]').setInputFiles(file);
    // CSS selectors, not roles: Playwright evaluates a role query in the page, and on a page this
    // size each poll would be a long task of the measurement's own.
    await page.locator('.capture-picker__table').waitFor();
    const listed = Date.now() - start;
    const readingTasks = await takeTasks();
    const connections = (await page.locator('.modal-dialog__subtitle').textContent())?.match(/holds ([\d,]+)/)?.[1] ?? '?';
    const picked = Date.now();
    await page.locator('.capture-picker__table button').first().click();
    await page.locator('.capture-panel__source').waitFor();
    const played = Date.now() - picked;
    // Work queued behind the last frame counts too.
    await sleep(500);
    const playingTasks = await takeTasks();
    await page.close();
    return { mb: bytes.length / 1e6, connections, listed, played, readingTasks, playingTasks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits until the scrubber's max passes `test`. */
async function expectAttribute(page: Page, test: (max: string) => boolean): Promise<void> {
  for (;;) {
    const max = await page.getByRole('slider', { name: 'Step' }).getAttribute('max');
    if (max !== null && test(max)) return;
    await sleep(20);
  }
}

function chromiumPath(): string | undefined {
  if (process.env.PW_CHROMIUM_PATH) return process.env.PW_CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No Playwright build here: the system browser below.
  }
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/**
 * Chromium's frame-rate limit off: a frame is produced as soon as the page's work allows instead
 * of at the display's next refresh (see the header: the refresh alone is over the 8 ms goal).
 */
const NO_FRAME_RATE_LIMIT = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** dist/ served, and Chromium open (with `extraArgs`), for the while of `measure`. */
async function withBrowser(
  dist: string,
  measure: (browser: Browser, origin: string) => Promise<void>,
  extraArgs: readonly string[] = [],
): Promise<void> {
  const { server, origin } = await serveDist(dist);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking', '--no-first-run', ...extraArgs],
  });
  try {
    await measure(browser, origin);
  } finally {
    await browser.close();
    server.close();
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const medianP95 = (values: readonly number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 95).toFixed(1)} ms`;

interface PageSteps {
  readonly app: StepSamples;
  readonly empty: StepSamples;
}

interface StepFigures {
  /** Frame-rate limit off: the app's is the judged figure. */
  readonly unlimited: PageSteps;
  /** At the display's refresh (60 Hz), as a person's screen shows it. */
  readonly atRefresh: PageSteps;
}

/** The app's and the empty page's steps at each CPU slowdown, in one browser. */
async function stepsAt(dist: string, slowdowns: readonly number[], extraArgs: readonly string[] = []): Promise<PageSteps[]> {
  const figures: PageSteps[] = [];
  await withBrowser(
    dist,
    async (browser, origin) => {
      for (const slowdown of slowdowns)
        figures.push({
          app: await stepLatencies(browser, origin, slowdown),
          empty: await emptyPageLatencies(browser, origin, slowdown),
        });
    },
    extraArgs,
  );
  return figures;
}

/** The judged line beside its goal, then the context lines under it. */
function reportStep(label: string, { unlimited, atRefresh }: StepFigures, goal: string, pass: boolean): void {
  line(`step → painted, ${label}, median / p95`, medianP95(unlimited.app.ms), goal, pass);
  const context = (text: string, value: string) => console.log(`      ${text.padEnd(48)} ${value.padStart(16)}`);
  context('the empty page, frame-rate limit off', medianP95(unlimited.empty.ms));
  context("the app at the display's 60 Hz refresh", medianP95(atRefresh.app.ms));
  context('the empty page at the 60 Hz refresh', medianP95(atRefresh.empty.ms));
  const firstFrame = atRefresh.app.frames.filter((n) => n === 1).length;
  context('painted in the first frame after the key (60 Hz)', `${firstFrame} of ${atRefresh.app.frames.length} steps`);
}

/** Step → painted, unthrottled and at 4× CPU, with its context (see the header). */
async function reportSteps(dist: string): Promise<void> {
  console.log("  step → painted is judged with Chromium's frame-rate limit off: the page's own work until its frame is produced");
  const [unlimited, atRefresh] = [await stepsAt(dist, [1, 4], NO_FRAME_RATE_LIMIT), await stepsAt(dist, [1, 4])];
  const [fast, slow] = [0, 1].map((i) => ({ unlimited: unlimited[i]!, atRefresh: atRefresh[i]! }));
  const [fastMs, slowMs] = [fast!.unlimited.app.ms, slow!.unlimited.app.ms];
  reportStep('unthrottled', fast!, '≤ 8 ms', percentile(fastMs, 50) <= 8);
  reportStep('4× CPU', slow!, '≤ 16 / 33', percentile(slowMs, 50) <= 16 && percentile(slowMs, 95) <= 33);
}

/** Runs every browser measurement against dist/ and prints it beside its goal. */
export async function reportBrowser(dist: string): Promise<void> {
  console.log('\nIn Chromium (the built app; syn-flood scenario, 1366×768)');
  await reportSteps(dist);
  await withBrowser(dist, async (browser, origin) => {
    await reportPlaying(browser, origin);
    await reportSandboxIn(browser, origin);
  });
}

/** Long tasks and frame rate while playing (see `playing`), beside their goals. */
async function reportPlaying(browser: Browser, origin: string): Promise<void> {
  const play = await playing(browser, origin);
  const longest = Math.max(0, ...play.longTasks);
  line(
    `playing 4× at 4× CPU, ${PLAY_SECONDS} s: long tasks (count, max)`,
    `${play.longTasks.length}, ${ms(longest)}`,
    'none > 50',
    longest <= 50,
  );
  line('playing 4× at 4× CPU: frame rate', `${play.fps.toFixed(1)} fps`, '≥ 55 fps', play.fps >= 55);
}

/**
 * Step → painted and playing without long tasks (`npm run bench -- --only steps`), to measure a
 * change to the step quickly: both are what a step costs, one pressed, one played.
 */
export async function reportBrowserSteps(dist: string): Promise<void> {
  console.log('\nIn Chromium (the built app; syn-flood scenario, 1366×768)');
  await reportSteps(dist);
  await withBrowser(dist, reportPlaying);
}

/** The sandbox's part alone (`npm run bench -- --only sandbox`). */
export async function reportBrowserSandbox(dist: string): Promise<void> {
  await withBrowser(dist, async (browser, origin) => {
    console.log('\nIn Chromium (the built app, 1366×768)');
    await reportSandboxIn(browser, origin);
  });
}

async function reportSandboxIn(browser: Browser, origin: string): Promise<void> {
  const sandbox = await sandboxInteractions(browser, origin);
  const timed = (label: string, { ms: painted, longestTask }: Timed) =>
    line(label, `${ms(painted)} (task ${Math.round(longestTask)})`, '< 100 ms', painted < 100 && longestTask < 100);
  timed(`sandbox (${SANDBOX_ACTIONS} actions, ${sandbox.steps} steps): a call → painted`, sandbox.call);
  timed('sandbox: Undo → painted', sandbox.undo);
  timed('sandbox: reopen → painted', sandbox.reopen);
}

/** Issue 12 §4 in Chromium: a ~100 MB capture opened in the built app, beside the goal of a page that stays responsive. */
export async function reportCaptureImport(dist: string): Promise<void> {
  await withBrowser(dist, async (browser, origin) => {
    console.log('\nIn Chromium: opening a capture (the built app, 1366×768)');
    const imported = await captureImport(browser, origin);
    const tasks = (list: readonly number[]) => `${list.length}, ${ms(Math.max(0, ...list))}`;
    const under50 = (list: readonly number[]) => list.every((d) => d <= 50);
    console.log(
      `  a ${imported.mb.toFixed(0)} MB pcap (${IMPORT_PACKETS.toLocaleString('en')} packets, ${imported.connections} connections)`,
    );
    console.log(`  ${'file chosen → connection list on screen'.padEnd(52)} ${`${(imported.listed / 1000).toFixed(1)} s`.padStart(16)}`);
    console.log(`  ${'"Watch stream 0" → its ladder on screen'.padEnd(52)} ${ms(imported.played).padStart(16)}`);
    line('long tasks while reading and listing (count, max)', tasks(imported.readingTasks), 'none > 50', under50(imported.readingTasks));
    line(
      'long tasks while the connection is drawn (count, max)',
      tasks(imported.playingTasks),
      'none > 50',
      under50(imported.playingTasks),
    );
  });
}
