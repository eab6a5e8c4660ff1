import { afterEach, describe, expect, it, vi } from 'vitest';

/** The prerendered first screen, rendered by a fresh copy of the app's modules. */
async function firstScreen(): Promise<string> {
  vi.resetModules();
  const { renderFirstScreen } = await import('./renderFirstScreen');
  return renderFirstScreen();
}

/** The visible text of some HTML, for a readable difference. */
const textOf = (html: string): string[] =>
  html
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

afterEach(() => {
  vi.doUnmock('../i18n/en/details');
});

describe('the prerendered first screen', () => {
  // main.tsx hydrates the English page as soon as the first part of its text (en/core.ts) has
  // arrived; the second part (en/details.ts) loads after. Hydration must find every string the
  // HTML shows, or React throws the HTML away and draws the page again (issue 8: first paint).
  it('needs only the first part of the English text', async () => {
    const complete = await firstScreen();
    // As if the second part had nothing in it: a key of it on the first screen would be missing.
    vi.doMock('../i18n/en/details', () => ({ enDetails: {} }));
    const firstPartOnly = await firstScreen().catch((error: unknown) => String(error));
    const missing = textOf(complete).filter((text) => !textOf(firstPartOnly).includes(text));
    expect(missing, 'first-screen text from the second part').toEqual([]);
    expect(firstPartOnly).toBe(complete);
  });
});
