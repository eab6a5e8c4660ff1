import { SIDES, TIME_WAIT_PRESETS, type Side, type Trace } from '../../engine';

/** The timers the diagram draws on the lifelines: the ones a student watches run out. */
export type DrawnTimer = 'retransmit' | 'timeWait';
const DRAWN_TIMERS: readonly DrawnTimer[] = ['retransmit', 'timeWait'];

export type TimeWaitPreset = keyof typeof TIME_WAIT_PRESETS;

/** One run of one timer: from the step that set it to the step that stopped it or that it fired. */
export interface TimerRun {
  readonly side: Side;
  readonly timer: DrawnTimer;
  readonly start: number;
  /** Index of the step that set it. */
  readonly startStep: number;
  readonly deadline: number;
  /** When it stopped, fired, or — still running — where the trace ends. */
  readonly end: number;
  /** Index of the step that stopped, restarted or fired it; null while still running. */
  readonly endStep: number | null;
  /** 'restarted': set again before it ran out (TIME-WAIT after a repeated FIN, §3.10.7.4). */
  readonly outcome: 'fired' | 'stopped' | 'restarted' | 'running';
  /** Its length (the RTO, or 2MSL). */
  readonly durationMs: number;
  /** For TIME-WAIT: whose 2MSL this is, when it is one of the known values. */
  readonly preset: TimeWaitPreset | null;
}

/**
 * Every run of the drawn timers, read off the per-step snapshots: a deadline appearing starts a
 * run, a deadline changing or disappearing ends it. The retransmission timer firing restarts it
 * with the doubled RTO (RFC 6298 §5.5), so back-off shows as 1 s, 2 s, 4 s … runs.
 */
export function timerRuns(trace: Trace): TimerRun[] {
  const runs: TimerRun[] = [];
  const open = new Map<string, OpenRun>();
  let before = trace.initial;
  for (const step of trace.steps) {
    for (const side of SIDES) {
      for (const timer of DRAWN_TIMERS) {
        const was = before[side].timers[timer];
        const now = step.after[side].timers[timer];
        if (was === now) continue;
        const key = `${side}:${timer}`;
        const running = open.get(key);
        if (running) {
          const fired = step.side === side && step.input.kind === 'timer' && step.input.timer === timer;
          runs.push(finish(running, step.t, step.index, fired ? 'fired' : now !== null ? 'restarted' : 'stopped'));
          open.delete(key);
        }
        if (now !== null) {
          const param = step.side === side ? step.params[timer] : undefined;
          open.set(key, {
            side,
            timer,
            start: step.t,
            startStep: step.index,
            deadline: now,
            lengthMs: typeof param === 'number' ? param : null,
          });
        }
      }
    }
    before = step.after;
  }
  const last = trace.horizon ?? trace.endTime;
  for (const running of open.values())
    runs.push(finish(running, Math.min(running.deadline, Math.max(last, running.start)), null, 'running'));
  return runs.sort((a, b) => a.start - b.start || (a.side < b.side ? -1 : 1));
}

interface OpenRun {
  readonly side: Side;
  readonly timer: DrawnTimer;
  readonly start: number;
  readonly startStep: number;
  readonly deadline: number;
  readonly lengthMs: number | null;
}

function finish(run: OpenRun, end: number, endStep: number | null, outcome: TimerRun['outcome']): TimerRun {
  const durationMs = run.lengthMs ?? run.deadline - run.start;
  return {
    side: run.side,
    timer: run.timer,
    start: run.start,
    startStep: run.startStep,
    deadline: run.deadline,
    end,
    endStep,
    outcome,
    durationMs,
    preset: run.timer === 'timeWait' ? presetOf(durationMs) : null,
  };
}

function presetOf(ms: number): TimeWaitPreset | null {
  const entry = Object.entries(TIME_WAIT_PRESETS).find(([, value]) => value === ms);
  return entry ? (entry[0] as TimeWaitPreset) : null;
}
