import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, USER_CALLS, type Side, type Trace } from '../engine';
import { encodeSession, replaySandbox, sessionParts } from './link';
import {
  appendAction,
  changeFate,
  engineFates,
  forkSession,
  samePast,
  sameSegmentIn,
  segmentStatus,
  segmentsInFlight,
  simulateSandbox,
} from './session';
import { EMPTY_SESSION, type SandboxSession } from './sessionData';

const options = DEFAULT_OPTIONS;
const run = (session: SandboxSession) => simulateSandbox(session, options);

/** listen, then connect: the handshake made by hand (cursor 2 = SYN on the wire). */
function handshakeByHand(): SandboxSession {
  let session = appendAction(EMPTY_SESSION, 0, { side: 'server', call: 'listen' }).session;
  session = appendAction(session, 1, { side: 'client', call: 'connect' }).session;
  return session;
}

const events = (trace: Trace) => trace.steps.map((s) => s.event);

describe('sandbox session: calls', () => {
  it('a call at cursor k becomes step k, and steps before k stay as they were', () => {
    const session = handshakeByHand();
    expect(session.actions).toEqual([
      { side: 'server', call: 'listen', afterStep: 0 },
      { side: 'client', call: 'connect', afterStep: 1 },
    ]);
    const trace = run(session);
    expect(events(trace).slice(0, 2)).toEqual(['listen()', 'connect()']);
    // The engine carries the story on by itself: SYN, SYN-ACK and ACK arrive.
    expect(trace.steps.at(-1)?.after).toMatchObject({ client: { state: 'ESTABLISHED' }, server: { state: 'ESTABLISHED' } });

    const forked = appendAction(session, 3, { side: 'client', call: 'send' }).session;
    const after = run(forked);
    expect(samePast(trace, after, 3)).toBe(true);
    expect(after.steps[3]?.event).toBe('send(100 bytes)');
  });

  it('a call not allowed in the state still happens, with the RFC error for the application', () => {
    const session = appendAction(EMPTY_SESSION, 0, { side: 'client', call: 'send' }).session;
    const step = run(session).steps[0];
    expect(step).toMatchObject({ side: 'client', from: 'CLOSED', to: 'CLOSED', app: ['error-no-connection'] });
    const twice = appendAction(appendAction(EMPTY_SESSION, 0, { side: 'server', call: 'listen' }).session, 1, {
      side: 'server',
      call: 'listen',
    }).session;
    expect(run(twice).steps[1]).toMatchObject({ rule: 'open-exists', app: ['error-connection-exists'] });
  });

  it('acting before the end of what the learner did drops the later calls and fates (a fork)', () => {
    const dropped = changeFate(handshakeByHand(), run(handshakeByHand()), options, 2, 1, { fate: 'lose' });
    if (!dropped.ok) throw new Error('drop refused');
    const session = appendAction(dropped.session, 4, { side: 'client', call: 'close' }).session;
    expect(session.actions).toHaveLength(3);
    expect(session.fates).toHaveLength(1);

    const atTwo = forkSession(session, 2);
    // The fate was applied at step 2: it stays; the close at 4 goes.
    expect(atTwo.removed).toBe(1);
    expect(atTwo.session.fates).toHaveLength(1);
    const atOne = forkSession(session, 1);
    expect(atOne.removed).toBe(3);
    expect(atOne.session).toEqual({ actions: [{ side: 'server', call: 'listen', afterStep: 0 }], fates: [] });
    expect(forkSession(session, 99)).toEqual({ session, removed: 0 });
  });
});

