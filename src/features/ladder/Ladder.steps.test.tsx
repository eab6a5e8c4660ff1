import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../i18n';
import { runNextFrame, startFakeFrames, stopFakeFrames } from '../../playback/testing/fakeFrames';
import { PlayheadProvider } from '../../playback';
import { createSimStore, selectTrace, SimStoreProvider, type SimStore } from '../../store';
import { Ladder } from './Ladder';

/**
 * Issue 8: a step does only that step's work. The parts of the diagram that no step changes
 * (lifelines, state bands, listener line, notes, the clock's and "now" line's elements) follow
 * the playhead outside React; a step must not render them again. Each is counted by wrapping it
 * in a plain component, which renders exactly when its parent renders it.
 */
const renders = vi.hoisted(() => ({ listener: 0, revealed: 0, clock: 0, frame: 0 }));

vi.mock('./ListenerLine', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./ListenerLine')>();
  const { countedRenders } = await import('../../ui/testing/countedRenders');
  return {
    ListenerLine: countedRenders(actual.ListenerLine, () => renders.listener++),
  };
});

vi.mock('./LadderFrame', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./LadderFrame')>();
  const { countedRenders } = await import('../../ui/testing/countedRenders');
  return {
    LadderFrame: countedRenders(actual.LadderFrame, () => renders.frame++),
  };
});

vi.mock('./PlayheadMarks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./PlayheadMarks')>();
  const { countedRenders } = await import('../../ui/testing/countedRenders');
  return {
    ...actual,
    RevealedToPlayhead: countedRenders(actual.RevealedToPlayhead, () => renders.revealed++),
    PlayheadClock: countedRenders(actual.PlayheadClock, () => renders.clock++),
  };
});

function renderLadder(store: SimStore, onCommit: () => void = () => {}) {
  render(
    <SimStoreProvider store={store}>
      <PlayheadProvider>
        <Profiler id="ladder" onRender={onCommit}>
          <Ladder />
        </Profiler>
      </PlayheadProvider>
    </SimStoreProvider>,
  );
}

/** The store, and how many subscriptions to it are open: its subscribe counted from here on. */
function countingSubscriptions(store: SimStore): () => number {
  let open = 0;
  const subscribe = store.subscribe;
  store.subscribe = (listener) => {
    open++;
    const unsubscribe = subscribe(listener);
    return () => {
      open--;
      unsubscribe();
    };
  };
  return () => open;
}

/** Renders of the static layer (the frame's own renders are counted apart). */
const counts = () => ({ listener: renders.listener, revealed: renders.revealed, clock: renders.clock });

describe('<Ladder> on a step', () => {
  beforeAll(async () => {
    await loadMessages('en');
  });
  beforeEach(() => {
    renders.listener = renders.revealed = renders.clock = renders.frame = 0;
  });

  it('draws the new arrow without rendering the static layer again', () => {
    const store = createSimStore({ scenario: 'close', cursor: 3 });
    renderLadder(store);
    const arrows = () => screen.getAllByRole('button', { name: /^Segment \d+:/ }).length;
    const before = arrows();
    const drawn = counts();
    expect(drawn.listener).toBeGreaterThan(0);

    for (let step = 0; step < 4; step++) act(() => store.getState().stepForward());
    // The step did reach the diagram: the segments sent meanwhile are drawn…
    expect(arrows()).toBeGreaterThan(before);
    // …and nothing under the arrows was rendered for it.
    expect(counts()).toEqual(drawn);
  });

  it('renders neither the diagram nor its frame for a step, a step back or a jump: the frame follows the cursor outside React', () => {
    const store = createSimStore({ scenario: 'close', cursor: 3 });
    renderLadder(store);
    const arrows = () => screen.getAllByRole('button', { name: /^Segment \d+:/ }).length;
    const before = arrows();
    const framesDrawn = renders.frame;
    expect(framesDrawn).toBeGreaterThan(0);

    act(() => store.getState().stepForward());
    act(() => store.getState().stepForward());
    expect(arrows()).toBeGreaterThan(before);
    act(() => store.getState().stepBack());
    act(() => store.getState().seek(1));
    act(() => store.getState().goToEnd());
    // The jump to the end reached the diagram: every segment has been sent.
    expect(arrows()).toBe(selectTrace(store.getState()).segments.length);
    expect(renders.frame).toBe(framesDrawn);
  });

  it('leaves the static layer alone when the learner goes back or jumps', () => {
    const store = createSimStore({ scenario: 'close', cursor: 6 });
    renderLadder(store);
    const drawn = counts();
    act(() => store.getState().stepBack());
    act(() => store.getState().seek(2));
    act(() => store.getState().goToEnd());
    expect(counts()).toEqual(drawn);
  });

  it('puts a step’s new arrow on the page as drawn: one insertion, none of its attributes written again', () => {
    const store = createSimStore({ scenario: 'close', cursor: 3 });
    renderLadder(store);
    const arrowLayer = document.querySelector('.ladder__arrows');
    if (!arrowLayer) throw new Error('no arrow layer');
    const changes = new MutationObserver(() => {});
    changes.observe(arrowLayer, { subtree: true, childList: true, attributes: true });

    act(() => store.getState().stepForward());
    const records = changes.takeRecords();
    changes.disconnect();
    const added = records.flatMap((record) => [...record.addedNodes]);
    expect(added).toHaveLength(1);
    const [arrow] = added;
    // The arrows already drawn follow the playhead, which moved; the new one was drawn where it is.
    const rewritten = records.filter((record) => record.type === 'attributes' && arrow?.contains(record.target));
    expect(rewritten.map((record) => record.attributeName)).toEqual([]);
  });
});

