import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../engine';
import { scenarioTextId } from './scenarioTextId';

describe('whose title and summary a trace shows', () => {
  it('a built-in scenario: its own', () => {
    expect(scenarioTextId(simulateScenario('close', DEFAULT_OPTIONS))).toBe('close');
  });

  it('an opened capture: the capture’s, never the sandbox’s “nothing is scripted: you make every call”', () => {
    const trace = {
      scenario: 'capture:lab.pcap#0',
      inference: { source: 'capture' as const, captureDelayMs: null, notes: [], stepNotes: [], segments: [] },
    };
    expect(scenarioTextId(trace)).toBe('capture');
  });

  it('the learner’s own session: the sandbox’s', () => {
    expect(scenarioTextId({ scenario: 'sandbox' })).toBe('sandbox');
  });
});
