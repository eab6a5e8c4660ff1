import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../store';
import { loadAllMessages, nextFrame, renderInStore } from '../ui/testing/render';
import { StepAnnouncer } from './StepAnnouncer';
import { StepCaption } from './StepCaption';

/**
 * Issue 8: the step's sentence follows a step once the frame that shows the step has been
 * produced. Nothing before that may write the old sentence again: one sentence per view per step,
 * counted at describeStep.
 */
const described = vi.hoisted(() => ({ calls: 0 }));

vi.mock('./stepAnnouncement', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./stepAnnouncement')>();
  return {
    ...actual,
    describeStep: (...args: Parameters<typeof actual.describeStep>) => {
      described.calls++;
      return actual.describeStep(...args);
    },
  };
});

describe('the step caption and announcer on a step', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
  });

  it('say the new step after the step’s frame, each writing its sentence once', async () => {
    const store = renderInStore(
      <>
        <StepCaption />
        <StepAnnouncer />
      </>,
      createSimStore({ scenario: 'handshake', cursor: 1 }),
    );
    const before = screen.getByTestId('step-announcer').textContent;
    described.calls = 0;

    act(() => store.getState().stepForward());
    expect(screen.getByTestId('step-announcer').textContent).toBe(before);
    expect(described.calls).toBe(0);

    await nextFrame();
    const after = screen.getByTestId('step-announcer').textContent;
    expect(after).not.toBe(before);
    expect(document.querySelector('.step-caption')).toHaveTextContent(after ?? '');
    expect(described.calls).toBe(2);
  });
});

describe('the announcer on a new story', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
    await loadAllMessages('zh');
  });

  it('names a scenario opened from elsewhere before its first step, then says each step alone', async () => {
    const store = renderInStore(<StepAnnouncer />, createSimStore({ scenario: 'handshake', cursor: 2, locale: 'en' }));
    const announcer = screen.getByTestId('step-announcer');
    expect(announcer.textContent).not.toMatch(/Three-way handshake/);

    act(() => store.getState().loadScenario('close'));
    await nextFrame();
    expect(announcer).toHaveTextContent(/^Four-way close\. Start: nothing has been sent yet\. Step 0 of \d+\.$/);

    act(() => store.getState().stepForward());
    await nextFrame();
    expect(announcer).toHaveTextContent(/^Step 1 of \d+\./);
    expect(announcer.textContent).not.toMatch(/Four-way close/);
  });

  it('names the sandbox when it opens, in the reader’s language', async () => {
    const store = renderInStore(<StepAnnouncer />, createSimStore({ scenario: 'close', cursor: 3, locale: 'zh' }));
    act(() => store.getState().openSandbox());
    await nextFrame();
    expect(screen.getByTestId('step-announcer')).toHaveTextContent(/^沙盒。/);
  });
});

describe('the announcer of playing and speed', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
  });

  it('says when playing starts and stops and when the speed changes, and nothing at first', () => {
    const store = renderInStore(<StepAnnouncer />, createSimStore({ scenario: 'handshake', cursor: 2, locale: 'en' }));
    const announcer = screen.getByTestId('playback-announcer');
    expect(announcer).toHaveTextContent('');
    act(() => store.getState().togglePlay());
    expect(announcer).toHaveTextContent('Playing.');
    act(() => store.getState().togglePlay());
    expect(announcer).toHaveTextContent(/^Paused at step \d+ of 5\.$/);
    act(() => store.getState().setSpeed(2));
    expect(announcer).toHaveTextContent('Speed 2×.');
  });
});

describe('the announcer while the story plays', () => {
  beforeAll(async () => {
    await loadAllMessages('en');
  });

  it('says only the state each step changed, nothing for a step that changed none, and the whole step it paused at', async () => {
    // The four-way close from the client's close(): step 6 moves the client to FIN-WAIT-1.
    const store = renderInStore(<StepAnnouncer />, createSimStore({ scenario: 'close', cursor: 5, locale: 'en' }));
    const announcer = screen.getByTestId('step-announcer');
    const atStart = announcer.textContent;

    act(() => store.getState().play());
    await nextFrame();
    // Pressing Play says "Playing." (the playback announcer), not the step on screen again.
    expect(announcer.textContent).toBe(atStart);

    const heard: string[] = [];
    for (let i = 0; i < 4; i++) {
      act(() => store.getState().stepForward());
      await nextFrame();
      heard.push(announcer.textContent ?? '');
    }
    expect(heard).toEqual([
      'Client: ESTABLISHED → FIN-WAIT-1.',
      'Server: ESTABLISHED → CLOSE-WAIT.',
      // The server's delayed ACK goes out: no state changes.
      '',
      'Client: FIN-WAIT-1 → FIN-WAIT-2.',
    ]);

    act(() => store.getState().pause());
    await nextFrame();
    expect(announcer).toHaveTextContent(/^Step 9 of \d+\. Client receives ACK\. Client: FIN-WAIT-1 → FIN-WAIT-2\./);
  });
});
