import { motionValue } from 'framer-motion';
import { useEffect, useState, type ReactNode } from 'react';
import { snapshotAt } from '../../engine';
import { useT, type TFunction } from '../../i18n';
import { traceFor, useSim } from '../../store';
import type { LadderViewProps } from '../../ui';
import { COMPARE_SCENARIOS, type CompareScenarioId } from './compareScenarios';
import './lessons.css';

interface Props {
  /** Draws one ladder. Passed in so this feature does not import another (app/ composes them). */
  readonly renderLadder: (props: LadderViewProps) => ReactNode;
}

/**
 * "Why three?" as two finished runs side by side: the same old duplicate SYN meets a
 * three-way and a two-way handshake. Both ladders show their last step, with the states each
 * side ends in written out, so the difference can be read without playing anything.
 */
export function CompareWhyThree({ renderLadder }: Props) {
  const { t } = useT();
  return (
    <div className="compare">
      <p className="compare__intro">{t('compare.intro')}</p>
      <div className="runs-side-by-side">
        {COMPARE_SCENARIOS.map((scenario) => (
          <ComparedRun key={scenario} scenario={scenario} renderLadder={renderLadder} t={t} />
        ))}
      </div>
    </div>
  );
}

function ComparedRun({ scenario, renderLadder, t }: { scenario: CompareScenarioId; renderLadder: Props['renderLadder']; t: TFunction }) {
  const options = useSim((s) => s.options);
  const seqMode = useSim((s) => s.seqMode);
  const trace = traceFor(scenario, options);
  const cursor = trace.steps.length;
  // A playhead of its own, parked at the end: this ladder never plays.
  const endTime = trace.steps.at(-1)?.t ?? 0;
  const [playhead] = useState(() => motionValue(endTime));
  useEffect(() => playhead.set(endTime), [playhead, endTime]);
  const [selected, setSelected] = useState<number | null>(null);
  const end = snapshotAt(trace, cursor);
  const headingId = `compare-${scenario}`;
  return (
    <section className="runs-side-by-side__run" aria-labelledby={headingId}>
      <h3 id={headingId} className="compare__title">
        {t(`scenario.${scenario}.title`)}
      </h3>
      <p className="compare__outcome">{t(`compare.${scenario}.outcome`)}</p>
      <p className="compare__states">
        {t('compare.states', { client: t(`state.${end.client.state}.name`), server: t(`state.${end.server.state}.name`) })}
      </p>
      <div className="runs-side-by-side__ladder">
        {renderLadder({ trace, cursor, playhead, selectedSegment: selected, onSelect: setSelected, seqMode, t })}
      </div>
    </section>
  );
}
