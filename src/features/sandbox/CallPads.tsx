import { SIDES, USER_CALLS, type Side } from '../../engine';
import { useT } from '../../i18n';
import { SANDBOX_SEND_BYTES, type SandboxOutcome } from '../../sandbox';
import { selectSnapshot, useSim, useSimActions } from '../../store';
import { callLabel } from './sandboxText';

interface Props {
  readonly onOutcome: (outcome: SandboxOutcome) => void;
  /** Id of the legend explaining send/shutdown/abort, which every button refers to. */
  readonly legendId: string;
}

/**
 * Every socket call on both sides, always enabled: a call the state does not allow still
 * happens and gets the RFC's error, which is the lesson (the result card shows it).
 */
export function CallPads({ onOutcome, legendId }: Props) {
  return (
    <div className="sandbox__pads">
      {SIDES.map((side) => (
        <CallPad key={side} side={side} onOutcome={onOutcome} legendId={legendId} />
      ))}
    </div>
  );
}

function CallPad({ side, onOutcome, legendId }: { side: Side } & Props) {
  const { t } = useT();
  const state = useSim((s) => selectSnapshot(s)[side].state);
  const { sandboxCall } = useSimActions();
  const sideName = t(`side.${side}`);
  return (
    <div className={`sandbox__pad sandbox__pad--${side}`} role="group" aria-label={t('sandbox.side.group', { side: sideName })}>
      <p className="sandbox__pad-title">
        <span className="sandbox__pad-side">{sideName}</span>
        <span className="sandbox__pad-state">{t('sandbox.side.state', { state })}</span>
      </p>
      <div className="sandbox__calls">
        {USER_CALLS.map((call) => {
          const bytes = call === 'send' ? SANDBOX_SEND_BYTES : undefined;
          return (
            <button
              key={call}
              type="button"
              className="command sandbox__call"
              aria-describedby={legendId}
              data-call={call}
              onClick={() => onOutcome(sandboxCall(side, call, bytes))}
            >
              <code>{callLabel(call, bytes, t)}</code>
            </button>
          );
        })}
      </div>
    </div>
  );
}
