import { useReducedMotion } from 'framer-motion';
import { snapshotAt, type Side, type TcpState } from '../../engine';
import { type MessageKey, useT } from '../../i18n';
import { useSettledCursor } from '../../playback';
import { useTrace } from '../../store';
import { stateMeaningKey } from './stateMeaning';
import { StateBadgesView, type SocketView } from './StateBadgesView';

/**
 * Each side's state once the current step has *happened*: when its segment arrives, not when the
 * step starts gliding (useSettledCursor). Re-renders only when a state really changes.
 */
function useSettledState(side: Side): { state: TcpState; meaning: MessageKey; socket: SocketView } {
  const trace = useTrace();
  const settled = useSettledCursor();
  const { state, listening, unread, connection } = snapshotAt(trace, settled)[side];
  return { state, meaning: stateMeaningKey(trace, settled, side, state), socket: { listening, unread, connection } };
}

export function StateBadges() {
  const client = useSettledState('client');
  const server = useSettledState('server');
  const { t } = useT();
  const reducedMotion = useReducedMotion() === true;
  return (
    <StateBadgesView
      states={{ client: client.state, server: server.state }}
      meanings={{ client: client.meaning, server: server.meaning }}
      sockets={{ client: client.socket, server: server.socket }}
      t={t}
      reducedMotion={reducedMotion}
    />
  );
}
