import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SIDES, simulateScenario, type ScenarioId, type Trace } from '../../engine';
import { arrowExtent, insideNameSpan, ladderLayout, type LadderLayout, type LadderViewport } from '../../export/ladder/layout';
import { SCROLL_MARGIN_EM, stepFocus, viewTopFor } from './focus';

/** The diagram's box (what it shows below its header) on a 1366×768 laptop, a 1024×768 classroom projector and a 390×844 phone. */
const LAPTOP: LadderViewport = { width: 847, fontPx: 16, height: 577 };
const PROJECTOR: LadderViewport = { width: 609, fontPx: 20, height: 590 };
const PHONE: LadderViewport = { width: 352, fontPx: 16, height: 631 };

/** Scenarios with losses and retransmissions, whose steps send segments far down the diagram. */
const LOSSY: readonly ScenarioId[] = ['syn-flood', 'syn-lost', 'fin-lost', 'syn-timeout', 'half-close'];

interface Shown {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Where the view stands after each step when a reader opens the link at step 0 and steps on to
 * `last`, or opens a link to `last` directly: the box starts at the diagram's top and scrolls
 * only within the diagram.
 */
function viewAfter(trace: Trace, layout: LadderLayout, view: number, steps: readonly number[]): Shown {
  const margin = layout.fontPx * SCROLL_MARGIN_EM;
  let top = 0;
  for (const cursor of steps) {
    top = Math.min(Math.max(0, viewTopFor(stepFocus(trace, layout, cursor), top, view, margin)), Math.max(0, layout.height - view));
  }
  return { top, bottom: top + view };
}

const inside = (shown: Shown, top: number, bottom: number) => top >= shown.top - 0.5 && bottom <= shown.bottom + 0.5;

describe('keeping the step in view', () => {
  it('a step that sends a segment shows it whole when it fits: the listener’s SYN,ACK sent again at 1.1 s in the SYN flood', () => {
    const trace = simulateScenario('syn-flood', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, PROJECTOR);
    expect(layout.fits).toBe(false);
    const retry = trace.steps.findIndex((s) => s.rule === 'syn-queue-retransmit' && s.emitted.length > 0);
    const sent = layout.arrows[(trace.steps[retry]?.emitted[0] ?? 0) - 1];
    expect(sent).toBeDefined();
    if (!sent) return;
    const extent = arrowExtent(layout, sent);
    // Opened by a link to that step, and reached by stepping through.
    for (const steps of [[retry + 1], trace.steps.slice(0, retry + 1).map((_, i) => i + 1)]) {
      const shown = viewAfter(trace, layout, PROJECTOR.height as number, steps);
      expect(inside(shown, extent.top, extent.bottom)).toBe(true);
    }
  });

  for (const [name, viewport] of [
    ['laptop', LAPTOP],
    ['projector', PROJECTOR],
    ['phone', PHONE],
  ] as const) {
    it(`${name}: after every step of the lossy scenarios, what the step sends is whole in view whenever it fits with the step`, () => {
      const missed: string[] = [];
      for (const id of LOSSY) {
        const trace = simulateScenario(id, DEFAULT_OPTIONS);
        const layout = ladderLayout(trace, viewport);
        const view = viewport.height as number;
        const margin = layout.fontPx * SCROLL_MARGIN_EM;
        for (let cursor = 1; cursor <= trace.steps.length; cursor++) {
          const focus = stepFocus(trace, layout, cursor);
          // Room for the step and what it sends (the context above it gives way).
          if (layout.fits || focus.reach - focus.ownTop + 2 * margin > view) continue;
          const shown = viewAfter(
            trace,
            layout,
            view,
            Array.from({ length: cursor }, (_, i) => i + 1),
          );
          for (const segment of trace.steps[cursor - 1]?.emitted ?? []) {
            const arrow = layout.arrows[segment - 1];
            if (!arrow) continue;
            const { top, bottom } = arrowExtent(layout, arrow);
            if (!inside(shown, top, bottom)) missed.push(`${id} step ${cursor}: segment ${segment}`);
          }
        }
      }
      expect(missed).toEqual([]);
    });
  }

  it('when the step and what it sends fit but the context above does not, the context gives way: the SYN flood’s first SYNs', () => {
    const trace = simulateScenario('syn-flood', DEFAULT_OPTIONS);
    const layout = ladderLayout(trace, LAPTOP);
    const retry = trace.steps.findIndex((s) => s.rule === 'syn-queue-retransmit' && s.emitted.length > 0);
    const focus = stepFocus(trace, layout, retry + 1);
    const margin = layout.fontPx * SCROLL_MARGIN_EM;
    // It talks about the SYNs that filled the queue, from the top of the flood.
    expect(focus.top).toBeLessThan(focus.ownTop);
    const view = focus.reach - focus.ownTop + 2 * margin + (focus.ownTop - focus.top) / 2;
    const top = viewTopFor(focus, 0, view, margin);
    expect(inside({ top, bottom: top + view }, focus.ownTop, focus.reach)).toBe(true);
    expect(top + view).toBeCloseTo(focus.reach + margin);
  });

  it('when what a step sends does not fit with it, what it talks about is kept in view as before, its bottom first', () => {
    const margin = 10;
    // A step with a note below its row, sending a segment delayed far down the diagram.
    const focus = { top: 400, ownTop: 400, row: 400, bottom: 450, reach: 2000 };
    // From above: moved just enough to show it.
    expect(viewTopFor(focus, 0, 300, margin)).toBe(450 + margin - 300);
    // From below: moved just enough the other way.
    expect(viewTopFor(focus, 600, 300, margin)).toBe(400 - margin);
    // Already in view: not moved.
    expect(viewTopFor(focus, 300, 300, margin)).toBe(300);
    // Too short even for the step: its bottom (what just happened) is shown.
    expect(viewTopFor(focus, 0, 40, margin)).toBe(450 + margin - 40);
  });

  it('a state name that starts at the drawing’s bottom is whole: the client’s ESTABLISHED on a phone, SYN flood (Linux)', () => {
    const trace = simulateScenario('syn-flood', { ...DEFAULT_OPTIONS, profile: 'linux' });
    const layout = ladderLayout(trace, PHONE);
    expect(layout.bandLabels).toBe('inside');
    const band = layout.bands.client.find((b) => b.state === 'ESTABLISHED');
    const span = band && insideNameSpan(layout, band);
    expect(span).toBeTruthy();
    if (!band || !span) return;
    expect(span.bottom).toBeLessThanOrEqual(layout.height);
    const shown = viewAfter(trace, layout, PHONE.height as number, [band.step + 1]);
    expect(inside(shown, span.top, span.bottom)).toBe(true);
  });

  it('phone: after every step of every lossy scenario, the name of each state it enters is whole in view', () => {
    const missed: string[] = [];
    for (const profile of ['rfc9293', 'linux'] as const) {
      for (const id of LOSSY) {
        const trace = simulateScenario(id, { ...DEFAULT_OPTIONS, profile });
        const layout = ladderLayout(trace, PHONE);
        for (let cursor = 1; cursor <= trace.steps.length; cursor++) {
          const shown = viewAfter(trace, layout, PHONE.height as number, [cursor]);
          for (const side of SIDES) {
            for (const band of layout.bands[side].filter((b) => b.step === cursor - 1)) {
              const span = insideNameSpan(layout, band);
              if (span && !inside(shown, span.top, span.bottom)) missed.push(`${profile} ${id} step ${cursor}: ${side} ${band.state}`);
            }
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
