/** Scenario ids are a contract: they appear in links, in the CLI and in tests. */
export const SCENARIO_IDS = [
  'handshake',
  'close',
  'close-fin-ack',
  'server-close',
  'simultaneous-open',
  'simultaneous-close',
  'half-close',
  'syn-lost',
  'syn-ack-lost',
  'ack-lost',
  'fin-lost',
  'close-ack-lost',
  'passive-fin-lost',
  'last-ack-lost',
  'refused',
  'abort',
  'old-duplicate-syn',
  'two-way-handshake',
  'port-scan',
  'syn-flood',
  'syn-timeout',
  'rst-unread-data',
  'data-after-close',
  'half-open',
  'fin-scan',
  'time-wait-assassination',
  'reconnect',
  'time-wait-reuse',
  'accept-queue-full',
] as const;

export type ScenarioId = (typeof SCENARIO_IDS)[number];

export function isScenarioId(value: string): value is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(value);
}

/** How the picker groups scenarios; every id appears in exactly one group (tested). */
export const SCENARIO_GROUPS = [
  {
    id: 'basics',
    scenarios: ['handshake', 'close', 'close-fin-ack', 'server-close', 'half-close', 'simultaneous-open', 'simultaneous-close'],
  },
  {
    id: 'loss',
    scenarios: ['syn-lost', 'syn-ack-lost', 'ack-lost', 'fin-lost', 'close-ack-lost', 'passive-fin-lost', 'last-ack-lost'],
  },
  { id: 'resets', scenarios: ['refused', 'syn-timeout', 'abort', 'rst-unread-data', 'data-after-close', 'half-open'] },
  // A server keeps listening: the connections after the first.
  { id: 'sockets', scenarios: ['reconnect', 'time-wait-reuse', 'time-wait-assassination', 'accept-queue-full'] },
  { id: 'why', scenarios: ['old-duplicate-syn', 'two-way-handshake'] },
  { id: 'security', scenarios: ['syn-flood', 'port-scan', 'fin-scan'] },
] as const satisfies readonly { id: string; scenarios: readonly ScenarioId[] }[];

export type ScenarioGroupId = (typeof SCENARIO_GROUPS)[number]['id'];
