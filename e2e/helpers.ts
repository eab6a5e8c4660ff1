import type { Page } from '@playwright/test';
import { DEFAULT_OPTIONS, simulateScenario, snapshotAt, type ScenarioId, type Side, type TcpState } from '../src/engine';
import { expect } from './fixtures';

/**
 * The app is live: it has adopted or drawn the page, its controls and shortcuts listen, and what was
 * clicked or pressed before (kept by index.html's head script) has been replayed (src/main.tsx).
 */
export async function appLive(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
}

/** What the engine says each side is in after `cursor` steps: the badges must show exactly this. */
export function expectedStates(scenario: ScenarioId, cursor: number): Record<Side, TcpState> {
  const snapshot = snapshotAt(simulateScenario(scenario, DEFAULT_OPTIONS), cursor);
  return { client: snapshot.client.state, server: snapshot.server.state };
}

export function stepCount(scenario: ScenarioId): number {
  return simulateScenario(scenario, DEFAULT_OPTIONS).steps.length;
}

/** The badges are images named like "Client state: SYN-SENT" (src/features/badges). */
export function stateBadge(page: Page, side: 'Client' | 'Server', state: string) {
  return page.getByRole('img', { name: `${side} state: ${state}` });
}

export async function expectBadges(page: Page, states: Record<Side, TcpState>): Promise<void> {
  await expect(stateBadge(page, 'Client', states.client)).toBeVisible();
  await expect(stateBadge(page, 'Server', states.server)).toBeVisible();
}

export async function expectStep(page: Page, k: number, n: number): Promise<void> {
  await expect(page.getByRole('slider', { name: 'Step' })).toHaveValue(String(k));
  const controls = page.getByRole('group', { name: 'Playback controls' });
  await expect(controls.getByText(`Step ${k} of ${n}`, { exact: true })).toBeVisible();
}

/**
 * From the close at step 2 (English): a step, every header dialog, the sandbox, then 中文. Each
 * of these is a separate chunk in the normal build, so a page that passes this loaded them all.
 */
export async function expectEveryViewOpens(page: Page): Promise<void> {
  await expectStep(page, 2, stepCount('close'));
  await page.getByRole('button', { name: 'Next step' }).click();
  await expectStep(page, 3, stepCount('close'));
  for (const [button, dialog] of [
    ['What if it fails?', 'What if it fails here?'],
    ['Options', 'Options'],
    ['Learn', 'Learn'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: dialog })).toBeHidden();
  }
  await page.getByRole('radio', { name: /Sandbox/ }).click();
  await expect(page.getByRole('group', { name: 'Client socket calls' })).toBeVisible();
  await page.getByRole('radio', { name: /中文/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'TCP 握手实验室' })).toBeVisible();
  await expect(page.getByRole('group', { name: '客户端的套接字调用' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}
