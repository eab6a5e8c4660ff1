import type { MotionValue } from 'framer-motion';

/**
 * Moves a motion value along `path` (progress 0 → 1 ↦ value) over `ms`, on animation frames.
 * Hand-rolled rather than framer-motion's animate(): the playhead needs one tween whose progress
 * is mapped through the playback pace, and animate() pulls the whole keyframe/spring machinery
 * into the first-paint bundle. Returns a function that stops the glide where it is.
 */
export function glide(value: MotionValue<number>, path: (progress: number) => number, ms: number, onComplete: () => void): () => void {
  let start: number | null = null;
  let handle = 0;
  const tick = (now: number) => {
    start ??= now;
    const progress = ms <= 0 ? 1 : Math.min(1, (now - start) / ms);
    value.set(path(progress));
    if (progress < 1) handle = requestAnimationFrame(tick);
    else onComplete();
  };
  handle = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(handle);
}
