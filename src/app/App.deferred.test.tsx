import { act, render } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../i18n';
import { createSimStore } from '../store';
import { AppRoot } from './AppRoot';
import { nextFrame } from '../ui/testing/render';
import { preloadPanels } from './featurePanels';

/**
 * Issue 8: the views that follow a step a frame behind the diagram (the explanation, the header
 * inspector, the step caption, Continue in the sandbox) render once per step, after the frame
 * that shows the step in the diagram has been produced: not in the step's own render with their
 * old inputs, and not before that frame (useDeferredValue's render often ran first). Each is
 * wrapped in a Profiler, whose onRender fires for every commit in which anything inside rendered.
 */
const commits = vi.hoisted(() => new Map<string, number>());

function counted(id: string, node: ReactNode) {
  return (
    <Profiler id={id} onRender={() => commits.set(id, (commits.get(id) ?? 0) + 1)}>
      {node}
    </Profiler>
  );
}

vi.mock('./featurePanels', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./featurePanels')>();
  return {
    ...actual,
    Explanation: () => counted('explanation', <actual.Explanation />),
    HeaderInspector: () => counted('inspector', <actual.HeaderInspector />),
    SandboxPanel: () => counted('sandbox', <actual.SandboxPanel />),
  };
});

vi.mock('./StepCaption', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./StepCaption')>();
  return { StepCaption: (props: { cursor?: number }) => counted('caption', <actual.StepCaption {...props} />) };
});

describe('the views that follow the step', () => {
  beforeAll(async () => {
    // As main.tsx does before drawing a page afresh: the text, and the panels' code.
    await Promise.all([loadMessages('en'), preloadPanels()]);
  });

  it('render once per step, after the step’s frame, and then show the new step', async () => {
    const store = createSimStore({ scenario: 'close', cursor: 2, locale: 'en' });
    render(<AppRoot store={store} />);
    expect(document.querySelector('.explanation__meta')).toHaveTextContent(/^Step 2 of \d+/);
    commits.clear();

    act(() => store.getState().stepForward());
    expect(document.querySelector('.explanation__meta')).toHaveTextContent(/^Step 2 of \d+/);
    expect(Object.fromEntries(commits)).toEqual({});

    await nextFrame();
    expect(document.querySelector('.explanation__meta')).toHaveTextContent(/^Step 3 of \d+/);
    expect(Object.fromEntries(commits)).toEqual({ explanation: 1, inspector: 1, caption: 1, sandbox: 1 });
  });
});
