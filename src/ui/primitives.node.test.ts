import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

describe('the visually-hidden technique has one home (src/ui/primitives.css)', () => {
  it('no other stylesheet clips text away itself: a breakpoint sets --visually-hidden instead', () => {
    // Either technique: clip-path inset (today's) or the older clip: rect(…).
    const clipping = /clip-path:[^;]*inset\(50%\)|clip:\s*rect\(/g;
    const places = cssFiles('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(clipping)].map(() => file.split('\\').join('/')),
    );
    expect(places).toEqual(['src/ui/primitives.css']);
  });
});
