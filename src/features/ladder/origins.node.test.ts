import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { stepFocus } from './focus';
import { ladderLayout, stepY, type ArrowLayout } from '../../export/ladder/layout';

const WIDE = { width: 900, fontPx: 16 };

describe('segments no endpoint of the run sent', () => {
  it('the old duplicate SYN (§3.5 Figure 8) comes from a marked origin above t = 0, not from the CLOSED client', () => {
    const trace = simulateScenario('old-duplicate-syn', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, WIDE);
    const old = layout.arrows[0] as ArrowLayout;
    expect(trace.segments[0]?.origin).toBe('old-duplicate');
    const past = layout.sources.find((s) => s.kind === 'past');
    expect(past?.lines.join(' ')).toBe('from an old connection');
    expect(old.x1).toBe(past?.x);
    expect(old.x1).toBeGreaterThan(layout.x.client + layout.bandHalf);
    expect(old.y1).toBeLessThan(layout.axis.top);
    // The client's own SYN still leaves its lifeline.
    expect((layout.arrows[1] as ArrowLayout).x1).toBe(layout.x.client);
  });

  it('a SYN flood’s forged SYNs come from an attacker lane of their own', () => {
    const trace = simulateScenario('syn-flood', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, WIDE);
    const lane = layout.sources.find((s) => s.kind === 'attacker');
    expect(lane?.lines.join(' ')).toBe('attacker (forged sources)');
    const forged = trace.segments.filter((s) => s.origin === 'spoofed');
    expect(forged.length).toBeGreaterThan(0);
    for (const segment of forged) expect(layout.arrows[segment.id - 1]?.x1).toBe(lane?.x);
    const own = trace.segments.find((s) => s.origin === 'endpoint' && s.from === 'client');
    expect(layout.arrows[(own?.id ?? 0) - 1]?.x1).toBe(layout.x.client);
    expect(lane?.y2).toBeGreaterThan(lane?.y1 ?? Infinity);
  });

  it('the two-way counterfactual carries a "Not TCP" mark on the diagram; real TCP does not', () => {
    const twoWay = ladderLayout(simulateScenario('two-way-handshake', DEFAULT_OPTIONS), WIDE);
    expect(twoWay.mark?.lines.join(' ')).toMatch(/^Not TCP/);
    expect(twoWay.mark && twoWay.mark.y + twoWay.mark.height).toBeLessThan(twoWay.axis.top);
    expect(ladderLayout(simulateScenario('old-duplicate-syn', DEFAULT_OPTIONS), WIDE).mark).toBeNull();
  });
});

describe('what a step talks about', () => {
  it('a full SYN queue: the forged SYNs that filled it, and their sender', () => {
    const trace = simulateScenario('syn-flood', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, { width: 835, fontPx: 18, height: 560 });
    const full = trace.steps.findIndex((s) => s.rule === 'listen-backlog-full');
    const focus = stepFocus(trace, layout, full + 1);
    const forged = trace.segments.filter((s) => s.origin === 'spoofed' && s.arrivalStep !== null && s.arrivalStep < full);
    for (const segment of forged) expect(focus.top).toBeLessThanOrEqual(layout.arrows[segment.id - 1]?.y1 ?? -Infinity);
    expect(focus.bottom).toBeGreaterThan(stepY(layout.axis, full));
  });

  it('an arrival: the segment that caused it, from where it was sent', () => {
    const trace = simulateScenario('handshake', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, WIDE);
    const synArrives = trace.steps.findIndex((s) => s.input.kind === 'segment');
    const focus = stepFocus(trace, layout, synArrives + 1);
    expect(focus.top).toBeCloseTo((layout.arrows[0] as ArrowLayout).y1);
    expect(focus.bottom).toBeGreaterThan((layout.arrows[0] as ArrowLayout).y2);
  });
});
