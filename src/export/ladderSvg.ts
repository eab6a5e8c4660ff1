/**
 * The ladder diagram as a standalone SVG document (a string: no DOM, no React), for slides and
 * handouts. The app's Export dialog and `npm run trace -- <id> --format svg` both call this one
 * function, so the same inputs give the same bytes.
 *
 * Geometry is the app's own (export/ladder/layout.ts) at a fixed width and type size, measured
 * with the estimate of typical glyph widths rather than a canvas, so it does not depend on the
 * fonts of the machine that makes it. Text is drawn in a common sans-serif stack (the app's):
 * the estimate errs on the wide side, so any of those fonts fits the room the layout left — an
 * e2e test measures every text run in Chromium against it. Embedding a font subset was the other
 * choice; it would add a font tool to the build and hundreds of kilobytes for Chinese, and a
 * figure pasted into slides is more useful with live, editable text.
 *
 * Colours come from a palette (svgPalette.ts) and every word from the caller (`words`, `text`),
 * since this layer cannot reach the language tables: the result is in whatever language and
 * theme the caller chose.
 */
import { SIDES, type Side, type Trace } from '../engine';
import type { LabelPiece } from './ladder/arrowLabel';
import { arrowFrame } from './ladder/arrowFrame';
import {
  hasLane,
  ladderLayout,
  playheadY,
  stepY,
  type ArrowLayout,
  type LadderLayout,
  type LadderText,
  type LadderViewport,
  type SideNote,
} from './ladder/layout';
import { CROSS_EM, readableAngle, rowBaselines } from './ladder/placeLabels';
import { stateHue } from './ladder/stateStyle';
import { estimateTextWidth } from './ladder/textMeasure';
import type { TimerRun } from './ladder/timerRuns';
import type { SvgPalette } from './svgPalette';

/** The words around the diagram, in the reader's language. */
export interface LadderSvgWords {
  /** BCP 47 tag of the text, for `xml:lang` (fonts pick Chinese glyph forms from it). */
  readonly lang: string;
  readonly title: string;
  /** "Whole scenario" or "Up to step 4 of 11". */
  readonly subtitle: string;
  readonly side: Readonly<Record<Side, string>>;
  /** A moment on the time axis: "0.1 s". */
  time(ms: number): string;
  /** The axis' name. */
  readonly timeAxis: string;
  /** Written across a squeezed idle span: "⋯ 60 s". */
  breakLabel(ms: number): string;
  /** Under a timer's name: its countdown at `now`, or how it ended. */
  timerStatus(run: TimerRun, now: number): string;
}

export interface LadderSvgInput {
  readonly trace: Trace;
  /** The diagram's words (arrow labels, notes), as the app's ladder writes them. */
  readonly text: LadderText;
  readonly words: LadderSvgWords;
  readonly palette: SvgPalette;
  /** Steps applied (the app's cursor): the figure shows the ladder as it stands then. Default: all. */
  readonly upTo?: number;
  /**
   * Width, type size and, to squeeze time so the run fits (as the app's ladder does on a short
   * screen), a target height. Default SVG_FRAME: the slides' figure at its natural scale.
   */
  readonly frame?: LadderViewport;
}

/** The fixed frame of every export: a slide-friendly width at the app's default type size. */
export const SVG_FRAME = { width: 960, fontPx: 16 } as const;

/** The app's sans-serif stack (ui/theme.css --font-sans): common on every system, with Chinese fonts. */
export const SVG_FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Room around the diagram, in em: the title block on top, the time axis on the left. */
const FRAME_EM = { top: 5.2, axis: 5, right: 0.5, bottom: 0.8, title: 1.6, subtitle: 2.9, sides: 4.5 } as const;

