import { memo, type CSSProperties } from 'react';
import { SIDES, type Side } from '../../engine';
import { stateHue, type Translate } from '../../ui/seq-format';
import { insideNameSpan, type LadderLayout, type StateBand } from '../../export/ladder/layout';
import { stepAttributes } from './useStepVisibility';

/** Each side's states as coloured bands on its lifeline, every one named in text (not colour alone). */
export const StateBands = memo(function StateBands({ layout, t }: { layout: LadderLayout; t: Translate }) {
  return (
    <g className="ladder-bands">
      {SIDES.map((side) =>
        layout.bands[side].map((band) => (
          <Band key={`${side}-${band.fromT}-${band.state}`} side={side} band={band} layout={layout} t={t} />
        )),
      )}
    </g>
  );
});

function Band({ side, band, layout, t }: { side: Side; band: StateBand; layout: LadderLayout; t: Translate }) {
  const x = layout.x[side];
  const half = layout.bandHalf;
  const style = { '--state-hue': stateHue(band.state) } as CSSProperties;
  const title = t('ladder.band', { side: t(`side.${side}`), state: t(`state.${band.state}.name`) });
  return (
    <g className="ladder-band" style={style} data-state={band.state}>
      <title>{title}</title>
      <rect className="ladder-band__fill" x={x - half} y={band.y1} width={half * 2} height={Math.max(0, band.y2 - band.y1)} rx={half / 2} />
    </g>
  );
}

/**
 * On a phone the names run down inside the bands; each appears when its state begins (so the
 * diagram never shows a state before it is reached), and only if the band is long enough for it.
 */
export const InsideBandNames = memo(function InsideBandNames({ layout, settled }: { layout: LadderLayout; settled: number }) {
  return (
    <g className="ladder-band-names" aria-hidden="true">
      {SIDES.map((side) =>
        layout.bands[side].map((band) => {
          const span = insideNameSpan(layout, band);
          if (!span) return null;
          return (
            <text
              key={`${side}-${band.fromT}-${band.state}`}
              className="ladder-band__label ladder-band__label--inside"
              {...stepAttributes(band.step, settled)}
              transform={`translate(${layout.x[side]} ${span.top}) rotate(-90)`}
              textAnchor="end"
              dominantBaseline="central"
            >
              {band.state}
            </text>
          );
        }),
      )}
    </g>
  );
});
