import type { Page } from '@playwright/test';
import { lineRect, rectsOverlap, type OrientedRect } from '../src/export/ladder/geometry';

/** A piece of text on the diagram as drawn: its box in page pixels (rotated with its arrow). */
export interface DrawnLabel {
  readonly what: string;
  readonly text: string;
  /** Arrow it belongs to, if any: a label may sit on its own arrow's line. */
  readonly arrow: number | null;
  readonly box: OrientedRect;
}

export interface DrawnLine {
  readonly what: string;
  readonly arrow: number | null;
  readonly a: { x: number; y: number };
  readonly b: { x: number; y: number };
}

export interface DrawnDiagram {
  readonly labels: readonly DrawnLabel[];
  readonly lines: readonly DrawnLine[];
  /** The diagram box's left and right edges, page px. */
  readonly left: number;
  readonly right: number;
}

/**
 * Reads the ladder as the browser drew it: every visible label's box (getBBox in its own
 * coordinates, mapped by getScreenCTM, so a label rotated along its arrow keeps its true shape)
 * and every visible line. Hidden things (a note whose step has not happened, a band below the
 * playhead, a label still fading in) are left out, as a person would not see them.
 */
export function readDiagram(page: Page): Promise<DrawnDiagram> {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.ladder__svg');
    const box = document.querySelector<HTMLElement>('.ladder');
    if (!svg || !box) throw new Error('no ladder on the page');
    const revealed = svg.querySelector('clipPath rect');
    const revealedTo = revealed ? (svg.getScreenCTM()?.f ?? 0) : 0;
    const clipBottom = revealed ? revealedTo + Number(revealed.getAttribute('height')) * (svg.getScreenCTM()?.d ?? 1) : Infinity;
    const shown = (el: Element) => {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
      if (el.closest('[clip-path]') && el.getBoundingClientRect().top >= clipBottom - 0.5) return false;
      return true;
    };
    const arrowOf = (el: Element) => {
      const id = el.closest('[data-segment-id]')?.getAttribute('data-segment-id');
      return id ? Number(id) : null;
    };
    const labels: DrawnLabel[] = [];
    const addBox = (el: SVGGraphicsElement, what: string) => {
      if (!shown(el)) return;
      const b = el.getBBox();
      const m = el.getScreenCTM();
      if (!m || b.width === 0 || b.height === 0) return;
      const at = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
      const p0 = at(b.x, b.y);
      const p1 = at(b.x + b.width, b.y);
      const p3 = at(b.x, b.y + b.height);
      const w = Math.hypot(p1.x - p0.x, p1.y - p0.y);
      const h = Math.hypot(p3.x - p0.x, p3.y - p0.y);
      labels.push({
        what,
        text: (el instanceof SVGTextElement ? el.textContent : el.closest('g')?.textContent) ?? '',
        arrow: arrowOf(el),
        box: { cx: (p1.x + p3.x) / 2, cy: (p1.y + p3.y) / 2, ux: (p1.x - p0.x) / w, uy: (p1.y - p0.y) / w, hw: w / 2, hh: h / 2 },
      });
    };
    const each = (selector: string, what: string) => {
      for (const el of svg.querySelectorAll<SVGGraphicsElement>(selector)) addBox(el, what);
    };
    each('.ladder-arrow__label text', 'arrow label');
    each('.ladder-arrow__lost-text', 'lost caption');
    each('.ladder-arrow__cross', '✕');
    each('.ladder-note--state text', 'state name');
    each('.ladder-band__label--inside', 'state name in its band');
    each('.ladder-note__tag', 'application note');
    each('.ladder-note--timer text', 'timer note');
    each('.ladder-break__label', 'break label');
    each('.ladder-horizon__label', 'horizon note');
    each('.ladder-source__label', 'sender name');
    each('.ladder-mark__frame', 'mark');

    const lines: DrawnLine[] = [];
    const addLine = (el: SVGLineElement, what: string) => {
      if (!shown(el)) return;
      const m = el.getScreenCTM();
      if (!m) return;
      const num = (name: string) => Number(el.getAttribute(name));
      const a = new DOMPoint(num('x1'), num('y1')).matrixTransform(m);
      const b = new DOMPoint(num('x2'), num('y2')).matrixTransform(m);
      if (Math.hypot(b.x - a.x, b.y - a.y) < 1) return;
      lines.push({ what, arrow: arrowOf(el), a: { x: a.x, y: a.y }, b: { x: b.x, y: b.y } });
    };
    for (const el of svg.querySelectorAll<SVGLineElement>('.ladder-arrow__line')) addLine(el, 'arrow');
    for (const el of svg.querySelectorAll<SVGLineElement>('.ladder__lifeline')) addLine(el, 'lifeline');
    for (const el of svg.querySelectorAll<SVGLineElement>('.ladder__playhead')) addLine(el, 'now line');
    for (const el of svg.querySelectorAll<SVGLineElement>('.ladder-horizon__line')) addLine(el, 'horizon');
    for (const el of svg.querySelectorAll<SVGLineElement>('.ladder-source__lane')) addLine(el, 'attacker lane');
    const frame = box.getBoundingClientRect();
    return { labels, lines, left: frame.left, right: frame.right };
  });
}

/** Overlaps deeper than this (px) count: anti-aliasing and glyph side bearings are not collisions. */
const SLACK = 1.5;

function shrink(box: OrientedRect): OrientedRect {
  return { ...box, hw: Math.max(0, box.hw - SLACK), hh: Math.max(0, box.hh - SLACK) };
}

/** Every pair of labels that cover each other, and every label a line runs through. */
/**
 * The diagram once it has stopped changing: read it frame after frame until two readings agree.
 * The layout settles after its box and its fonts are measured (a CJK font may arrive a few frames
 * late), however long that takes on a busy machine; a real overlap is still there when it settles.
 */
export async function readSettledDiagram(page: Page, maxReadings = 60): Promise<DrawnDiagram> {
  let previous = await readDiagram(page);
  for (let i = 0; i < maxReadings; i++) {
    await page.evaluate(() =>
      document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))),
    );
    const current = await readDiagram(page);
    if (JSON.stringify(current) === JSON.stringify(previous)) return current;
    previous = current;
  }
  throw new Error(`the diagram was still changing after ${maxReadings} readings`);
}

export function collisions(diagram: DrawnDiagram): string[] {
  const found: string[] = [];
  const name = (label: DrawnLabel) => `${label.what} "${label.text}"`;
  const { labels, lines } = diagram;
  labels.forEach((label, i) => {
    for (const other of labels.slice(i + 1)) {
      if (label.arrow !== null && label.arrow === other.arrow) continue;
      if (rectsOverlap(shrink(label.box), shrink(other.box))) found.push(`${name(label)} overlaps ${name(other)}`);
    }
    for (const line of lines) {
      if (line.arrow !== null && line.arrow === label.arrow) continue;
      // A phone writes state names down the lifeline, inside its band: on it by design.
      if (line.what === 'lifeline' && label.what === 'state name in its band') continue;
      if (rectsOverlap(shrink(label.box), lineRect(line.a, line.b, 0.5)))
        found.push(`${name(label)} is crossed by the ${line.what}${line.arrow ? ` #${line.arrow}` : ''}`);
    }
    const halfWidth = label.box.hw * Math.abs(label.box.ux) + label.box.hh * Math.abs(label.box.uy);
    if (label.box.cx - halfWidth < diagram.left - SLACK || label.box.cx + halfWidth > diagram.right + SLACK) {
      found.push(`${name(label)} runs past the edge of the diagram`);
    }
  });
  return found;
}
