import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario, type Side } from '../../engine';
import { playheadY, stepRows } from '../../export/ladder/ladderAxis';
import { EM, ladderLayout, stepY, type ArrowLayout } from '../../export/ladder/layout';

const WIDE = { width: 900, fontPx: 16 };
const trace = (id: (typeof SCENARIO_IDS)[number]) => simulateScenario(id, DEFAULT_OPTIONS);
const band = (layout: ReturnType<typeof ladderLayout>, side: Side, state: string) => layout.bands[side].find((b) => b.state === state);

describe('steps one side takes at the same instant get a row each, in the engine’s order', () => {
  it('gives a row per step of one side, and shares it between the two sides', () => {
    const rows = stepRows([
      { t: 0, side: 'server' },
      { t: 0, side: 'client' },
      { t: 100, side: 'server' },
      { t: 100, side: 'server' },
      { t: 100, side: 'client' },
    ]);
    expect(rows).toEqual([0, 0, 0, 1, 1]);
  });

  it('lost SYN,ACK: the bare ACK and the retransmitted SYN,ACK arrive at 1.2 s on rows of their own; ESTABLISHED starts at the SYN,ACK (§3.10.7.3)', () => {
    const lost = trace('syn-ack-lost');
    const layout = ladderLayout(lost, WIDE);
    const [bareAck, synAck, ack] = [4, 5, 6].map((id) => layout.arrows[id - 1] as ArrowLayout) as [ArrowLayout, ArrowLayout, ArrowLayout];
    expect(lost.segments[3]).toMatchObject({ flags: ['ACK'], arrivesAt: 1200 });
    expect(lost.segments[4]).toMatchObject({ flags: ['SYN', 'ACK'], arrivesAt: 1200 });
    const established = band(layout, 'client', 'ESTABLISHED');
    expect(established?.y1).toBeCloseTo(synAck.y2);
    expect(bareAck.y2).toBeLessThan(synAck.y2 - EM.minRow * WIDE.fontPx + 1e-6);
    // The client's ACK leaves where the SYN,ACK arrived, and the "connected" note hangs there.
    expect(ack.y1).toBeCloseTo(synAck.y2);
    const connected = layout.notes.client.find((n) => n.event === 'connect-returned');
    expect(connected?.anchorY).toBeCloseTo(synAck.y2);
  });

  it('the "now" line rests on the row of the last step that happened', () => {
    const lost = trace('syn-ack-lost');
    const layout = ladderLayout(lost, WIDE);
    const [bareAck, synAck] = [4, 5].map((id) => layout.arrows[id - 1] as ArrowLayout) as [ArrowLayout, ArrowLayout];
    expect(playheadY(layout.axis, 1200, 7)).toBeCloseTo(bareAck.y2);
    expect(playheadY(layout.axis, 1200, 8)).toBeCloseTo(synAck.y2);
  });

  it('close in three segments: CLOSE-WAIT, passed through in the same instant as LAST-ACK, has its band and its name (§3.10.7.4, §3.10.4)', () => {
    const layout = ladderLayout(trace('close-fin-ack'), WIDE);
    const closeWait = band(layout, 'server', 'CLOSE-WAIT');
    const lastAck = band(layout, 'server', 'LAST-ACK');
    expect(closeWait).toBeDefined();
    expect((closeWait?.y2 ?? 0) - (closeWait?.y1 ?? 0)).toBeGreaterThan(0);
    expect(closeWait?.y2).toBeCloseTo(lastAck?.y1 ?? NaN);
    expect(layout.notes.server.map((n) => n.lines.join(' '))).toContain('CLOSE-WAIT');
    // read() returns 0 hangs under CLOSE-WAIT, at the FIN's arrival, above LAST-ACK.
    const eof = layout.notes.server.find((n) => n.event === 'eof');
    const lastAckName = layout.notes.server.find((n) => n.state === 'LAST-ACK');
    expect(eof?.anchorY).toBeCloseTo(closeWait?.y1 ?? NaN);
    expect((eof?.top ?? 0) + (eof?.height ?? 0)).toBeLessThanOrEqual(lastAckName?.top ?? -1);
  });
});

describe('notes sit at their moments', () => {
  for (const viewport of [WIDE, { width: 847, fontPx: 18, height: 620 }, { width: 370, fontPx: 16, height: 500 }]) {
    it(`in every scenario, each side’s notes of a step start at its row, the state first (${viewport.width} px)`, () => {
      for (const id of SCENARIO_IDS) {
        const layout = ladderLayout(trace(id), viewport);
        for (const side of ['client', 'server'] as const) {
          const notes = layout.notes[side];
          const firstOfStep = notes.filter((note, i) => i === 0 || notes[i - 1]?.step !== note.step);
          for (const note of firstOfStep) expect(note.top, `${id} ${side} ${note.key}`).toBeCloseTo(note.anchorY + 0.08 * viewport.fontPx);
          notes.slice(1).forEach((next, i) => expect(next.top).toBeGreaterThanOrEqual((notes[i]?.top ?? 0) + (notes[i]?.height ?? 0)));
        }
      }
    });
  }

  it('what the application saw comes before the timer a step starts (the close: read() returns 0 above 2MSL)', () => {
    const layout = ladderLayout(trace('close'), WIDE);
    const eof = layout.notes.client.find((n) => n.event === 'eof');
    const wait = layout.notes.client.find((n) => n.kind === 'timer' && layout.timers[n.timer ?? -1]?.run.timer === 'timeWait');
    expect(eof?.step).toBe(wait?.step);
    expect(eof?.top).toBeLessThan(wait?.top ?? -1);
  });

  it('moments keep their order and steps their rows', () => {
    for (const id of SCENARIO_IDS) {
      const layout = ladderLayout(trace(id), WIDE);
      layout.axis.moments.slice(1).forEach((m, i) => expect(m.y).toBeGreaterThan(layout.axis.moments[i]?.y ?? Infinity));
      layout.axis.steps.slice(1).forEach((_, i) => expect(stepY(layout.axis, i + 1)).toBeGreaterThanOrEqual(stepY(layout.axis, i)));
    }
  });
});
