import { afterEach, describe, expect, it } from 'vitest';
import { createSimStore } from '../../store';
import { createPresenterSession } from './presenterSession';
import { startPresenterSync, type MessagePort } from './presenterSync';
import { pauseTimer, startTimer } from './presenterTimer';

/** Two ends of one channel, delivering synchronously (BroadcastChannel does it a task later). */
function pair(): [MessagePort & { deliver(): void }, MessagePort & { deliver(): void }] {
  const make = () => {
    const listeners = new Set<(event: MessageEvent) => void>();
    const inbox: unknown[] = [];
    return {
      listeners,
      inbox,
      postMessage: (_message: unknown) => undefined as void,
      addEventListener: (_type: 'message', listener: (event: MessageEvent) => void) => void listeners.add(listener),
      removeEventListener: (_type: 'message', listener: (event: MessageEvent) => void) => void listeners.delete(listener),
      deliver() {
        for (const data of inbox.splice(0)) for (const listener of listeners) listener({ data } as MessageEvent);
      },
    };
  };
  const a = make();
  const b = make();
  a.postMessage = (message) => void b.inbox.push(structuredClone(message));
  b.postMessage = (message) => void a.inbox.push(structuredClone(message));
  return [a, b];
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function twoWindows() {
  const [projectedPort, notesPort] = pair();
  const projected = { store: createSimStore({ scenario: 'close', cursor: 2, presenting: true }), session: createPresenterSession() };
  const notes = { store: createSimStore(), session: createPresenterSession() };
  stops.push(startPresenterSync(projected.store, projected.session, projectedPort, false));
  stops.push(startPresenterSync(notes.store, notes.session, notesPort, true));
  const settle = () => {
    for (let i = 0; i < 5; i++) {
      notesPort.deliver();
      projectedPort.deliver();
    }
  };
  return { projected, notes, settle };
}

describe('the projected window and its speaker notes stay in step', () => {
  it('a notes window that says hello is sent the scenario, the step and the timer', () => {
    const { projected, notes, settle } = twoWindows();
    projected.session.setState({ timer: startTimer(1000) });
    settle();
    expect(notes.store.getState()).toMatchObject({ scenario: 'close', cursor: 2, presenting: false });
    expect(notes.session.getState().timer).toEqual(startTimer(1000));
  });

  it('a notes window that said hello before the projected window listened still gets its moment', () => {
    const [projectedPort, notesPort] = pair();
    const projected = { store: createSimStore({ scenario: 'close', cursor: 2, presenting: true }), session: createPresenterSession() };
    projected.session.setState({ timer: startTimer(1000) });
    const notes = { store: createSimStore(), session: createPresenterSession() };
    stops.push(startPresenterSync(notes.store, notes.session, notesPort, true));
    projectedPort.deliver(); // the hello, with nobody listening yet: lost
    stops.push(startPresenterSync(projected.store, projected.session, projectedPort, false));
    notesPort.deliver();
    expect(notes.store.getState()).toMatchObject({ scenario: 'close', cursor: 2, presenting: false });
    expect(notes.session.getState().timer).toEqual(startTimer(1000));
  });

  it('either window drives: a step in one moves the other', () => {
    const { projected, notes, settle } = twoWindows();
    settle();
    projected.store.getState().stepForward();
    settle();
    expect(notes.store.getState().cursor).toBe(3);
    notes.store.getState().stepBack();
    notes.store.getState().stepBack();
    settle();
    expect(projected.store.getState().cursor).toBe(1);
    // The projected window stays in presenter mode; only the moment travels.
    expect(projected.store.getState().presenting).toBe(true);
  });

  it('a quick run of steps is not pulled back by the echo of an older one', () => {
    const { projected, notes, settle } = twoWindows();
    settle();
    for (let i = 0; i < 4; i++) projected.store.getState().stepForward();
    settle();
    expect(projected.store.getState().cursor).toBe(6);
    expect(notes.store.getState().cursor).toBe(6);
  });

  it('pausing the timer in the notes pauses it for the projected window too', () => {
    const { projected, notes, settle } = twoWindows();
    projected.session.setState({ timer: startTimer(0) });
    settle();
    notes.session.setState({ timer: pauseTimer(notes.session.getState().timer ?? startTimer(0), 5000) });
    settle();
    expect(projected.session.getState().timer).toEqual({ startedAt: 0, pausedAt: 5000 });
  });

  it('ignores messages that are not ours, and a hostile link opens nothing strange', () => {
    const store = createSimStore({ scenario: 'close', cursor: 2 });
    const session = createPresenterSession();
    const [port, other] = pair();
    stops.push(startPresenterSync(store, session, port, false));
    for (const data of [
      null,
      'x',
      { kind: 'moment' },
      { kind: 'timer', timer: { startedAt: 'soon' } },
      { kind: 'moment', link: '#s=__proto__&step=1' },
    ]) {
      other.postMessage(data);
    }
    expect(() => port.deliver()).not.toThrow();
    expect(session.getState().timer).toBeNull();
    // The unknown scenario falls back to the handshake, as any hostile link does.
    expect(store.getState().scenario).toBe('handshake');
  });
});
