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
  vi.doUnmock('../i18n/en/view');
});

/**
 * What the prerendered page adopts before the panels' code and text arrive: the header (with the
 * scenario picker), the step caption and the controls bar. The panels are lazily loaded parts
 * (app/featurePanels.tsx) whose HTML React keeps until then.
 */
const adoptedFirst = (html: string): string[] =>
  [
    /<header class="app-header"[\s\S]*?<\/header>/,
    /<p class="step-caption"[\s\S]*?<\/p>/,
    /<footer class="controls-bar"[\s\S]*?<\/footer>/,
  ].map((part) => part.exec(html)?.[0] ?? `no ${part.source.slice(1, 30)}`);

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

  // The panels wait for their own part of the text (en/view.ts) as they wait for their code
  // (app/featurePanels.tsx); the header and the controls are adopted before either has arrived,
  // so they must show no string of it (issue 8: first-paint JS).
  it('draws its header and controls with the first part of the English text alone', async () => {
    const complete = adoptedFirst(await firstScreen());
    vi.doMock('../i18n/en/view', () => ({ enView: {} }));
    vi.doMock('../i18n/en/details', () => ({ enDetails: {} }));
    const firstPartOnly = adoptedFirst(await firstScreen());
    const missing = textOf(complete.join('')).filter((text) => !textOf(firstPartOnly.join('')).includes(text));
    expect(missing, 'header and controls text from the view part or the second part').toEqual([]);
    expect(firstPartOnly).toEqual(complete);
    expect(complete.join(''), 'the scenario picker, at least, is drawn').toContain('</select>');
  });
});
