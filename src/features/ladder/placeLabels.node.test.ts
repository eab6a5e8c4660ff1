import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, simulateScenario, type ScenarioId } from '../../engine';
import { rowText } from '../../export/ladder/arrowLabel';
import { axisRect, rectsOverlap } from '../../export/ladder/geometry';
import { EM, ladderLayout, labelSizes, numbersLost, type ArrowLayout, type LadderViewport } from '../../export/ladder/layout';
import { labelRect } from '../../export/ladder/placeLabels';
import { estimateTextWidth } from '../../export/ladder/textMeasure';
import { enLadder } from '../../i18n/en/ladder';
import { enSeqFormat } from '../../i18n/en/seqFormat';
import { zhLadder } from '../../i18n/zh/ladder';
import { zhSeqFormat } from '../../i18n/zh/seqFormat';
import { arrowText, ladderText } from '../../ui/ladder-words/arrowText';
import { seqContext } from '../../ui/seq-format';
import { makeT } from '../../ui/seq-format/fixtures/testT';

/** The diagram's box on a laptop, on a projector and on a phone. */
const VIEWPORTS: Record<string, LadderViewport> = {
  laptop: { width: 847, fontPx: 18, height: 578 },
  projector: { width: 1184, fontPx: 24, height: 790 },
  phone: { width: 340, fontPx: 16, height: 570 },
};

describe('arrow labels', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it.each(SCENARIO_IDS)(`never cover one another or a lifeline (${name}): %s`, (id) => {
      const layout = ladderLayout(simulateScenario(id, DEFAULT_OPTIONS), viewport);
      const rects = layout.arrows.map((arrow) => labelRect(arrow, arrow.label.fraction, arrow.label, layout.labelPx));
      const overlaps: string[] = [];
      rects.forEach((a, i) =>
        rects.forEach((b, j) => {
          if (j > i && rectsOverlap(a, b)) overlaps.push(`#${i + 1}/#${j + 1}`);
        }),
      );
      for (const x of Object.values(layout.x)) {
        const strip = axisRect(x - layout.bandHalf, 0, x + layout.bandHalf, layout.height);
        rects.forEach((rect, i) => {
          if (rectsOverlap(rect, strip)) overlaps.push(`#${i + 1}/lifeline`);
        });
      }
      expect(overlaps).toEqual([]);
    });
  }

  it('sit on the sender’s half when two segments cross', () => {
    const layout = ladderLayout(simulateScenario('simultaneous-close', DEFAULT_OPTIONS), VIEWPORTS.laptop as LadderViewport);
    const crossing = layout.arrows.filter((arrow) => arrow.crossing);
    expect(crossing.length).toBeGreaterThanOrEqual(2);
    for (const arrow of crossing) expect(arrow.label.fraction).toBeLessThan(0.5);
  });
});

/** The app's words in either language (relative numbers), measured by the estimate the layout tests use. */
const WORDS = { en: makeT({ ...enLadder, ...enSeqFormat }), zh: makeT({ ...zhLadder, ...zhSeqFormat }) } as const;

function appLayout(id: ScenarioId, viewport: LadderViewport, lang: keyof typeof WORDS = 'en') {
  const t = WORDS[lang];
  const trace = simulateScenario(id, DEFAULT_OPTIONS);
  const texts = trace.segments.map((segment) => arrowText(segment, seqContext('relative', trace), t));
  return ladderLayout(trace, viewport, ladderText(texts, t, estimateTextWidth));
}

/** A label's rows as written, top to bottom. */
const rowTexts = (arrow: ArrowLayout): string[] => arrow.label.rows.map(rowText);
/** The seq, ack and len a label writes, whatever rows they are on. */
const numbersShown = (arrow: ArrowLayout): string =>
  arrow.label.rows
    .flat()
    .filter((piece) => piece.kind === 'numbers')
    .map((piece) => piece.text.trim())
    .join(' ');

/** The diagram's box on a 390×844 phone, as the app measures it. */
const PHONE_BOX: LadderViewport = { width: 352, fontPx: 16, height: 632 };
/** On a 1024×768 projector. */
const OLD_PROJECTOR_BOX: LadderViewport = { width: 609, fontPx: 20.16, height: 580 };

