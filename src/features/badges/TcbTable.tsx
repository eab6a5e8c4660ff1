import { type MotionValue } from 'framer-motion';
import { memo } from 'react';
import { SIDES, type Side, type TcbSnapshot } from '../../engine';
import { formatDuration, formatShownSeq, type SeqContext, type Translate } from '../../ui/seq-format';
import { TCB_ROWS, tcbValue, type TcbRow } from './tcbRows';
import { TimerReadout } from './TimerReadout';
import './badges.css';

export interface TcbTableProps {
  readonly snapshots: Readonly<Record<Side, TcbSnapshot>>;
  /** Snapshots before the current step, to mark what it changed. */
  readonly previous: Readonly<Record<Side, TcbSnapshot>>;
  readonly ctx: SeqContext;
  readonly playhead: MotionValue<number>;
  readonly t: Translate;
}

/** Whether a value is marked *, so the caption says what the mark means. */
function anyForeign(snapshots: Readonly<Record<Side, TcbSnapshot>>, ctx: SeqContext): boolean {
  return SIDES.some((side) => TCB_ROWS.some((row) => tcbValue(row, side, snapshots[side], ctx)?.foreign === true));
}

/**
 * Both TCBs side by side as a real table (row and column headers), so a screen reader can say
 * "SND.NXT, Client, 1001". Values the last step changed are bold and marked with text too.
 */
export const TcbTable = memo(function TcbTable({ snapshots, previous, ctx, playhead, t }: TcbTableProps) {
  return (
    <>
      <table className="tcb-table">
        <caption>
          {/* The panel's summary already shows this title; screen readers still hear it as the caption. */}
          <span className="tcb-table__title visually-hidden">{t('tcb.caption')}</span>
          <span className="tcb-table__mode">{t(ctx.mode === 'relative' ? 'tcb.relativeNote' : 'tcb.absoluteNote')}</span>
          {anyForeign(snapshots, ctx) && <span className="tcb-table__mode">{t('tcb.foreignNote')}</span>}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tcb.variable')}</th>
            {SIDES.map((side) => (
              <th scope="col" key={side} className={`tcb-table__side--${side}`}>
                {t(`side.${side}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TCB_ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <abbr title={t(`tcb.${row.key}`)}>{row.name}</abbr>
              </th>
              {SIDES.map((side) => (
                <TcbCell key={side} row={row} snapshot={snapshots[side]} previous={previous[side]} side={side} ctx={ctx} t={t} />
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">
              <abbr title={t('tcb.timers.desc')}>{t('tcb.timers')}</abbr>
            </th>
            {SIDES.map((side) => (
              <td key={side} className="tcb-table__timers">
                <TimerReadout tcb={snapshots[side]} playhead={playhead} t={t} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </>
  );
});

interface TcbCellProps {
  readonly row: TcbRow;
  readonly side: Side;
  readonly snapshot: TcbSnapshot;
  readonly previous: TcbSnapshot;
  readonly ctx: SeqContext;
  readonly t: Translate;
}

/** One variable of one side: its value, or why there is none, marked when the last step changed it. */
function TcbCell({ row, side, snapshot, previous, ctx, t }: TcbCellProps) {
  const shown = tcbValue(row, side, snapshot, ctx);
  const before = tcbValue(row, side, previous, ctx);
  const value = shown === null ? null : formatShownSeq(shown);
  // Only a new number is news; a value that just became unknown is explained by the state.
  const changed = value !== null && (before === null || value !== formatShownSeq(before));
  const closed = snapshot.state === 'CLOSED';
  return (
    <td className={cellClass(changed, row.space === 'ms')}>
      {shown === null ? (
        <span className="tcb-table__unknown">{t(closed ? 'tcb.noTcb' : 'tcb.unknown')}</span>
      ) : row.space === 'ms' ? (
        formatDuration(shown.value, t)
      ) : (
        value
      )}
      {shown?.foreign && <span className="visually-hidden"> {t('tcb.foreign')}</span>}
      {changed && <span className="visually-hidden"> {t('tcb.changed')}</span>}
    </td>
  );
}

/** Changed values are bold; a duration keeps its change mark, number and unit on one line. */
function cellClass(changed: boolean, duration: boolean): string | undefined {
  const classes = [changed ? 'tcb-table__changed' : '', duration ? 'tcb-table__duration' : ''].filter(Boolean);
  return classes.length > 0 ? classes.join(' ') : undefined;
}
