import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, SCENARIOS, simulateScenario, snapshotAt } from '../engine';
import { sessionFromScenario } from './fork';
import { simulateSandbox } from './session';
import { EMPTY_SESSION } from './sessionData';

/**
 * Scenarios made only of user calls and faults on segments the endpoints sent, by applications
 * that read as data arrives, with one connection a side (a second one's ISN follows the clock).
 */
const FORKABLE = SCENARIO_IDS.filter(
  (id) =>
    !SCENARIOS[id].injections?.length &&
    SCENARIOS[id].endpoints === undefined &&
    SCENARIOS[id].reads === undefined &&
    simulateScenario(id, DEFAULT_OPTIONS).connections === undefined,
);

describe('continue a guided scenario in the sandbox', () => {
  it.each(FORKABLE)('%s: at every step, the sandbox shows the same steps and the same TCBs as the scenario', (id) => {
    const guided = simulateScenario(id, DEFAULT_OPTIONS);
    for (let k = 0; k <= guided.steps.length; k++) {
      const session = sessionFromScenario(id, DEFAULT_OPTIONS, k);
      expect(session, `${id} at step ${k}`).not.toBeNull();
      const sandbox = simulateSandbox(session ?? EMPTY_SESSION, DEFAULT_OPTIONS);
      const story = (steps: typeof guided.steps) => steps.slice(0, k).map((s) => `${s.side} ${s.rule} ${s.from}→${s.to}`);
      expect(story(sandbox.steps)).toEqual(story(guided.steps));
      // A side with no connection (CLOSED, LISTEN) has no sequence numbers worth comparing.
      const states = (trace: typeof guided) =>
        (['client', 'server'] as const).map((side) => {
          const tcb = snapshotAt(trace, k)[side];
          return tcb.state === 'CLOSED' || tcb.state === 'LISTEN' ? tcb.state : [tcb.state, tcb.sndUna, tcb.sndNxt, tcb.rcvNxt];
        });
      expect(states(sandbox)).toEqual(states(guided));
    }
  });

  it('keeps the calls made before the cut, and the losses of segments sent before it, nothing later', () => {
    const guided = simulateScenario('fin-lost', DEFAULT_OPTIONS);
    const closeStep = guided.steps.find((s) => s.input.kind === 'call' && s.input.call === 'close' && s.side === 'client');
    const k = (closeStep?.index ?? 0) + 1; // just after the client's close(): its FIN is on the wire
    const session = sessionFromScenario('fin-lost', DEFAULT_OPTIONS, k);
    expect(session?.actions.map((a) => `${a.side}.${a.call}`)).toEqual(['server.listen', 'client.connect', 'client.close']);
    expect(session?.fates).toEqual([{ segmentId: guided.steps[k - 1]?.emitted[0], fate: 'lose', atStep: k }]);
    // One step earlier the FIN was not sent yet: its loss is the learner's to decide.
    expect(sessionFromScenario('fin-lost', DEFAULT_OPTIONS, k - 1)?.fates).toEqual([]);
  });

  it('is not offered where the story needs segments no endpoint sent or settings the sandbox lacks', () => {
    for (const id of ['old-duplicate-syn', 'two-way-handshake', 'port-scan', 'syn-flood'] as const) {
      expect({ id, session: sessionFromScenario(id, DEFAULT_OPTIONS, 2) }).toEqual({ id, session: null });
    }
  });

  it('is not offered once a second connection has begun, nor where the application reads only on read()', () => {
    const reconnect = simulateScenario('reconnect', DEFAULT_OPTIONS);
    const second = reconnect.steps.findIndex((s) => s.after.client.connection > 0);
    expect(sessionFromScenario('reconnect', DEFAULT_OPTIONS, second)).not.toBeNull();
    expect(sessionFromScenario('reconnect', DEFAULT_OPTIONS, second + 1)).toBeNull();
    expect(sessionFromScenario('rst-unread-data', DEFAULT_OPTIONS, 2)).toBeNull();
  });
});
