import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type Trace } from '../engine';
import { createSimStore } from './simStore';
import { selectIsCapture, selectStepCount, selectTrace, traceFor } from './traceSelectors';

/** Any trace stands in for an inferred capture here: the store only keeps and plays it. */
const captured: Trace = { ...simulateScenario('half-close', DEFAULT_OPTIONS), scenario: 'capture:lab.pcapng#2' };
const run = { trace: captured, fileName: 'lab.pcapng', stream: 2 };

describe('sim store: a capture on screen', () => {
  it('openCapture plays the capture’s trace from its start, paused', () => {
    const store = createSimStore({ cursor: 3, playing: true });
    store.getState().openCapture(run);
    const s = store.getState();
    expect(selectIsCapture(s)).toBe(true);
    expect(selectTrace(s)).toBe(captured);
    expect({ cursor: s.cursor, playing: s.playing }).toEqual({ cursor: 0, playing: false });
    store.getState().goToEnd();
    expect(store.getState().cursor).toBe(captured.steps.length);
  });

  it('options do not re-simulate a capture: its trace is what the file showed', () => {
    const store = createSimStore();
    store.getState().openCapture(run);
    store.getState().setOptions({ latencyMs: 250 });
    expect(selectTrace(store.getState())).toBe(captured);
    expect(selectStepCount(store.getState())).toBe(captured.steps.length);
  });

  it('loading a scenario leaves the capture, and the scenario plays again', () => {
    const store = createSimStore();
    store.getState().openCapture(run);
    store.getState().loadScenario('close');
    const s = store.getState();
    expect(selectIsCapture(s)).toBe(false);
    expect(selectTrace(s)).toBe(traceFor('close', s.options));
  });
});
