import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Trace } from '../../engine';
import { useT } from '../../i18n/useT';
import { useSim, useTrace } from '../../store';
import type { Translate } from '../../ui/seq-format';
import { figureSvg } from './figureSvg';
import { scenarioTextId } from '../../ui/scenarioTextId';
import './handout.css';

export interface HandoutProps {
  /** One step in words ("Step 3 of 13. Client receives SYN, ACK. …"): the app's step sentence. */
  readonly describeStep: (trace: Trace, cursor: number, t: Translate) => string;
}

/**
 * A narrower frame than the slides' figure, with time squeezed to a target height as the app's
 * ladder does on a short screen, so the whole run fits half an A4 or Letter page at a readable size.
 */
const HANDOUT_FRAME = { width: 640, fontPx: 16, height: 860 } as const;

/**
 * The printable handout: the scenario's title and key point, its whole ladder with the states
 * along the lifelines, and one line per step. Drawn only while the page prints (so its words are
 * never a second copy of the screen's for search or for tests); the print stylesheet shows it
 * alone, on one A4 or Letter page, in the page's language and always in the light palette (paper).
 */
export function Handout(props: HandoutProps) {
  return usePrinting() ? <HandoutSheet {...props} /> : null;
}

/**
 * True while the page prints: from `beforeprint` (rendered synchronously, before the browser lays
 * out the pages) to `afterprint`, and whenever print media applies (print preview, emulation).
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('print');
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(query.matches);
    const follow = () => (query.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    query.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      query.removeEventListener('change', follow);
    };
  }, []);
  return printing;
}

function HandoutSheet({ describeStep }: HandoutProps) {
  const { t, locale } = useT();
  const trace = useTrace();
  const seqMode = useSim((s) => s.seqMode);
  const title = t(`scenario.${scenarioTextId(trace)}.title`);
  const svg = useMemo(
    () => figureSvg({ trace, title, seqMode, locale, theme: 'light', t, frame: HANDOUT_FRAME }),
    [trace, title, seqMode, locale, t],
  );
  const n = trace.steps.length;
  return (
    <article className="handout" aria-label={title}>
      <div className="handout__header">
        <h2 className="handout__title">{title}</h2>
        <p className="handout__app">{t('app.title')}</p>
      </div>
      <p className="handout__key">
        <strong>{t('handout.keyPoint')}</strong> {t(`scenario.${scenarioTextId(trace)}.summary`)}
      </p>
      <div className="handout__body">
        {/* Our own drawing, every word escaped by ladderSvg: safe to place as markup. */}
        <div className="handout__figure" role="img" aria-label={title} dangerouslySetInnerHTML={{ __html: svg }} />
        <section className="handout__steps">
          <h3 className="handout__steps-title">{t('handout.steps')}</h3>
          <ol>
            {trace.steps.map((step, i) => (
              <li key={step.index}>{withoutCount(describeStep(trace, i + 1, t), t('announce.step', { k: i + 1, n }))}</li>
            ))}
          </ol>
        </section>
      </div>
      <p className="handout__footer">{t('handout.footer')}</p>
    </article>
  );
}

/** The list numbers each line, so the sentence's own "Step k of n." is left out. */
function withoutCount(line: string, count: string): string {
  return line.startsWith(count) ? line.slice(count.length).trim() : line;
}
