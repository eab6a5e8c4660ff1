import { memo } from 'react';
import type { Translate } from '../../ui/seq-format';
import { hasLane, type DiagramMark, type ForeignSource, type LadderLayout } from '../../export/ladder/layout';

/**
 * Where segments come from that neither endpoint sent (an old connection; an attacker's forged
 * sources), and a counterfactual's "Not TCP" mark: drawn on the diagram, not only said in the text.
 */
export const Origins = memo(function Origins({ layout, t }: { layout: LadderLayout; t: Translate }) {
  return (
    <g className="ladder-origins">
      {layout.mark && <Mark mark={layout.mark} />}
      {layout.sources.map((source) => (
        <Source key={source.kind} source={source} t={t} />
      ))}
    </g>
  );
});

function Mark({ mark }: { mark: DiagramMark }) {
  const left = mark.x - mark.width / 2;
  const pad = (mark.height - mark.lines.length * mark.lineHeight) / 2;
  return (
    <g className="ladder-mark" role="note">
      <rect className="ladder-mark__frame" x={left} y={mark.y} width={mark.width} height={mark.height} rx={mark.fontPx * 0.3} />
      <text className="ladder-mark__text" x={mark.x} y={mark.y + pad} textAnchor="middle" fontSize={mark.fontPx}>
        {mark.lines.map((line, i) => (
          <tspan key={i} x={mark.x} dy={i === 0 ? mark.lineHeight * 0.8 : mark.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function Source({ source, t }: { source: ForeignSource; t: Translate }) {
  return (
    <g className={`ladder-source ladder-source--${source.kind}`} role="img" aria-label={t(`ladder.source.${source.kind}.label`)}>
      {hasLane(source.kind) && <line className="ladder-source__lane" x1={source.x} x2={source.x} y1={source.y1} y2={source.y2} />}
      <text className="ladder-source__label" x={source.labelX} y={source.labelY} fontSize={source.fontPx}>
        {source.lines.map((line, i) => (
          <tspan key={i} x={source.labelX} dy={i === 0 ? 0 : source.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