export function ladderSvg({ trace, text, words, palette, upTo, frame: viewport = SVG_FRAME }: LadderSvgInput): string {
  // Always the estimate, never the caller's measurer: the same bytes in every browser and in Node.
  const layout = ladderLayout(trace, viewport, { ...text, measure: estimateTextWidth });
  const { fontPx } = layout;
  const em = (n: number) => n * fontPx;
  const settled = Math.min(Math.max(0, upTo ?? trace.steps.length), trace.steps.length);
  const whole = settled === trace.steps.length;
  const now = whole ? Infinity : (trace.steps[settled - 1]?.t ?? 0);
  // The "now" line at rest after `settled` steps, as the app draws it; the whole run shows everything.
  const nowY = whole ? layout.height : playheadY(layout.axis, now, settled);
  const shown = (step: number) => step < settled;
  const notes = SIDES.flatMap((side) => layout.notes[side].filter((note) => shown(note.step)));
  const bottom = whole ? layout.height : Math.min(layout.height, Math.max(nowY, ...notes.map((note) => note.top + note.height)) + em(1.5));
  const left = em(FRAME_EM.axis);
  const top = em(FRAME_EM.top);
  // Whole pixels, so a PNG at 2× is exactly twice the SVG's size.
  const width = Math.ceil(left + layout.width + em(FRAME_EM.right));
  const height = Math.ceil(top + bottom + em(FRAME_EM.bottom));
  const frame: Frame = { layout, text, palette, words, nowY, now, bottom };

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${esc(words.lang)}" font-family="${esc(SVG_FONT_STACK)}" font-size="${fontPx}">`,
    `<title>${esc(words.title)}</title>`,
    `<desc>${esc(words.subtitle)}</desc>`,
    `<rect width="100%" height="100%" fill="${palette.bg}"/>`,
    titleBlock(frame),
    `<g transform="translate(${r(left)} ${r(top)})">`,
    clipTo(frame),
    lifelines(frame),
    `<g clip-path="url(#revealed)">`,
    ...SIDES.flatMap((side) => layout.bands[side].map((band) => bandRect(frame, side, band.state, band.y1, band.y2))),
    timerBrackets(frame),
    breaks(frame),
    '</g>',
    ...notes.map((note) => sideNote(frame, note)),
    horizon(frame),
    origins(frame),
    ...trace.segments.map((segment) => arrow(frame, layout.arrows[segment.id - 1], segment.from, segment)),
    timeAxis(frame, settled),
    '</g>',
    '</svg>',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}

interface Frame {
  readonly layout: LadderLayout;
  readonly text: LadderText;
  readonly palette: SvgPalette;
  readonly words: LadderSvgWords;
  /** Where the "now" line rests (layout px); bands and brackets are revealed down to it. */
  readonly nowY: number;
  /** Logical time of the last step shown (Infinity: the whole run). */
  readonly now: number;
  /** Lowest layout y the figure shows. */
  readonly bottom: number;
}

function titleBlock({ layout, palette, words }: Frame): string {
  const em = (n: number) => n * layout.fontPx;
  const left = em(FRAME_EM.axis);
  const sides = SIDES.map(
    (side) =>
      `<text x="${r(left + layout.x[side])}" y="${r(em(FRAME_EM.sides))}" text-anchor="middle" font-weight="700" fill="${palette[side]}">${esc(words.side[side])}</text>`,
  );
  return [
    '<g data-part="frame">',
    `<text x="${r(em(0.75))}" y="${r(em(FRAME_EM.title))}" font-size="${r(em(1.3))}" font-weight="700" fill="${palette.fg}">${esc(words.title)}</text>`,
    `<text x="${r(em(0.75))}" y="${r(em(FRAME_EM.subtitle))}" font-size="${r(em(0.85))}" fill="${palette.muted}">${esc(words.subtitle)}</text>`,
    ...sides,
    '</g>',
  ].join('\n');
}

function clipTo({ layout, nowY }: Frame): string {
  return `<defs><clipPath id="revealed"><rect x="0" y="0" width="${r(layout.width)}" height="${r(Math.max(0, nowY))}"/></clipPath></defs>`;
}

