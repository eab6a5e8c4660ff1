import { Controls } from '../features/controls';
import { NoticeBanner } from '../features/notice';
import { ScenarioSummary } from '../features/scenario-picker';
import { useT } from '../i18n/useT';
import { AppHeader } from './AppHeader';
import { Explanation, HeaderInspector, Ladder, StateBadges, TcbPanel } from './featurePanels';
import { StepAnnouncer } from './StepAnnouncer';
import { useDocumentLanguage } from './useDocumentLanguage';
import './layout.css';

/** Layout only: each region is a feature; the store and playhead connect them. */
export function App() {
  const { t } = useT();
  useDocumentLanguage();
  return (
    <div className="app">
      <a className="skip-link" href="#playback-controls">{t('app.skipToControls')}</a>
      <AppHeader />
      <NoticeBanner />
      <main className="stage">
        <section className="panel panel--diagram" aria-label={t('region.diagram')}>
          <Ladder />
        </section>
        <div className="side-panels">
          <ScenarioSummary />
          <section className="panel panel--state" aria-label={t('region.state')}>
            <StateBadges />
            <TcbPanel />
          </section>
          <section className="panel panel--explanation" aria-label={t('region.explanation')}>
            <Explanation />
          </section>
          <section className="panel panel--inspector" aria-label={t('region.inspector')}>
            <HeaderInspector />
          </section>
        </div>
      </main>
      <footer className="controls-bar" id="playback-controls" tabIndex={-1}>
        <Controls />
      </footer>
      <StepAnnouncer />
    </div>
  );
}
