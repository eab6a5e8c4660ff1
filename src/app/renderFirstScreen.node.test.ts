import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../i18n/locale';

/** The prerendered first screen in a language, rendered by a fresh copy of the app's modules. */
async function firstScreen(locale: Locale): Promise<string> {
  vi.resetModules();
  const { renderFirstScreen } = await import('./renderFirstScreen');
  return renderFirstScreen(locale);
}

/** Each language's parts after the first, as the module and export src/i18n/messages.ts imports. */
const LATER_PARTS = {
  en: { view: ['../i18n/en/view', 'enView'], details: ['../i18n/en/details', 'enDetails'] },
  zh: { view: ['../i18n/zh/view', 'zhView'], details: ['../i18n/zh/details', 'zhDetails'] },
} as const;

/** As if a part of the text had nothing in it: a key of it on the screen would be missing. */
function emptyPart(locale: Locale, part: 'view' | 'details'): void {
  const [module, name] = LATER_PARTS[locale][part];
  vi.doMock(module, () => ({ [name]: {} }));
}

/** The visible text of some HTML, for a readable difference. */
const textOf = (html: string): string[] =>
  html
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

afterEach(() => {
  for (const parts of Object.values(LATER_PARTS)) for (const [module] of Object.values(parts)) vi.doUnmock(module);
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

describe.each([
  { locale: 'en', heading: 'TCP Handshake Lab', picker: 'Three-way handshake' },
  { locale: 'zh', heading: 'TCP 握手实验室', picker: '三次握手' },
] as const)('the prerendered first screen in $locale', ({ locale, heading, picker }) => {
  it(`is the page in its language: ${heading}, ${picker} chosen`, async () => {
    const html = await firstScreen(locale);
    expect(textOf(html)).toContain(heading);
    expect(html).toMatch(new RegExp(`<option value="handshake" selected="">${picker}</option>`));
  });

  // main.tsx hydrates the page as soon as the first part of its text (en/core.ts, zh/index.ts)
  // has arrived; the second part (details.ts) loads after. Hydration must find every string the
  // HTML shows, or React throws the HTML away and draws the page again (issue 8: first paint).
  it('needs only the first part of its text', async () => {
    const complete = await firstScreen(locale);
    emptyPart(locale, 'details');
    const firstPartOnly = await firstScreen(locale).catch((error: unknown) => String(error));
    const missing = textOf(complete).filter((text) => !textOf(firstPartOnly).includes(text));
    expect(missing, 'first-screen text from the second part').toEqual([]);
    expect(firstPartOnly).toBe(complete);
  });

  // The panels wait for their own part of the text (view.ts) as they wait for their code
  // (app/featurePanels.tsx); the header and the controls are adopted before either has arrived,
  // so they must show no string of it (issue 8: first-paint JS).
  it('draws its header and controls with the first part of its text alone', async () => {
    const complete = adoptedFirst(await firstScreen(locale));
    emptyPart(locale, 'view');
    emptyPart(locale, 'details');
    const firstPartOnly = adoptedFirst(await firstScreen(locale));
    const missing = textOf(complete.join('')).filter((text) => !textOf(firstPartOnly.join('')).includes(text));
    expect(missing, 'header and controls text from the view part or the second part').toEqual([]);
    expect(firstPartOnly).toEqual(complete);
    expect(complete.join(''), 'the scenario picker, at least, is drawn').toContain('</select>');
  });
});
