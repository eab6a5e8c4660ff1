import type { MotionValue } from 'framer-motion';
import type { Trace } from '../engine';
import { selectTrace, timeAtCursor, type SimState, type SimStore } from '../store';
import { glide } from './glide';
import { animationsSkipped } from './skipAnimations';
import { buildPace, stepDurationMs, type Pace } from './stepDuration';
import { buildTimeScale, type TimeScale } from '../export/ladder/timeScale';

export interface DriverOptions {
  /** The learner asked for reduced motion: jump instead of gliding; playing still pauses per step. */
  readonly reducedMotion: () => boolean;
}

/**
 * The one thing that moves the playhead. The cursor changes only at step boundaries (in the
 * store); this turns "cursor went k → k+1" into a glide of the playhead from step k's time to
 * step k+1's (steady on screen, see buildPace), and while playing, advances the cursor again when it lands. Every other
 * cursor change (back, seek, scrub, start, a new scenario) is a jump. Vanilla (no React) so
 * it can be tested with a plain store and motion value. Returns a function that stops it.
 */
export function startPlaybackDriver(store: SimStore, playhead: MotionValue<number>, options: DriverOptions): () => void {
  let stop: (() => void) | null = null;
  const scaleOf = timeScaleCache();

  const cancel = () => {
    stop?.();
    stop = null;
  };

  const land = () => {
    stop = null;
    const state = store.getState();
    if (state.playing) state.stepForward();
  };

  const jumpTo = (state: SimState) => {
    cancel();
    playhead.jump(timeAtCursor(selectTrace(state), state.cursor));
  };

  /**
   * Glides from step k's time to step k+1's. A glide always starts at the previous step's time:
   * if the learner asks for the next step while one is still gliding (a clicker pressed quickly),
   * the running glide is skipped to its end first, so the picture is never more than one glide
   * behind the text instead of replaying every step it was asked to pass.
   */
  const glideTo = (state: SimState, prevCursor: number) => {
    cancel();
    const trace = selectTrace(state);
    const target = timeAtCursor(trace, state.cursor);
    const from = timeAtCursor(trace, prevCursor);
    if (playhead.get() !== from) playhead.jump(from);
    const { scale, pace } = scaleOf(trace);
    const ms = stepDurationMs(scale, from, target, state.speed, pace);
    stop = moveBetweenSteps(playhead, { from, target, ms, pace }, options, land);
  };

  jumpTo(store.getState());

  const unsubscribe = store.subscribe((state, prev) => {
    if (selectTrace(state) !== selectTrace(prev)) {
      jumpTo(state);
    } else if (state.cursor === prev.cursor + 1) {
      glideTo(state, prev.cursor);
    } else if (state.cursor !== prev.cursor) {
      jumpTo(state);
    }
    // Pressing play starts the first step; later steps start from `land`. A paused glide just
    // finishes, so the playhead always comes to rest at the cursor's time.
    if (state.playing && !prev.playing && stop === null) state.stepForward();
  });

  return () => {
    unsubscribe();
    cancel();
  };
}

/** Each trace's time scale and pace, built once: a trace is immutable, so it is their key. */
function timeScaleCache(): (trace: Trace) => { scale: TimeScale; pace: Pace } {
  const scales = new WeakMap<Trace, { scale: TimeScale; pace: Pace }>();
  return (trace) => {
    let entry = scales.get(trace);
    if (!entry) {
      const scale = buildTimeScale(trace);
      scales.set(trace, (entry = { scale, pace: buildPace(scale) }));
    }
    return entry;
  };
}

interface StepMove {
  readonly from: number;
  readonly target: number;
  /** How long the move takes on screen (stepDurationMs). */
  readonly ms: number;
  readonly pace: Pace;
}

/** Moves the playhead from one step's time to the next's and calls `land` when it is there; returns what stops it. */
function moveBetweenSteps(
  playhead: MotionValue<number>,
  { from, target, ms, pace }: StepMove,
  options: DriverOptions,
  land: () => void,
): () => void {
  if (animationsSkipped()) {
    // Tests: land at once, but asynchronously so each step is a separate store update.
    playhead.jump(target);
    const timer = setTimeout(land, 0);
    return () => clearTimeout(timer);
  }
  if (options.reducedMotion()) {
    // No glide, but playing keeps a readable pause on each step.
    playhead.jump(target);
    const timer = setTimeout(land, ms);
    return () => clearTimeout(timer);
  }
  // Linear in pace, not in logical time: steady over the diagram, slower across a break.
  const [p0, p1] = [pace.at(from), pace.at(target)];
  return glide(playhead, (k) => (k >= 1 ? target : pace.timeAt(p0 + (p1 - p0) * k)), ms, land);
}
