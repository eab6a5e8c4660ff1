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
  /** What the socket above each TCB holds: a listener still in LISTEN, unread bytes, which connection. */
  readonly sockets?: Readonly<Partial<Record<Side, SocketView>>>;
}

export interface SocketView {
  readonly listening: boolean;
  readonly unread: number;
  readonly connection: number;
}

/** One badge per side: icon shape + colour + the state's name, with its one-line meaning under it. */
export function StateBadgesView({ states, meanings = {}, t, reducedMotion = false, sockets = {} }: StateBadgesViewProps) {
  return (
    <>
      <ul className="state-badges" aria-label={t('badges.label')}>
        {SIDES.map((side) => (
          <StateBadge
            key={side}
            side={side}
            state={states[side]}
            meaning={meanings[side]}
            t={t}
            reducedMotion={reducedMotion}
            socket={sockets[side]}
          />
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
  readonly socket: SocketView | undefined;
}

function StateBadge({ side, state, meaning, t, reducedMotion, socket }: StateBadgeProps) {
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
      {socket ? <SocketChips socket={socket} state={state} t={t} /> : null}
      <span className="state-badge__desc">{description}</span>
    </li>
  );
}

/**
 * Beside the connection's badge: the listening socket, which stays in LISTEN while the connections
 * it accepted come and go (shown once the badge itself is no longer the listener), which
 * connection this is after the first, and bytes waiting to be read.
 */
function SocketChips({ socket, state, t }: { socket: SocketView; state: TcpState; t: Translate }) {
  const listener = socket.listening && state !== 'LISTEN';
  if (!listener && socket.connection === 0 && socket.unread === 0) return null;
  const listenStyle = { '--state-hue': stateHue('LISTEN') } as CSSProperties;
  return (
    <span className="state-badge__socket">
      {listener ? (
        <span className="state-badge__listener" style={listenStyle} title={t('sockets.listener.label')} data-listener="LISTEN">
          <StateIcon phase={statePhase('LISTEN')} />
          {t('sockets.listener.badge')}
        </span>
      ) : null}
      {socket.connection > 0 ? (
        <span className="state-badge__chip">{t('sockets.listener.connection', { n: socket.connection + 1 })}</span>
      ) : null}
      {socket.unread > 0 ? (
        <span className="state-badge__chip" title={t('sockets.unread.label', { bytes: socket.unread })}>
          {t('sockets.unread', { bytes: socket.unread })}
        </span>
      ) : null}
    </span>
  );
}
