/**
 * The per-state fixtures (testing/fixtures.ts) are built by driving the engine; these checks pin
 * down what each one promises, with the numbers worked out from the RFC (SYN and FIN each take
 * one sequence number, §3.4) — also with ISNs just below 2^32, where every number wraps.
 */
import { describe, expect, it } from 'vitest';
import { seqAdd } from './seq';
import type { Side } from './segment';
import { FIXTURES, runningTimers } from './testing/fixtures';
import type { TcpState } from './states';

/** SND.NXT and RCV.NXT relative to ISS and IRS in each state (our FIN first where both are sent). */
const OFFSETS: Record<Exclude<TcpState, 'CLOSED'>, { snd: number; rcv: number | null; timers: string[] }> = {
  LISTEN: { snd: 0, rcv: null, timers: [] },
  'SYN-SENT': { snd: 1, rcv: null, timers: ['retransmit'] },
  'SYN-RECEIVED': { snd: 1, rcv: 1, timers: ['retransmit'] },
  ESTABLISHED: { snd: 1, rcv: 1, timers: [] },
  'FIN-WAIT-1': { snd: 2, rcv: 1, timers: ['retransmit'] },
  'FIN-WAIT-2': { snd: 2, rcv: 1, timers: [] },
  'CLOSE-WAIT': { snd: 1, rcv: 2, timers: [] },
  CLOSING: { snd: 2, rcv: 2, timers: ['retransmit'] },
  'LAST-ACK': { snd: 2, rcv: 2, timers: ['retransmit'] },
  'TIME-WAIT': { snd: 2, rcv: 2, timers: ['timeWait'] },
};

const DEFAULTS: Record<Side, { iss: number; irs: number }> = {
  client: { iss: 1000, irs: 5000 },
  server: { iss: 5000, irs: 1000 },
};

const STATES = Object.keys(OFFSETS) as (keyof typeof OFFSETS)[];
const SIDES: readonly Side[] = ['client', 'server'];

describe('fixtures reach their state with the RFC numbers', () => {
  it.each(STATES.flatMap((state) => SIDES.map((side) => [state, side] as const)))('%s (%s)', (state, side) => {
    for (const numbers of [{}, { iss: 4294967295, irs: 4294967290 }]) {
      const ep = FIXTURES[state](side, numbers);
      // LISTEN and SYN-SENT exist on one side only (server and client), whatever `side` asks.
      const iss = numbers.iss ?? DEFAULTS[ep.side].iss;
      const irs = numbers.irs ?? DEFAULTS[ep.side].irs;
      const { snd, rcv, timers } = OFFSETS[state];
      expect(ep.state).toBe(state);
      expect(ep.sndNxt).toBe(seqAdd(iss, snd));
      expect(rcv === null ? null : ep.rcvNxt).toBe(rcv === null ? null : seqAdd(irs, rcv));
      expect(Object.keys(runningTimers(ep)).sort()).toEqual(timers);
    }
  });

  it('the default numbers are client 1000 ↔ server 5000', () => {
    const client = FIXTURES.ESTABLISHED('client');
    const server = FIXTURES.ESTABLISHED('server');
    expect([client.iss, client.irs, server.iss, server.irs]).toEqual([1000, 5000, 5000, 1000]);
  });
});