describe('<Ladder>: the arrows and the store', () => {
  beforeAll(async () => {
    await loadMessages('en');
  });

  it('follows the store through one subscription for all its arrows, not one or two per arrow', () => {
    const open = (scenario: 'close' | 'syn-flood') => {
      const store = createSimStore({ scenario, cursor: 2 });
      const subscriptions = countingSubscriptions(store);
      renderLadder(store);
      const arrows = selectTrace(store.getState()).segments.length;
      const count = subscriptions();
      cleanup();
      return { arrows, count };
    };
    const close = open('close');
    const flood = open('syn-flood');
    expect(flood.arrows).toBeGreaterThan(close.arrows + 10);
    expect(flood.count).toBe(close.count);
  });

  it('selects and unselects an arrow through that subscription', () => {
    const store = createSimStore({ scenario: 'close', cursor: 6 });
    renderLadder(store);
    const segment = (n: number) => screen.getByRole('button', { name: new RegExp(`^Segment ${n}:`) });
    act(() => store.getState().selectSegment(2));
    expect(segment(2)).toHaveAttribute('aria-pressed', 'true');
    act(() => store.getState().selectSegment(3));
    expect(segment(2)).toHaveAttribute('aria-pressed', 'false');
    expect(segment(3)).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('<Ladder>: the arrow a step sends', () => {
  // A real glide, on fake animation frames (elsewhere animations jump to their end).
  beforeEach(startFakeFrames);
  afterEach(stopFakeFrames);

  // In the close scenario, step 4 is the SYN,ACK arriving at 200 ms; the client's ACK (segment 3)
  // leaves then, at the end of the glide from 100 ms.
  const ack = () => screen.queryByRole('button', { name: /^Segment 3:/ });
  const frame = () => act(runNextFrame);

  it('is put on the page after the frame that shows the step, while the glide runs, and shows when the glide lands', () => {
    const store = createSimStore({ scenario: 'close', cursor: 3 });
    renderLadder(store);

    act(() => store.getState().stepForward());
    // Issue 8: not in the key's own task, where it would be drawn with nothing visible.
    expect(ack()).toBeNull();

    frame();
    const arrow = ack();
    expect(arrow).toBeInTheDocument();
    // On the page, but not yet sent: the glide is on its way to 200 ms.
    const body = arrow?.querySelector('.ladder-arrow__origin')?.parentElement;
    expect(body).toHaveAttribute('opacity', '0');

    act(() => vi.advanceTimersByTime(5000));
    expect(body).toHaveAttribute('opacity', '1');
  });

  it("renders nothing of the diagram in the key's task: the arrow is rendered once the frame is produced", () => {
    const store = createSimStore({ scenario: 'close', cursor: 3 });
    const commits = { count: 0 };
    renderLadder(store, () => commits.count++);
    const before = commits.count;

    act(() => store.getState().stepForward());
    expect(commits.count).toBe(before);

    frame();
    expect(ack()).toBeInTheDocument();
    expect(commits.count).toBeGreaterThan(before);
  });

  it('is drawn at once when a second key skips the glide to its sending, before any frame', () => {
    const store = createSimStore({ scenario: 'close', cursor: 3 });
    renderLadder(store);

    act(() => {
      store.getState().stepForward();
      store.getState().stepForward();
    });
    // The second step starts from 200 ms: the ACK has left, and is drawn in the same render.
    expect(ack()).toBeInTheDocument();
  });

  it('goes at once on a step back', () => {
    const store = createSimStore({ scenario: 'close', cursor: 4 });
    renderLadder(store);
    expect(ack()).toBeInTheDocument();

    act(() => store.getState().stepBack());
    expect(ack()).toBeNull();
  });
});
