import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { appLive } from './helpers';

/** axe's best-practice rules about landmarks: a dialog must not land inside the banner, nor add one. */
const LANDMARK_RULES = [
  'landmark-banner-is-top-level',
  'landmark-no-duplicate-banner',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'landmark-no-duplicate-main',
  'landmark-unique',
];

for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test(`axe finds no violations: ${theme} theme, ${lang}`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('tcp-lab:theme', t), theme);
      await page.goto(`./#s=close&step=6&lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('slider')).toHaveValue('6');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violations with the shortcut dialog open', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=en');
  await appLive(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  const landmarks = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
  expect(landmarks.violations.map((v) => v.id)).toEqual([]);
});

test('the tick beside a chosen or pressed option is drawn, not read: the names stay the options’ own', async ({ page }) => {
  await page.goto('./#mode=sandbox&a=s.listen.0,c.connect.1&step=2&lang=en');
  await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Sandbox', exact: true })).toBeChecked();
  const segment = page.getByRole('group', { name: 'On the wire at this step' }).getByRole('button').first();
  const name = await segment.evaluate((button) => button.textContent?.trim() ?? '');
  await segment.click();
  await expect(segment).toHaveAttribute('aria-pressed', 'true');
  await expect(segment).toHaveAccessibleName(name);
});

test('an arrow says what Enter does only where a header inspector shows it', async ({ page }) => {
  await page.goto('./#s=close&step=3&lang=en');
  await appLive(page);
  const arrow = page.getByRole('button', { name: /^Segment 1: SYN\b/ });
  await expect(arrow).toHaveAccessibleDescription('Press Enter to inspect its header.');
  await expect(arrow).not.toHaveAccessibleName(/Enter/);
  // Presenter mode has no inspector: Enter only marks the arrow there.
  await page.keyboard.press('p');
  await expect(page.getByRole('main', { name: 'Presentation' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Segment 1: SYN\b/ })).toHaveAccessibleDescription('');
});

test('Space and ] pressed on the page are said: playing, paused, the speed', async ({ page }) => {
  await page.goto('./#s=close&step=0&lang=en');
  await appLive(page);
  const said = page.getByTestId('playback-announcer');
  await page.keyboard.press(']');
  await expect(said).toHaveText('Speed 1.5×.');
  await page.keyboard.press('Space');
  await expect(said).toHaveText('Playing.');
  await page.keyboard.press('Space');
  await expect(said).toHaveText(/^Paused at step \d+ of \d+\.$/);
});

// Played in real time (the suite otherwise skips animations, and a whole story then plays in a
// few frames): about 11 s from the client's close() to the end.
test.describe('playing in real time', () => {
  test.use({ skipAnimations: false });
  test('while playing, each step says only the state it changed; the pause says the whole step', async ({ page }) => {
    await page.goto('./#s=close&step=5&lang=en');
    await appLive(page);
    // Everything the region says from here on, in order.
    await page.evaluate(() => {
      const region = document.querySelector('[data-testid="step-announcer"]') as HTMLElement;
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.keyboard.press('Space');
    // Played to the end, where playing stops by itself.
    await expect(page.getByTestId('playback-announcer')).toHaveText('Paused at step 13 of 13.', { timeout: 30_000 });
    const heard = (await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).filter((text) => text !== '');
    expect(heard.slice(0, -1)).toEqual([
      'Client: ESTABLISHED → FIN-WAIT-1.',
      'Server: ESTABLISHED → CLOSE-WAIT.',
      'Client: FIN-WAIT-1 → FIN-WAIT-2.',
      'Server: CLOSE-WAIT → LAST-ACK.',
      'Client: FIN-WAIT-2 → TIME-WAIT.',
      'Server: LAST-ACK → CLOSED.',
      'Client: TIME-WAIT → CLOSED.',
    ]);
    expect(heard.at(-1)).toBe('Step 13 of 13. Client: the TIME-WAIT timer fires. Client: TIME-WAIT → CLOSED.');
  });
});

test('each step is announced in words', async ({ page }) => {
  await page.goto('./#s=handshake&step=1&lang=en');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByTestId('step-announcer')).toHaveText(
    /^Step 2 of 5\. Client calls connect\(\)\. Client: CLOSED → SYN-SENT\. It sends SYN\.$/,
  );
});

// ── The header's dialogs (src/app/HeaderDialog): Options, What if, Learn, Compare, Export ──────
for (const { name, lang, theme, scenario, opener, title } of [
  { name: 'options', lang: 'en', theme: 'light', scenario: 'close', opener: 'Options', title: 'Options' },
  { name: 'what-if', lang: 'zh', theme: 'dark', scenario: 'close', opener: '断网会怎样？', title: '如果在这一步断网了？' },
  { name: 'learn', lang: 'en', theme: 'dark', scenario: 'close', opener: 'Learn', title: 'Learn' },
  { name: 'compare', lang: 'zh', theme: 'light', scenario: 'old-duplicate-syn', opener: '对比', title: '为什么是三次？两次运行并排对比' },
  { name: 'export', lang: 'en', theme: 'dark', scenario: 'close', opener: 'Export', title: 'Export the diagram' },
] as const) {
  test(`axe finds no violations with the ${name} dialog open (${lang}, ${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('tcp-lab:theme', t), theme);
    await page.goto(`./#s=${scenario}&step=0&lang=${lang}`);
    await page.getByRole('button', { name: opener }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    // Wait for the dialog's content, not just its frame.
    await expect(dialog.getByRole('button').nth(1)).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // Where the dialog sits among the page's landmarks (best practice, not WCAG): not inside the banner.
    const landmarks = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
    expect(landmarks.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
