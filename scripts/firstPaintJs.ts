/**
 * First-paint JS of a production build, gzip -9, per language: every script the page fetches
 * and waits for before its first screen answers the reader. That is
 * - the module scripts and modulepreloads that dist/index.html references (the app's code), and
 * - the language chunks src/main.tsx waits for before it hydrates the prerendered page (English
 *   or Chinese) or draws the page afresh (a link to another moment), with what they import
 *   (FIRST_PAINT_LANGUAGE_CHUNKS: the first part of the text; index.html preloads the same).
 * Until then a click on the prerendered screen does nothing (or is replayed later), so a chunk
 * the page waits for counts even when it arrives beside the app's code rather than after it.
 * Chunks fetched after that moment (the second part of the text, a dialog's code) do not count.
 * Found through Vite's manifest, which only `vite build --manifest` writes: the shipped dist/
 * has none. Used by `npm run bench` (a report) and by firstPaintJs.build.test.ts (the budget).
 * KB are 1024 bytes (Vite's own size report uses 1000).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FRESH_RENDER_MODULES, LANGUAGE_MODULES } from './languagePreload';

/**
 * The most first-paint JS each visit may need, KB gzip. Issue 8's goal is 100 KB; react-dom
 * alone is 62 KB of it, the engine and the ladder 27 KB more, so this is where the build is
 * today, not the goal: bench prints both. It is a ratchet: lowered whenever the build shrinks,
 * raised only with the reason written here.
 * - 143 → 138 KB: the English table left the app's bundle for a chunk of its own (en 136.1 KB,
 *   counting the socket text the count had left out; zh 137.8 KB).
 * - 138 → 141 KB: the listener's accept queue (issue 11 §2: socket-layer rules every run needs,
 *   1.1 KB of engine code; its strings not on the first screen went to the second part), the
 *   capture Compare's way in from the panel, and the per-step rendering (issue 8: the backdrop
 *   memoised, the step's text deferred) put it at en 138.7 KB, zh 140.4 KB.
 * - 141 → 166 KB: counted honestly. The English page hydrates only once both parts of its text
 *   have arrived (main.tsx), but the count took the first part alone and left out the second
 *   (en/details.ts, 26.9 KB); now each language counts every chunk main.tsx waits for
 *   (en 165.6 KB, zh 140.5 KB).
 * - 166 → 142 KB: the English page hydrates with the first part of its text alone (the few
 *   strings of the first screen that were in the second part moved to the first), so it no
 *   longer waits for the second (en 139.2 KB, zh 141.0 KB: the moved misconceptions are on a
 *   Chinese reader's first screen too).
 * - 142 → 144 KB: the diagram and the panels beside it left the app's bundle for a chunk of their
 *   own (src/app/panels.ts), which the prerendered English page does not wait for (en 139.2 →
 *   115.5 KB). A page drawn afresh waits for it, and pays for the split (more files, each
 *   compressed alone): zh 143.3 KB, an English link to another moment 141.5 KB (counted since).
 * - 144 → 145 KB: merged with the per-step work (one deferred step that the views following the
 *   diagram share, the trace remembered per options) and the diagram laid out once while the page
 *   is adopted: zh 144.1 KB, an English link 142.3 KB, the prerendered English page 116.1 KB.
 * - One budget per visit since: the prerendered English page 145 → 111 KB. The diagram's and the
 *   panels' own text left the first part for a chunk of its own (src/i18n/en/view.ts), which the
 *   panels wait for and the header and controls do not (en 116.1 → 110.3 KB). A page drawn
 *   afresh waits for it with the panels: an English link 142.4 → 143.4 KB (two chunks compress
 *   worse than one), held at 144; Chinese keeps it in one chunk (zh 144.5 KB), held at 145.
 * - en 111 → 110 KB: what the application sees, the glossary, the lessons, the listener's badge
 *   and the what-if outcomes moved to the view part too (en 109.5 KB, an English link 143.3 KB).
 * - en 110 → 107, zh 145 → 141, an English link 144 → 140 KB: the presenter windows' syncing
 *   loads when presenting (-1.1 KB, less the cost of one more split), and everything the entry
 *   imports statically is one file (vite.config.ts: `$initial`) instead of nine compressed
 *   apart (-2.6 KB): en 106.9, zh 140.7, an English link 139.5 KB.
 * - en 107 → 106, zh 141 → 140, an English link 140 → 139 KB: the export dialog's capture-file
 *   text joined the view part, and reading a capture file (its progress, the connection picker)
 *   loads with the first file: en 105.9, zh 140.0, an English link 138.7 KB.
 * - en 106 → 107, zh 140 → 141, an English link 139 → 140 KB: merged with the load's long tasks
 *   split (React DOM a file of its own, run in a task of its own, ~0.3 KB for the second file)
 *   and the sandbox's fork of a run (the engine, ~0.2 KB): en 106.4, zh 140.8, an English link
 *   139.5 KB.
 * - zh 141 → 142 KB: the prerendered diagram is removed in a task of its own, not inside the
 *   commit that draws the app's (LadderFrame's PrerenderedDrawing; ~20 ms less TBT), and the step
 *   reaches the views that follow the diagram after its frame: zh 141.1 KB.
 * - zh 142 → 143 KB: the Chinese text split like the English, the panels' part (zh/view.ts) a
 *   chunk of its own, for the prerendered Chinese page to hydrate without it; drawn afresh, as
 *   Chinese still is until then, it waits for both, compressed apart: zh 142.1 KB.
 * - zh 143 → 108 KB: the Chinese first screen is prerendered too (a <template> in index.html,
 *   swapped in before the first paint: scripts/prerender.ts), and a Chinese reader's page
 *   hydrates it with the first part of its text alone, like the English: it no longer waits for
 *   the panels' code and text (zh 107.6 KB). index.html grows by the Chinese markup, 3.8 KB gzip
 *   for every reader (9.4 → 13.2 KB), HTML the browser reads, not JavaScript it runs.
 *   A Chinese link to another moment is drawn afresh as before and counted since, at the
 *   Chinese visit's old budget: it waits for the panels' code and both parts of the text, now
 *   compressed apart (zh link 142.1 KB).
 * - en 107 → 93 KB: the prerendered English page carries its first screen's trace as data, and
 *   the engine and the sandbox's code are chunks of their own it fetches once it answers
 *   (src/store/engineArrival.ts); what needs another trace waits for them: en 92.1 KB. A page
 *   drawn afresh waits for them as before: zh 141.1, an English link 139.8 KB.
 * - zh 108 → 94 KB: merged the two: the prerendered Chinese page carries the same trace and
 *   fetches the engine once it answers, like the English one: zh 93.1, en 92.2 KB. A link to
 *   another moment waits for the engine as before: en 140.0, zh 142.3 KB.
 * - An English link 140 → 141 KB: merged with the second part of the text merged into the table
 *   in place, drawing again only what showed a key blank (src/i18n/useT.ts; a 21–45 ms load
 *   task became ~2 ms), 0.1 KB in every visit: en 92.4, zh 93.3, an English link 140.1 KB.
 * - Merged with the ladder's frame following the cursor through a subscription outside React,
 *   so a step renders only the arrows it sends (features/ladder/cursorSource.ts; ~0.2 KB in the
 *   panels' chunk, which a page drawn afresh waits for): an English link 140.3 KB, a Chinese one 142.6 KB.
 * - A Chinese link 143 → 144 KB: one fault said once (src/store/fetchFault.ts: its notice and its
 *   Try again are in the first part of the text, since the later parts may be what failed; ~0.4
 *   KB in every visit) and a step's new arrow drawn after the step's frame (useArrowDrawn, ~0.2 KB
 *   in the panels' chunk): en 92.8, zh 93.7, an English link 140.9, a Chinese one 143.2 KB.
 * - An English link 141 → 142 KB: the Linux profile's queue of half-open connections holds
 *   backlog + 1, as measured, and the explanation says so under both profiles (the engine and
 *   the second part of the text, which a link waits for): an English link 141.1 KB.
 * - en 93 → 94 KB: a step written to the slider by the scrubber's own store subscription
 *   (features/controls/Scrubber.tsx, ~0.2 KB in every visit) and one subscription for all arrows
 *   deciding outside React when a sent arrow is drawn (features/ladder/arrowSignals.ts; ~0.4 KB in
 *   the panels' chunk), so a step's key task renders nothing: about 0.8 ms less CPU a step
 *   (thread time in a trace, alternating builds): en 93.1, zh 94.0, an English link 141.6, a
 *   Chinese one 143.9 KB.
 * - A Chinese link 144 → 145 KB: the ladder follows a step down to what it sends and to a
 *   phone's state name written down its band (features/ladder/focus.ts, export/ladder/layout.ts;
 *   ~0.3 KB in the chunks a link waits for): an English link 141.9, a Chinese one 144.2 KB.
 * - zh 94 → 95 KB: a step forward reaches the diagram's followers in a task after the frame that
 *   shows it on the scrubber (src/playback/stepsAfterFrame.ts, ~0.2 KB in every visit; the page's
 *   scroll on a phone follows with the diagram): en 93.3, zh 94.2, an English link 142.0, a
 *   Chinese one 144.3 KB.
 * - An English link 142 → 143 KB: the page's first diagram laid out in slices, a few per task
 *   (export/ladder/layout.ts, features/ladder/laidOut.ts; generators, ~0.1 KB in the chunks a link
 *   waits for), and the offline worker registered by the app once its first screen is done
 *   (src/app/offlineWorker.ts, in place of the plugin's registerSW.js): en 93.3, zh 94.2, an
 *   English link 142.1, a Chinese one 144.3 KB.
 * - en 94 → 95, zh 95 → 96, an English link 143 → 144, a Chinese link 145 → 146 KB: a keyboard
 *   and screen-reader review's fixes, on the first screen: the step buttons keep their focus at
 *   either end (aria-disabled), the scenario list waits for Enter before it opens a file window,
 *   the announcer names a new story and says playing, pausing and the speed, a hyphenated state
 *   name is kept on one line in the caption (ui/WholeStateNames.tsx), the way back from presenter
 *   mode and from a dismissed notice takes the focus: en 94.3, zh 95.2, an English link 143.3, a
 *   Chinese link 145.5 KB.
 * - A Chinese link 146 → 147 KB: presenter mode on a 1024×768 projector had labels so large that
 *   nine arrows lost their seq and ack (the SYN,ACK answering an old duplicate among them); the
 *   layout now tries the labels a little smaller before giving up their numbers
 *   (export/ladder/layout.ts, labelSizes; ~0.2 KB in the chunks a link waits for): an English link
 *   143.8, a Chinese link 146.1 KB.
 */
