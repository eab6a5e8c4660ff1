import { AnimatePresence, m } from 'framer-motion';
import type { CSSProperties } from 'react';
import { SIDES, type Side, type TcpState } from '../../engine';
import { stateHue, statePhase, type Translate } from '../seq-format';
import { StateIcon } from './StateIcon';
import './badges.css';

export interface StateBadgesViewProps {
  readonly states: Readonly<Record<Side, TcpState>>;
  readonly t: Translate;
  /** Skip the change animation (prefers-reduced-motion). */
  readonly reducedMotion?: boolean;
}

/** One badge per side: icon shape + colour + the state's name, with its one-line meaning under it. */
export function StateBadgesView({ states, t, reducedMotion = false }: StateBadgesViewProps) {
  return (
    <>
      <ul className="state-badges" aria-label={t('badges.label')}>
        {SIDES.map((side) => (
          <StateBadge key={side} side={side} state={states[side]} t={t} reducedMotion={reducedMotion} />
        ))}
      </ul>
    </>
  );
}

function StateBadge({ side, state, t, reducedMotion }: { side: Side; state: TcpState; t: Translate; reducedMotion: boolean }) {
  const name = t(`state.${state}.name`);
  const description = t(`state.${state}.desc`);
  const style = { '--state-hue': stateHue(state) } as CSSProperties;
  return (
    <li className={`state-badge state-badge--${side}`} style={style} data-state={state}>
      <span className="state-badge__side">{t(`side.${side}`)}</span>
      {/* Keyed by state so a change replays the entrance: a small cue that something moved. */}
      <AnimatePresence mode="popLayout" initial={false}>
        <m.span
          key={state}
          className="state-badge__pill"
          role="img"
          aria-label={t('badges.state', { side: t(`side.${side}`), state: name })}
          initial={reducedMotion ? false : { opacity: 0, scale: 0.9 }}
          animate={{ opacity: 1, scale: 1 }}
          exit={reducedMotion ? { opacity: 0, transition: { duration: 0 } } : { opacity: 0, scale: 0.95 }}
          transition={{ duration: 0.25 }}
        >
          <StateIcon phase={statePhase(state)} />
          <span className="state-badge__name">{name}</span>
        </m.span>
      </AnimatePresence>
      <span className="state-badge__desc">{description}</span>
    </li>
  );
}
