import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../i18n';
import { createSimStore, selectTrace, SimStoreProvider, type SimStore } from '../../store';
import { SandboxPanel } from './SandboxPanel';

beforeAll(async () => {
  // The teaching text (side names, app errors) and the panel's working part are separate chunks
  // in the app. Load both here, with no time limit of their own (transforming a chunk takes as
  // long as the machine needs): once the module is in hand, React.lazy resolves it in a
  // microtask and the tests below can stay synchronous.
  await Promise.all([loadMessages('en'), import('./SandboxWorkbench')]);
  const store = createSimStore();
  store.getState().openSandbox();
  renderPanel(store);
  await screen.findByRole('group', { name: 'Client socket calls' });
  cleanup();
}, 120_000);

function renderPanel(store: SimStore = createSimStore()) {
  render(
    <SimStoreProvider store={store}>
      <SandboxPanel />
    </SimStoreProvider>,
  );
  return store;
}

const pad = (side: 'Client' | 'Server') => screen.getByRole('group', { name: `${side} socket calls` });
const call = (side: 'Client' | 'Server', name: string) => fireEvent.click(within(pad(side)).getByRole('button', { name }));

/** rAF-delayed announcements: let one frame pass. */
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe('<SandboxPanel>', () => {
  it('offers the sandbox as a mode; choosing it shows both sides’ calls', () => {
    const store = renderPanel();
    expect(screen.queryByRole('group', { name: 'Client socket calls' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: /Sandbox/ }));
    expect(store.getState().mode).toBe('sandbox');
    for (const side of ['Client', 'Server'] as const) {
      const buttons = within(pad(side)).getAllByRole('button');
      expect(buttons.map((b) => b.textContent)).toEqual([
        'listen()',
        'accept()',
        'connect()',
        'send(100)',
        'read()',
        'shutdown()',
        'shutdown(SHUT_RD)',
        'close()',
        'abort()',
        'crash',
      ]);
    }
    fireEvent.click(screen.getByRole('radio', { name: /Guided scenarios/ }));
    expect(store.getState().mode).toBe('scenario');
  });

  it('a call moves the story on and says what it did', async () => {
    const store = createSimStore();
    store.getState().openSandbox();
    renderPanel(store);
    call('Server', 'listen()');
    expect(store.getState().cursor).toBe(1);
    const card = screen.getByTestId('sandbox-call-result');
    expect(card).toHaveTextContent('Server called listen() in CLOSED.');
    expect(card).toHaveTextContent('CLOSED → LISTEN.');
    expect(card).toHaveTextContent('RFC 9293 §3.10.1');
    expect(within(pad('Server')).getByText('now LISTEN')).toBeInTheDocument();
    await nextFrame();
    expect(screen.getByTestId('sandbox-announcer')).toHaveTextContent('Server called listen() in CLOSED. CLOSED → LISTEN.');
  });

  it('an illegal call is never disabled: it happens and the error is shown in words', async () => {
    const store = createSimStore();
    store.getState().openSandbox();
    renderPanel(store);
    const send = within(pad('Client')).getByRole('button', { name: 'send(100)' });
    expect(send).toBeEnabled();
    fireEvent.click(send);
    const card = screen.getByTestId('sandbox-call-result');
    expect(card).toHaveClass('sandbox__result--error');
    expect(within(card).getByText(/Error/)).toBeInTheDocument();
    expect(card).toHaveTextContent('Not allowed in this state: the application gets “error: connection does not exist”.');
    await nextFrame();
    expect(screen.getByTestId('sandbox-announcer')).toHaveTextContent('error: connection does not exist');
  });

  it('a segment on the wire can be selected and dropped from the panel; an arrived one says why not', () => {
    const store = createSimStore();
    store.getState().loadSandboxPreset('listening');
    renderPanel(store);
    call('Client', 'connect()');
    const wire = screen.getByRole('group', { name: 'On the wire at this step' });
    fireEvent.click(within(wire).getByRole('button', { name: '#1 SYN Client → Server' }));
    expect(store.getState().selectedSegment).toBe(1);
    const fates = screen.getByRole('group', { name: 'What the network does with segment #1' });
    fireEvent.click(within(fates).getByRole('button', { name: /Drop/ }));
    expect(store.getState().sandbox.fates).toEqual([{ segmentId: 1, fate: 'lose', atStep: 2 }]);
    expect(within(fates).getByRole('button', { name: /Drop/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('sandbox-selected-segment')).toHaveTextContent('You dropped it at step 2: it will never arrive.');
    expect(screen.getByText(/Segment #1 will be lost in the network/)).toBeInTheDocument();

    // Take it back, let it arrive, and it is fixed. Deliver normally goes with the fate it undid;
    // its focus passes to Drop, not to the page.
    const deliver = within(fates).getByRole('button', { name: 'Deliver normally' });
    deliver.focus();
    fireEvent.click(deliver);
    expect(store.getState().sandbox.fates).toEqual([]);
    expect(within(fates).queryByRole('button', { name: 'Deliver normally' })).toBeNull();
    expect(within(fates).getByRole('button', { name: /Drop/ })).toHaveFocus();
    act(() => store.getState().goToEnd());
    expect(screen.getByTestId('sandbox-selected-segment')).toHaveTextContent('It already arrived (step 3).');
    expect(screen.queryByRole('button', { name: /Drop/ })).not.toBeInTheDocument();
  });

  it('X, D and C act on the selected segment from the keyboard, and leave typing and an open dialog alone', () => {
    const store = createSimStore();
    store.getState().loadSandboxPreset('listening');
    renderPanel(store);
    call('Client', 'connect()');
    act(() => store.getState().selectSegment(1));
    fireEvent.keyDown(window, { key: 'd' });
    expect(store.getState().sandbox.fates).toEqual([{ segmentId: 1, fate: 'delay', delayMs: 2000, atStep: 2 }]);
    fireEvent.keyDown(window, { key: 'x', ctrlKey: true });
    expect(store.getState().sandbox.fates[0]?.fate).toBe('delay');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Delay by' }), { key: 'x' });
    expect(store.getState().sandbox.fates[0]?.fate).toBe('delay');
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    fireEvent.keyDown(window, { key: 'X' });
    expect(store.getState().sandbox.fates[0]?.fate, 'the keys are the open dialog’s').toBe('delay');
    dialog.remove();
    fireEvent.keyDown(window, { key: 'X' });
    expect(store.getState().sandbox.fates).toEqual([{ segmentId: 1, fate: 'lose', atStep: 2 }]);
    fireEvent.keyDown(window, { key: 'c' });
    expect(selectTrace(store.getState()).segments[1]).toMatchObject({ duplicateOf: 1 });
  });

  it('changing a past already watched is explained the first time, with Undo', () => {
    const store = createSimStore();
    store.getState().loadSandboxPreset('established');
    renderPanel(store);
    act(() => store.getState().seek(1));
    // connect() was step 2: acting at 1 would replace it, and the panel says so before.
    expect(screen.getByText(/A call you make now becomes step 2; what you did after step 1 will be replaced/)).toBeInTheDocument();
    act(() => store.getState().seek(2));
    expect(screen.getByText('A call you make now becomes step 3.')).toBeInTheDocument();
    call('Client', 'close()');
    const callout = screen.getByTestId('sandbox-fork-callout');
    expect(callout).toHaveTextContent('You changed the past: the rest of the story was recomputed.');
    fireEvent.click(within(callout).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByTestId('sandbox-fork-callout')).not.toBeInTheDocument();

    act(() => store.getState().seek(1));
    call('Client', 'abort()');
    expect(screen.queryByTestId('sandbox-fork-callout')).not.toBeInTheDocument();
    expect(screen.getByText(/The story after step 1 was recomputed/)).toBeInTheDocument();
  });

  it('reset empties the sandbox and Undo brings it back', async () => {
    const store = createSimStore();
    store.getState().loadSandboxPreset('established');
    renderPanel(store);
    const before = store.getState().sandbox;
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().sandbox.actions).toEqual([]);
    expect(screen.getByText('The sandbox is empty again. Undo brings your session back.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().sandbox).toBe(before);
    await nextFrame();
    expect(screen.getByTestId('sandbox-announcer')).toHaveTextContent('Undone: your previous session is back.');
  });

  it('presets and the story so far', async () => {
    const store = createSimStore();
    store.getState().openSandbox();
    renderPanel(store);
    fireEvent.click(screen.getByRole('button', { name: 'Server listening' }));
    expect(store.getState().sandbox.actions).toEqual([{ side: 'server', call: 'listen', afterStep: 0 }]);
    // The list is made once the <details> has opened (its toggle event comes a moment after the click).
    expect(screen.queryByRole('button', { name: 'Step 1: Server listen()' })).toBeNull();
    fireEvent.click(screen.getByText('Your story so far (1)'));
    fireEvent.click(await screen.findByRole('button', { name: 'Step 1: Server listen()' }));
    expect(store.getState().cursor).toBe(1);
  });
});
