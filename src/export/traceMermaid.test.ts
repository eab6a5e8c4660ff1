// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario } from '../engine';
import { traceToMermaid } from './traceMermaid';

describe('traceToMermaid', () => {
  it.each(SCENARIO_IDS)('%s parses as a Mermaid sequenceDiagram', async (id) => {
    const text = traceToMermaid(simulateScenario(id, DEFAULT_OPTIONS));
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
  });

  it('rejects what Mermaid would reject (the check can fail)', async () => {
    await expect(mermaid.parse('sequenceDiagram\n    C->>: broken')).rejects.toThrow();
  });
});
