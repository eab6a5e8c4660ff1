import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { appLive, expectBadges, expectedStates, expectStep, stepCount } from './helpers';

/** React's hydration failures, as the production build logs them (an error page link, no text). */
const HYDRATION_ERROR = /hydrat|Minified React error|react\.dev\/errors/i;

function reactErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && HYDRATION_ERROR.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (HYDRATION_ERROR.test(error.message)) errors.push(error.message);
  });
  return errors;
}

/** Marks the prerendered heading before any app code runs: the same node after load = adopted, not redrawn. */
async function markPrerenderedHeading(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => document.querySelector('h1')?.setAttribute('data-seen-before-app', ''), {
      once: true,
    });
  });
}

/** Holds back the requests `url` matches until the returned function is called: a slow network. */
async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first screen is there: the handshake at step 0, its diagram, states and controls', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('handshake');
    await expectStep(page, 0, stepCount('handshake'));
    await expect(page.getByRole('region', { name: 'Sequence diagram' })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Client state: CLOSED' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
  });
});

test('the app adopts the prerendered page (same nodes) without a hydration error, then works', async ({ page }) => {
  const errors = reactErrors(page);
  await markPrerenderedHeading(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 1, stepCount('handshake'));
  await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toHaveAttribute('data-seen-before-app', '');
  expect(errors).toEqual([]);
});

test.describe('before the app is live', () => {
  test('a click on Next and a press of → on the prerendered page are kept, then happen once the app is live', async ({ page }) => {
    // The app's code is held back until the page has been clicked: a reader faster than the network.
    const release = await holdBack(page, /\/assets\/[^/]+\.js$/);
    await page.goto('./', { waitUntil: 'commit' });
    const next = page.getByRole('button', { name: 'Next step' });
    await next.click();
    await page.keyboard.press('ArrowRight');
    // Still the prerendered page at step 0; the pointer says it is starting.
    await expectStep(page, 0, stepCount('handshake'));
    await expect(page.locator('html')).toHaveAttribute('data-input-waits', '');
    release();
    await appLive(page);
    await expectStep(page, 2, stepCount('handshake'));
    await expect(page.locator('html')).not.toHaveAttribute('data-input-waits', /.*/);
  });

  test('a click on 中文 in the header, made before the app is live, switches the page to Chinese once it is', async ({ page }) => {
    // A radio in the header, which React adopts after the controls: the kept click still switches.
    const release = await holdBack(page, /\/assets\/[^/]+\.js$/);
    await page.goto('./', { waitUntil: 'commit' });
    await page.getByRole('radio', { name: /中文/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
    release();
    await appLive(page);
    await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /中文/ })).toBeChecked();
  });
});

test('the English text the page waits for is fetched beside the app code, the Chinese not at all', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('link[rel=modulepreload][href*="/core-"]')).toHaveCount(1);
  await expect(page.locator('link[rel=modulepreload][href*="/zh-"]')).toHaveCount(0);
});

test('a link to another moment, drawn afresh, has the panels’ code and text fetched beside the app’s, not after it', async ({ page }) => {
  // While the app's own code is held back, only index.html's head script can have asked for it.
  const release = await holdBack(page, /\/assets\/index-[^/]*\.js$/);
  // Not waiting for the load event, which waits for the held code.
  await page.goto('./#s=close&step=4&lang=en', { waitUntil: 'commit' });
  await expect(page.locator('link[rel=modulepreload][href*="/panels-"]')).toHaveCount(1);
  await expect(page.locator('link[rel=modulepreload][href*="/view-"]')).toHaveCount(1);
  release();
  await expectStep(page, 4, stepCount('close'));
});

test('a Chinese link to another moment, drawn afresh, has the panels’ code and Chinese text fetched beside the app’s', async ({ page }) => {
  const release = await holdBack(page, /\/assets\/index-[^/]*\.js$/);
  await page.goto('./#s=close&step=4&lang=zh', { waitUntil: 'commit' });
  await expect(page.locator('link[rel=modulepreload][href*="/panels-"]')).toHaveCount(1);
  await expect(page.locator('link[rel=modulepreload][href*="/zh-"]')).toHaveCount(1);
  await expect(page.locator('link[rel=modulepreload][href*="/view-"]')).toHaveCount(1);
  await expect(page.locator('link[rel=modulepreload][href*="/core-"]')).toHaveCount(0);
  release();
  await expectStepZh(page, 4, stepCount('close'));
});

