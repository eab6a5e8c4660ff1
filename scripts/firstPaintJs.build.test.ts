import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../src/engine';
import { PLAIN_TEXT } from '../src/export/ladder/layout';
import { enCore } from '../src/i18n/en/core';
import { enView } from '../src/i18n/en/view';
import { zhCore } from '../src/i18n/zh';
import { zhView } from '../src/i18n/zh/view';
import { DEFAULT_SCENARIO } from '../src/store/simInputs';
import { PRERENDERED_TRACE_ID } from '../src/store/prerenderedTrace';
import {
  FIRST_PAINT_BUDGET_KB,
  FIRST_PAINT_VISITS,
  FRESH_RENDER_CHUNKS,
  kb,
  measureFirstPaintJs,
  staticClosure,
  type FirstPaintJs,
} from './firstPaintJs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the site itself (with a manifest, into a folder of its own), so it can neither skip nor
 * read a stale or missing dist/: it runs in `npm test` before the site is built.
 */
describe('first-paint JS of the production build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'tcp-lab-first-paint-'));
  let measured: FirstPaintJs;

  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, which would build React's development bundle.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ root: ROOT, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true, manifest: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    measured = measureFirstPaintJs(outDir);
  }, 300_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  for (const { visit } of FIRST_PAINT_VISITS) {
    it(`stays within ${FIRST_PAINT_BUDGET_KB[visit]} KB gzip for a visit in ${visit}`, () => {
      const measuredVisit = measured.visits.find((entry) => entry.visit === visit);
      expect(measuredVisit, `no first-paint chunk for ${visit}`).toBeDefined();
      const files = [...measured.shared.map(({ file, bytes }) => `${file} ${kb(bytes)}`), ...measuredVisit!.files].join(', ');
      expect(measuredVisit!.total, `first paint in ${visit}: ${kb(measuredVisit!.total)} (${files})`).toBeLessThanOrEqual(
        FIRST_PAINT_BUDGET_KB[visit] * 1024,
      );
    });
  }

  it('loads no stylesheet with the code a page does not wait for: the prerendered panels are styled from the start', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, { css?: string[] }>;
    const lateStyles = [...new Set(Object.values(FRESH_RENDER_CHUNKS).flat())].flatMap((source) => manifest[source]?.css ?? []);
    expect(lateStyles, 'import their CSS in src/app/App.tsx, beside the other panels’').toEqual([]);
  });

  // Code only some visits run is loaded when it is first needed (issue 8): presenting and the
  // speaker notes; reading a capture file. Its module is then a chunk of its own that no visit's
  // first paint waits for.
  it.each(['src/features/presenter/presenterSync.ts', 'src/features/capture-import/CaptureOpener.tsx'])(
    'keeps %s out of the first paint, loaded on demand',
    (source) => {
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<
        string,
        { file: string; isDynamicEntry?: boolean }
      >;
      const chunk = manifest[source];
      expect(chunk?.isDynamicEntry, `${source} is not a chunk loaded on demand`).toBe(true);
      const firstPaint = [...measured.shared.map(({ file }) => file), ...measured.visits.flatMap(({ files }) => files)];
      expect(firstPaint).not.toContain(chunk?.file);
    },
  );

  // The prerendered English page draws and steps through its trace from the page (issue 8): the
  // simulator and the sandbox's buttons are fetched once it answers, and it never waits for them.
  const manifestOf = () =>
    JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Parameters<typeof staticClosure>[0] &
      Record<string, { isDynamicEntry?: boolean }>;
  const prerenderedFirstPaint = () =>
    new Set([...measured.shared.map(({ file }) => file), ...(measured.visits.find(({ visit }) => visit === 'en')?.files ?? [])]);
  /** A chunk's files and what they import, less what every page loads (React, the app's entry). */
  const ownFiles = (source: string) => staticClosure(manifestOf(), source).filter((file) => !prerenderedFirstPaint().has(file));
  const code = (files: Iterable<string>) => [...files].map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');

  it.each(['src/store/engineParts.ts', 'src/store/sandboxParts.ts'])(
    'keeps %s, loaded on demand, out of the prerendered English page’s first paint',
    (source) => {
      expect(manifestOf()[source]?.isDynamicEntry, `${source} is not a chunk loaded on demand`).toBe(true);
      expect(ownFiles(source).length).toBeGreaterThan(0);
    },
  );

  it('has the simulator in the engine’s chunk and not in the prerendered English page’s first paint', () => {
    // The simulator's words for a timer (src/engine/simulate.ts).
    const simulatorText = 'TIME-WAIT (2MSL) expires';
    expect(code(ownFiles('src/store/engineParts.ts'))).toContain(simulatorText);
    expect(code(prerenderedFirstPaint())).not.toContain(simulatorText);
  });

  it('carries the first screen’s trace in the page, equal to what the engine computes', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const block = new RegExp(`<script type="application/json" id="${PRERENDERED_TRACE_ID}">([\\s\\S]*?)</script>`).exec(html)?.[1];
    expect(block, 'no trace in the built page').toBeDefined();
    const embedded = JSON.parse(block ?? 'null') as unknown;
    expect(embedded).toStrictEqual({
      scenario: DEFAULT_SCENARIO,
      options: DEFAULT_OPTIONS,
      trace: simulateScenario(DEFAULT_SCENARIO, DEFAULT_OPTIONS),
    });
  });

  /** The diagram's own plain English (no i18n: tests, the SVG export's default), not the table's. */
  const plainWords = new Set([PLAIN_TEXT.counterfactual, PLAIN_TEXT.source('past'), PLAIN_TEXT.source('attacker')]);
  /** Sentences of one language's first-paint text that the other language does not share. */
  const ownSentences = (table: Readonly<Record<string, string>>, other: Readonly<Record<string, string>>): string[] =>
    Object.entries(table)
      .filter(([key, text]) => text.length >= 24 && !/[{"'\\]/.test(text) && other[key as keyof typeof other] !== text)
      .map(([, text]) => text)
      .filter((text) => !plainWords.has(text));
  const firstPaintCode = (locale: 'en' | 'zh'): string =>
    [
      ...measured.shared.map(({ file }) => file),
      ...measured.visits.filter((entry) => entry.locale === locale).flatMap(({ files }) => files),
    ]
      .map((file) => readFileSync(join(outDir, file), 'utf8'))
      .join('\n');

  it('carries no English text for a reader in zh, and no Chinese for a reader in en', () => {
    const [en, zh] = [
      { ...enCore, ...enView },
      { ...zhCore, ...zhView },
    ];
    const inZh = ownSentences(en, zh).filter((text) => firstPaintCode('zh').includes(text));
    const inEn = ownSentences(zh, en).filter((text) => firstPaintCode('en').includes(text));
    expect(inZh.slice(0, 3), `${inZh.length} English texts in the Chinese first paint`).toEqual([]);
    expect(inEn.slice(0, 3), `${inEn.length} Chinese texts in the English first paint`).toEqual([]);
  });
});
