import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the catalogue loader, nothing loaded yet. */
async function freshMessages() {
  vi.resetModules();
  return import('./messages');
}

describe('the text of a language, in parts', () => {
  // The prerendered English page hydrates with the first part (main.tsx); the panels wait for the
  // view part (app/featurePanels.tsx); re-rendering every text of the page is a long task on a
  // slow laptop (issue 8), so only the first and the second part's arrivals do it.
  it('first part alone for the prerendered page, the view part merged in without a re-render, then the second part re-renders', async () => {
    const messages = await freshMessages();
    let renders = 0;
    messages.subscribeToMessages(() => renders++);
    const first = await messages.loadFirstScreenMessages('en');
    expect(first['cmd.stepForward']).toBe('Next step');
    await messages.viewMessagesLoaded();
    expect(messages.getMessages('en'), 'the same table, the view part merged in').toBe(first);
    expect(first['tcb.caption']).toBe('Transmission control block (TCB) of each side');
    expect(renders).toBe(1);
    expect(messages.isComplete('en')).toBe(false);
    await messages.loadCompleteMessages('en');
    expect(messages.isComplete('en')).toBe(true);
    expect(renders, 'what was drawn meanwhile (a dialog) is drawn again with the whole text').toBe(2);
  });

  it('for a page drawn afresh or a language switched to: the first and the view part together', async () => {
    const messages = await freshMessages();
    const shown = await messages.loadMessages('zh');
    expect(shown['cmd.stepForward']).toBe(messages.getMessages('zh')?.['cmd.stepForward']);
    expect(shown['tcb.caption']).toBeTruthy();
    expect(shown['state.CLOSED.desc']).toBeTruthy();
  });
});
