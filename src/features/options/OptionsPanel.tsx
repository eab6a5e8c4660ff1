import { useId, type ReactNode } from 'react';
import { DEFAULT_OPTIONS, LINUX, PROFILES, resolveIsn, TIME_WAIT_PRESETS, type IsnMode, type SimOptions } from '../../engine';
import { useT, type TFunction } from '../../i18n';
import { formatDuration } from '../../ui/seq-format';
import { useSim, useSimActions } from '../../store';
import { NumberField } from './NumberField';
import { NUMBER_FIELDS, newSeed, TIME_WAIT_PRESET_IDS, timeWaitPresetOf } from './optionFields';
import './options.css';

const ISN_MODES: readonly IsnMode[] = ['fixed', 'random', 'wrap'];

interface Props {
  /** Called after an action that leaves the dialog (opening the SYN-flood scenario). */
  readonly onDone?: () => void;
}

/**
 * The run's options, applied as they change: every one is in the store and so in the link.
 * Radios and a checkbox rather than custom widgets, so keyboards and screen readers need
 * nothing special; each choice says what it stands for, not only its number.
 */
export function OptionsPanel({ onDone }: Props) {
  const { t } = useT();
  const options = useSim((s) => s.options);
  const scenario = useSim((s) => s.scenario);
  const { setOptions, loadScenario } = useSimActions();

  return (
    <div className="options">
      <p className="options__intro">{t('options.intro')}</p>
      <ProfileChoice options={options} setOptions={setOptions} t={t} />
      <IsnChoice options={options} setOptions={setOptions} t={t} />
      <section className="options__section">
        <NumberField
          label={t('options.latency')}
          value={options.latencyMs}
          spec={NUMBER_FIELDS.latencyMs}
          hint={t('options.latency.hint', { min: NUMBER_FIELDS.latencyMs.min, max: NUMBER_FIELDS.latencyMs.max })}
          onCommit={(latencyMs) => setOptions({ latencyMs })}
          t={t}
        />
      </section>
      <TimeWaitChoice options={options} setOptions={setOptions} t={t} />
      <section className="options__section">
        <SynCookies t={t} checked={options.synCookies} onChange={(synCookies) => setOptions({ synCookies })} />
        {options.profile === 'linux' && <FixedByLinux value={t('options.profile.on')} t={t} />}
        <NumberField
          label={t('options.backlog')}
          value={options.backlog}
          spec={NUMBER_FIELDS.backlog}
          hint={t('options.backlog.hint', { min: NUMBER_FIELDS.backlog.min, max: NUMBER_FIELDS.backlog.max })}
          onCommit={(backlog) => setOptions({ backlog })}
          t={t}
        />
        {scenario !== 'syn-flood' && (
          <button
            type="button"
            className="command options__link-button"
            onClick={() => {
              loadScenario('syn-flood');
              onDone?.();
            }}
          >
            {t('options.cookies.open')}
          </button>
        )}
      </section>
      <div className="options__footer">
        <button type="button" className="command" onClick={() => setOptions(DEFAULT_OPTIONS)}>
          {t('options.reset')}
        </button>
      </div>
    </div>
  );
}

interface OptionGroupProps {
  readonly options: SimOptions;
  readonly setOptions: (patch: Partial<SimOptions>) => void;
  readonly t: TFunction;
}

