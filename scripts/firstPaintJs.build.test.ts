import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PAINT_BUDGET_KB, kb, measureFirstPaintJs, type FirstPaintJs } from './firstPaintJs';

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

  for (const locale of ['en', 'zh']) {
    it(`stays within ${FIRST_PAINT_BUDGET_KB} KB gzip for a reader in ${locale}`, () => {
      const language = measured.languages.find((entry) => entry.locale === locale);
      expect(language, `no first-paint chunk for ${locale}`).toBeDefined();
      const files = [...measured.shared, language!].map(({ file, bytes }) => `${file} ${kb(bytes)}`).join(', ');
      expect(language!.total, `first paint in ${locale}: ${kb(language!.total)} (${files})`).toBeLessThanOrEqual(
        FIRST_PAINT_BUDGET_KB * 1024,
      );
    });
  }
});
