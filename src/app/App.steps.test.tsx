import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../i18n';
import { createSimStore } from '../store';
import { AppRoot } from './AppRoot';
import { nextFrame } from '../ui/testing/render';
import { preloadPanels } from './featurePanels';

/**
 * Issue 8: a step re-renders the views that show the step, not the page around them. The
 * header and the notice banner show nothing of the step; each is counted through a plain
 * wrapper, which renders exactly when the layout around it renders.
 */
const renders = vi.hoisted(() => ({ header: 0, notice: 0 }));

vi.mock('./AppHeader', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./AppHeader')>();
  const { countedRenders } = await import('../ui/testing/countedRenders');
  return {
    AppHeader: countedRenders(actual.AppHeader, () => renders.header++),
  };
});

vi.mock('../features/notice', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../features/notice')>();
  const { countedRenders } = await import('../ui/testing/countedRenders');
  return {
    NoticeBanner: countedRenders(actual.NoticeBanner, () => renders.notice++),
  };
});

describe('the study layout on a step', () => {
  beforeAll(async () => {
    // As main.tsx does before drawing a page afresh: the text, and the panels' code.
    await Promise.all([loadMessages('en'), preloadPanels()]);
  });

  it('shows the new step without rendering the header or the notice region again', () => {
    const store = createSimStore({ scenario: 'close', cursor: 2, locale: 'en' });
    render(<AppRoot store={store} />);
    const slider = screen.getByRole('slider', { name: 'Step' });
    const before = { ...renders };
    expect(before.header).toBeGreaterThan(0);

    for (let step = 0; step < 3; step++) act(() => store.getState().stepForward());
    expect(slider).toHaveValue('5');
    expect(renders).toEqual(before);
  });

  it('draws the step in the diagram first; the explanation follows once that frame is produced, and then agrees', async () => {
    const store = createSimStore({ scenario: 'close', cursor: 2, locale: 'en' });
    // What each commit put on screen: the step the slider and the diagram show, and the step the explanation is about.
    const commits: { slider: string | undefined; arrows: number; explanation: string | undefined }[] = [];
    const onRender = () =>
      commits.push({
        slider: document.querySelector<HTMLInputElement>('input[type="range"]')?.value,
        arrows: document.querySelectorAll('.ladder-arrow').length,
        explanation: document.querySelector('.explanation__meta')?.textContent ?? undefined,
      });
    render(
      <Profiler id="app" onRender={onRender}>
        <AppRoot store={store} />
      </Profiler>,
    );
    const before = commits.at(-1);
    expect(before?.explanation).toMatch(/^Step 2 of \d+/);
    commits.length = 0;

    act(() => store.getState().stepForward());
    const first = commits[0];
    expect(first?.slider).toBe('3');
    expect(first?.arrows).toBeGreaterThan(before?.arrows ?? 0);
    // Nothing before the step's frame is about the explanation: it still says the old step.
    expect(commits.map((commit) => commit.explanation)).toEqual(commits.map(() => before?.explanation));

    await nextFrame();
    expect(commits.at(-1)?.explanation).toMatch(/^Step 3 of \d+/);
  });
});
