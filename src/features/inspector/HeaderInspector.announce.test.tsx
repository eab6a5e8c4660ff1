import { act } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../../store';
import { loadAllMessages, renderInStore } from '../../ui/testing/render';
import { HeaderInspector } from './HeaderInspector';

/** The inspector's own live region: what a screen reader hears when the learner picks an arrow. */
const liveRegion = () => document.querySelector('.inspector-host > [aria-live]');

describe('<HeaderInspector> says where the header went when the learner selects a segment', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
    // jsdom has no scrolling; the inspector scrolls itself into view on a selection.
    vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
  });

  it('nothing on mount; the selection when made; the same words while it stays; nothing once cleared', () => {
    const store = renderInStore(<HeaderInspector />, createSimStore({ scenario: 'handshake', cursor: 3 }));
    expect(liveRegion()).toHaveTextContent(/^$/);

    act(() => store.getState().selectSegment(2));
    const spoken = liveRegion()?.textContent ?? '';
    expect(spoken).toMatch(/^Segment 2 selected: SYN, ACK\b.*\. Its header is shown in the header inspector\.$/);

    // Another notation re-renders the header, but the news was the selection: no second announcement.
    act(() => store.getState().setSeqMode('absolute'));
    expect(liveRegion()).toHaveTextContent(spoken);

    act(() => store.getState().selectSegment(null));
    expect(liveRegion()).toHaveTextContent(/^$/);
  });
});
