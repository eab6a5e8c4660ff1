import type { CSSProperties } from 'react';
import { SIDES, type Side } from '../../engine';
import { stateHue, type Translate } from '../seq-format';
import type { LadderLayout, StateBand } from './layout';

/** Band width in em: narrow beside outside labels, wide enough for vertical text inside. */
const BAND_EM = { outside: 0.7, inside: 1.35 } as const;
/** Rough advance of one capital letter at the band label size, for "does the name fit" checks. */
const CAP_ADVANCE_EM = 0.68 * 0.75;

/** Each side's states as coloured bands on its lifeline, every one named in text (not colour alone). */
export function StateBands({ layout, t }: { layout: LadderLayout; t: Translate }) {
  return (
    <g className="ladder-bands">
      {SIDES.map((side) =>
        layout.bands[side].map((band) => <Band key={`${side}-${band.fromT}-${band.state}`} side={side} band={band} layout={layout} t={t} />),
      )}
    </g>
  );
}

function Band({ side, band, layout, t }: { side: Side; band: StateBand; layout: LadderLayout; t: Translate }) {
  const { fontPx, bandLabels } = layout;
  const x = layout.x[side];
  const half = (BAND_EM[bandLabels] * fontPx) / 2;
  const height = band.y2 - band.y1;
  const style = { '--state-hue': stateHue(band.state) } as CSSProperties;
  const title = t('ladder.band', { side: t(`side.${side}`), state: t(`state.${band.state}.name`) });
  const fitsInside = band.state.length * CAP_ADVANCE_EM * fontPx + fontPx <= height;
  return (
    <g className="ladder-band" style={style} data-state={band.state}>
      <title>{title}</title>
      <rect className="ladder-band__fill" x={x - half} y={band.y1} width={half * 2} height={height} rx={half / 2} />
      {bandLabels === 'outside' ? (
        <text
          className="ladder-band__label"
          x={side === 'client' ? x - half - fontPx * 0.4 : x + half + fontPx * 0.4}
          y={band.labelY}
          textAnchor={side === 'client' ? 'end' : 'start'}
        >
          {band.state}
        </text>
      ) : (
        fitsInside && (
          <text
            className="ladder-band__label ladder-band__label--inside"
            // Near the top of the band: the band's lower part may still be hidden below the playhead.
            transform={`translate(${x} ${band.y1 + fontPx * 0.5}) rotate(-90)`}
            textAnchor="end"
            dominantBaseline="central"
          >
            {band.state}
          </text>
        )
      )}
    </g>
  );
}
