import { act, render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadMessages } from '../../i18n';
import { PlayheadProvider } from '../../playback';
import { SimStoreProvider } from '../../store';
import { learnerSession } from '../../store/learnerSession';
import { Ladder } from './Ladder';

/**
 * Issue 10: a sandbox call does the work of what it adds. Every arrow is a memoised component;
 * after a call at the end of a long session only the arrows the call added (or moved) render,
 * not every arrow on screen. Each arrow is counted by wrapping it in a plain component.
 */
const rendered = vi.hoisted(() => ({ ids: [] as number[] }));

vi.mock('./SegmentArrow', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./SegmentArrow')>();
  return {
    ...actual,
    SegmentArrow: (props: ComponentProps<typeof actual.SegmentArrow>) => {
      rendered.ids.push(props.arrow.id);
      return <actual.SegmentArrow {...props} />;
    },
  };
});

describe('<Ladder> on a sandbox call at the end of the story', () => {
  beforeAll(async () => {
    await loadMessages('en');
  });

  it('renders only the arrows the call added, not every arrow drawn', () => {
    const store = learnerSession(20);
    render(
      <SimStoreProvider store={store}>
        <PlayheadProvider>
          <Ladder />
        </PlayheadProvider>
      </SimStoreProvider>,
    );
    const drawn = new Set(rendered.ids);
    expect(drawn.size).toBeGreaterThan(30);
    rendered.ids = [];

    act(() => void store.getState().sandboxCall('client', 'send'));
    act(() => store.getState().goToEnd());

    const again = new Set(rendered.ids);
    // The call's segment (and the ACK it brings) are new; the arrows already drawn are not rendered again.
    expect([...again].filter((id) => drawn.has(id))).toEqual([]);
    expect(again.size).toBeGreaterThan(0);
  });
});
