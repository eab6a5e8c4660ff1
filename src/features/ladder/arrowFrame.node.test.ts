import { describe, expect, it } from 'vitest';
import { closeTrace } from '../../ui/seq-format/fixtures/closeTrace';
import { lostSynTrace } from '../../ui/seq-format/fixtures/lostSynTrace';
import { arrowFrame } from '../../export/ladder/arrowFrame';
import { ladderLayout, pointAlong, timeToY, type ArrowLayout } from '../../export/ladder/layout';

const WIDE = { width: 900, fontPx: 16 };
const LABEL_PX = 16 * 0.8;

describe('an arrow frame, from the playhead', () => {
  const layout = ladderLayout(closeTrace, WIDE);
  const synAck = layout.arrows[1] as ArrowLayout; // sent at 100, arrives at 200
  const at = (arrow: ArrowLayout, t: number) => arrowFrame(arrow, timeToY(layout.axis, t), LABEL_PX);

  it('shows nothing before the segment is sent, and only the sender’s dot at the moment it is', () => {
    expect(at(synAck, 50)).toMatchObject({ sent: false, progress: 0, head: '', labelOpacity: 0 });
    expect(at(synAck, 100)).toMatchObject({ sent: true, progress: 0, head: '', labelOpacity: 0 });
    expect(at(synAck, 100).tip).toEqual({ x: synAck.x1, y: synAck.y1 });
  });

  it('keeps the tip on the playhead line', () => {
    for (const t of [110, 150, 190]) expect(at(synAck, t).tip.y).toBeCloseTo(timeToY(layout.axis, t));
  });

  it('never lets the label run ahead of the tip, and rests it in its place on arrival', () => {
    const along = (point: { x: number; y: number }) => Math.hypot(point.x - synAck.x1, point.y - synAck.y1);
    const shown = [110, 120, 140, 160, 180, 195].map((t) => at(synAck, t)).filter((frame) => frame.labelOpacity > 0);
    expect(shown.length).toBeGreaterThan(2);
    for (const frame of shown) expect(along(frame.label) + synAck.label.length / 2).toBeLessThanOrEqual(along(frame.tip) + 1);
    expect(at(synAck, 200).label).toEqual(pointAlong(synAck, synAck.label.fraction));
    expect(at(synAck, 200)).toMatchObject({ ended: true, labelOpacity: 1 });
    expect(at(synAck, 200).head).not.toBe('');
  });

  it('ends a lost segment half-way, where its ✕ appears and its arrowhead goes', () => {
    const lostLayout = ladderLayout(lostSynTrace, WIDE);
    const lost = lostLayout.arrows[0] as ArrowLayout;
    const frame = arrowFrame(lost, timeToY(lostLayout.axis, 1000), LABEL_PX);
    expect(frame).toMatchObject({ progress: 0.5, ended: true, head: '' });
  });
});
