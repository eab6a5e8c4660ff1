import { render } from '@testing-library/react';
import { motionValue } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../../engine';
import { rowText } from '../../export/ladder/arrowLabel';
import { EM, ladderLayout, PLAIN_TEXT, type ArrowLayout } from '../../export/ladder/layout';
import { rowBaselines } from '../../export/ladder/placeLabels';
import { arrowText } from '../../ui/ladder-words/arrowText';
import { seqContext } from '../../ui/seq-format';
import { makeT } from '../../ui/seq-format/fixtures/testT';
import { SegmentArrow } from './SegmentArrow';

describe('<SegmentArrow> label rows', () => {
  it('draws each row the layout chose, top to bottom, at the baseline the layout measured it at', () => {
    // A narrow box: the crossing FINs of a simultaneous close keep their numbers a field a row.
    const viewport = { width: 340, fontPx: 16 };
    const trace = simulateScenario('simultaneous-close', DEFAULT_OPTIONS);
    const arrow = ladderLayout(trace, viewport, PLAIN_TEXT).arrows.find((a) => a.label.rows.length === 3) as ArrowLayout;
    const segment = trace.segments[arrow.id - 1] as (typeof trace.segments)[number];
    // Its name and tooltip; the rows come with the layout.
    const text = arrowText(segment, seqContext('relative', trace), makeT());
    const { container } = render(
      <svg>
        <SegmentArrow
          arrow={arrow}
          segment={segment}
          text={text}
          nowY={motionValue(arrow.y2 + 100)}
          labelPx={viewport.fontPx * EM.arrowFont}
          selected={false}
          onSelect={() => {}}
        />
      </svg>,
    );
    const rows = [...container.querySelectorAll('.ladder-arrow__label text')];
    expect(rows.map((row) => row.textContent)).toEqual(arrow.label.rows.map(rowText));
    expect(rows.map((row) => row.getAttribute('y'))).toEqual(rowBaselines(3, arrow.label.side).map((em) => `${em}em`));
  });
});
