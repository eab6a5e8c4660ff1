import { act, waitFor } from '@testing-library/react';
import { motionValue } from 'framer-motion';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario, type Trace } from '../../engine';
import { ladderLayoutInSlices } from '../../export/ladder/layout';
import { enLadder } from '../../i18n/en/ladder';
import { enSeqFormat } from '../../i18n/en/seqFormat';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { LadderView } from './LadderView';

// Counts the layouts made: the layout is the costly part of drawing the diagram.
vi.mock('../../export/ladder/layout', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../export/ladder/layout')>();
  return { ...actual, ladderLayoutInSlices: vi.fn(actual.ladderLayoutInSlices) };
});

const t = makeT(enLadder, enSeqFormat);
/** The box the browser gives the diagram (jsdom lays nothing out): not the prerender's 720 px. */
const BOX = { width: 600, fontPx: 16, height: 500 };

function diagram(trace: Trace) {
  return (
    <LadderView trace={trace} cursor={0} playhead={motionValue(0)} selectedSegment={null} onSelect={() => {}} seqMode="relative" t={t} />
  );
}

/** What the build writes into index.html: rendered where there is no document. */
function prerendered(trace: Trace): string {
  vi.stubGlobal('document', undefined);
  try {
    return renderToString(diagram(trace));
  } finally {
    vi.unstubAllGlobals();
  }
}

/** A browser's box: measurable, and observed (jsdom has neither layout nor ResizeObserver). */
function giveTheBoxASize(box = BOX): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(box.width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(box.height);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, box.fontPx, 0));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the prerendered diagram, adopted by the app', () => {
  it('is laid out once, for its real box, in the same <svg>, without a hydration error', async () => {
    // The build's prerender is another run: its trace is equal, not the same object.
    const html = prerendered(simulateScenario('handshake', DEFAULT_OPTIONS));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 720 /);
    giveTheBoxASize();
    vi.mocked(ladderLayoutInSlices).mockClear();
    const errors: unknown[] = [];
    const trace = simulateScenario('handshake', DEFAULT_OPTIONS);

    await act(async () => {
      root = hydrateRoot(container, diagram(trace), { onRecoverableError: (error) => errors.push(error) });
    });
    // The layout for the measured box is made in tasks of its own, then drawn.
    await waitFor(() => expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 600 /));

    // Not first for the prerender's 720 px box to match its HTML.
    expect(vi.mocked(ladderLayoutInSlices).mock.calls.map(([, viewport]) => viewport)).toEqual([BOX]);
    expect(container.querySelector('svg')).toBe(svg);
    // The prerendered drawing is hidden in the commit that draws the app's own beside it, and
    // removed in a later task (issue 8: removing its nodes was most of that commit).
    const kept = svg?.querySelector('.ladder__prerendered');
    expect(kept?.getAttribute('display')).toBe('none');
    expect(kept?.querySelectorAll('.ladder__lifeline')).toHaveLength(2);
    // Both clips are in the page meanwhile: the app's drawing must not be clipped by the old one.
    const clipIds = [...(svg?.querySelectorAll('clipPath') ?? [])].map((clip) => clip.id);
    expect(clipIds).toHaveLength(2);
    expect(new Set(clipIds).size).toBe(2);
    await waitFor(() => expect(svg?.querySelector('.ladder__prerendered')).toBeNull());
    expect(svg?.querySelectorAll('.ladder__lifeline')).toHaveLength(2);
    expect(container.querySelectorAll('.ladder__side')).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('makes the layout for the box in slices, ending each task once it has run 5 ms of them (issue 8: total blocking time)', async () => {
    const container = document.createElement('div');
    container.innerHTML = prerendered(simulateScenario('handshake', DEFAULT_OPTIONS));
    document.body.append(container);
    // Too short for the handshake at its natural scale: it is fitted to the height.
    giveTheBoxASize({ ...BOX, height: 400 });
    const actual = await vi.importActual<typeof import('../../export/ladder/layout')>('../../export/ladder/layout');
    // Each slice takes 3 ms of a clock that moves only then; each is told the task it ran in.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let task = 0;
    let inTask = false;
    const taskNow = () => {
      if (!inTask) {
        inTask = true;
        task++;
        queueMicrotask(() => (inTask = false));
      }
      return task;
    };
    const sliceTasks: number[] = [];
    vi.mocked(ladderLayoutInSlices).mockImplementation(function* (...args) {
      const slices = actual.ladderLayoutInSlices(...args);
      for (;;) {
        sliceTasks.push(taskNow());
        now += 3;
        const slice = slices.next();
        if (slice.done) return slice.value;
        yield;
      }
    });

    await act(async () => {
      root = hydrateRoot(container, diagram(simulateScenario('handshake', DEFAULT_OPTIONS)));
    });
    await waitFor(() => expect(container.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 600 /));

    // Fitted to the box's height: a dozen trial layouts, each in a few slices.
    expect(sliceTasks.length).toBeGreaterThan(12);
    const slicesPerTask = [...new Set(sliceTasks)].map((id) => sliceTasks.filter((t) => t === id).length);
    // Two slices of 3 ms pass the 5 ms: the task ends; the last may have one left.
    expect(slicesPerTask.slice(0, -1).every((n) => n === 2)).toBe(true);
    expect(slicesPerTask.at(-1)).toBeLessThanOrEqual(2);
  });

  it("takes the prerendered drawing's nodes out in a task of its own, not inside React's commit (issue 8: total blocking time)", async () => {
    const container = document.createElement('div');
    container.innerHTML = prerendered(simulateScenario('handshake', DEFAULT_OPTIONS));
    document.body.append(container);
    giveTheBoxASize();
    const prerenderedNodes = new Set(container.querySelectorAll('.ladder__prerendered *'));
    expect(prerenderedNodes.size).toBeGreaterThan(20);
    // Where each prerendered node leaves the page from: with an inspector attached the browser
    // records that stack for each one, and React's commit is a deep one (deeper than V8's default
    // 10 frames; its limit is not in the DOM's types).
    const errors = Error as unknown as { stackTraceLimit: number };
    const stackLimit = errors.stackTraceLimit;
    errors.stackTraceLimit = 200;
    const removedInCommit: boolean[] = [];
    const stillIn = () => [...prerenderedNodes].filter((node) => node.isConnected).length;
    const removals: [object, 'removeChild' | 'replaceChildren'][] = [
      [Node.prototype, 'removeChild'],
      [Element.prototype, 'replaceChildren'],
    ];
    for (const [proto, method] of removals) {
      const original = (proto as Record<typeof method, (...args: unknown[]) => unknown>)[method];
      vi.spyOn(proto as Record<typeof method, (...args: unknown[]) => unknown>, method).mockImplementation(function (
        this: Node,
        ...args: unknown[]
      ) {
        const before = stillIn();
        const result = original.apply(this, args);
        const taken = before - stillIn();
        if (taken > 0) removedInCommit.push(...Array<boolean>(taken).fill(/commitRoot/.test(new Error().stack ?? '')));
        return result;
      });
    }

    try {
      await act(async () => {
        root = hydrateRoot(container, diagram(simulateScenario('handshake', DEFAULT_OPTIONS)));
      });
      await waitFor(() => expect(container.querySelector('.ladder__prerendered')).toBeNull());
    } finally {
      errors.stackTraceLimit = stackLimit;
    }

    expect(removedInCommit).toHaveLength(prerenderedNodes.size);
    expect(removedInCommit.filter(Boolean)).toEqual([]);
  });
});
