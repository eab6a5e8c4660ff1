/**
 * Laying out long sandbox sessions quickly (issue 10 item 10) must not change a single pixel: each
 * shortcut is checked against the layout made the long way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USER_CALLS, type Side, type Trace, type UserCall } from '../../engine';
import {
  continuesLayout,
  EM,
  layoutAtScale,
  ladderLayout,
  ladderLayoutAfter,
  PLAIN_TEXT,
  type LadderText,
  type LadderViewport,
} from '../../export/ladder/layout';
import { buildTimeScale } from '../../export/ladder/timeScale';
import { createSimStore, selectTrace, type SimStore } from '../../store';
import { segmentsInFlight } from '../../sandbox';
import { arrowText, ladderText } from '../../ui/ladder-words/arrowText';
import { seqContext } from '../../ui/seq-format';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { enLadder } from '../../i18n/en/ladder';
import { enSeqFormat } from '../../i18n/en/seqFormat';
import { estimateTextWidth } from '../../export/ladder/textMeasure';

const t = makeT({ ...enLadder, ...enSeqFormat });
/** The app's words (relative numbers), measured by the estimate. */
const appWords = (trace: Trace): LadderText =>
  ladderText(
    trace.segments.map((segment) => arrowText(segment, seqContext('relative', trace), t)),
    t,
    estimateTextWidth,
  );

/** A layout as data: the time scale's functions are closures, equal in what they do, not by identity. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** The fit search written out the long way: nominal, else the largest scale that fits, else the scrolling one. */
function searchedLayout(trace: Trace, viewport: LadderViewport, text: LadderText) {
  const scale = buildTimeScale(trace);
  const em = (n: number) => n * viewport.fontPx;
  const at = (pxPerS: number) => layoutAtScale(trace, viewport, text, scale, pxPerS);
  const nominal = at(em(EM.flight) / scale.flightMs);
  if (viewport.height === undefined || scale.end <= 0 || nominal.fits) return nominal;
  let lo = em(EM.minFlight) / scale.flightMs;
  let best = at(lo);
  if (!best.fits) return at(em(EM.scrollFlight) / scale.flightMs);
  let hi = nominal.axis.pxPerS;
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    const layout = at(mid);
    if (layout.fits) [lo, best] = [mid, layout];
    else hi = mid;
  }
  return best;
}

/** A learner's session: listen, connect, then each call at the end of the story so far. */
function learnerStore(calls: number): SimStore {
  const store = createSimStore({ mode: 'sandbox' });
  for (let i = 0; i < calls; i++) {
    store.getState().goToEnd();
    if (i === 0) store.getState().sandboxCall('server', 'listen');
    else if (i === 1) store.getState().sandboxCall('client', 'connect');
    else store.getState().sandboxCall(i % 2 ? 'client' : 'server', 'send');
  }
  store.getState().goToEnd();
  return store;
}

describe('a session too long to fit is laid out once, at the scrolling scale', () => {
  it.each([3, 12, 40])('%i calls, in boxes from a phone to a projector: the same layout as the search', (calls) => {
    const trace = selectTrace(learnerStore(calls).getState());
    for (const viewport of [
      { width: 360, fontPx: 16, height: 500 },
      { width: 820, fontPx: 16, height: 560 },
      { width: 1200, fontPx: 22, height: 800 },
      { width: 820, fontPx: 16, height: 4000 },
    ]) {
      expect(plain(ladderLayout(trace, viewport, PLAIN_TEXT))).toEqual(plain(searchedLayout(trace, viewport, PLAIN_TEXT)));
      expect(plain(ladderLayout(trace, viewport, appWords(trace)))).toEqual(plain(searchedLayout(trace, viewport, appWords(trace))));
    }
  });
});

type Step =
  | { readonly kind: 'call'; readonly side: Side; readonly call: UserCall; readonly bytes: number }
  | { readonly kind: 'fate'; readonly pick: number; readonly fate: 'lose' | 'delay' | 'duplicate'; readonly delayMs: number }
  | { readonly kind: 'back'; readonly steps: number }
  | { readonly kind: 'end' };

