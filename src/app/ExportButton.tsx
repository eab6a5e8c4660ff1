import { useT } from '../i18n/useT';
import { DialogOpener } from './DialogOpener';

/**
 * The way into the Export dialog from the playback bar, beside Present: figures, the handout and
 * the capture files are a teacher's tools, and in the bar they cost the header no second row.
 */
export function ExportButton() {
  const { t } = useT();
  return (
    <DialogOpener which="export" className="command export-button" title={t('figures.open')}>
      <svg className="icon" viewBox="0 0 24 24" width="1.1em" height="1.1em" aria-hidden="true" focusable="false">
        <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" strokeLinecap="round">
          <path d="M12 4v11M7 10l5 5 5-5M5 20h14" />
        </g>
      </svg>
      <span className="command__label visually-hidden-when-tight">{t('figures.open')}</span>
    </DialogOpener>
  );
}
