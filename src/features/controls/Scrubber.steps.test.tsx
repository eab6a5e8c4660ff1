import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../i18n';
import { createSimStore, selectStepCount, SimStoreProvider, type SimStore } from '../../store';
import { Controls } from './Controls';

/**
 * Issue 8 (a step in one frame): a step is written to the slider and "Step k of n" by the
 * scrubber's store subscription, without React rendering the playback bar, and what a screen
 * reader reads of the slider stays right after every kind of move.
 */
function renderBar(store: SimStore) {
  const commits = { count: 0 };
  render(
    <SimStoreProvider store={store}>
      <Profiler id="bar" onRender={() => commits.count++}>
        <Controls />
      </Profiler>
    </SimStoreProvider>,
  );
  return commits;
}

/** What the slider says: its value, its accessible value and the text beside it. */
function sliderReading() {
  const slider = screen.getByRole('slider', { name: /Step|步骤/ });
  return {
    value: (slider as HTMLInputElement).value,
    valueText: slider.getAttribute('aria-valuetext'),
    shown: slider.closest('.scrubber')?.querySelector('output')?.textContent,
    max: slider.getAttribute('max'),
  };
}

describe('the scrubber on a step', () => {
  beforeAll(async () => {
    await Promise.all([loadMessages('en'), loadMessages('zh')]);
  });

  it('does not render the playback bar for a step, a step back or a jump; the slider still reads step k of n', () => {
    const store = createSimStore({ scenario: 'close', cursor: 2, locale: 'en' });
    const commits = renderBar(store);
    const n = selectStepCount(store.getState());
    const before = commits.count;

    act(() => store.getState().stepForward());
    expect(sliderReading()).toMatchObject({ value: '3', valueText: `Step 3 of ${n}`, shown: `Step 3 of ${n}` });
    act(() => store.getState().stepBack());
    expect(sliderReading()).toMatchObject({ value: '2', valueText: `Step 2 of ${n}`, shown: `Step 2 of ${n}` });
    act(() => store.getState().seek(5));
    expect(sliderReading()).toMatchObject({ value: '5', valueText: `Step 5 of ${n}`, shown: `Step 5 of ${n}` });
    expect(commits.count).toBe(before);
  });

  it('reads the start, the end, a drag and playing right', () => {
    const store = createSimStore({ scenario: 'close', cursor: 4, locale: 'en' });
    renderBar(store);
    const n = selectStepCount(store.getState());

    act(() => store.getState().goToStart());
    expect(sliderReading()).toMatchObject({ value: '0', valueText: `Start (step 0 of ${n})`, shown: `Step 0 of ${n}` });
    act(() => store.getState().goToEnd());
    expect(sliderReading()).toMatchObject({ value: String(n), valueText: `Step ${n} of ${n}` });
    fireEvent.change(screen.getByRole('slider', { name: 'Step' }), { target: { value: '3' } });
    expect(store.getState().cursor).toBe(3);
    expect(sliderReading()).toMatchObject({ value: '3', valueText: `Step 3 of ${n}`, shown: `Step 3 of ${n}` });
    // Playing advances the cursor through the same action a key uses.
    act(() => store.getState().play());
    act(() => store.getState().stepForward());
    expect(sliderReading()).toMatchObject({ value: '4', valueText: `Step 4 of ${n}` });
  });

  it('takes a new language and a new scenario from React, at the step the learner is on', () => {
    const store = createSimStore({ scenario: 'close', cursor: 1, locale: 'en' });
    renderBar(store);
    act(() => store.getState().stepForward());
    act(() => store.getState().setLocale('zh'));
    const n = selectStepCount(store.getState());
    expect(sliderReading()).toMatchObject({ value: '2', valueText: `第 2 步，共 ${n} 步`, shown: `第 2 步，共 ${n} 步` });

    act(() => store.getState().loadScenario('syn-flood'));
    const flood = selectStepCount(store.getState());
    expect(flood).not.toBe(n);
    expect(sliderReading()).toMatchObject({ value: '0', max: String(flood), shown: `第 0 步，共 ${flood} 步` });
    act(() => store.getState().seek(flood));
    expect(sliderReading()).toMatchObject({ value: String(flood), valueText: `第 ${flood} 步，共 ${flood} 步` });
  });

  it('a sandbox call brings its step and the new count at once: never "Step k of n" with k past n', () => {
    const store = createSimStore({ locale: 'en' });
    store.getState().openSandbox();
    renderBar(store);
    // Subscribed after the scrubber, so each reading is what the page showed after its write.
    const seen: string[] = [];
    store.subscribe(() => seen.push(sliderReading().shown ?? ''));
    act(() => store.getState().sandboxCall('server', 'listen'));
    act(() => store.getState().sandboxCall('client', 'connect'));
    expect(seen.length).toBeGreaterThan(0);
    const pastTheEnd = seen.filter((shown) => {
      const [, k, n] = /Step (\d+) of (\d+)/.exec(shown) ?? [];
      return !(Number(k) <= Number(n));
    });
    expect(pastTheEnd).toEqual([]);
    expect(sliderReading().shown).toBe(`Step ${store.getState().cursor} of ${selectStepCount(store.getState())}`);
  });

  it('is not a live region of its own: the step announcer says each step once', () => {
    renderBar(createSimStore({ locale: 'en' }));
    expect(screen.getByRole('slider', { name: 'Step' }).closest('.scrubber')?.querySelector('output')).toHaveAttribute('aria-live', 'off');
  });
});
