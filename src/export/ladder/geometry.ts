/**
 * Plane geometry for label placement: rectangles that may be rotated (labels run along slanted
 * arrows), and whether two of them overlap (separating-axis test).
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A rectangle centred at (cx, cy), its width along the unit vector (ux, uy). */
export interface OrientedRect {
  readonly cx: number;
  readonly cy: number;
  readonly ux: number;
  readonly uy: number;
  /** Half extents along u and along the normal (−uy, ux). */
  readonly hw: number;
  readonly hh: number;
}

export function axisRect(x1: number, y1: number, x2: number, y2: number): OrientedRect {
  return { cx: (x1 + x2) / 2, cy: (y1 + y2) / 2, ux: 1, uy: 0, hw: Math.abs(x2 - x1) / 2, hh: Math.abs(y2 - y1) / 2 };
}

/** A line segment thickened to a thin rectangle. */
export function lineRect(a: Point, b: Point, halfThickness: number): OrientedRect {
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return {
    cx: (a.x + b.x) / 2,
    cy: (a.y + b.y) / 2,
    ux: (b.x - a.x) / length,
    uy: (b.y - a.y) / length,
    hw: length / 2,
    hh: halfThickness,
  };
}

/** Half the extent of `r` projected on the unit axis (ax, ay). */
function projectedRadius(r: OrientedRect, ax: number, ay: number): number {
  return r.hw * Math.abs(r.ux * ax + r.uy * ay) + r.hh * Math.abs(-r.uy * ax + r.ux * ay);
}

/** The four axes of the separating-axis test, written out: this runs millions of times for a long trace. */
export function rectsOverlap(a: OrientedRect, b: OrientedRect): boolean {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  return !(
    separatedOn(a, b, dx, dy, a.ux, a.uy) ||
    separatedOn(a, b, dx, dy, -a.uy, a.ux) ||
    separatedOn(a, b, dx, dy, b.ux, b.uy) ||
    separatedOn(a, b, dx, dy, -b.uy, b.ux)
  );
}

function separatedOn(a: OrientedRect, b: OrientedRect, dx: number, dy: number, ax: number, ay: number): boolean {
  return Math.abs(dx * ax + dy * ay) > projectedRadius(a, ax, ay) + projectedRadius(b, ax, ay);
}

/** The vertical extent [top, bottom] of a rectangle. */
export function verticalExtent(r: OrientedRect): [number, number] {
  const half = projectedRadius(r, 0, 1);
  return [r.cy - half, r.cy + half];
}
