import { SIDES } from '../../engine';
import { formatDuration, type Translate } from '../seq-format';
import type { LadderLayout, TimeBreak } from './layout';

/**
 * A compressed idle span: the lifelines are cut by a zig-zag and the real duration is written
 * between them, so "⋯ 60 s" is read, not guessed from the drawing's proportions.
 */
export function TimeBreaks({ layout, t }: { layout: LadderLayout; t: Translate }) {
  return (
    <g className="ladder-breaks">
      {layout.breaks.map((gap) => (
        <Break key={gap.fromT} gap={gap} layout={layout} t={t} />
      ))}
    </g>
  );
}

function zigzag(cx: number, cy: number, halfWidth: number, amplitude: number): string {
  const step = halfWidth / 2;
  return `M${cx - halfWidth} ${cy} l${step / 2} ${-amplitude} l${step} ${2 * amplitude} l${step} ${-2 * amplitude} l${step} ${2 * amplitude} l${step / 2} ${-amplitude}`;
}

function Break({ gap, layout, t }: { gap: TimeBreak; layout: LadderLayout; t: Translate }) {
  const { fontPx } = layout;
  const mid = gap.y + gap.height / 2;
  const duration = formatDuration(gap.realMs, t);
  const gapPx = fontPx * 0.3;
  return (
    <g className="ladder-break" role="img" aria-label={t('ladder.break.label', { duration })}>
      {SIDES.map((side) => {
        const x = layout.x[side];
        return (
          <g key={side}>
            {/* Paint over the lifeline and band, then draw the two zig-zags of a "cut" mark. */}
            <rect className="ladder-break__gap" x={x - fontPx} y={mid - gapPx} width={fontPx * 2} height={gapPx * 2} />
            <path className="ladder-break__zigzag" d={zigzag(x, mid - gapPx, fontPx, fontPx * 0.25)} />
            <path className="ladder-break__zigzag" d={zigzag(x, mid + gapPx, fontPx, fontPx * 0.25)} />
          </g>
        );
      })}
      <text className="ladder-break__label" x={layout.width / 2} y={mid} textAnchor="middle" dominantBaseline="central">
        {t('ladder.break', { duration })}
      </text>
    </g>
  );
}
