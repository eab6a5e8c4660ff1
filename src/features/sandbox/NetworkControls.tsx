import { useId, useMemo, useRef } from 'react';
import { useT } from '../../i18n';
import { DELAY_CHOICES_MS, fateOf, segmentStatus, segmentsInFlight, type SandboxFateKind, type SandboxOutcome } from '../../sandbox';
import { useSim, useSimActions, useTrace } from '../../store';
import { SELECTS_IN_PLACE } from '../../ui/selectsInPlace';
import { formatFlags } from '../../ui/seq-format';
import { delayLabel, segmentName, statusText } from './sandboxText';
import { FATE_KEYS } from './useSandboxShortcuts';

interface Props {
  readonly onOutcome: (outcome: SandboxOutcome) => void;
  readonly delayMs: number;
  readonly onDelayChange: (ms: number) => void;
}

/**
 * The network's side of the sandbox: the segments on the wire at this step, and for the selected
 * one, what the network does with it. A segment that has arrived keeps its past; the panel says
 * why instead of offering buttons that could not work.
 */
export function NetworkControls({ onOutcome, delayMs, onDelayChange }: Props) {
  const { t } = useT();
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const selected = useSim((s) => s.selectedSegment);
  const session = useSim((s) => s.sandbox);
  const { selectSegment } = useSimActions();
  const onWire = useMemo(() => segmentsInFlight(trace, cursor), [trace, cursor]);
  const titleId = useId();

  return (
    <section className="sandbox__network" aria-labelledby={titleId}>
      <h3 id={titleId} className="sandbox__subtitle">
        {t('sandbox.net.title')}
      </h3>
      {onWire.length === 0 ? (
        <p className="sandbox__muted">{t('sandbox.net.none')}</p>
      ) : (
        // Its fates appear right under it: selecting here does not scroll to the header inspector.
        <div className="sandbox__wire" role="group" aria-label={t('sandbox.net.onWire')} {...SELECTS_IN_PLACE}>
          <span className="sandbox__wire-label" aria-hidden="true">
            {t('sandbox.net.onWire')}
          </span>
          {onWire.map((id) => {
            const segment = trace.segments[id - 1];
            if (!segment) return null;
            return (
              <button
                key={id}
                type="button"
                className={`command sandbox__segment sandbox__segment--${segment.from}`}
                aria-pressed={selected === id}
                onClick={() => selectSegment(selected === id ? null : id)}
              >
                {segmentName(segment, t)}
              </button>
            );
          })}
        </div>
      )}
      {selected === null ? (
        <p className="sandbox__muted">{t('sandbox.net.hint')}</p>
      ) : (
        <SelectedSegment id={selected} sessionFate={fateOf(session, selected)} {...{ onOutcome, delayMs, onDelayChange }} />
      )}
    </section>
  );
}

function SelectedSegment({
  id,
  sessionFate,
  onOutcome,
  delayMs,
  onDelayChange,
}: Props & { id: number; sessionFate: ReturnType<typeof fateOf> }) {
  const { t } = useT();
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const actions = useSimActions();
  const status = segmentStatus(trace, cursor, id);
  const segment = trace.segments[id - 1];
  const changeable = status.kind === 'in-flight';
  const current: SandboxFateKind | null = changeable && sessionFate ? sessionFate.fate : null;

  const perform = (fate: SandboxFateKind | 'deliver') => {
    switch (fate) {
      case 'lose':
        return onOutcome(actions.dropSegment(id));
      case 'delay':
        return onOutcome(actions.delaySegment(id, delayMs));
      case 'duplicate':
        return onOutcome(actions.duplicateSegment(id));
      case 'deliver':
        return onOutcome(actions.deliverSegment(id));
    }
  };

  return (
    <div className="sandbox__selected" data-testid="sandbox-selected-segment">
      {segment && (
        <p className="sandbox__selected-name">
          {t('sandbox.net.selected', { id, flags: formatFlags(segment), from: t(`side.${segment.from}`), to: t(`side.${segment.to}`) })}
        </p>
      )}
      <p className={changeable ? 'sandbox__status' : 'sandbox__status sandbox__status--fixed'}>{statusText(status, sessionFate, t)}</p>
      {changeable && <FateChoices id={id} current={current} perform={perform} delayMs={delayMs} onDelayChange={onDelayChange} />}
    </div>
  );
}

interface FateChoicesProps {
  readonly id: number;
  /** The fate this segment has been given in this session, if any. */
  readonly current: SandboxFateKind | null;
  readonly perform: (fate: SandboxFateKind | 'deliver') => void;
  readonly delayMs: number;
  readonly onDelayChange: (ms: number) => void;
}

/** What may still happen to a segment in flight: drop, delay (by how much), duplicate, or deliver after all. */
function FateChoices({ id, current, perform, delayMs, onDelayChange }: FateChoicesProps) {
  const { t } = useT();
  const delayId = useId();
  const fates = useRef<HTMLDivElement>(null);
  const deliver = () => {
    // The button goes once the fate is undone: its place in the group passes to the first
    // choice, Drop, before it goes, so a keyboard user's focus stays here (WCAG 2.4.3).
    fates.current?.querySelector('button')?.focus();
    perform('deliver');
  };
  return (
    <>
      <div className="sandbox__fates" role="group" aria-label={t('sandbox.fate.group', { id })} ref={fates}>
        <FateButton fate="lose" label={t('sandbox.fate.drop')} pressed={current === 'lose'} onPress={perform} />
        <span className="sandbox__delay">
          <FateButton fate="delay" label={t('sandbox.fate.delay')} pressed={current === 'delay'} onPress={perform} />
          <label htmlFor={delayId} className="visually-hidden">
            {t('sandbox.fate.delayBy')}
          </label>
          <select id={delayId} value={String(delayMs)} onChange={(e) => onDelayChange(Number(e.currentTarget.value))}>
            {DELAY_CHOICES_MS.map((ms) => (
              <option key={ms} value={String(ms)}>
                {delayLabel(ms, t)}
              </option>
            ))}
          </select>
        </span>
        <FateButton fate="duplicate" label={t('sandbox.fate.duplicate')} pressed={current === 'duplicate'} onPress={perform} />
        {current !== null && current !== 'duplicate' && (
          <button type="button" className="command" onClick={deliver}>
            {t('sandbox.fate.deliver')}
          </button>
        )}
      </div>
      <p className="sandbox__muted sandbox__keys">{t('sandbox.fate.keys')}</p>
    </>
  );
}

function FateButton({
  fate,
  label,
  pressed,
  onPress,
}: {
  fate: SandboxFateKind;
  label: string;
  pressed: boolean;
  onPress: (fate: SandboxFateKind) => void;
}) {
  const key = FATE_KEYS[fate];
  return (
    <button
      type="button"
      className={`command sandbox__fate sandbox__fate--${fate}`}
      aria-pressed={pressed}
      aria-keyshortcuts={key.toUpperCase()}
      onClick={() => onPress(fate)}
    >
      {label} <kbd aria-hidden="true">{key.toUpperCase()}</kbd>
    </button>
  );
}