/** Both lifelines down to what the figure shows; past a horizon they go on dotted. */
function lifelines({ layout, palette, bottom }: Frame): string {
  const end = layout.horizon ? Math.min(layout.horizon.y, bottom) : bottom;
  return SIDES.map((side) => {
    const x = r(layout.x[side]);
    const beyond =
      layout.horizon && bottom > end
        ? `\n<line x1="${x}" y1="${r(end)}" x2="${x}" y2="${r(bottom)}" stroke="${palette.line}" stroke-width="2" stroke-dasharray="2 6" stroke-linecap="round"/>`
        : '';
    return `<line x1="${x}" y1="0" x2="${x}" y2="${r(end)}" stroke="${palette.line}" stroke-width="2"/>${beyond}`;
  }).join('\n');
}

/** A state's band on its lifeline, in the state's hue (the name is written beside it: never colour alone). */
function bandRect({ layout, palette }: Frame, side: Side, state: Parameters<typeof stateHue>[0], y1: number, y2: number): string {
  const half = layout.bandHalf;
  const fill = `hsl(${stateHue(state)} 65% ${palette.bandLightness}%)`;
  return `<rect x="${r(layout.x[side] - half)}" y="${r(y1)}" width="${r(half * 2)}" height="${r(Math.max(0, y2 - y1))}" rx="${r(half / 2)}" fill="${fill}"><title>${esc(state)}</title></rect>`;
}

function timerBrackets({ layout, palette }: Frame): string {
  const tick = layout.fontPx * 0.3;
  return layout.timers
    .map(({ run, x, y1, y2 }) => {
      const dx = run.side === 'client' ? tick : -tick;
      const dash = run.outcome === 'restarted' ? ' stroke-dasharray="5 3"' : '';
      const fired = run.outcome === 'fired' ? `\n<circle cx="${r(x)}" cy="${r(y2)}" r="${r(tick * 0.75)}" fill="${palette.timer}"/>` : '';
      return `<path d="M${r(x + dx)} ${r(y1)} H${r(x)} V${r(y2)} H${r(x + dx)}" fill="none" stroke="${palette.timer}" stroke-width="2"${dash}/>${fired}`;
    })
    .join('\n');
}

function zigzag(cx: number, cy: number, halfWidth: number, amplitude: number): string {
  const step = halfWidth / 2;
  return `M${r(cx - halfWidth)} ${r(cy)} l${r(step / 2)} ${r(-amplitude)} l${r(step)} ${r(2 * amplitude)} l${r(step)} ${r(-2 * amplitude)} l${r(step)} ${r(2 * amplitude)} l${r(step / 2)} ${r(-amplitude)}`;
}

/** Squeezed idle spans: the lifelines cut, the real duration written across (TimeBreaks.tsx draws the same). */
function breaks({ layout, palette, words }: Frame): string {
  const { fontPx } = layout;
  return layout.breaks
    .map((gap) => {
      const mid = gap.y + gap.height / 2;
      const gapPx = Math.min(fontPx * 0.3, gap.height / 4);
      const half = layout.bandHalf + fontPx * 0.35;
      const cuts = SIDES.map((side) => {
        const x = layout.x[side];
        return [
          `<rect x="${r(x - half)}" y="${r(mid - gapPx)}" width="${r(half * 2)}" height="${r(gapPx * 2)}" fill="${palette.bg}"/>`,
          `<path d="${zigzag(x, mid - gapPx, half, fontPx * 0.2)}" fill="none" stroke="${palette.muted}" stroke-width="2"/>`,
          `<path d="${zigzag(x, mid + gapPx, half, fontPx * 0.2)}" fill="none" stroke="${palette.muted}" stroke-width="2"/>`,
        ].join('\n');
      });
      const label = `<text x="${r(layout.width / 2)}" y="${r(mid)}" dy="0.35em" text-anchor="middle" font-size="${r(fontPx * 0.8)}" font-style="italic" fill="${palette.muted}">${esc(words.breakLabel(gap.realMs))}</text>`;
      return [...cuts, label].join('\n');
    })
    .join('\n');
}

