/**
 * Laying out long sandbox sessions quickly (issue 10 item 10) must not change a single pixel: each
 * shortcut is checked against the layout made the long way.
 */
import { describe, expect, it } from 'vitest';
import type { Trace } from '../../engine';
import { EM, layoutAtScale, ladderLayout, PLAIN_TEXT, type LadderText, type LadderViewport } from '../../export/ladder/layout';
import { buildTimeScale } from '../../export/ladder/timeScale';
import { selectTrace } from '../../store';
import { learnerSession } from '../../store/learnerSession';
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

describe('a session too long to fit is laid out once, at the scrolling scale', () => {
  it.each([3, 12, 40])('%i calls, in boxes from a phone to a projector: the same layout as the search', (calls) => {
    const trace = selectTrace(learnerSession(calls).getState());
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

describe('work a long session’s layout does not repeat', () => {
  it('the widest timer status is worded and measured once per side, not once per timer run', () => {
    const trace = selectTrace(learnerSession(60).getState());
    let asked = 0;
    const text: LadderText = {
      ...PLAIN_TEXT,
      timerStatusSample: (short) => {
        asked++;
        return PLAIN_TEXT.timerStatusSample(short);
      },
    };
    const layout = ladderLayout(trace, { width: 820, fontPx: 16, height: 560 }, text);
    expect(layout.timers.length).toBeGreaterThan(50);
    expect(asked).toBe(2);
  });
});