const side = fc.constantFrom<Side>('client', 'server');
const call = fc.record({
  kind: fc.constant('call' as const),
  side,
  call: fc.oneof(
    { weight: 3, arbitrary: fc.constant<UserCall>('send') },
    { weight: 2, arbitrary: fc.constantFrom<UserCall>(...USER_CALLS) },
  ),
  bytes: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 4000 })),
});
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: call },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('fate' as const),
      pick: fc.nat(),
      fate: fc.constantFrom('lose' as const, 'delay' as const, 'duplicate' as const),
      delayMs: fc.constantFrom(200, 1000, 5000),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('back' as const), steps: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'end' as const }) },
);

/** A session made as a learner makes one: listen and connect, then calls, fates, going back and forking. */
function sessionStore(steps: readonly Step[]): SimStore {
  const store = createSimStore({ mode: 'sandbox' });
  const state = () => store.getState();
  state().sandboxCall('server', 'listen');
  state().goToEnd();
  state().sandboxCall('client', 'connect');
  for (const s of steps) {
    if (s.kind === 'call') state().sandboxCall(s.side, s.call, s.call === 'send' ? s.bytes : undefined);
    else if (s.kind === 'back') state().seek(state().cursor - s.steps);
    else if (s.kind === 'end') state().goToEnd();
    else {
      const flying = segmentsInFlight(selectTrace(state()), state().cursor);
      const id = flying[s.pick % Math.max(1, flying.length)];
      if (id === undefined) continue;
      if (s.fate === 'lose') state().dropSegment(id);
      else if (s.fate === 'delay') state().delaySegment(id, s.delayMs);
      else state().duplicateSegment(id);
    }
  }
  return store;
}

const VIEWPORTS: readonly LadderViewport[] = [
  { width: 820, fontPx: 16, height: 300 },
  { width: 360, fontPx: 16, height: 420 },
  { width: 1200, fontPx: 22 },
  { width: 390, fontPx: 16 },
];

describe('a call at the end of the story: the layout goes on from the one before', () => {
  it('for random sessions, laying out after a call from the earlier layout gives exactly the layout made from scratch', () => {
    let continued = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 2, maxLength: 30 }),
        call,
        fc.nat(VIEWPORTS.length - 1),
        fc.boolean(),
        (steps, last, v, app) => {
          const store = sessionStore(steps);
          const viewport = VIEWPORTS[v] as LadderViewport;
          const words = app ? appWords : () => PLAIN_TEXT;
          store.getState().goToEnd();
          const before = selectTrace(store.getState());
          const previous = ladderLayout(before, viewport, words(before));
          store.getState().sandboxCall(last.side, last.call, last.call === 'send' ? last.bytes : undefined);
          const trace = selectTrace(store.getState());
          runs++;
          if (continuesLayout(previous, trace, viewport)) continued++;
          const incremental = ladderLayoutAfter(previous, trace, viewport, words(trace));
          expect(plain(incremental)).toEqual(plain(ladderLayout(trace, viewport, words(trace))));
        },
      ),
      { seed: 1010, numRuns: 150 },
    );
    // Most calls at the end continue the layout before them (the rest are laid out afresh anyway).
    expect(continued).toBeGreaterThan(runs / 2);
  });

  it('a 100-call learner session, then ten calls one after another, each from the layout before', () => {
    const store = learnerStore(100);
    const viewport = { width: 820, fontPx: 16, height: 560 };
    let layout = ladderLayout(selectTrace(store.getState()), viewport, appWords(selectTrace(store.getState())));
    for (let i = 0; i < 10; i++) {
      store.getState().goToEnd();
      store.getState().sandboxCall(i % 2 ? 'server' : 'client', 'send');
      const trace = selectTrace(store.getState());
      expect(continuesLayout(layout, trace, viewport)).toBe(true);
      layout = ladderLayoutAfter(layout, trace, viewport, appWords(trace));
      expect(plain(layout)).toEqual(plain(ladderLayout(trace, viewport, appWords(trace))));
    }
  });
});