describe('arrow labels keep their seq and ack where space is short', () => {
  it.each(['en', 'zh'] as const)(
    'the SYN,ACK of a handshake on a phone, the ACK leaving right under its end: both rows go above it (%s)',
    (lang) => {
      const synAck = appLayout('close', PHONE_BOX, lang).arrows[1] as ArrowLayout;
      expect(rowTexts(synAck)).toEqual(['SYN, ACK', 'seq=0 ack=1']);
      expect(synAck.label.side).toBe('above');
    },
  );

  it('a data segment too long for its arrow on a phone: the seq on one row, the ack and len on the next', () => {
    const data = appLayout('half-close', PHONE_BOX).arrows[5] as ArrowLayout;
    expect(rowTexts(data)).toEqual(['PSH, ACK', 'seq=1', 'ack=2 len=100']);
  });

  it('two FINs crossing on a phone: the client’s keeps to its half with its numbers a field a row', () => {
    const fin = appLayout('simultaneous-close', PHONE_BOX).arrows[3] as ArrowLayout;
    expect(rowTexts(fin)).toEqual(['FIN, ACK', 'seq=1', 'ack=1']);
    expect(fin.label.fraction).toBeLessThan(0.5);
  });

  it('arrows with least room are placed first: the SYN,ACK answering an old duplicate keeps its ack under the duplicate’s label (1024×768, zh)', () => {
    const answer = appLayout('old-duplicate-syn', OLD_PROJECTOR_BOX, 'zh').arrows[2] as ArrowLayout;
    expect(numbersShown(answer)).toBe('seq=0 ack=991*');
  });

  it('a place some arrow crosses never beats a clear one: the ACKs crossing under crossing FINs (1024×768) keep their flags', () => {
    const arrows = appLayout('simultaneous-close', OLD_PROJECTOR_BOX).arrows;
    expect(arrows.filter((arrow) => arrow.label.variant === 'none').map((arrow) => arrow.id)).toEqual([]);
  });

  // Where the flags alone may remain: a flood's many arrows, two ACKs crossing under two FINs on a
  // phone, and a segment lost half-way across a phone. These are all the others, in both languages.
  const PHONE_KEEPS_NUMBERS: readonly ScenarioId[] = [
    'handshake',
    'close',
    'close-fin-ack',
    'server-close',
    'half-close',
    'syn-lost',
    'ack-lost',
    'close-ack-lost',
    'refused',
    'abort',
    'old-duplicate-syn',
    'two-way-handshake',
    'port-scan',
    'rst-unread-data',
    'data-after-close',
    'fin-scan',
  ];
  for (const lang of ['en', 'zh'] as const) {
    it.each(PHONE_KEEPS_NUMBERS)(`every arrow on a phone writes its seq and ack (${lang}): %s`, (id) => {
      const bare = appLayout(id, PHONE_BOX, lang).arrows.filter((arrow) => numbersShown(arrow) === '');
      expect(bare.map((arrow) => `#${arrow.id} ${rowTexts(arrow).join(' / ')}`)).toEqual([]);
    });
  }

  it.each(SCENARIO_IDS.filter((id) => id !== 'syn-flood'))(
    'every arrow on a laptop writes its seq and ack, a SYN flood’s aside: %s',
    (id) => {
      const bare = appLayout(id, VIEWPORTS.laptop as LadderViewport).arrows.filter((arrow) => numbersShown(arrow) === '');
      expect(bare.map((arrow) => `#${arrow.id} ${rowTexts(arrow).join(' / ')}`)).toEqual([]);
    },
  );
});

/**
 * Presenter mode's diagram on a 1024×768 projector, as the app measures it: its root is 3.8 % of
 * the screen's height (presenter.css), and the whole story is fitted to the screen.
 */
const PRESENTER_1024_BOX: LadderViewport = { width: 980, fontPx: 29.184, height: 607 };

describe('arrow labels shrink to keep their seq and ack, from a large size only', () => {
  it('a label at a laptop’s or a phone’s size never shrinks; a presenter’s may, down to 80 % and never below 18 px', () => {
    expect(labelSizes(VIEWPORTS.laptop!.fontPx)).toEqual([18 * EM.arrowFont]);
    expect(labelSizes(PHONE_BOX.fontPx)).toEqual([16 * EM.arrowFont]);
    const presenter = labelSizes(PRESENTER_1024_BOX.fontPx);
    expect(presenter[0]).toBeCloseTo(29.184 * EM.arrowFont);
    expect(presenter.at(-1)).toBeCloseTo(29.184 * EM.arrowFont * 0.8);
    expect(labelSizes(24)).toEqual([24 * EM.arrowFont, 18]);
  });

  it.each(['en', 'zh'] as const)(
    'presenter mode at 1024×768: the SYN,ACK answering an old duplicate keeps its ack=991*, its label a little smaller (%s)',
    (lang) => {
      const layout = appLayout('old-duplicate-syn', PRESENTER_1024_BOX, lang);
      expect(numbersShown(layout.arrows[2] as ArrowLayout)).toBe('seq=0 ack=991*');
      expect(layout.labelPx).toBeLessThan(PRESENTER_1024_BOX.fontPx * EM.arrowFont);
      expect(layout.labelPx).toBeGreaterThanOrEqual(18);
    },
  );

  it('a story whose labels all keep their numbers keeps the full size (presenter mode, 1024×768)', () => {
    const layout = appLayout('close', PRESENTER_1024_BOX);
    expect(numbersLost(layout)).toBe(0);
    expect(layout.labelPx).toBe(PRESENTER_1024_BOX.fontPx * EM.arrowFont);
  });

  it.each(SCENARIO_IDS.filter((id) => id !== 'syn-flood'))('every arrow in presenter mode at 1024×768 writes its seq and ack: %s', (id) => {
    const bare = appLayout(id, PRESENTER_1024_BOX).arrows.filter((arrow) => numbersShown(arrow) === '');
    expect(bare.map((arrow) => `#${arrow.id} ${rowTexts(arrow).join(' / ')}`)).toEqual([]);
  });
});
