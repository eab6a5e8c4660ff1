/**
 * First-paint JS of a production build, gzip -9, per language: the module scripts and
 * modulepreloads that dist/index.html references, plus the first chunk of the reader's language
 * (which index.html's head script preloads and main.tsx waits for before rendering). Found
 * through Vite's manifest, which only `vite build --manifest` writes: the shipped dist/ has none.
 * Used by `npm run bench` (a report) and by firstPaintJs.build.test.ts (the budget).
 * KB are 1024 bytes (Vite's own size report uses 1000).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The most first-paint JS a language may need, KB gzip. Issue 8's goal is 100 KB; react-dom
 * alone is 62 KB of it, the engine and the ladder 27 KB more, so this is where the build is
 * today (a ceiling that only comes down), not the goal: bench prints both. It was 128 KB; the
 * Linux profile and the socket layer (engine rules every run needs), presenter mode's keys and
 * the capture import's drop target put the build at 134 KB (en) and 142 KB (zh), so the ceiling
 * holds that until the English fallback strings and those entry points leave the first paint.
 * The listener's accept queue (issue 11 §2: socket-layer rules every run needs, 1.1 KB of engine
 * code; its strings not on the first screen went to the second part) put zh at 144.1 KB.
 */
export const FIRST_PAINT_BUDGET_KB = 145;
export const FIRST_PAINT_GOAL_KB = 100;

/** The catalogue chunk main.tsx waits for, per language (src/i18n/messages.ts). */
export const FIRST_PAINT_LANGUAGE_CHUNKS = { en: 'src/i18n/en/teaching.ts', zh: 'src/i18n/zh/index.ts' } as const;

export interface FirstPaintJs {
  /** Files every reader loads, with their gzip size in bytes. */
  readonly shared: ReadonlyArray<{ readonly file: string; readonly bytes: number }>;
  /** Per language: its chunk and the total in bytes. */
  readonly languages: ReadonlyArray<{ readonly locale: string; readonly file: string; readonly bytes: number; readonly total: number }>;
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
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const languages = Object.entries(FIRST_PAINT_LANGUAGE_CHUNKS).map(([locale, source]) => {
    const chunk = manifest[source];
    if (!chunk) throw new Error(`${source} is not a chunk of the build: update FIRST_PAINT_LANGUAGE_CHUNKS`);
    const bytes = gzipBytes(chunk.file);
    return { locale, file: chunk.file, bytes, total: base + bytes };
  });
  return { shared, languages };
}

/** Prints the report; returns false if a language is over the budget. */
export function reportFirstPaintJs(distDir: string): boolean {
  const { shared, languages } = measureFirstPaintJs(distDir);
  console.log('First-paint JS (gzip -9)');
  for (const { file, bytes } of shared) console.log(`  ${kb(bytes).padStart(10)}  ${file}`);
  let pass = true;
  for (const { locale, file, bytes, total } of languages) {
    const verdict =
      total <= FIRST_PAINT_GOAL_KB * 1024 ? 'PASS' : total <= FIRST_PAINT_BUDGET_KB * 1024 ? 'OVER goal, within budget' : 'OVER budget';
    pass &&= total <= FIRST_PAINT_BUDGET_KB * 1024;
    console.log(
      `  ${kb(bytes).padStart(10)}  ${file}  first paint in ${locale}: ${kb(total)}   goal ≤ ${FIRST_PAINT_GOAL_KB} KB (budget ${FIRST_PAINT_BUDGET_KB})  ${verdict}`,
    );
  }
  return pass;
}
