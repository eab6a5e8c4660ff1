import { useRef, useState } from 'react';
import { Icon } from '../features/controls';
import { useT } from '../i18n/useT';
import { flushLink } from '../store';
import './copyLink.css';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * Copies the current link (written into the hash first, if the learner has not paused yet). Where the clipboard
 * API is missing or refused (http, old browsers, permissions), shows the link selected so
 * Ctrl+C works. The outcome is announced through the live region beside it, which floats under
 * the button so the header never moves.
 */
export function CopyLinkButton() {
  const { t } = useT();
  const [state, setState] = useState<CopyState>('idle');
  const [url, setUrl] = useState('');
  const field = useRef<HTMLInputElement>(null);

  const showManual = (href: string) => {
    setUrl(href);
    setState('manual');
    requestAnimationFrame(() => field.current?.select());
  };

  const copy = async () => {
    // The address bar is written when the learner pauses; a copy must not wait for that.
    flushLink();
    const href = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      // Clear first so a second copy is announced again, then let the message fade after a while.
      setState('idle');
      requestAnimationFrame(() => setState('copied'));
      window.setTimeout(() => setState((s) => (s === 'copied' ? 'idle' : s)), 4000);
    } catch {
      showManual(href);
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="command" onClick={() => void copy()}>
        <Icon name="link" />
        <span className="command__label">{t('ui.copyLink')}</span>
      </button>
      <div className="copy-link__popover">
        {state === 'manual' && (
          <input
            ref={field}
            className="copy-link__field"
            type="text"
            readOnly
            value={url}
            aria-label={t('ui.linkField')}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        <span className="copy-link__status" role="status">
          {state === 'copied' ? t('ui.linkCopied') : state === 'manual' ? t('ui.linkCopyManual') : ''}
        </span>
      </div>
    </div>
  );
}
