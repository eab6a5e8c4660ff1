import { useDeferredValue, useEffect, useId, useMemo, useRef } from 'react';
import { useT } from '../../i18n';
import { selectIsSandbox, useDeferredStep, useSim, useSimActions } from '../../store';
import { lazyPart } from '../../ui/lazyPart';
import { sessionFromScenario } from '../../sandbox';
import { ModeSwitch } from './ModeSwitch';
import './sandbox.css';

const SandboxWorkbench = lazyPart(() => import('./SandboxWorkbench'));

/**
 * The sandbox: the mode switch always, and in sandbox mode the learner's socket calls, the
 * network's fates for segments on the wire, and the session tools. Place it at the top of the
 * side column; it is a complete <section> with its own heading. The working part is a separate
 * chunk: most visits never open the sandbox, and the first paint has a size budget.
 */
export function SandboxPanel() {
  const { t } = useT();
  const sandbox = useSim(selectIsSandbox);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The button goes away with the switch; focus lands on the panel it opened, once the page is
  // drawn in its new order: focused before, the heading was scrolled into view where it stood, and
  // the explanation moving below it then carried it out of view.
  const focusWhenOpen = useRef(false);
  useEffect(() => {
    if (!sandbox || !focusWhenOpen.current) return;
    focusWhenOpen.current = false;
    heading.current?.focus();
  }, [sandbox]);
  return (
    <section className="panel panel--sandbox sandbox" aria-labelledby={headingId} data-testid="sandbox-panel">
      <div className="sandbox__header">
        <h2 id={headingId} ref={heading} className="sandbox__title" tabIndex={-1}>
          {t('sandbox.region')}
        </h2>
        <ModeSwitch />
      </div>
      {sandbox ? (
        <SandboxWorkbench
          fallback={
            <p className="sandbox__muted" aria-busy="true">
              …
            </p>
          }
        />
      ) : (
        <>
          <p className="sandbox__muted">{t('sandbox.entry')}</p>
          <ContinueInSandbox
            onContinued={() => {
              focusWhenOpen.current = true;
            }}
          />
        </>
      )}
    </section>
  );
}

/** "Continue from step k in the sandbox": the run on screen, up to this step, becomes the learner's. */
function ContinueInSandbox({ onContinued }: { onContinued: () => void }) {
  const { t } = useT();
  // Whether the run can continue is found by simulating it cut at the step (milliseconds, tens at
  // a slow CPU): in React's next, interruptible render, a frame behind the diagram (issue 8).
  const scenario = useDeferredValue(useSim((s) => s.scenario));
  const options = useDeferredValue(useSim((s) => s.options));
  const { cursor } = useDeferredStep();
  const { continueInSandbox } = useSimActions();
  const available = useMemo(() => sessionFromScenario(scenario, options, cursor) !== null, [scenario, options, cursor]);
  if (!available) return <p className="sandbox__muted">{t('sandbox.continue.unavailable')}</p>;
  return (
    <button
      type="button"
      className="command sandbox__continue"
      onClick={() => {
        if (continueInSandbox()) onContinued();
      }}
    >
      {t('sandbox.continue', { k: cursor })}
    </button>
  );
}
