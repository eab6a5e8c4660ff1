import type { CSSProperties } from 'react';
import { SIDES, type Side, type TcpState } from '../../engine';
import type { MessageKey } from '../../i18n';
import { stateHue, statePhase, type Translate } from '../../ui/seq-format';
import { StateIcon } from './StateIcon';
import './badges.css';

export interface StateBadgesViewProps {
  readonly states: Readonly<Record<Side, TcpState>>;
  /** Message key of the sentence under each badge (stateMeaningKey); the state's own meaning by default. */
  readonly meanings?: Readonly<Partial<Record<Side, MessageKey>>>;
  readonly t: Translate;
  /** Skip the change animation (prefers-reduced-motion). */
  readonly reducedMotion?: boolean;
}

/** One badge per side: icon shape + colour + the state's name, with its one-line meaning under it. */
export function StateBadgesView({ states, meanings = {}, t, reducedMotion = false }: StateBadgesViewProps) {
  return (
    <>
      <ul className="state-badges" aria-label={t('badges.label')}>
        {SIDES.map((side) => (
          <StateBadge key={side} side={side} state={states[side]} meaning={meanings[side]} t={t} reducedMotion={reducedMotion} />
        ))}
      </ul>
    </>
  );
}

interface StateBadgeProps {
  readonly side: Side;
  readonly state: TcpState;
  readonly meaning: MessageKey | undefined;
  readonly t: Translate;
  readonly reducedMotion: boolean;
}

function StateBadge({ side, state, meaning, t, reducedMotion }: StateBadgeProps) {
  const name = t(`state.${state}.name`);
  const description = t(meaning ?? `state.${state}.desc`);
  const style = { '--state-hue': stateHue(state) } as CSSProperties;
  return (
    <li className={`state-badge state-badge--${side}`} style={style} data-state={state}>
      <span className="state-badge__side">{t(`side.${side}`)}</span>
      {/* Keyed by state so a change replays the CSS entrance (badges.css): a small cue that something moved. */}
      <span
        key={state}
        className={reducedMotion ? 'state-badge__pill' : 'state-badge__pill state-badge__pill--enter'}
        role="img"
        aria-label={t('badges.state', { side: t(`side.${side}`), state: name })}
      >
        <StateIcon phase={statePhase(state)} />
        <span className="state-badge__name">{name}</span>
      </span>
      <span className="state-badge__desc">{description}</span>
    </li>
  );
}
