// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { DEFAULT_OPTIONS, SCENARIO_IDS, seqContext, simulateScenario } from '../engine';
import { traceToMermaid } from './traceMermaid';

describe('traceToMermaid', () => {
  it.each(SCENARIO_IDS)('%s parses as a Mermaid sequenceDiagram', async (id) => {
    const text = traceToMermaid(simulateScenario(id, DEFAULT_OPTIONS));
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it.each(['old-duplicate-syn', 'port-scan'] as const)(
    '%s in relative mode, with its marked numbers and their legend, parses too',
    async (id) => {
      const trace = simulateScenario(id, { ...DEFAULT_OPTIONS, isnMode: 'wrap' });
      const text = traceToMermaid(trace, seqContext('relative', trace));
      expect(text).toMatch(/seq=\d+\*/);
      expect(text).toMatch(/Note over C,S: \* absolute number/);
      await expect(mermaid.parse(text)).resolves.toBeTruthy();
    },
  );

  it('rejects what Mermaid would reject (the check can fail)', async () => {
    await expect(mermaid.parse('sequenceDiagram\n    C->>: broken')).rejects.toThrow();
  });
});
