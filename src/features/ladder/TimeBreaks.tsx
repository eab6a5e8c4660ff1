import { memo } from 'react';
import { SIDES } from '../../engine';
import { formatDuration, type Translate } from '../../ui/seq-format';
import type { LadderLayout, TimeBreak } from '../../export/ladder/layout';

/**
 * A compressed idle span: the lifelines are cut by a zig-zag and the real duration is written
 * between them, so "⋯ 60 s" is read, not guessed from the drawing's proportions.
 */
export const TimeBreaks = memo(function TimeBreaks({ layout, t }: { layout: LadderLayout; t: Translate }) {
  return (
    <g className="ladder-breaks">
      {layout.breaks.map((gap) => (
        <Break key={gap.fromT} gap={gap} layout={layout} t={t} />
      ))}
    </g>
  );
});

function zigzag(cx: number, cy: number, halfWidth: number, amplitude: number): string {
  const step = halfWidth / 2;
  return `M${cx - halfWidth} ${cy} l${step / 2} ${-amplitude} l${step} ${2 * amplitude} l${step} ${-2 * amplitude} l${step} ${2 * amplitude} l${step / 2} ${-amplitude}`;
}

function Break({ gap, layout, t }: { gap: TimeBreak; layout: LadderLayout; t: Translate }) {
  const { fontPx } = layout;
  const mid = gap.y + gap.height / 2;
  const duration = formatDuration(gap.realMs, t);
  const gapPx = Math.min(fontPx * 0.3, gap.height / 4);
  const half = layout.bandHalf + fontPx * 0.35;
  return (
    <g className="ladder-break" role="img" aria-label={t('ladder.break.label', { duration })}>
      {SIDES.map((side) => {
        const x = layout.x[side];
        return (
          <g key={side}>
            {/* Paint over the lifeline and band, then draw the two zig-zags of a "cut" mark. */}
            <rect className="ladder-break__gap" x={x - half} y={mid - gapPx} width={half * 2} height={gapPx * 2} />
            <path className="ladder-break__zigzag" d={zigzag(x, mid - gapPx, half, fontPx * 0.2)} />
            <path className="ladder-break__zigzag" d={zigzag(x, mid + gapPx, half, fontPx * 0.2)} />
          </g>
        );
      })}
      <text className="ladder-break__label" x={layout.width / 2} y={mid} textAnchor="middle" dominantBaseline="central">
        {t('ladder.break', { duration })}
      </text>
    </g>
  );
}

/**
 * Where the scenario stopped the run although timers were still running (the SYN flood would go
 * on for minutes): the lifelines turn dotted and a note says the story continues.
 */
export const HorizonMark = memo(function HorizonMark({ layout, t }: { layout: LadderLayout; t: Translate }) {
  const { horizon, fontPx, width } = layout;
  if (!horizon) return null;
  const time = formatDuration(horizon.t, t);
  const x = width / 2;
  return (
    <g className="ladder-horizon" role="img" aria-label={t('ladder.horizon.label', { time })}>
      <line className="ladder-horizon__line" x1={layout.x.client} x2={layout.x.server} y1={horizon.y} y2={horizon.y} />
      <text className="ladder-horizon__label" x={x} y={horizon.y + fontPx * 1.25} textAnchor="middle" fontSize={horizon.fontPx}>
        {horizon.lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : horizon.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
});
