import { expect, test } from './fixtures';
import { appLive } from './helpers';

test('switching to 中文 translates the page and sets lang=zh-CN', async ({ page }) => {
  await page.goto('./#s=handshake&step=2&lang=en');
  await page.getByRole('radio', { name: /中文/ }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  await expect(page.getByRole('button', { name: '下一步' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveURL(/lang=zh/);
  await expect(page.getByRole('group', { name: '播放控制' }).getByText('第 2 步，共 5 步', { exact: true })).toBeVisible();
});

test('a zh link opens in Chinese, and the L key switches back to English', async ({ page }) => {
  await page.goto('./#s=handshake&step=0&lang=zh');
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.getByRole('heading', { level: 1, name: 'TCP Handshake Lab' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the chosen language is remembered without a link', async ({ page }) => {
  await page.goto('./');
  // What is remembered is the subject here; a click made before the app is live has its own test
  // (prerender.spec.ts, "before the app is live").
  await appLive(page);
  await page.getByRole('radio', { name: /中文/ }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /中文/ })).toBeChecked();
  await page.goto('about:blank');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
});

test.describe('a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('opens in Chinese when nothing else says otherwise', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  });
});
