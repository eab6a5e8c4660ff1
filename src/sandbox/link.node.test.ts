import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../engine';
import { encodeSession, parseAction, parseFate, parseSandboxLink, quoteTokens, replaySandbox, sessionParts } from './link';
import { simulateSandbox } from './session';
import { EMPTY_SESSION } from './sessionData';

describe('sandbox link tokens', () => {
  it('encodes calls as side.call.step and fates as id.fate.step', () => {
    const session = {
      actions: [
        { side: 'server' as const, call: 'listen' as const, afterStep: 0 },
        { side: 'client' as const, call: 'connect' as const, afterStep: 1 },
        { side: 'client' as const, call: 'send' as const, bytes: 100, afterStep: 5 },
      ],
      fates: [
        { segmentId: 1, fate: 'lose' as const, atStep: 2 },
        { segmentId: 4, fate: 'delay' as const, delayMs: 500, atStep: 6 },
        { segmentId: 5, fate: 'duplicate' as const, atStep: 6 },
      ],
    };
    expect(encodeSession(session)).toEqual({ a: 's.listen.0,c.connect.1,c.send100.5', f: '1.lose.2,4.delay500.6,5.dup.6' });
    expect(encodeSession(EMPTY_SESSION)).toEqual({ a: '', f: '' });
  });

  it.each([
    ['s.listen.0', { side: 'server', call: 'listen', afterStep: 0 }],
    ['c.send.3', { side: 'client', call: 'send', bytes: 100, afterStep: 3 }],
    ['c.send1460.3', { side: 'client', call: 'send', bytes: 1460, afterStep: 3 }],
    ['C.Abort.12', { side: 'client', call: 'abort', afterStep: 12 }],
    ['s.shutdown', { side: 'server', call: 'shutdown', afterStep: null }],
  ])('reads the call %s', (token, expected) => {
    expect(parseAction(token)).toEqual({ ...expected, token });
  });

  it.each([
    'x.listen.0', // bad side
    'client.listen.0',
    'c.fly.0', // unknown call
    'c.connect.-1', // negative step
    'c.connect.1.2',
    'c.connect5.1', // a number only belongs to send
    'c.send0.1',
    'c.send70000.1',
    'c.connect.1234567',
    '<script>alert(1)</script>',
    'c..1',
    '',
  ])('rejects the call %j', (token) => {
    expect(parseAction(token)).toBeNull();
  });

  it.each([
    ['1.lose.2', { segmentId: 1, fate: 'lose', atStep: 2 }],
    ['3.delay.4', { segmentId: 3, fate: 'delay', delayMs: 2000, atStep: 4 }],
    ['3.delay250.4', { segmentId: 3, fate: 'delay', delayMs: 250, atStep: 4 }],
    ['2.dup.7', { segmentId: 2, fate: 'duplicate', atStep: 7 }],
  ])('reads the fate %s', (token, expected) => {
    expect(parseFate(token)).toEqual({ ...expected, token });
  });

  it.each(['0.lose.2', '1.lose', '1.drop.2', '1.delay0.2', '1.delay99999.2', '1.dup5.2', '-1.lose.2', 'lose.1.2', '1.lose.-2'])(
    'rejects the fate %j',
    (token) => {
      expect(parseFate(token)).toBeNull();
    },
  );

  it('collects what could not be read, and keeps the rest', () => {
    const parsed = parseSandboxLink('s.listen.0,,x.fly.0, c.connect.1 ', '1.lose.2,garbage');
    expect(parsed.actions.map((a) => a.token)).toEqual(['s.listen.0', 'c.connect.1']);
    expect(parsed.fates.map((f) => f.token)).toEqual(['1.lose.2']);
    expect(parsed.bad).toEqual(['x.fly.0', 'garbage']);
    expect(parseSandboxLink(null, null)).toEqual({ actions: [], fates: [], bad: [], overLimit: [] });
  });

  it('quotes bad parts briefly for the notice', () => {
    expect(quoteTokens(['x.fly.0'])).toBe('“x.fly.0”');
    expect(quoteTokens(['a'.repeat(40)])).toBe(`“${'a'.repeat(23)}…”`);
    expect(quoteTokens(['1', '2', '3', '4', '5'])).toBe('“1”, “2”, “3”, “4”, …');
  });
});

describe('sandbox link replay', () => {
  const replay = (a: string | null, f: string | null = null) => replaySandbox(parseSandboxLink(a, f), DEFAULT_OPTIONS);

  it('calls without a step follow the previous one; two calls at one step run one after the other', () => {
    const stepless = replay('s.listen,c.connect');
    const sameStep = replay('c.connect.0,s.listen.0');
    expect(stepless.session.actions.map((a) => a.afterStep)).toEqual([0, 1]);
    expect(sameStep.session.actions.map((a) => `${a.side}.${a.call}.${a.afterStep}`)).toEqual(['client.connect.0', 'server.listen.1']);
    expect(stepless.rejected).toEqual([]);
  });

  it('leaves out a call past the end of the story and a fate for a segment that had arrived', () => {
    const { session, rejected } = replay('s.listen.0,c.connect.1,c.close.50', '1.lose.4,2.dup.3');
    expect(session.actions).toHaveLength(2);
    // Segment 1 (SYN) arrived at step 2: too late to lose at 4. Segment 2 (SYN,ACK) is on the wire at 3.
    expect(session.fates).toEqual([{ segmentId: 2, fate: 'duplicate', atStep: 3 }]);
    expect(rejected).toEqual(['1.lose.4', 'c.close.50']);
  });

  it('orders fates before the call made at the same step, as the panel does', () => {
    const { session, rejected } = replay('s.listen.0,c.connect.1,c.close.2', '1.lose.2');
    expect(rejected).toEqual([]);
    const trace = simulateSandbox(session, DEFAULT_OPTIONS);
    expect(trace.steps.map((s) => s.event)).toEqual(['listen()', 'connect()', 'close()']);
    expect(trace.segments[0]?.lost).toBe(true);
  });

  it('s.accept: two connections on one listener, the first returned by a waiting accept(), the second from the queue', () => {
    const { trace, rejected } = replay('s.listen.0,s.accept.1,c.connect.2,c.abort.6,c.connect.7,s.accept.12');
    expect(rejected).toEqual([]);
    const server = trace.steps.filter((s) => s.side === 'server');
    expect(server.filter((s) => s.app.includes('accept-returned')).map((s) => [s.rule, s.after.server.connection])).toEqual([
      ['syn-received-ack', 0],
      ['accept-connection', 1],
    ]);
    // The second handshake completed with nobody in accept(): it waited in the queue.
    expect(server.find((s) => s.after.server.connection === 1 && s.to === 'ESTABLISHED')?.after.server.acceptQueue).toBe(1);
    expect(trace.connections).toHaveLength(2);
  });

  it('a session written and read back is the same session', () => {
    const written = replay('s.listen.0,c.connect.1,c.send100.5', '1.delay500.2');
    const again = replaySandbox(sessionParts(written.session), DEFAULT_OPTIONS);
    expect(again.session).toEqual(written.session);
  });

  it('never throws, whatever the link holds', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ maxLength: 80 })), fc.option(fc.string({ maxLength: 80 })), (a, f) => {
        const { session } = replay(a, f);
        expect(() => simulateSandbox(session, DEFAULT_OPTIONS)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
