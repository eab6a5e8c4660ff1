import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../../store';
import { loadAllMessages, nextFrame, renderInStore } from '../../ui/testing/render';
import { HeaderInspector } from './HeaderInspector';

/**
 * Issue 8: the inspector follows a step a frame behind the diagram, once the frame that shows the
 * step has been produced. The step's own render must pass the header's grid by, or it redraws
 * every field for nothing before that frame. Counted
 * through a plain wrapper, which renders exactly when the inspector renders the view.
 */
const renders = vi.hoisted(() => ({ view: 0 }));

vi.mock('./HeaderInspectorView', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./HeaderInspectorView')>();
  const { countedRenders } = await import('../../ui/testing/countedRenders');
  return {
    HeaderInspectorView: countedRenders(actual.HeaderInspectorView, () => renders.view++),
  };
});

describe('<HeaderInspector> on a step', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
  });

  it('draws the header once per step that brings a new segment, after the step’s frame and not before', async () => {
    const store = renderInStore(<HeaderInspector />, createSimStore({ scenario: 'handshake', cursor: 3 }));
    const title = () => screen.getByText(/^TCP header of segment \d+$/).textContent;
    const before = title();
    renders.view = 0;

    act(() => store.getState().stepForward());
    expect(title()).toBe(before);
    expect(renders.view).toBe(0);

    await nextFrame();
    expect(title()).not.toBe(before);
    expect(renders.view).toBe(1);
  });
});
