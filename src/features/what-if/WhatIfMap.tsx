import { useId } from 'react';
import { labelFlags } from '../../engine';
import { useT } from '../../i18n';
import { useSim, useSimActions } from '../../store';
import { WholeStateNames } from '../../ui/WholeStateNames';
import type { ScenarioId } from '../../engine';
import { WHAT_IF_BEYOND, WHAT_IF_PHASES, WHAT_IF_SEGMENTS, type WhatIfSegment } from './whatIfMap';
import './what-if.css';

interface Props {
  /** Called once a scenario has been loaded (the dialog closes). */
  readonly onChoose?: () => void;
}

/**
 * A mini ladder of handshake and wave. Each segment is a button that opens the scenario in
 * which it is lost; its name says which segment, its description what happens then.
 */
export function WhatIfMap({ onChoose }: Props) {
  const { t } = useT();
  const current = useSim((s) => s.scenario);
  const { loadScenario } = useSimActions();
  const open = (scenario: ScenarioId) => {
    loadScenario(scenario);
    onChoose?.();
  };
  const choose = (segment: WhatIfSegment) => open(segment.scenario);

  return (
    <div className="what-if">
      <p className="what-if__intro">{t('whatIf.intro')}</p>
      <div className="what-if__sides" aria-hidden="true">
        <span className="what-if__lane-names">
          <span className="what-if__side what-if__side--client">{t('side.client')}</span>
          <span className="what-if__side what-if__side--server">{t('side.server')}</span>
        </span>
      </div>
      {WHAT_IF_PHASES.map((phase) => (
        <section key={phase} className="what-if__phase" aria-labelledby={`what-if-${phase}`}>
          <h3 id={`what-if-${phase}`} className="what-if__phase-title">
            {t(`whatIf.${phase}`)}
          </h3>
          <ol className="what-if__list">
            {WHAT_IF_SEGMENTS.filter((segment) => segment.phase === phase).map((segment) => (
              <li key={segment.scenario}>
                <SegmentButton segment={segment} current={segment.scenario === current} onChoose={choose} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      <p className="what-if__summary">{t('whatIf.summary')}</p>
      <section className="what-if__phase" aria-labelledby="what-if-beyond">
        <h3 id="what-if-beyond" className="what-if__phase-title">
          {t('whatIf.beyond')}
        </h3>
        <ul className="what-if__beyond">
          {WHAT_IF_BEYOND.map((scenario) => (
            <li key={scenario}>
              <button
                type="button"
                className="command what-if__beyond-button"
                aria-describedby={`what-if-beyond-${scenario}`}
                aria-current={scenario === current ? 'true' : undefined}
                data-scenario={scenario}
                onClick={() => open(scenario)}
              >
                {t(`scenario.${scenario}.title`)}
              </button>{' '}
              <span id={`what-if-beyond-${scenario}`} className="what-if__outcome">
                <WholeStateNames text={t(`whatIf.${scenario}.outcome`)} />
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function SegmentButton({
  segment,
  current,
  onChoose,
}: {
  segment: WhatIfSegment;
  current: boolean;
  onChoose: (segment: WhatIfSegment) => void;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <button
      type="button"
      className={`what-if__segment what-if__segment--${segment.from}`}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-outcome`}
      aria-current={current ? 'true' : undefined}
      data-scenario={segment.scenario}
      onClick={() => onChoose(segment)}
    >
      <span className="what-if__lane">
        <LostArrow segment={segment} />
      </span>
      <span className="what-if__text">
        <strong id={`${id}-name`} className="what-if__name">
          {t(`whatIf.${segment.scenario}.lost`)}
        </strong>{' '}
        <span id={`${id}-outcome`} className="what-if__outcome">
          <WholeStateNames text={t(`whatIf.${segment.scenario}.outcome`)} />
        </span>
      </span>
    </button>
  );
}

/** A slanted arrow that stops short with a ✕, as a lost segment does on the big ladder. */
function LostArrow({ segment }: { segment: WhatIfSegment }) {
  const rightward = segment.from === 'client';
  const [x1, x2] = rightward ? [2, 126] : [126, 2];
  const [y1, y2] = [14, 38];
  const stop = 0.72;
  const xs = x1 + (x2 - x1) * stop;
  const ys = y1 + (y2 - y1) * stop;
  return (
    <svg className="what-if__arrow" viewBox="0 0 128 44" aria-hidden="true" focusable="false">
      <text x={64} y={10} textAnchor="middle" className="what-if__flags">
        {labelFlags(segment.flags).join(', ')}
      </text>
      <line x1={x1} y1={y1} x2={x2} y2={y2} className="what-if__path" />
      <line x1={x1} y1={y1} x2={xs} y2={ys} className="what-if__shot" />
      <path d={`M${xs - 5} ${ys - 5} l10 10 M${xs + 5} ${ys - 5} l-10 10`} className="what-if__cross" />
    </svg>
  );
}
