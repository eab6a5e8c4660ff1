import { useReducedMotion } from 'framer-motion';
import { snapshotAt, type Side, type TcpState } from '../../engine';
import { useT } from '../../i18n';
import { selectTrace, useSim } from '../../store';
import { StateBadgesView } from './StateBadgesView';

/** Each side's state at the cursor; each selector returns a string, so only a real change re-renders. */
function useStateAtCursor(side: Side): TcpState {
  return useSim((s) => snapshotAt(selectTrace(s), s.cursor)[side].state);
}

export function StateBadges() {
  const client = useStateAtCursor('client');
  const server = useStateAtCursor('server');
  const { t } = useT();
  const reducedMotion = useReducedMotion() === true;
  return <StateBadgesView states={{ client, server }} t={t} reducedMotion={reducedMotion} />;
}