describe('sandbox session: fates', () => {
  it('dropping the SYN on the wire makes the client retransmit it after the RTO', () => {
    const session = handshakeByHand();
    const trace = run(session);
    expect(segmentStatus(trace, 2, 1)).toMatchObject({ kind: 'in-flight', sentStep: 1, emitIndex: 0, fate: 'deliver' });
    const result = changeFate(session, trace, options, 2, 1, { fate: 'lose' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.session.fates).toEqual([{ segmentId: 1, fate: 'lose', atStep: 2 }]);
    const after = run(result.session);
    expect(samePast(trace, after, 2)).toBe(true);
    expect(after.segments[0]).toMatchObject({ lost: true, fate: 'lose' });
    expect(after.steps[2]).toMatchObject({ rule: 'retransmit', t: 1000 });
    expect(after.segments[1]).toMatchObject({ flags: ['SYN'], retransmission: true });
  });

  it('a segment that has arrived, is not sent yet, or is a copy cannot be changed: each says why', () => {
    const session = handshakeByHand();
    const trace = run(session);
    expect(changeFate(session, trace, options, 3, 1, { fate: 'lose' })).toEqual({ ok: false, reason: 'arrived' });
    expect(segmentStatus(trace, 3, 1)).toEqual({ kind: 'arrived', arrivalStep: 2 });
    expect(changeFate(session, trace, options, 2, 2, { fate: 'lose' })).toEqual({ ok: false, reason: 'unsent' });
    expect(changeFate(session, trace, options, 2, 99, { fate: 'lose' })).toEqual({ ok: false, reason: 'unknown' });

    const duplicated = changeFate(session, trace, options, 2, 1, { fate: 'duplicate' });
    if (!duplicated.ok) throw new Error('duplicate refused');
    const withCopy = run(duplicated.session);
    expect(withCopy.segments[1]).toMatchObject({ duplicateOf: 1 });
    expect(segmentStatus(withCopy, 2, 2)).toEqual({ kind: 'copy', original: 1 });
    expect(changeFate(duplicated.session, withCopy, options, 2, 1, { fate: 'duplicate' })).toEqual({ ok: false, reason: 'same' });
    expect(changeFate(duplicated.session, withCopy, options, 2, 1, { fate: 'lose' })).toEqual({ ok: false, reason: 'duplicated' });
  });

  it('a lost segment whose moment has passed is gone; before that its drop can be taken back', () => {
    const session = handshakeByHand();
    const dropped = changeFate(session, run(session), options, 2, 1, { fate: 'lose' });
    if (!dropped.ok) throw new Error('drop refused');
    const trace = run(dropped.session);
    // Cursor 3 is the retransmission at 1000 ms, long after the SYN would have arrived (100 ms).
    expect(segmentStatus(trace, 3, 1)).toEqual({ kind: 'gone' });
    const restored = changeFate(dropped.session, trace, options, 2, 1, { fate: 'deliver' });
    expect(restored.ok && restored.session.fates).toEqual([]);
    expect(changeFate(session, run(session), options, 2, 1, { fate: 'deliver' })).toEqual({ ok: false, reason: 'same' });
  });

  it('taking back a delay after the segment would have arrived is refused: it would change the past', () => {
    const session = handshakeByHand();
    const delayed = changeFate(session, run(session), options, 2, 1, { fate: 'delay', delayMs: 5000 });
    if (!delayed.ok) throw new Error('delay refused');
    const trace = run(delayed.session);
    // Step 3 is the retransmission at 1000 ms; the delayed original is still on the wire.
    expect(trace.steps[2]?.rule).toBe('retransmit');
    expect(segmentStatus(trace, 3, 1).kind).toBe('in-flight');
    expect(changeFate(delayed.session, trace, options, 3, 1, { fate: 'deliver' })).toEqual({ ok: false, reason: 'changes-past' });
    // Making it lost instead is fine: it would never have arrived before step 3 either way.
    expect(changeFate(delayed.session, trace, options, 3, 1, { fate: 'lose' }).ok).toBe(true);
  });

  it('a duplicate shifts later ids; fates applied before it keep pointing at their segment', () => {
    // Established, then both sides send: two data segments on the wire at once.
    let session = handshakeByHand();
    const steps = run(session).steps.length;
    session = appendAction(session, steps, { side: 'client', call: 'send' }).session;
    session = appendAction(session, steps + 1, { side: 'server', call: 'send' }).session;
    let trace = run(session);
    const cursor = steps + 2;
    const [first, second] = segmentsInFlight(trace, cursor);
    expect(first).toBeDefined();
    expect(second).toBe((first ?? 0) + 1);

    const lostSecond = changeFate(session, trace, options, cursor, second ?? 0, { fate: 'lose' });
    if (!lostSecond.ok) throw new Error('drop refused');
    session = lostSecond.session;
    trace = run(session);
    const copyFirst = changeFate(session, trace, options, cursor, first ?? 0, { fate: 'duplicate' });
    if (!copyFirst.ok) throw new Error('duplicate refused');
    const after = run(copyFirst.session);
    // The copy took id first+1, so the lost segment is now first+2, and it is still the lost one.
    expect(after.segments[first ?? 0]).toMatchObject({ duplicateOf: first });
    expect(after.segments[(first ?? 0) + 1]).toMatchObject({ from: 'server', lost: true });
    expect(engineFates(copyFirst.session.fates).map((rule) => ('segmentId' in rule ? rule.segmentId : 0))).toEqual([
      (first ?? 0) + 2,
      first,
    ]);
    expect(sameSegmentIn(trace, after, second ?? 0, cursor)).toBe((first ?? 0) + 2);
  });
});

/** One thing a learner can do in the panel, with numbers fast-check picks. */
type Op =
  | { kind: 'call'; side: Side; call: (typeof USER_CALLS)[number]; at: number }
  | { kind: 'fate'; fate: 'lose' | 'delay' | 'duplicate' | 'deliver'; pick: number; at: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('call' as const),
    side: fc.constantFrom<Side>('client', 'server'),
    call: fc.constantFrom(...USER_CALLS),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('fate' as const),
    fate: fc.constantFrom('lose' as const, 'delay' as const, 'duplicate' as const, 'deliver' as const),
    pick: fc.nat(20),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

describe('sandbox session: properties', () => {
  it('whatever the learner does, the past before the cursor never changes and the link replays the same session', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
        let session = EMPTY_SESSION;
        let trace = run(session);
        // Each step of the story checks its own invariant; `broken` names the first that failed.
        const broken: string[] = [];
        for (const op of ops) {
          const k = Math.min(trace.steps.length, Math.floor(op.at * (trace.steps.length + 1)));
          let next = session;
          if (op.kind === 'call') {
            next = appendAction(session, k, { side: op.side, call: op.call }).session;
          } else {
            const onWire = segmentsInFlight(trace, k);
            const id = onWire[op.pick % Math.max(1, onWire.length)];
            const result = id === undefined ? null : changeFate(session, trace, options, k, id, { fate: op.fate });
            if (result?.ok) next = result.session;
          }
          const after = run(next);
          if (!samePast(trace, after, k)) broken.push(`${op.kind} at ${k} changed the past`);
          if (op.kind === 'call' && after.steps[k]?.input.kind !== 'call') broken.push(`call at ${k} is not step ${k}`);
          session = next;
          trace = after;
          // Each action is the step it says it is.
          for (const action of session.actions) {
            const step = trace.steps[action.afterStep];
            if (step?.input.kind !== 'call' || step.input.call !== action.call || step.side !== action.side) {
              broken.push(`${action.side}.${action.call} is not step ${action.afterStep}`);
            }
          }
        }
        expect(broken).toEqual([]);
        const replayed = replaySandbox(sessionParts(session), options);
        expect(replayed.rejected).toEqual([]);
        expect(encodeSession(replayed.session)).toEqual(encodeSession(session));
        expect(run(replayed.session)).toEqual(trace);
      }),
      { numRuns: 150 },
    );
  });
});
