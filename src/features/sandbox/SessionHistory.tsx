import { useState } from 'react';
import { useT } from '../../i18n';
import { useSim, useSimActions } from '../../store';
import { callLabel, fateHistoryText } from './sandboxText';

/**
 * "Your story so far": every call and fate, in order, each a button to the step where it shows.
 * A <details> so it costs one line until a teacher wants it: its list is made only while it is
 * open (a 400-action session's list was most of the work of a call or of opening the sandbox).
 */
export function SessionHistory() {
  const { t } = useT();
  const count = useSim((s) => s.sandbox.actions.length + s.sandbox.fates.length);
  const [open, setOpen] = useState(false);
  return (
    <details className="sandbox__history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('sandbox.history.title', { n: count })}</summary>
      {count === 0 ? <p className="sandbox__muted">{t('sandbox.history.empty')}</p> : open && <HistoryList />}
    </details>
  );
}

function HistoryList() {
  const { t } = useT();
  const session = useSim((s) => s.sandbox);
  const { seek } = useSimActions();
  // The step the scrubber shows a call at is afterStep + 1; a fate shows from the step it was applied at.
  const items = [
    ...session.actions.map((action, i) => ({
      key: `a${i}`,
      step: action.afterStep + 1,
      order: 1,
      text: t('sandbox.history.call', {
        k: action.afterStep + 1,
        side: t(`side.${action.side}`),
        call: callLabel(action.call, action.bytes, t),
      }),
    })),
    ...session.fates.map((fate, i) => ({ key: `f${i}`, step: fate.atStep, order: 0, text: fateHistoryText(fate, t) })),
  ].sort((a, b) => a.step - b.step || a.order - b.order);
  return (
    <ol>
      {items.map((item) => (
        <li key={item.key}>
          <button type="button" className="sandbox__history-item" onClick={() => seek(item.step)}>
            {item.text}
          </button>
        </li>
      ))}
    </ol>
  );
}
