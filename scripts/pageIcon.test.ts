import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withInlineIcon } from './singleFile';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const iconLinks = (html: string): string[] => html.match(/<link\b[^>]*\brel="icon"[^>]*>/g) ?? [];
const hrefOf = (link: string): string => /\bhref="([^"]+)"/.exec(link)?.[1] ?? '';

/**
 * Issue 8 (total blocking time): Chromium fetches a page's icon itself and, for an SVG, draws it
 * as a page of its own on the page's main thread, once per fetch: two tasks of 4–17 ms each in a
 * trace of the load, while the app was starting. A PNG is decoded in well under a millisecond.
 */
describe("the page's icon", () => {
  const page = readFileSync('index.html', 'utf8');

  it('is one PNG from public/, not the SVG', () => {
    const links = iconLinks(page);
    expect(links).toHaveLength(1);
    const [link = ''] = links;
    expect(link).toContain('type="image/png"');
    const file = readFileSync(`public${hrefOf(link)}`);
    expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('is inlined as a data: URL in the single-file build, so nothing beside the file is needed', () => {
    const inlined = withInlineIcon(page);
    const [link = ''] = iconLinks(inlined);
    expect(hrefOf(link)).toMatch(/^data:image\/png;base64,/);
    const bytes = Buffer.from(hrefOf(link).slice('data:image/png;base64,'.length), 'base64');
    expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });
});
