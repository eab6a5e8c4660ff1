import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { closeTrace } from '../../ui/seq-format/fixtures/closeTrace';
import { buildTrace } from '../../ui/seq-format/fixtures/buildTrace';
import { lostSynTrace } from '../../ui/seq-format/fixtures/lostSynTrace';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { arrowText, ladderText } from '../../ui/ladder-words/arrowText';
import { estimateTextWidth } from '../../export/ladder/textMeasure';
import {
  EM,
  flightProgress,
  ladderLayout,
  ladderLayoutInSlices,
  PLAIN_TEXT,
  pointAlong,
  readableAngle,
  timeToY,
  type ArrowLayout,
} from '../../export/ladder/layout';
import { enLadder } from '../../i18n/en/ladder';
import { enSeqFormat } from '../../i18n/en/seqFormat';

const WIDE = { width: 900, fontPx: 16 };

const W = 64240;
/** Both sides close at t=400: the FINs cross (RFC 9293 Figure 13). */
const simultaneousClose = buildTrace(
  'simultaneous-close',
  { client: 1000, server: 5000 },
  { client: 'ESTABLISHED', server: 'ESTABLISHED' },
  [
    {
      t: 400,
      side: 'client',
      input: { kind: 'call', call: 'close' },
      to: 'FIN-WAIT-1',
      rule: 'close-send-fin',
      rfc: '3.10.4',
      send: [{ flags: ['FIN', 'ACK'], seq: 1001, ack: 5001, window: W }],
    },
    {
      t: 400,
      side: 'server',
      input: { kind: 'call', call: 'close' },
      to: 'FIN-WAIT-1',
      rule: 'close-send-fin',
      rfc: '3.10.4',
      send: [{ flags: ['FIN', 'ACK'], seq: 5001, ack: 1001, window: W }],
    },
    {
      t: 500,
      side: 'client',
      input: { kind: 'segment', segmentId: 2 },
      to: 'CLOSING',
      rule: 'fin-to-closing',
      rfc: '3.10.7.4',
      send: [{ flags: ['ACK'], seq: 1002, ack: 5002, window: W }],
    },
    {
      t: 500,
      side: 'server',
      input: { kind: 'segment', segmentId: 1 },
      to: 'CLOSING',
      rule: 'fin-to-closing',
      rfc: '3.10.7.4',
      send: [{ flags: ['ACK'], seq: 5002, ack: 1002, window: W }],
    },
  ],
);

