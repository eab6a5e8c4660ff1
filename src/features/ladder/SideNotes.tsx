import type { MotionValue } from 'framer-motion';
import { memo, useCallback, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { SIDES, type AppEvent, type Side, type TcpState } from '../../engine';
import { formatDuration, stateHue, type Translate } from '../../ui/seq-format';
import { timerLabel } from '../../ui/ladder-words/arrowText';
import { timerStatus } from '../../ui/ladder-words/timerStatus';
import type { LadderLayout, SideNote, TimerBracket } from '../../export/ladder/layout';
import type { TimerRun } from '../../export/ladder/timerRuns';
import { isShown, type ShownRows } from './shownRows';
import { stepAttributes } from './useStepVisibility';
import { usePlayheadFrame } from './usePlayheadFrame';

/**
 * Each side's notes column: its state names (wide screens), what its application sees (connect()
 * returned, read() returned 0, connection reset …) and its running timers with a live countdown.
 * Every note appears when the step that brought it about has happened (useStepVisibility).
 */
export const SideNotes = memo(function SideNotes({ layout, rows, playhead, settled, t }: SideNotesProps) {
  const now = playhead.get();
  return (
    <g className="ladder-notes">
      {SIDES.map((side) => (
        <g key={side} className={`ladder-notes__side ladder-notes__side--${side}`}>
          {layout.notes[side]
            .filter((note) => isShown(rows, note.top, note.top + note.height))
            .map((note) => (
              <Note key={note.key} note={note} layout={layout} playhead={playhead} now={now} settled={settled} t={t} />
            ))}
        </g>
      ))}
    </g>
  );
});

interface SideNotesProps {
  readonly layout: LadderLayout;
  /** The rows drawn (a long diagram draws what is near the view). */
  readonly rows: ShownRows;
  readonly playhead: MotionValue<number>;
  /** Steps that have happened when first drawn; later changes are applied by LadderFrame. */
  readonly settled: number;
  readonly t: Translate;
}

interface NoteProps {
  readonly note: SideNote;
  readonly layout: LadderLayout;
  readonly playhead: MotionValue<number>;
  readonly now: number;
  readonly settled: number;
  readonly t: Translate;
}

function Note({ note, layout, playhead, now, settled, t }: NoteProps) {
  const place = notePlace(note, layout);
  if (note.kind === 'state' && note.state) return <StateNote note={note} state={note.state} place={place} settled={settled} />;
  if (note.kind === 'app' && note.event) {
    return <AppNote note={note} event={note.event} place={place} pad={layout.fontPx * 0.1} settled={settled} t={t} />;
  }
  const bracket = note.timer === undefined ? undefined : layout.timers[note.timer];
  if (note.kind === 'timer' && bracket) {
    return (
      <TimerNote
        note={note}
        bracket={bracket}
        x={place.x}
        anchor={place.anchor}
        short={layout.bandLabels === 'inside'}
        leader={place.leader}
        playhead={playhead}
        now={now}
        settled={settled}
        t={t}
      />
    );
  }
  return null;
}

/** Where a note's text stands in its side's column, and its leader back to its moment. */
interface NotePlace {
  readonly x: number;
  /** The client's column is right-aligned against its lifeline, the server's left-aligned. */
  readonly client: boolean;
  readonly anchor: 'start' | 'end';
  readonly leader: ReactNode;
}

function notePlace(note: SideNote, layout: LadderLayout): NotePlace {
  const client = note.side === 'client';
  const x = layout.noteX[note.side];
  // A note pushed down by its neighbours points back to the moment it belongs to.
  const displaced = note.top - note.anchorY > note.lineHeight * 0.6;
  const leader = displaced && (
    <path
      className="ladder-note__leader"
      d={`M${x + (client ? 0.3 : -0.3) * layout.fontPx} ${note.anchorY} V${note.top + note.lineHeight * 0.55}`}
    />
  );
  return { x, client, anchor: client ? 'end' : 'start', leader };
}

/** A state's name beside its band (wide screens), in the state's colour. */
function StateNote({ note, state, place, settled }: { note: SideNote; state: TcpState; place: NotePlace; settled: number }) {
  const style = { '--state-hue': stateHue(state) } as CSSProperties;
  return (
    <g className="ladder-note ladder-note--state" style={style} {...stepAttributes(note.step, settled)} aria-hidden="true">
      {place.leader}
      <text className="ladder-band__label" x={place.x} y={note.top + note.fontPx * 0.95} textAnchor={place.anchor} fontSize={note.fontPx}>
        {state}
      </text>
    </g>
  );
}

interface AppNoteProps {
  readonly note: SideNote;
  readonly event: AppEvent;
  readonly place: NotePlace;
  /** Room between the tag's edge and its text, px. */
  readonly pad: number;
  readonly settled: number;
  readonly t: Translate;
}

/** What the application saw, as a tag: "connect() returned", "read() returned 0". */
function AppNote({ note, event, place: { x, client, anchor, leader }, pad, settled, t }: AppNoteProps) {
  const textX = client ? x - pad : x + pad;
  return (
    <g
      className="ladder-note ladder-note--app"
      role="img"
      aria-label={t('ladder.app', { side: t(`side.${note.side}`), event: t(`app.${event}`) })}
      {...stepAttributes(note.step, settled)}
    >
      <title>{t(`app.${event}`)}</title>
      {leader}
      <rect
        className="ladder-note__tag"
        x={client ? x - note.width : x}
        y={note.top}
        width={note.width}
        height={note.height}
        rx={note.fontPx * 0.35}
      />
      <text x={textX} y={note.top + pad} textAnchor={anchor} fontSize={note.fontPx}>
        {note.lines.map((line, i) => (
          <tspan key={i} x={textX} dy={i === 0 ? note.lineHeight * 0.82 : note.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

interface TimerNoteProps {
  readonly note: SideNote;
  readonly bracket: TimerBracket;
  readonly x: number;
  /** The narrow column of a phone: the countdown alone. */
  readonly short: boolean;
  readonly anchor: 'start' | 'end';
  readonly leader: ReactNode;
  readonly playhead: MotionValue<number>;
  readonly now: number;
  readonly settled: number;
  readonly t: Translate;
}

/**
 * A timer's name and, under it, its countdown while it runs, then how it ended. Its text changes
 * only while the timer runs: before, the note is hidden (it appears with the step that starts the
 * timer) and shows the countdown from the start; after, how it ended. So on a frame only the
 * running timers' notes are written, not every note of the run (issue 8).
 */
function TimerNote({ note, bracket, x, anchor, short, leader, playhead, now, settled, t }: TimerNoteProps) {
  const status = useRef<SVGTSpanElement>(null);
  const { run } = bracket;
  const statusAt = useCallback((time: number) => timerStatus(run, timeOnRun(run, time), t, short), [run, t, short]);
  // The time last written, clamped to the run: most frames leave it as it was.
  const written = useRef<number | null>(null);
  const apply = useCallback(
    (time: number) => {
      const at = timeOnRun(run, time);
      if (at === written.current) return;
      written.current = at;
      const text = statusAt(at);
      if (status.current && status.current.textContent !== text) status.current.textContent = text;
    },
    [run, statusAt],
  );
  // A render writes the text for `now` itself.
  useLayoutEffect(() => {
    written.current = null;
  }, [now, statusAt]);
  usePlayheadFrame(playhead, apply);
  const label = t('ladder.timer.aria', {
    side: t(`side.${run.side}`),
    name: t(`ladder.timer.name.${run.timer}`),
    label: timerLabel(run, t),
    start: formatDuration(run.start, t),
    outcome: t(`ladder.timer.outcome.${run.outcome}`, { end: formatDuration(run.end, t) }),
  });
  return (
    <g
      className={`ladder-note ladder-note--timer ladder-note--${run.timer}`}
      role="img"
      aria-label={label}
      {...stepAttributes(note.step, settled)}
    >
      {leader}
      <text x={x} y={note.top} textAnchor={anchor} fontSize={note.fontPx}>
        {note.lines.map((line, i) => (
          <tspan key={i} className="ladder-note__timer-name" x={x} dy={i === 0 ? note.lineHeight * 0.82 : note.lineHeight}>
            {line}
          </tspan>
        ))}
        <tspan ref={status} className="ladder-note__timer-status" x={x} dy={note.lineHeight}>
          {statusAt(now)}
        </tspan>
      </text>
    </g>
  );
}

/** The time a timer's note shows: before the run (the note is still hidden) its start, after it its end. */
function timeOnRun(run: TimerRun, time: number): number {
  return Math.min(Math.max(time, run.start), run.end);
}

/** The brackets themselves, drawn beside the lifelines (revealed with the bands as time passes). */
export const TimerBrackets = memo(function TimerBrackets({ layout, rows }: { layout: LadderLayout; rows: ShownRows }) {
  const tick = layout.fontPx * 0.3;
  return (
    <g className="ladder-timers" aria-hidden="true">
      {layout.timers
        .filter((bracket) => isShown(rows, bracket.y1, bracket.y2))
        .map((bracket) => {
          const inward: Record<Side, number> = { client: tick, server: -tick };
          const dx = inward[bracket.run.side];
          const { x, y1, y2 } = bracket;
          return (
            <g key={bracket.note} className={`ladder-timer ladder-timer--${bracket.run.timer} ladder-timer--${bracket.run.outcome}`}>
              <path className="ladder-timer__bracket" d={`M${x + dx} ${y1} H${x} V${y2} H${x + dx}`} />
              {bracket.run.outcome === 'fired' && <circle className="ladder-timer__fired" cx={x} cy={y2} r={tick * 0.75} />}
            </g>
          );
        })}
    </g>
  );
});
