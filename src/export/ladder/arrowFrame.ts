import { flightProgress, type ArrowLayout } from './layout';
import type { Point } from './geometry';
import { pointAt } from './placeLabels';

/** Everything about an arrow that changes with the playhead, for one frame. */
export interface ArrowFrame {
  /** On the wire: the playhead has reached its sending time (a dot marks the sender). */
  readonly sent: boolean;
  /** 0 … endFraction along the path. */
  readonly progress: number;
  readonly tip: Point;
  /** The arrowhead as a path, or '' while the arrow is too short to carry one (or has died ✕). */
  readonly head: string;
  /** The label's centre and opacity: it rides just behind the tip, then rests in its place. */
  readonly label: Point;
  readonly labelOpacity: number;
  /** Reached its end: arrived, or for a lost segment, died mid-way (✕ shown). */
  readonly ended: boolean;
}

/** Arrowhead length and half-width, in em of the label font. */
const HEAD = { length: 0.8, half: 0.34 } as const;

/**
 * The frame when the playhead line is at `yNow` (layout.playheadY). Progress is measured along
 * the axis between the rows of sending and arrival, so the tip is always on the playhead line;
 * before the playhead reaches the sending row nothing shows, and at that row only the sender's dot.
 */
export function arrowFrame(arrow: ArrowLayout, yNow: number, labelPx: number): ArrowFrame {
  const sent = yNow >= arrow.at1 - 1e-6;
  const progress = sent ? flightProgress(arrow.at1, arrow.at2, yNow, arrow.endFraction) : 0;
  const length = Math.hypot(arrow.x2 - arrow.x1, arrow.y2 - arrow.y1) || 1;
  const ux = (arrow.x2 - arrow.x1) / length;
  const uy = (arrow.y2 - arrow.y1) / length;
  const tip = pointAt(arrow, progress);
  const drawn = progress * length;
  const lost = arrow.endFraction < 1;
  const ended = sent && progress >= arrow.endFraction - 1e-9;
  const headLength = HEAD.length * labelPx;
  const hasHead = drawn >= headLength && !(lost && ended);
  const half = HEAD.half * labelPx;
  const base = { x: tip.x - ux * headLength, y: tip.y - uy * headLength };
  const head = hasHead
    ? `M${r(tip.x)} ${r(tip.y)} L${r(base.x - uy * half)} ${r(base.y + ux * half)} L${r(base.x + uy * half)} ${r(base.y - ux * half)} Z`
    : '';

  // The label trails the tip, its front at the tip, once the drawn part is long enough to carry
  // it (it fades in over a few pixels), and stops at its resting place: never ahead of the arrow.
  const { label } = arrow;
  const halfLabel = label.length / 2;
  const rest = label.fraction * length;
  const needed = Math.min(rest + halfLabel, label.startMargin + 2 * halfLabel);
  const centre = Math.min(rest, Math.max(label.startMargin + halfLabel, drawn - halfLabel));
  const labelOpacity = progress <= 0 ? 0 : Math.min(1, Math.max(0, (drawn - needed) / (0.6 * labelPx)));
  return { sent, progress, tip, head, label: pointAt(arrow, centre / length), labelOpacity, ended };
}

function r(value: number): string {
  return value.toFixed(2);
}
