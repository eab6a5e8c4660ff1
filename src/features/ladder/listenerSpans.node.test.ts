import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { listenerSpans } from './listenerSpans';

describe('the listener beside the server lifeline', () => {
  it('runs from the passive open to the end while the server keeps listening (reconnect)', () => {
    const trace = simulateScenario('reconnect', DEFAULT_OPTIONS);
    const synArrives = trace.steps.find((s) => s.side === 'server' && s.from === 'LISTEN');
    expect(listenerSpans(trace)).toEqual([{ side: 'server', fromT: synArrives?.t, toT: trace.endTime }]);
  });

  it('is absent where nobody listens (simultaneous open) and on the client', () => {
    expect(listenerSpans(simulateScenario('simultaneous-open', DEFAULT_OPTIONS))).toEqual([]);
    expect(listenerSpans(simulateScenario('reconnect', DEFAULT_OPTIONS), 'client')).toEqual([]);
  });
});
