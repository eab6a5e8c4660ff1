import type { MotionValue } from 'framer-motion';

/**
 * Moves a motion value linearly to `target` over `ms` on animation frames. Hand-rolled rather
 * than framer-motion's animate(): the playhead only ever needs a linear tween, and animate()
 * pulls the whole keyframe/spring/sequence machinery into the first-paint bundle.
 * Returns a function that stops the glide where it is.
 */
export function glide(value: MotionValue<number>, target: number, ms: number, onComplete: () => void): () => void {
  const from = value.get();
  let start: number | null = null;
  let handle = 0;
  const tick = (now: number) => {
    start ??= now;
    const progress = ms <= 0 ? 1 : Math.min(1, (now - start) / ms);
    value.set(from + (target - from) * progress);
    if (progress < 1) handle = requestAnimationFrame(tick);
    else onComplete();
  };
  handle = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(handle);
}