/** How the initial sequence numbers are chosen, the fields of the chosen way, and the ISNs it gives. */
function IsnChoice({ options, setOptions, t }: OptionGroupProps) {
  const isn = resolveIsn(options);
  return (
    <ChoiceGroup
      legend={t('options.isn.legend')}
      value={options.isnMode}
      choices={ISN_MODES.map((mode) => ({
        value: mode,
        label: t(`options.isn.${mode}`),
        hint: t(`options.isn.${mode}.hint`),
      }))}
      onChange={(isnMode) => setOptions({ isnMode })}
    >
      {options.isnMode === 'fixed' && (
        <div className="options__row">
          <NumberField
            label={t('options.isn.client')}
            value={options.isnClient}
            spec={NUMBER_FIELDS.isnClient}
            onCommit={(isnClient) => setOptions({ isnClient })}
            t={t}
          />
          <NumberField
            label={t('options.isn.server')}
            value={options.isnServer}
            spec={NUMBER_FIELDS.isnServer}
            onCommit={(isnServer) => setOptions({ isnServer })}
            t={t}
          />
        </div>
      )}
      {options.isnMode === 'random' && (
        <div className="options__row options__row--seed">
          <NumberField
            label={t('options.seed')}
            value={options.seed}
            spec={NUMBER_FIELDS.seed}
            onCommit={(seed) => setOptions({ seed })}
            t={t}
          />
          <button type="button" className="command" onClick={() => setOptions({ seed: newSeed(options.seed) })}>
            {t('options.seed.new')}
          </button>
        </div>
      )}
      <p className="options__result">{t('options.isn.result', { client: isn.client, server: isn.server })}</p>
    </ChoiceGroup>
  );
}

/** RFC 9293 to the letter, or a Linux kernel's choices where the two differ (engine/profile.ts). */
function ProfileChoice({ options, setOptions, t }: OptionGroupProps) {
  return (
    <ChoiceGroup
      legend={t('options.profile.legend')}
      value={options.profile}
      choices={PROFILES.map((profile) => ({
        value: profile,
        label: t(`options.profile.${profile}`),
        hint: t(`options.profile.${profile}.hint`),
      }))}
      onChange={(profile) => setOptions({ profile })}
    />
  );
}

/** Under the Linux profile an option the kernel fixes is kept for the RFC profile, and says so. */
function FixedByLinux({ value, t }: { value: string; t: TFunction }) {
  return <p className="options__hint options__fixed">{t('options.profile.fixed', { value })}</p>;
}

/** TIME-WAIT's length: one of the presets, or the custom length a hand-edited link carried. */
function TimeWaitChoice({ options, setOptions, t }: OptionGroupProps) {
  const preset = timeWaitPresetOf(options.timeWaitMs);
  return (
    <ChoiceGroup
      legend={t('options.timeWait.legend')}
      hint={t('options.timeWait.hint')}
      value={preset ?? 'custom'}
      choices={[
        ...TIME_WAIT_PRESET_IDS.map((id) => ({ value: id, label: t(`options.timeWait.${id}`) })),
        // A hand-edited link may carry any length; show it rather than pretend it is a preset.
        ...(preset === null
          ? [{ value: 'custom' as const, label: t('options.timeWait.custom', { duration: formatDuration(options.timeWaitMs, t) }) }]
          : []),
      ]}
      onChange={(id) => {
        if (id !== 'custom') setOptions({ timeWaitMs: TIME_WAIT_PRESETS[id] });
      }}
    >
      {options.profile === 'linux' && <FixedByLinux value={formatDuration(LINUX.timeWaitMs, t)} t={t} />}
    </ChoiceGroup>
  );
}

function SynCookies({ t, checked, onChange }: { t: TFunction; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId();
  return (
    <div className="options__check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div>
        <label htmlFor={id}>{t('options.cookies')}</label>
        <p id={`${id}-hint`} className="options__hint">
          {t('options.cookies.hint')}
        </p>
      </div>
    </div>
  );
}

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

/** A fieldset of radios, each with its own hint; extra fields for the choice go below. */
function ChoiceGroup<T extends string>(props: {
  legend: string;
  hint?: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  children?: ReactNode;
}) {
  const { legend, hint, value, choices, onChange, children } = props;
  const name = useId();
  return (
    <fieldset className="options__section options__choices" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="options__hint">
          {hint}
        </p>
      )}
      {choices.map((choice) => (
        <div key={choice.value} className="options__choice">
          <input
            id={`${name}-${choice.value}`}
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            aria-describedby={choice.hint ? `${name}-${choice.value}-hint` : undefined}
            onChange={() => onChange(choice.value)}
          />
          <div>
            <label htmlFor={`${name}-${choice.value}`}>{choice.label}</label>
            {choice.hint && (
              <p id={`${name}-${choice.value}-hint`} className="options__hint">
                {choice.hint}
              </p>
            )}
          </div>
        </div>
      ))}
      {children}
    </fieldset>
  );
}
