import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimStore } from '../store';
import { loadAllMessages, renderInStore } from '../ui/testing/render';
import { StepAnnouncer } from './StepAnnouncer';
import { StepCaption } from './StepCaption';

/**
 * Issue 8: the step's sentence follows a step in React's next render. The step's own render,
 * which still sees the old step, must not write the old sentence again: one sentence per view
 * per step, counted at describeStep.
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

  it('say the new step, each writing its sentence once', () => {
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
    const after = screen.getByTestId('step-announcer').textContent;
    expect(after).not.toBe(before);
    expect(document.querySelector('.step-caption')).toHaveTextContent(after ?? '');
    expect(described.calls).toBe(2);
  });
});
