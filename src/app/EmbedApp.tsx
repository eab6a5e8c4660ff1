import { Controls } from '../features/controls';
import { useT } from '../i18n/useT';
import { selectStepCount, useSim, writeLink } from '../store';
import { Ladder } from './featurePanels';
import { StepAnnouncer } from './StepAnnouncer';
import { StepCaption } from './StepCaption';
import '../ui/primitives.css';
import './layout.css';
import './embed.css';

/**
 * The app inside another page's iframe (`#…&embed=1`, optionally `&from=&to=`): the diagram with
 * its one-line caption and the step controls, nothing else, and a link that opens the same
 * moment in the full app in a new tab (an iframe is too small for the explanation and the TCB).
 */
export function EmbedApp() {
  const { t } = useT();
  const range = useSim((s) => s.embed);
  const count = useSim(selectStepCount);
  // The same moment without the embedding: what the full app would write in its address bar.
  const fullLink = useSim((s) => writeLink({ ...s, embed: null }));
  const locked = range !== null && (range.from > 0 || range.to < count);
  return (
    <div className="embed">
      <main className="embed__stage">
        <section className="panel panel--diagram embed__diagram" aria-label={t('region.diagram')}>
          <StepCaption />
          <Ladder />
        </section>
      </main>
      <footer className="controls-bar embed__controls" id="playback-controls" tabIndex={-1}>
        <Controls />
        <p className="embed__meta">
          {locked && <span className="embed__range">{t('embed.range', { from: range.from, to: range.to, n: count })}</span>}
          <a
            className="embed__open"
            href={`${window.location.pathname}${window.location.search}${fullLink}`}
            target="_blank"
            rel="noopener"
          >
            {t('embed.openFull')}
            <span className="visually-hidden"> {t('embed.newTab')}</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      </footer>
      <StepAnnouncer />
    </div>
  );
}
