import { useId } from 'react';
import { useT } from '../../i18n';
import { selectIsSandbox, useSim } from '../../store';
import { lazyPart } from '../../ui/lazyPart';
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
  return (
    <section className="panel panel--sandbox sandbox" aria-labelledby={headingId} data-testid="sandbox-panel">
      <div className="sandbox__header">
        <h2 id={headingId} className="sandbox__title">{t('sandbox.region')}</h2>
        <ModeSwitch />
      </div>
      {sandbox ? (
        <SandboxWorkbench fallback={<p className="sandbox__muted" aria-busy="true">…</p>} />
      ) : (
        <p className="sandbox__muted">{t('sandbox.entry')}</p>
      )}
    </section>
  );
}