export const FIRST_PAINT_BUDGET_KB: Readonly<Record<FirstPaintVisit, number>> = {
  en: 95,
  zh: 96,
  'en, a link to another moment': 144,
  'zh, a link to another moment': 147,
};
export const FIRST_PAINT_GOAL_KB = 100;

/**
 * The catalogue chunks main.tsx waits for before the first screen answers, per language: the
 * first part of its text (src/i18n/messages.ts), which index.html's head script preloads.
 */
export const FIRST_PAINT_LANGUAGE_CHUNKS = LANGUAGE_MODULES;
/**
 * What a page drawn afresh (not the prerendered one) also waits for, per language: the diagram
 * and the panels beside it (src/app/featurePanels.tsx) and their text, so it never shows them
 * empty. The prerendered page hydrates without them: React keeps their HTML until both come.
 */
export const FRESH_RENDER_CHUNKS = FRESH_RENDER_MODULES;

/** The visits whose first screen is counted: each waits for its own chunks besides the app's code. */
export const FIRST_PAINT_VISITS = [
  { visit: 'en', locale: 'en', fresh: false },
  { visit: 'zh', locale: 'zh', fresh: false },
  { visit: 'en, a link to another moment', locale: 'en', fresh: true },
  { visit: 'zh, a link to another moment', locale: 'zh', fresh: true },
] as const;