/** One entry of a side's notes column: a state's name, what the application saw, or a timer. */
function sideNote(frame: Frame, note: SideNote): string {
  const { layout, palette } = frame;
  const client = note.side === 'client';
  const x = layout.noteX[note.side];
  const anchor = client ? 'end' : 'start';
  const displaced = note.top - note.anchorY > note.lineHeight * 0.6;
  const leader = displaced
    ? `<path d="M${r(x + (client ? 0.3 : -0.3) * layout.fontPx)} ${r(note.anchorY)} V${r(note.top + note.lineHeight * 0.55)}" fill="none" stroke="${palette.line}" stroke-width="1.5" stroke-dasharray="2 3"/>\n`
    : '';
  if (note.kind === 'state' && note.state) {
    return `${leader}<text x="${r(x)}" y="${r(note.top + note.fontPx * 0.95)}" text-anchor="${anchor}" font-size="${r(note.fontPx)}" font-weight="700" fill="${palette.fg}">${esc(note.state)}</text>`;
  }
  if (note.kind === 'app') {
    const pad = layout.fontPx * 0.1;
    const textX = client ? x - pad : x + pad;
    const tag = `<rect x="${r(client ? x - note.width : x)}" y="${r(note.top)}" width="${r(note.width)}" height="${r(note.height)}" rx="${r(note.fontPx * 0.35)}" fill="${palette.tagBg}" stroke="${palette.muted}" stroke-width="1"/>`;
    return `${leader}${tag}\n${lines(textX, note.top + pad, anchor, note, palette.fg, note.lines)}`;
  }
  const bracket = note.timer === undefined ? undefined : layout.timers[note.timer];
  if (!bracket) return '';
  const status = frame.words.timerStatus(bracket.run, frame.now);
  return `${leader}${lines(x, note.top, anchor, note, palette.timer, [...note.lines, status])}`;
}

function lines(x: number, top: number, anchor: string, note: SideNote, fill: string, rows: readonly string[]): string {
  const spans = rows.map(
    (row, i) => `<tspan x="${r(x)}" dy="${r(i === 0 ? note.lineHeight * 0.82 : note.lineHeight)}">${esc(row)}</tspan>`,
  );
  return `<text x="${r(x)}" y="${r(top)}" text-anchor="${anchor}" font-size="${r(note.fontPx)}" fill="${fill}">${spans.join('')}</text>`;
}

function horizon({ layout, palette, bottom }: Frame): string {
  const mark = layout.horizon;
  if (!mark || mark.y > bottom) return '';
  const x = layout.width / 2;
  const spans = mark.lines.map((line, i) => `<tspan x="${r(x)}" dy="${r(i === 0 ? 0 : mark.lineHeight)}">${esc(line)}</tspan>`).join('');
  return [
    `<line x1="${r(layout.x.client)}" x2="${r(layout.x.server)}" y1="${r(mark.y)}" y2="${r(mark.y)}" stroke="${palette.muted}" stroke-width="1.5" stroke-dasharray="6 5"/>`,
    `<text x="${r(x)}" y="${r(mark.y + layout.fontPx * 1.25)}" text-anchor="middle" font-size="${r(mark.fontPx)}" font-style="italic" fill="${palette.muted}">${spans}</text>`,
  ].join('\n');
}

