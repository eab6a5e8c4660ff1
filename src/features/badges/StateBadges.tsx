import { useReducedMotion } from 'framer-motion';
import { useDeferredValue, useMemo } from 'react';
import { SIDES, snapshotAt, type Side, type TcpState, type Trace } from '../../engine';
import { type MessageKey, useT } from '../../i18n';
import { useSettledCursor } from '../../playback';
import { useTrace } from '../../store';
import { stateMeaningKey } from './stateMeaning';
import { StateBadgesView, type SocketView, type StateBadgesViewProps } from './StateBadgesView';

/**
 * Each side's state once the current step has *happened*: when its segment arrives, not when the
 * step starts gliding (useSettledCursor). Re-renders only when a state really changes, and a frame
 * behind the diagram (useDeferredValue), so the frame where a segment lands draws the diagram
 * first (issue 8).
 */
export function StateBadges() {
  const trace = useDeferredValue(useTrace());
  const settled = useDeferredValue(useSettledCursor());
  const { t } = useT();
  const reducedMotion = useReducedMotion() === true;
  const { states, meanings, sockets } = useMemo(() => settledBadges(trace, settled), [trace, settled]);
  return <StateBadgesView states={states} meanings={meanings} sockets={sockets} t={t} reducedMotion={reducedMotion} />;
}

type Badges = Required<Pick<StateBadgesViewProps, 'states' | 'meanings' | 'sockets'>>;

function settledBadges(trace: Trace, settled: number): Badges {
  const snapshots = snapshotAt(trace, settled);
  const states = {} as Record<Side, TcpState>;
  const meanings = {} as Record<Side, MessageKey>;
  const sockets = {} as Record<Side, SocketView>;
  for (const side of SIDES) {
    const { state, listening, unread, connection } = snapshots[side];
    states[side] = state;
    meanings[side] = stateMeaningKey(trace, settled, side, state);
    sockets[side] = { listening, unread, connection };
  }
  return { states, meanings, sockets };
}
