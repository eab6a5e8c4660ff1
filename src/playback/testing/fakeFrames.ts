import { MotionGlobalConfig } from 'framer-motion';
import { vi } from 'vitest';

/**
 * Tests of real glides: animation frames, timers and the clock faked, and framer-motion's
 * animations on (elsewhere in the tests they jump to their end: src/test/setup).
 */
export function startFakeFrames(): void {
  MotionGlobalConfig.skipAnimations = false;
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
}

/** Back to real timers, and animations that jump to their end. */
export function stopFakeFrames(): void {
  vi.useRealTimers();
  MotionGlobalConfig.skipAnimations = true;
}

/** The next animation frame, then the tasks it posted (the fake clock runs a 0 ms timer 1 ms on). */
export function runNextFrame(): void {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
}
