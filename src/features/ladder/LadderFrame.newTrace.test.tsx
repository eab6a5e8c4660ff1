import { act, render } from '@testing-library/react';
import { motionValue } from 'framer-motion';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimStore, selectTrace } from '../../store';
import type { Trace } from '../../engine';
import { enLadder } from '../../i18n/en/ladder';
import { enSeqFormat } from '../../i18n/en/seqFormat';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { LadderView } from './LadderView';

const t = makeT(enLadder, enSeqFormat);

/** How often the diagram's size is read (its width): in a browser each read after a change lays the page out. */
const box = { measured: 0 };

/** A browser's box: measurable and observed (jsdom has neither layout nor ResizeObserver). */
function giveTheBoxASize(): void {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => {
    box.measured++;
    return 600;
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(500);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 16, 0));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function diagram(trace: Trace) {
  return (
    <LadderView
      trace={trace}
      cursor={trace.steps.length}
      playhead={motionValue(0)}
      selectedSegment={null}
      onSelect={() => {}}
      seqMode="relative"
      t={t}
    />
  );
}

describe('a sandbox call draws its new trace in the box already measured', () => {
  it('the box is measured once, not again for each new trace (the size has not changed)', () => {
    giveTheBoxASize();
    const store = createSimStore({ mode: 'sandbox' });
    store.getState().sandboxCall('server', 'listen');
    store.getState().goToEnd();
    store.getState().sandboxCall('client', 'connect');
    store.getState().goToEnd();
    const { rerender, container } = render(diagram(selectTrace(store.getState())));
    expect(box.measured).toBe(1);
    for (let i = 0; i < 3; i++) {
      store.getState().sandboxCall('client', 'send');
      store.getState().goToEnd();
      act(() => rerender(diagram(selectTrace(store.getState()))));
    }
    expect(container.querySelectorAll('[data-segment-id]').length).toBeGreaterThan(3);
    expect(box.measured).toBe(1);
  });
});
