/**
 * One figure from the app's own words: what the Export dialog downloads and what
 * `npm run trace -- <id> --format svg` prints, so the same inputs give the same file.
 */
import type { Trace } from '../../engine';
import { ladderSvg, SVG_PALETTES, type LadderSvgWords, type SvgTheme } from '../../export';
import type { LadderViewport } from '../../export/ladder/layout';
import { estimateTextWidth } from '../../export/ladder/textMeasure';
import { htmlLang, type Locale } from '../../i18n/locale';
import { arrowText, ladderText } from '../../ui/ladder-words/arrowText';
import { timerStatus } from '../../ui/ladder-words/timerStatus';
import { formatDuration, seqContext, type SeqMode, type Translate } from '../../ui/seq-format';

export interface FigureRequest {
  readonly trace: Trace;
  /** The scenario's title in the reader's language. */
  readonly title: string;
  readonly seqMode: SeqMode;
  readonly locale: Locale;
  readonly theme: SvgTheme;
  /** Steps applied (the app's cursor); the whole scenario when undefined. */
  readonly upTo?: number;
  readonly t: Translate;
  /** The handout's narrower, time-squeezed frame; slides' figures keep the default. */
  readonly frame?: LadderViewport;
}

/** How many steps a figure shows: `upTo` clamped to the trace, or all of them. */
export function figureSteps(trace: Trace, upTo: number | undefined): number {
  const n = trace.steps.length;
  return upTo === undefined ? n : Math.min(Math.max(0, Math.trunc(upTo)), n);
}

export function figureWords({ trace, title, seqMode, locale, upTo, t }: FigureRequest): LadderSvgWords {
  const n = trace.steps.length;
  const k = figureSteps(trace, upTo);
  const seq = t(`figure.seq.${seqMode}`);
  return {
    lang: htmlLang(locale),
    title,
    subtitle: k === n ? t('figure.subtitle.whole', { n, seq }) : t('figure.subtitle.upTo', { k, n, seq }),
    side: { client: t('side.client'), server: t('side.server') },
    time: (ms) => formatDuration(ms, t),
    timeAxis: t('figure.timeAxis'),
    breakLabel: (ms) => t('ladder.break', { duration: formatDuration(ms, t) }),
    timerStatus: (run, now) => timerStatus(run, now, t),
  };
}

export function figureSvg(request: FigureRequest): string {
  const { trace, seqMode, theme, t } = request;
  const ctx = seqContext(seqMode, trace);
  const arrows = trace.segments.map((segment) => arrowText(segment, ctx, t));
  return ladderSvg({
    trace,
    text: ladderText(arrows, t, estimateTextWidth),
    words: figureWords(request),
    palette: SVG_PALETTES[theme],
    upTo: figureSteps(trace, request.upTo),
    ...(request.frame ? { frame: request.frame } : {}),
  });
}

/** "tcp-close-step4-zh-dark": says what is in the file. */
export function figureFileName(
  { trace, locale, theme, upTo }: Pick<FigureRequest, 'trace' | 'locale' | 'theme' | 'upTo'>,
  extension: string,
): string {
  const k = figureSteps(trace, upTo);
  const range = k === trace.steps.length ? 'all' : `step${k}`;
  return `tcp-${scenarioFileStem(trace)}-${range}-${locale}-${theme}.${extension}`;
}

/** The scenario's id, kept to characters every file system accepts ("trace" if none are left). */
export function scenarioFileStem(trace: Pick<Trace, 'scenario'>): string {
  return trace.scenario.replace(/[^a-z0-9-]/gi, '') || 'trace';
}