/** A counterfactual's "Not TCP" mark and the senders that are neither endpoint (Origins.tsx draws the same). */
function origins({ layout, palette }: Frame): string {
  const parts: string[] = [];
  const { mark } = layout;
  if (mark) {
    const pad = (mark.height - mark.lines.length * mark.lineHeight) / 2;
    const spans = mark.lines
      .map((line, i) => `<tspan x="${r(mark.x)}" dy="${r(i === 0 ? mark.lineHeight * 0.8 : mark.lineHeight)}">${esc(line)}</tspan>`)
      .join('');
    parts.push(
      `<rect x="${r(mark.x - mark.width / 2)}" y="${r(mark.y)}" width="${r(mark.width)}" height="${r(mark.height)}" rx="${r(mark.fontPx * 0.3)}" fill="${palette.markBg}" stroke="${palette.lost}" stroke-width="2" stroke-dasharray="6 3"/>`,
      `<text x="${r(mark.x)}" y="${r(mark.y + pad)}" text-anchor="middle" font-size="${r(mark.fontPx)}" font-weight="700" fill="${palette.lost}">${spans}</text>`,
    );
  }
  for (const source of layout.sources) {
    if (hasLane(source.kind)) {
      parts.push(
        `<line x1="${r(source.x)}" x2="${r(source.x)}" y1="${r(source.y1)}" y2="${r(source.y2)}" stroke="${palette.client}" stroke-width="2" stroke-dasharray="2 5" stroke-linecap="round"/>`,
      );
    }
    const spans = source.lines
      .map((line, i) => `<tspan x="${r(source.labelX)}" dy="${r(i === 0 ? 0 : source.lineHeight)}">${esc(line)}</tspan>`)
      .join('');
    parts.push(
      `<text x="${r(source.labelX)}" y="${r(source.labelY)}" font-size="${r(source.fontPx)}" font-style="italic" font-weight="600" fill="${palette.client}">${spans}</text>`,
    );
  }
  return parts.join('\n');
}

type ArrowSegment = Trace['segments'][number];

/** One segment as drawn at rest when the figure's last step has happened (SegmentArrow.tsx draws it moving). */
function arrow(frame: Frame, layout: ArrowLayout | undefined, from: Side, segment: ArrowSegment): string {
  if (!layout) return '';
  const { palette } = frame;
  const labelPx = frame.layout.labelPx;
  const f = arrowFrame(layout, frame.nowY, labelPx);
  if (!f.sent) return '';
  const colour = palette[from];
  const foreign = segment.origin !== 'endpoint';
  const dash = segment.retransmission ? ' stroke-dasharray="8 5"' : foreign ? ' stroke-dasharray="2 4" stroke-linecap="round"' : '';
  const parts = [
    `<g data-segment="${segment.id}">`,
    foreign
      ? `<circle cx="${r(layout.x1)}" cy="${r(layout.y1)}" r="${r(labelPx * 0.22)}" fill="${palette.bg}" stroke="${colour}" stroke-width="2"/>`
      : `<circle cx="${r(layout.x1)}" cy="${r(layout.y1)}" r="${r(labelPx * 0.22)}" fill="${colour}"/>`,
  ];
  if (f.progress > 0)
    parts.push(
      `<line x1="${r(layout.x1)}" y1="${r(layout.y1)}" x2="${r(f.tip.x)}" y2="${r(f.tip.y)}" stroke="${colour}" stroke-width="2"${dash}/>`,
    );
  if (f.head !== '') parts.push(`<path d="${f.head}" fill="${colour}" stroke="${colour}" stroke-width="1" stroke-linejoin="round"/>`);
  if (segment.lost && f.ended) parts.push(lostMark(frame, layout, labelPx));
  if (f.labelOpacity > 0) parts.push(arrowLabel(frame, layout, f.label, labelPx, f.labelOpacity));
  parts.push('</g>');
  return parts.join('\n');
}

