import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the catalogue loader, nothing loaded yet. */
async function freshMessages() {
  vi.resetModules();
  return import('./messages');
}

describe('the text of a language, in parts', () => {
  // The prerendered English page hydrates with the first part (main.tsx); the panels wait for the
  // view part (app/featurePanels.tsx); re-rendering every text of the page is a long task on a
  // slow laptop (issue 8), so only the first part's arrival does it. The other parts are merged
  // in place; when the last has come, what showed a key blank meanwhile is drawn again (useT).
  it('first part alone for the prerendered page, then the view part and the second part merged in without a re-render', async () => {
    const messages = await freshMessages();
    let renders = 0;
    let completed = 0;
    messages.subscribeToMessages(() => renders++);
    messages.subscribeToCompletion(() => completed++);
    const first = await messages.loadFirstScreenMessages('en');
    expect(first['cmd.stepForward']).toBe('Next step');
    await messages.viewMessagesLoaded();
    expect(messages.getMessages('en'), 'the same table, the view part merged in').toBe(first);
    expect(first['tcb.caption']).toBe('Transmission control block (TCB) of each side');
    expect(renders).toBe(1);
    expect(messages.isComplete('en')).toBe(false);
    expect(completed).toBe(0);
    await messages.loadCompleteMessages('en');
    expect(messages.isComplete('en')).toBe(true);
    expect(messages.getMessages('en'), 'the same table, the second part merged in').toBe(first);
    expect(first['rule.listen-syn.what']).toBeTruthy();
    expect(renders).toBe(1);
    expect(completed, 'what showed a key blank meanwhile (a dialog) is told, and drawn again').toBe(1);
  });

  it('for a page drawn afresh or a language switched to: the first and the view part together', async () => {
    const messages = await freshMessages();
    const shown = await messages.loadMessages('zh');
    expect(shown['cmd.stepForward']).toBe(messages.getMessages('zh')?.['cmd.stepForward']);
    expect(shown['tcb.caption']).toBeTruthy();
    expect(shown['state.CLOSED.desc']).toBeTruthy();
  });
});