test('the page answers before the second part of its text arrives, which then fills in the explanations', async ({ page }) => {
  const errors = reactErrors(page);
  await markPrerenderedHeading(page);
  const release = await holdBack(page, /\/assets\/details-[^/]*\.js$/);
  await page.goto('./');
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 1, stepCount('handshake'));
  await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toHaveAttribute('data-seen-before-app', '');
  release();
  // Step 1's rule (the server's listen()) is text of the second part.
  await expect(page.getByRole('region', { name: 'Explanation' })).toContainText('called listen()');
  expect(errors).toEqual([]);
});

test('the controls answer before the diagram’s code arrives; its HTML stays until then and shows the right step after', async ({
  page,
}) => {
  const errors = reactErrors(page);
  // Marks the prerendered diagram and badges before any app code runs: still marked later = adopted, not redrawn.
  await page.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        document.querySelector('.panel--diagram svg')?.setAttribute('data-seen-before-app', '');
        document.querySelector('.panel--state [role="img"]')?.setAttribute('data-seen-before-app', '');
      },
      { once: true },
    );
  });
  const releasePanels = await holdBack(page, /\/assets\/panels-[^/]*\.js$/);
  const releaseSecondPart = await holdBack(page, /\/assets\/details-[^/]*\.js$/);
  await page.goto('./');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 2, stepCount('handshake'));
  // The second part of the text re-renders the layout around the panels: the panels must not be
  // drawn afresh, and shown empty, because of it.
  const secondPart = page.waitForResponse(/\/assets\/details-[^/]*\.js$/);
  releaseSecondPart();
  const secondPartUrl = (await secondPart).url();
  // Once that module has run and a frame has passed, the app has taken the text in and re-rendered.
  await page.evaluate(async (url) => {
    await import(url);
    await new Promise(requestAnimationFrame);
  }, secondPartUrl);
  const diagram = page.locator('.panel--diagram svg').first();
  const badge = page.getByRole('img', { name: 'Client state: CLOSED' });
  await expect(diagram).toHaveAttribute('data-seen-before-app', '');
  await expect(badge).toHaveAttribute('data-seen-before-app', '');
  await expect(badge).toBeVisible();
  releasePanels();
  await expect(page.getByRole('button', { name: /^Segment 1: SYN\b/ })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Client state: SYN-SENT' })).toBeVisible();
  await expect(diagram).toHaveAttribute('data-seen-before-app', '');
  expect(errors).toEqual([]);
});

test('the controls answer before the panels’ text arrives; the panels keep their HTML until then and show the right step after', async ({
  page,
}) => {
  const errors = reactErrors(page);
  await markPrerenderedHeading(page);
  await page.addInitScript(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => document.querySelector('.panel--state [role="img"]')?.setAttribute('data-seen-before-app', ''),
      { once: true },
    );
  });
  const release = await holdBack(page, /\/assets\/view-[^/]*\.js$/);
  await page.goto('./');
  await page.getByRole('button', { name: 'Next step' }).click();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 2, stepCount('handshake'));
  await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toHaveAttribute('data-seen-before-app', '');
  // The badge is still the prerendered one, with its text: not drawn empty while the text is on its way.
  const prerenderedBadge = page.getByRole('img', { name: 'Client state: CLOSED' });
  await expect(prerenderedBadge).toHaveAttribute('data-seen-before-app', '');
  await expect(prerenderedBadge).toBeVisible();
  release();
  await expect(page.getByRole('img', { name: 'Client state: SYN-SENT' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Segment 1: SYN\b/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a saved dark theme hydrates without an error and shows Dark chosen', async ({ page }) => {
  const errors = reactErrors(page);
  await page.addInitScript(() => localStorage.setItem('tcp-lab:theme', 'dark'));
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 1, stepCount('handshake'));
  expect(errors).toEqual([]);
});

test('a link to another moment opens that moment, without a hydration error', async ({ page }) => {
  const errors = reactErrors(page);
  await page.goto('./#s=close&step=4&lang=en');
  await expectStep(page, 4, stepCount('close'));
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('close');
  await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /.*/);
  expect(errors).toEqual([]);
});

/** The step shown, as a Chinese reader sees it (expectStep reads the English page). */
async function expectStepZh(page: Page, k: number, n: number): Promise<void> {
  await expect(page.getByRole('slider', { name: '步骤' })).toHaveValue(String(k));
  await expect(page.getByRole('group', { name: '播放控制' }).getByText(`第 ${k} 步，共 ${n} 步`, { exact: true })).toBeVisible();
}

