import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS } from '../../engine';
import { getMessages, loadMessages, translate, type Locale } from '../../i18n';
import { createSimStore, selectTrace } from '../../store';
import { callResult, outcomeText, statusText, visibleMessage } from './sandboxText';

/** Both parts of a language's catalogue, as the app has them once loaded. */
async function tFor(locale: Locale) {
  await loadMessages(locale);
  // The second part (details) follows the first without being awaited by loadMessages.
  for (let i = 0; i < 50 && !getMessages(locale)?.['sandbox.intro']; i++) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 20));
  return (key: string, params?: Record<string, string | number>) => translate(getMessages(locale), key, params);
}

let en: Awaited<ReturnType<typeof tFor>>;
let zh: Awaited<ReturnType<typeof tFor>>;
beforeAll(async () => {
  en = await tFor('en');
  zh = await tFor('zh');
});

describe('sandbox text', () => {
  it('names an illegal call’s error in plain words, in both languages', () => {
    const store = createSimStore();
    store.getState().loadSandboxPreset('established');
    store.getState().sandboxCall('client', 'close');
    store.getState().sandboxCall('client', 'send', 100);
    const state = store.getState();
    const trace = selectTrace(state);
    const step = trace.steps[state.cursor - 1] ?? null;
    expect(callResult(trace, step, en)).toEqual({
      headline: 'Client called send(100) in FIN-WAIT-1.',
      error: 'Not allowed in this state: the application gets “error: connection closing”.',
      details: '',
      rfc: 'RFC 9293 §3.10.2',
    });
    expect(callResult(trace, step, zh)?.error).toBe('此状态下不允许该调用：应用程序得到“错误：连接正在关闭”。');
  });

  it('says what a legal call did and sent', () => {
    const store = createSimStore();
    store.getState().loadSandboxPreset('listening');
    store.getState().sandboxCall('client', 'connect');
    const trace = selectTrace(store.getState());
    expect(callResult(trace, trace.steps[1] ?? null, en)).toMatchObject({ error: null, details: 'CLOSED → SYN-SENT. Sends SYN.' });
    expect(callResult(trace, null, en)).toBeNull();
  });

  it('tells the learner what a fate will do, why one is refused, and about a fork', () => {
    const trace = selectTrace({ scenario: 'handshake', options: DEFAULT_OPTIONS });
    const fork = { changedPast: true, firstTime: false, removed: 2, atStep: 3 };
    expect(outcomeText({ kind: 'fate', segmentId: 4, fate: 'delay', delayMs: 1500, fork }, trace, en)).toBe(
      'The story after step 3 was recomputed. 2 later calls or network changes of yours were removed; Undo brings them back. Segment #4 will arrive 1.5 s late. Step forward to see what happens.',
    );
    expect(outcomeText({ kind: 'refused', segmentId: 2, reason: 'arrived' }, trace, en)).toBe(
      'Segment #2 has already arrived: what has happened can’t be changed.',
    );
    expect(outcomeText({ kind: 'refused', segmentId: 2, reason: 'changes-past' }, trace, zh)).toContain('报文段 #2');
    expect(statusText({ kind: 'arrived', arrivalStep: 2 }, null, en)).toContain('It already arrived (step 3).');
  });

  it('words a fate for the step on screen: “will be lost” before, “was lost” once its moment has passed', () => {
    const store = createSimStore();
    store.getState().openSandbox();
    store.getState().sandboxCall('server', 'listen');
    store.getState().sandboxCall('client', 'connect');
    const outcome = store.getState().dropSegment(1);
    const at = () => visibleMessage(outcome, selectTrace(store.getState()), store.getState().cursor, en);
    expect(at()).toBe('Segment #1 will be lost in the network. Step forward to see what TCP does about it.');
    // The SYN would have arrived 100 ms after it left; the next step (the 1 s RTO) is past that.
    store.getState().stepForward();
    expect(at()).toBe('Segment #1 was lost in the network.');
    expect(visibleMessage(outcome, selectTrace(store.getState()), store.getState().cursor, zh)).toBe('报文段 #1 已在网络中丢失。');
    store.getState().stepBack();
    expect(at()).toContain('will be lost');
  });

  it('every sandbox key has an English and a Chinese text', () => {
    const keys = Object.keys(getMessages('en') ?? {}).filter((key) => key.startsWith('sandbox.'));
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((key) => !getMessages('zh')?.[key as never])).toEqual([]);
  });
});