function lostMark({ palette }: Frame, layout: ArrowLayout, labelPx: number): string {
  const end = { x: layout.x1 + (layout.x2 - layout.x1) * layout.endFraction, y: layout.y1 + (layout.y2 - layout.y1) * layout.endFraction };
  const cross = `<text x="${r(end.x)}" y="${r(end.y)}" dy="0.36em" text-anchor="middle" font-size="${r(CROSS_EM * labelPx)}" font-weight="700" fill="${palette.lost}">✕</text>`;
  const caption = layout.caption;
  if (!caption) return cross;
  const spans = caption.lines
    .map((line, i) => `<tspan x="${r(caption.x)}" dy="${i === 0 ? '0.35em' : '1.2em'}">${esc(line)}</tspan>`)
    .join('');
  return `${cross}\n<text x="${r(caption.x)}" y="${r(caption.y)}" text-anchor="${caption.anchor}" font-size="${r(labelPx)}" font-weight="600" font-style="italic" fill="${palette.lost}">${spans}</text>`;
}

/** The label's rows as the layout placed them (measured with these words): what is measured is what is drawn. */
function arrowLabel(frame: Frame, layout: ArrowLayout, at: { x: number; y: number }, labelPx: number, opacity: number): string {
  const { rows } = layout.label;
  const baselines = rowBaselines(rows.length, layout.label.side);
  const row = (pieces: readonly LabelPiece[], y: number) =>
    `<text y="${r(y * labelPx)}" text-anchor="middle">${pieces.map((piece) => `<tspan${pieceStyle(piece)}>${esc(piece.text)}</tspan>`).join('')}</text>`;
  const fade = opacity < 1 ? ` opacity="${r(opacity)}"` : '';
  return `<g transform="translate(${r(at.x)} ${r(at.y)}) rotate(${readableAngle(layout).toFixed(3)})" font-size="${r(labelPx)}" fill="${frame.palette.fg}"${fade}>\n${rows.map((pieces, i) => row(pieces, baselines[i] ?? 0)).join('\n')}\n</g>`;
}

/** Bold flags, italic notes (ladder.css). */
function pieceStyle(piece: LabelPiece): string {
  if (piece.kind === 'flags') return ' font-weight="700"';
  if (piece.kind === 'note' || piece.kind === 'extra') return ' font-style="italic"';
  return '';
}

/** Where each moment of the run is, in the language's units, down the left edge. */
function timeAxis({ layout, palette, words }: Frame, settled: number): string {
  const { fontPx } = layout;
  const x = -fontPx * 0.9;
  const ticks: string[] = [];
  let lastY = -Infinity;
  let lastT = NaN;
  for (let i = 0; i < settled; i++) {
    const step = layout.axis.steps[i];
    if (!step || step.t === lastT) continue;
    const y = stepY(layout.axis, i);
    lastT = step.t;
    if (y - lastY < fontPx * 1.1) continue;
    lastY = y;
    ticks.push(
      `<line x1="${r(x)}" x2="${r(x + fontPx * 0.4)}" y1="${r(y)}" y2="${r(y)}" stroke="${palette.muted}" stroke-width="1.5"/>`,
      `<text x="${r(x - fontPx * 0.25)}" y="${r(y)}" dy="0.35em" text-anchor="end" font-size="${r(fontPx * 0.7)}" fill="${palette.muted}">${esc(words.time(step.t))}</text>`,
    );
  }
  const axisTop = layout.bands.client[0]?.y1 ?? 0;
  return [
    // Outside the layout, in a gutter of its own (the labels end at the axis, right-aligned).
    '<g data-part="frame">',
    `<text x="${r(x)}" y="${r(axisTop - fontPx * 0.6)}" text-anchor="end" font-size="${r(fontPx * 0.7)}" font-weight="700" fill="${palette.muted}">${esc(words.timeAxis)}</text>`,
    `<line x1="${r(x)}" x2="${r(x)}" y1="${r(axisTop)}" y2="${r(lastY === -Infinity ? axisTop : lastY)}" stroke="${palette.muted}" stroke-width="1.5"/>`,
    ...ticks,
    '</g>',
  ].join('\n');
}

/** Escapes text and attribute values for XML. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Two decimals at most: smaller files, and the same digits on every machine. */
function r(value: number): string {
  return String(Math.round(value * 100) / 100);
}