test.describe('a Chinese reader', () => {
  test.use({ locale: 'zh-CN' });

  test('sees the Chinese first screen before any of the app’s code has arrived', async ({ page }) => {
    // The app's code and text never arrive in this test: what shows is index.html's own.
    await holdBack(page, /\/assets\/[^/]+\.js$/);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '场景' }).locator('option:checked')).toHaveText('三次握手');
    await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
    await expect(page.getByRole('region', { name: '时序图' })).toBeVisible();
    await expect(page.getByText('TCP Handshake Lab')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle('TCP 握手实验室');
    await expect(page.locator('html')).not.toHaveAttribute('data-prerender', /.*/);
  });

  test('gets the page in Chinese, adopted (same nodes) without a hydration error, and it works', async ({ page }) => {
    const errors = reactErrors(page);
    await markPrerenderedHeading(page);
    await page.goto('./');
    await page.getByRole('button', { name: '下一步' }).click();
    await expectStepZh(page, 1, stepCount('handshake'));
    await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toHaveAttribute('data-seen-before-app', '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(errors).toEqual([]);
  });

  test('fetches no English text while its page is adopted', async ({ page }) => {
    const english: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/core-[^/]*\.js$/.test(request.url())) english.push(request.url());
    });
    await page.goto('./');
    // Adopting renders the whole page: a text it asked for in another language would be asked for by now.
    await appLive(page);
    await expect(page.getByRole('img', { name: '客户端状态：CLOSED' })).toBeVisible();
    expect(english).toEqual([]);
  });

  test('a click on 下一步 and a press of → before the app is live are kept, then happen once it is', async ({ page }) => {
    const release = await holdBack(page, /\/assets\/[^/]+\.js$/);
    await page.goto('./', { waitUntil: 'commit' });
    await page.getByRole('button', { name: '下一步' }).click();
    await page.keyboard.press('ArrowRight');
    await expectStepZh(page, 0, stepCount('handshake'));
    await expect(page.locator('html')).toHaveAttribute('data-input-waits', '');
    release();
    await appLive(page);
    await expectStepZh(page, 2, stepCount('handshake'));
  });

  test('answers before the panels’ code and text arrive, which then show the right step', async ({ page }) => {
    const errors = reactErrors(page);
    await markPrerenderedHeading(page);
    const release = await holdBack(page, /\/assets\/(?:panels|view)-[^/]*\.js$/);
    await page.goto('./');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    await expectStepZh(page, 2, stepCount('handshake'));
    await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toHaveAttribute('data-seen-before-app', '');
    release();
    await expect(page.getByRole('img', { name: '客户端状态：SYN-SENT' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('with English saved still gets the English page, adopted, and no Chinese text fetched', async ({ page }) => {
    const errors = reactErrors(page);
    await page.addInitScript(() => localStorage.setItem('tcp-lab:locale', 'en'));
    await markPrerenderedHeading(page);
    await page.goto('./');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expectStep(page, 1, stepCount('handshake'));
    await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toHaveAttribute('data-seen-before-app', '');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('link[rel=modulepreload][href*="/zh-"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('whose text cannot be fetched gets the page in English (fetched only then), not a page of keys', async ({ page }) => {
    const errors = reactErrors(page);
    await page.route(/\/assets\/zh-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next step' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('Three-way handshake');
    await appLive(page);
    // Drawn afresh in English, not the Chinese page adopted with English text.
    expect(errors).toEqual([]);
  });

  test('has the Chinese text fetched beside the app code, not after it, and no English text', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('link[rel=modulepreload][href*="/zh-"]')).toHaveCount(1);
    await expect(page.locator('link[rel=modulepreload][href*="/core-"]')).toHaveCount(0);
  });
});

test.describe('before the engine arrives', () => {
  // The prerendered page carries its trace and fetches the engine once it answers (issue 8:
  // first-paint JS). Held here: the diagram's chunk imports it too, so its HTML stays meanwhile.
  const ENGINE = /\/assets\/engine-[^/]*\.js$/;

  test('every control of the first screen answers; a scenario chosen meanwhile happens once it arrives', async ({ page }) => {
    const errors = reactErrors(page);
    const engineAsked = page.waitForRequest(ENGINE);
    const release = await holdBack(page, ENGINE);
    await page.goto('./');
    await appLive(page);
    await engineAsked;
    const n = stepCount('handshake');

    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await expectStep(page, 2, n);
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expectStep(page, 1, n);
    await page.getByRole('button', { name: 'Go to end' }).click();
    await expectStep(page, n, n);
    await page.getByRole('button', { name: 'Go to start' }).click();
    await expectStep(page, 0, n);
    // Animations are skipped in tests: playing runs to the end at once, and stops there.
    await page.getByRole('button', { name: 'Play' }).click();
    await expectStep(page, n, n);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.25');
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('0.25');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('radio', { name: /中文/ }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
    await page.getByRole('radio', { name: /English/ }).check();
    await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
    await page.getByRole('button', { name: 'Go to start' }).click();
    await expectStep(page, 0, n);

    // Another scenario needs the engine: it waits, and the page keeps showing the handshake.
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('close');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('handshake');
    await expectStep(page, 0, n);

    release();
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('close');
    // The step taken after choosing it happens after it, in the close.
    await expectStep(page, 1, stepCount('close'));
    await expectBadges(page, expectedStates('close', 1));
    expect(errors).toEqual([]);
  });

  // One lost chunk (the engine, which the diagram's and the panels' code import too) is one
  // message in the reader's language, with one Try again that fetches it again and brings the
  // panels back at the step the reader is on.
  for (const reader of [
    {
      locale: 'en-US',
      next: 'Next step',
      retry: 'Try again',
      missing: 'Part of the lab could not be loaded: the network may be down.',
      stillMissing: 'Part of the lab still could not be loaded.',
      expectStep,
      badge: (side: 'client' | 'server', state: string) => `${side === 'client' ? 'Client' : 'Server'} state: ${state}`,
    },
    {
      locale: 'zh-CN',
      next: '下一步',
      retry: '重试',
      missing: '实验室有部分内容未能加载：网络可能已断开。',
      stillMissing: '仍有部分内容未能加载。',
      expectStep: expectStepZh,
      badge: (side: 'client' | 'server', state: string) => `${side === 'client' ? '客户端' : '服务器'}状态：${state}`,
    },
  ]) {
    test.describe(reader.locale, () => {
      test.use({ locale: reader.locale });

      test('that cannot be fetched is said once, with one Try again that brings the panels back at the step the reader is on', async ({
        page,
      }) => {
        const network = { online: false };
        await page.route(ENGINE, (route) => (network.online ? route.continue() : route.abort('internetdisconnected')));
        await page.goto('./');
        await appLive(page);
        const n = stepCount('handshake');
        const notice = page.getByRole('status').filter({ hasText: reader.missing });
        await expect(notice).toBeVisible();
        await expect(page.getByRole('button', { name: reader.retry })).toHaveCount(1);
        await expect(page.getByRole('alert')).toHaveCount(0);

        // The steps still answer meanwhile.
        await page.getByRole('button', { name: reader.next }).click();
        await page.getByRole('button', { name: reader.next }).click();
        await reader.expectStep(page, 2, n);

        // Still offline: it tried, and says so.
        await notice.getByRole('button', { name: reader.retry }).click();
        await expect(page.getByRole('status').filter({ hasText: reader.stillMissing })).toBeVisible();

        network.online = true;
        await page.getByRole('button', { name: reader.retry }).click();
        const states = expectedStates('handshake', 2);
        await expect(page.getByRole('img', { name: reader.badge('client', states.client) })).toBeVisible();
        await expect(page.getByRole('img', { name: reader.badge('server', states.server) })).toBeVisible();
        await reader.expectStep(page, 2, n);
        await expect(page.getByRole('button', { name: reader.retry })).toHaveCount(0);
        await expect(page.getByRole('status').filter({ hasText: reader.stillMissing })).toHaveCount(0);
      });
    });
  }
});

test('an English browser with Chinese saved gets the Chinese page, adopted without a hydration error', async ({ page }) => {
  const errors = reactErrors(page);
  await page.addInitScript(() => localStorage.setItem('tcp-lab:locale', 'zh'));
  await markPrerenderedHeading(page);
  await page.goto('./');
  await page.getByRole('button', { name: '下一步' }).click();
  await expectStepZh(page, 1, stepCount('handshake'));
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toHaveAttribute('data-seen-before-app', '');
  expect(errors).toEqual([]);
});
