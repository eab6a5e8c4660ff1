import type { CSSProperties } from 'react';
import type { Trace } from '../../engine';
import { stateHue, type Translate } from '../../ui/seq-format';
import { timeToY, type LadderLayout } from '../../export/ladder/layout';
import { listenerSpans } from './listenerSpans';

/**
 * The server's listening socket, drawn as a dashed line beside its lifeline while the lifeline
 * follows a connection: the listener never left LISTEN (its name is in the title and on the badge).
 */
export function ListenerLine({ trace, layout, t }: { trace: Trace; layout: LadderLayout; t: Translate }) {
  const spans = listenerSpans(trace);
  if (spans.length === 0) return null;
  return (
    <g className="ladder-listener" style={{ '--state-hue': stateHue('LISTEN') } as CSSProperties}>
      {spans.map((span) => {
        // Just outside the band, inside the gap before the timer brackets (layout EM.bracketGap).
        const x = layout.x[span.side] + layout.bandHalf + layout.fontPx * 0.2;
        return (
          <line
            key={`${span.side}-${span.fromT}`}
            className="ladder-listener__line"
            data-listener="LISTEN"
            x1={x}
            x2={x}
            y1={timeToY(layout.axis, span.fromT)}
            y2={timeToY(layout.axis, span.toT)}
          >
            <title>{t('sockets.listener.label')}</title>
          </line>
        );
      })}
    </g>
  );
}
