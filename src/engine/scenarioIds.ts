/** Scenario ids are a contract: they appear in links, in the CLI and in tests. */
export const SCENARIO_IDS = [
  'handshake',
  'close',
  'close-fin-ack',
  'server-close',
  'simultaneous-open',
  'simultaneous-close',
  'half-close',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export function isScenarioId(value: string): value is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(value);
}
