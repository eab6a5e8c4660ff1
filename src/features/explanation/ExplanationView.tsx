import { memo } from 'react';
import { type AppEvent, type Trace, type TraceStep } from '../../engine';
import { formatDuration, seqContext, type SeqMode, type Translate } from '../../ui/seq-format';
import { explanationParams, stepNamesForeignNumber } from './explanationParams';
import { linuxNoteParams, profileNoteFor } from './linuxNotes';
import { scenarioTextId } from '../../ui/scenarioTextId';
import { WholeStateNames } from '../../ui/WholeStateNames';
import './explanation.css';

export interface ExplanationViewProps {
  readonly trace: Trace;
  /** Number of steps applied; 0 shows the scenario's summary. */
  readonly cursor: number;
  readonly seqMode: SeqMode;
  readonly t: Translate;
}

const RFC_URL = 'https://www.rfc-editor.org/rfc/rfc9293#section-';

/** What the current step did, in plain words first, then why, then the RFC section that says so. */
export const ExplanationView = memo(function ExplanationView({ trace, cursor, seqMode, t }: ExplanationViewProps) {
  const step = cursor > 0 ? trace.steps[cursor - 1] : undefined;
  if (!step) return <ScenarioStart trace={trace} t={t} />;

  const ctx = seqContext(seqMode, trace);
  const params = explanationParams(trace, step, ctx, t);
  const changed = step.from !== step.to;
  return (
    <div className={`explanation explanation--${step.side}`}>
      <h2 className="explanation__meta">
        <span>{t('explanation.stepOf', { k: cursor, n: trace.steps.length })}</span>
        <span className="explanation__side">{t('explanation.at', { side: t(`side.${step.side}`), time: formatDuration(step.t, t) })}</span>
      </h2>
      <p className={`explanation__state${changed ? ' explanation__state--changed' : ''}`}>
        <WholeStateNames
          text={
            changed
              ? t('explanation.stateChange', { from: t(`state.${step.from}.name`), to: t(`state.${step.to}.name`) })
              : t('explanation.stateSame', { state: t(`state.${step.to}.name`) })
          }
        />
      </p>
      <p className="explanation__what">
        <WholeStateNames text={t(`rule.${step.rule}.what`, params)} />
      </p>
      {stepNamesForeignNumber(trace, step, ctx) && <p className="explanation__seq-note">{t('seqFormat.foreignTooltip')}</p>}
      <details className="explanation__why" open>
        <summary>{t('explanation.why')}</summary>
        <p>
          <WholeStateNames text={t(`rule.${step.rule}.why`, params)} />
        </p>
      </details>
      <LinuxBehaviour trace={trace} step={step} params={params} t={t} />
      <AppEvents events={step.app} t={t} />
      <a
        className="explanation__rfc"
        href={`${RFC_URL}${step.rfc}`}
        target="_blank"
        rel="noopener noreferrer"
        title={t('explanation.rfcTitle', { section: step.rfc })}
      >
        {t('explain.rfcLink', { section: step.rfc })}
      </a>
    </div>
  );
});

/** The start: what this scenario is about (the one place its summary is shown), and how to begin. */
function ScenarioStart({ trace, t }: { trace: Trace; t: Translate }) {
  const id = scenarioTextId(trace);
  return (
    <div className="explanation explanation--start">
      <h2 className="explanation__title">{t(`scenario.${id}.title`)}</h2>
      <p className="explanation__summary">{t(`scenario.${id}.summary`)}</p>
      {trace.profile === 'linux' && <p className="explanation__summary">{t('rfcWould.linuxRun')}</p>}
      {/* With no step to go to (an empty sandbox), Next is disabled: say what starts the story. */}
      <p className="explanation__hint">{t(trace.steps.length > 0 ? 'explanation.start' : 'explanation.startEmpty')}</p>
    </div>
  );
}

interface LinuxBehaviourProps {
  readonly trace: Trace;
  readonly step: TraceStep;
  readonly params: ReturnType<typeof explanationParams>;
  readonly t: Translate;
}

/**
 * Where the other profile does this step differently: under RFC 9293, what a real Linux kernel
 * does (or does more precisely); under the Linux profile, what RFC 9293 would do and why.
 */
function LinuxBehaviour({ trace, step, params, t }: LinuxBehaviourProps) {
  const note = profileNoteFor(trace, step);
  if (!note) return null;
  // Both keys built from the note's own kind, so each is a known message key.
  const [title, text] =
    note.about === 'linux' ? (['linux.title', `linux.${note.id}`] as const) : (['rfcWould.title', `rfcWould.${note.id}`] as const);
  return (
    <p className="explanation__linux" data-linux-note={note.id} data-profile-note={note.about}>
      <strong className="explanation__linux-label">{t(title)}</strong>{' '}
      {t(text, { ...params, ...linuxNoteParams(note, t('linux.listSeparator')) })}
    </p>
  );
}

/** What the application saw at this step: the calls that returned, the reads. */
function AppEvents({ events, t }: { events: readonly AppEvent[]; t: Translate }) {
  if (events.length === 0) return null;
  return (
    <div className="explanation__app">
      <span className="explanation__app-label">{t('explanation.app')}</span>
      <ul>
        {events.map((event) => (
          <li key={event}>
            <code>{t(`app.${event}`)}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