export type FirstPaintVisit = (typeof FIRST_PAINT_VISITS)[number]['visit'];

export interface FirstPaintJs {
  /** Files every reader loads, with their gzip size in bytes. */
  readonly shared: ReadonlyArray<{ readonly file: string; readonly bytes: number }>;
  /** Per visit: the chunks it waits for and what they import, their bytes, and the total with the shared files. */
  readonly visits: ReadonlyArray<{
    readonly visit: FirstPaintVisit;
    readonly locale: 'en' | 'zh';
    readonly files: readonly string[];
    readonly bytes: number;
    readonly total: number;
  }>;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Local URLs of `<script src>` and `<link rel="modulepreload" href>` in the built HTML. */
export function initialScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
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

type Manifest = Record<string, { readonly file: string; readonly imports?: readonly string[] }>;

/** The files of a manifest entry and of every entry it imports statically, itself first. */
export function staticClosure(manifest: Manifest, key: string): string[] {
  const files: string[] = [];
  const visit = (entry: string, seen: Set<string>): void => {
    const chunk = manifest[entry];
    if (!chunk || seen.has(entry)) return;
    seen.add(entry);
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, seen);
  };
  visit(key, new Set());
  return files;
}

/** Measures a build made with `--manifest`. Throws if the build or a language chunk is missing. */
export function measureFirstPaintJs(distDir: string): FirstPaintJs {
  const gzipBytes = (file: string): number => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const shared = initialScriptUrls(html).map((url) => {
    const file = url.replace(/[?#].*$/, '').replace(/^\.?\//, '');
    return { file, bytes: gzipBytes(file) };
  });
  if (shared.length === 0) throw new Error(`${distDir}/index.html loads no script: not a build of the app`);
  const base = shared.reduce((sum, { bytes }) => sum + bytes, 0);
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const sharedFiles = new Set(shared.map(({ file }) => file));
  const visits = FIRST_PAINT_VISITS.map(({ visit, locale, fresh }) => {
    const sources = [...FIRST_PAINT_LANGUAGE_CHUNKS[locale], ...(fresh ? FRESH_RENDER_CHUNKS[locale] : [])];
    const missing = sources.find((source) => !manifest[source]);
    if (missing) throw new Error(`${missing} is not a chunk of the build: update FIRST_PAINT_LANGUAGE_CHUNKS or FRESH_RENDER_CHUNKS`);
    // The chunks and what they import statically (loaded before they run), less what every reader loads.
    const files = [...new Set(sources.flatMap((source) => staticClosure(manifest, source)))].filter((file) => !sharedFiles.has(file));
    const bytes = files.reduce((sum, file) => sum + gzipBytes(file), 0);
    return { visit, locale, files, bytes, total: base + bytes };
  });
  return { shared, visits };
}

/** Prints the report; returns false if a visit is over the budget. */
export function reportFirstPaintJs(distDir: string): boolean {
  const { shared, visits } = measureFirstPaintJs(distDir);
  console.log('First-paint JS (gzip -9)');
  for (const { file, bytes } of shared) console.log(`  ${kb(bytes).padStart(10)}  ${file}`);
  let pass = true;
  for (const { visit, files, bytes, total } of visits) {
    const budget = FIRST_PAINT_BUDGET_KB[visit];
    const verdict = total <= FIRST_PAINT_GOAL_KB * 1024 ? 'PASS' : total <= budget * 1024 ? 'OVER goal, within budget' : 'OVER budget';
    pass &&= total <= budget * 1024;
    console.log(
      `  ${kb(bytes).padStart(10)}  ${files.join(' + ')}  first paint in ${visit}: ${kb(total)}   goal ≤ ${FIRST_PAINT_GOAL_KB} KB (budget ${budget})  ${verdict}`,
    );
  }
  return pass;
}
