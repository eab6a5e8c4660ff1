import { useMotionValue, type MotionValue } from 'framer-motion';
import { useLayoutEffect } from 'react';

/**
 * A motion value computed from the playhead by `compute`, recomputed when `compute` changes.
 * framer-motion's useTransform keeps the transformer it first saw for its subscription, so a
 * transformer that closes over layout (which changes on resize or a new trace) or over `t`
 * (which changes with the language) would go stale. Callers pass a `useCallback`ed compute
 * whose dependencies say exactly what it reads.
 */
export function useDerivedMotionValue<T>(source: MotionValue<number>, compute: (now: number) => T): MotionValue<T> {
  const value = useMotionValue(compute(source.get()));
  useLayoutEffect(() => {
    const update = () => value.set(compute(source.get()));
    update();
    return source.on('change', update);
  }, [source, value, compute]);
  return value;
}