function intersects(a: ArrowLayout, b: ArrowLayout): boolean {
  // Standard segment intersection via orientation signs.
  const cross = (ox: number, oy: number, px: number, py: number, qx: number, qy: number) => (px - ox) * (qy - oy) - (py - oy) * (qx - ox);
  const d1 = cross(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = cross(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = cross(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = cross(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

describe('time axis', () => {
  it('maps time to y increasingly, one flight per typical latency', () => {
    const layout = ladderLayout(closeTrace, WIDE);
    const ys = closeTrace.steps.map((s) => timeToY(layout.axis, s.t));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThanOrEqual(ys[i - 1] as number);
    expect(timeToY(layout.axis, 100) - timeToY(layout.axis, 0)).toBeCloseTo(7 * 16);
  });

  it('compresses the 60 s TIME-WAIT into one break that reports its real duration', () => {
    const layout = ladderLayout(closeTrace, WIDE);
    expect(layout.breaks).toEqual([{ fromT: 800, toT: 60_700, y: timeToY(layout.axis, 800), height: 3.5 * 16, realMs: 59_900 }]);
    expect(timeToY(layout.axis, 60_700) - timeToY(layout.axis, 800)).toBeCloseTo(3.5 * 16);
  });

  it('compresses the idle RTO wait after a lost SYN but not the lost flight itself', () => {
    const layout = ladderLayout(lostSynTrace, WIDE);
    expect(layout.breaks.map((b) => [b.fromT, b.toT])).toEqual([[100, 1000]]);
  });

  it('does not compress short gaps where something is in flight', () => {
    const layout = ladderLayout(simultaneousClose, WIDE);
    expect(layout.breaks.filter((b) => b.fromT >= 400)).toEqual([]);
  });

  it('clamps times outside the trace to its ends', () => {
    const layout = ladderLayout(closeTrace, WIDE);
    expect(timeToY(layout.axis, -50)).toBe(timeToY(layout.axis, 0));
    expect(timeToY(layout.axis, 1e9)).toBe(timeToY(layout.axis, 60_700));
  });
});

describe('arrows', () => {
  it('go from the sender lifeline at sentAt to the receiver lifeline at arrivesAt', () => {
    const layout = ladderLayout(closeTrace, WIDE);
    const synAck = layout.arrows[1] as ArrowLayout;
    expect(synAck).toMatchObject({ id: 2, from: 'server', x1: layout.x.server, x2: layout.x.client, endFraction: 1, crossing: false });
    expect(synAck.y1).toBeCloseTo(timeToY(layout.axis, 100));
    expect(synAck.y2).toBeCloseTo(timeToY(layout.axis, 200));
  });

  it('stop half-way for a lost segment', () => {
    const layout = ladderLayout(lostSynTrace, WIDE);
    expect(layout.arrows[0]?.endFraction).toBe(0.5);
    expect(layout.arrows[1]?.endFraction).toBe(1);
  });

  it('cross visually when both sides close at once, with labels kept on the sender halves', () => {
    const layout = ladderLayout(simultaneousClose, WIDE);
    const [a, b] = layout.arrows as [ArrowLayout, ArrowLayout];
    expect(a.crossing && b.crossing).toBe(true);
    expect(intersects(a, b)).toBe(true);
    expect(a.labelFraction).toBeLessThan(0.5);
    expect(pointAlong(a, a.labelFraction).x).toBeLessThan(layout.width / 2);
    expect(pointAlong(b, b.labelFraction).x).toBeGreaterThan(layout.width / 2);
  });

  it('offsets segments one side sends at the same instant so they do not overlap', () => {
    const trace = buildTrace('burst', { client: 1, server: 2 }, { client: 'ESTABLISHED', server: 'ESTABLISHED' }, [
      {
        t: 0,
        side: 'client',
        input: { kind: 'call', call: 'close' },
        to: 'FIN-WAIT-1',
        rule: 'close-queued',
        rfc: '3.10.4',
        send: [
          { flags: ['PSH', 'ACK'], seq: 2, ack: 3, len: 100, window: W },
          { flags: ['FIN', 'ACK'], seq: 102, ack: 3, window: W },
        ],
      },
    ]);
    const [data, fin] = ladderLayout(trace, WIDE).arrows as [ArrowLayout, ArrowLayout];
    expect(fin.y1 - data.y1).toBeCloseTo(3 * 16);
    expect(fin.y2 - data.y2).toBeCloseTo(3 * 16);
  });

  it('progress is (now − sent)/(arrives − sent), clamped to what is ever drawn', () => {
    expect(flightProgress(100, 200, 50, 1)).toBe(0);
    expect(flightProgress(100, 200, 150, 1)).toBe(0.5);
    expect(flightProgress(100, 200, 500, 1)).toBe(1);
    expect(flightProgress(100, 200, 500, 0.5)).toBe(0.5);
  });

  it('labels never read upside down', () => {
    for (const arrow of ladderLayout(closeTrace, WIDE).arrows) {
      const angle = readableAngle(arrow);
      expect(Math.abs(angle)).toBeLessThanOrEqual(90);
    }
  });
});

describe('state bands', () => {
  it('list each side’s states in order, contiguous, from above t=0 to the end', () => {
    const layout = ladderLayout(closeTrace, WIDE);
    for (const side of ['client', 'server'] as const) {
      const bands = layout.bands[side];
      expect(bands.map((b) => b.state)).toEqual(closeTrace.states[side]);
      for (let i = 1; i < bands.length; i++) expect(bands[i]?.y1).toBe(bands[i - 1]?.y2);
    }
    expect(layout.bands.client.at(-1)).toMatchObject({ state: 'CLOSED', fromT: 60_700 });
    expect(layout.bands.server.map((b) => [b.state, b.fromT])).toEqual([
      ['LISTEN', 0],
      ['SYN-RECEIVED', 100],
      ['ESTABLISHED', 300],
      ['CLOSE-WAIT', 500],
      ['LAST-ACK', 600],
      ['CLOSED', 800],
    ]);
  });

  it('space state names so they never overlap', () => {
    const layout = ladderLayout(closeTrace, WIDE);
    for (const bands of Object.values(layout.bands)) {
      for (let i = 1; i < bands.length; i++) {
        expect((bands[i]?.labelY ?? 0) - (bands[i - 1]?.labelY ?? 0)).toBeGreaterThanOrEqual(1.1 * 16 - 1e-9);
      }
    }
  });

  it('go inside the bands on a phone and beside them on a wide screen', () => {
    expect(ladderLayout(closeTrace, { width: 370, fontPx: 16 }).bandLabels).toBe('inside');
    expect(ladderLayout(closeTrace, WIDE).bandLabels).toBe('outside');
    expect(ladderLayout(closeTrace, { width: 700, fontPx: 24 }).bandLabels).toBe('inside');
    // A 1024×768 classroom projector: the diagram is about 609 px at 20 px type; names stay upright.
    expect(ladderLayout(closeTrace, { width: 609, fontPx: 20.16 }).bandLabels).toBe('outside');
  });
});

describe('fitting the height', () => {
  const simulated = (id: Parameters<typeof simulateScenario>[0]) => simulateScenario(id, DEFAULT_OPTIONS);
  const flightEm = (layout: ReturnType<typeof ladderLayout>) => (layout.axis.pxPerS * layout.axis.scale.flightMs) / layout.fontPx;

  it('fits the whole four-way close when the height allows, at no less than the minimum spacing', () => {
    const trace = simulated('close');
    const t = makeT(enLadder, enSeqFormat);
    const texts = trace.segments.map((segment) => arrowText(segment, { mode: 'relative', trace }, t));
    // Roughly the diagram's box at 1366×768 (18 px type) and at 1920×1080 (24 px); the browser
    // tests check the real boxes with real fonts (e2e/layout.spec.ts).
    for (const viewport of [
      { width: 847, fontPx: 18, height: 620 },
      { width: 1184, fontPx: 24, height: 790 },
    ]) {
      const layout = ladderLayout(trace, viewport, ladderText(texts, t, estimateTextWidth));
      expect(layout.fits).toBe(true);
      expect(layout.height).toBeLessThanOrEqual(viewport.height + 0.5);
      expect(flightEm(layout)).toBeGreaterThanOrEqual(EM.minFlight - 1e-9);
    }
  });

  it('never stretches a short trace beyond the nominal flight height', () => {
    const layout = ladderLayout(simulated('handshake'), { width: 835, fontPx: 18, height: 2000 });
    expect(layout.fits).toBe(true);
    expect(flightEm(layout)).toBeCloseTo(EM.flight);
  });

  it('scrolls a trace that cannot fit, at a comfortable size, never below the minimum spacing', () => {
    const layout = ladderLayout(simulated('syn-flood'), { width: 835, fontPx: 18, height: 560 });
    expect(layout.fits).toBe(false);
    expect(flightEm(layout)).toBeCloseTo(EM.scrollFlight);
  });

  it('made in slices, pauses twice in each trial layout (after the moments, after the arrows)', () => {
    const pausesOf = (trace: Parameters<typeof ladderLayout>[0], viewport: Parameters<typeof ladderLayout>[1]) => {
      const slices = ladderLayoutInSlices(trace, viewport, PLAIN_TEXT);
      let pauses = 0;
      while (slices.next().done !== true) pauses++;
      return pauses;
    };
    // Fits at its natural scale: one trial layout.
    expect(pausesOf(simulated('handshake'), { width: 835, fontPx: 18, height: 2000 })).toBe(2);
    // Fitted to a short box: the natural scale, the smallest, then ten halvings of the interval.
    expect(pausesOf(simulated('handshake'), { width: 600, fontPx: 16, height: 400 })).toBe(2 * 12);
  });

  it('marks where a run was cut off', () => {
    const trace = simulated('syn-flood');
    const layout = ladderLayout(trace, WIDE);
    expect(layout.horizon).toMatchObject({ t: trace.horizon, y: timeToY(layout.axis, trace.horizon ?? 0) });
  });
});

describe('notes beside the lifelines', () => {
  it('never overlap, and each sits at or below its moment', () => {
    for (const id of ['close', 'last-ack-lost', 'syn-flood', 'half-close'] as const) {
      const layout = ladderLayout(simulateScenario(id, DEFAULT_OPTIONS), { width: 835, fontPx: 18, height: 560 });
      for (const notes of Object.values(layout.notes)) {
        notes.forEach((note) => expect(note.top).toBeGreaterThanOrEqual(note.anchorY));
        notes.slice(1).forEach((next, i) => {
          const note = notes[i] as (typeof notes)[number];
          expect(next.top).toBeGreaterThanOrEqual(note.top + note.height);
        });
      }
    }
  });

  it('show what each application sees, at the step that made it so', () => {
    const trace = simulateScenario('close', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, WIDE);
    const app = (side: 'client' | 'server') => layout.notes[side].filter((n) => n.kind === 'app').map((n) => [n.event, n.t]);
    expect(app('client')).toEqual([
      ['connect-returned', 200],
      ['eof', 1300],
      ['connection-closed', 61_300],
    ]);
    expect(app('server')).toEqual([
      ['accept-returned', 300],
      ['eof', 800],
      ['connection-closed', 1400],
    ]);
  });

  it('draw each timer run as a bracket from when it was set to when it ended', () => {
    const layout = ladderLayout(simulateScenario('close', DEFAULT_OPTIONS), WIDE);
    const wait = layout.timers.find((bracket) => bracket.run.timer === 'timeWait');
    expect(wait?.run).toMatchObject({ side: 'client', start: 1300, end: 61_300, outcome: 'fired' });
    expect(wait?.y1).toBeCloseTo(timeToY(layout.axis, 1300));
    expect(wait?.y2).toBeCloseTo(timeToY(layout.axis, 61_300));
    expect(wait?.x).toBeLessThan(layout.x.client);
  });
});
