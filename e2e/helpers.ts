import type { Page } from '@playwright/test';
import { DEFAULT_OPTIONS, simulateScenario, snapshotAt, type ScenarioId, type Side, type TcpState } from '../src/engine';
import { expect } from './fixtures';

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
