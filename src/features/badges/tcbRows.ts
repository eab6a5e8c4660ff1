import { otherSide, type Side, type TcbSnapshot } from '../../engine';
import { tcbSeq, type SeqContext, type ShownSeq } from '../../ui/seq-format';

/**
 * The TCB variables shown, in RFC 9293 §3.3.1 order, with the sequence space each number lives
 * in; then what the retransmission timer has learned (RFC 6298 §2), durations in milliseconds.
 * ISS and IRS are the ISNs themselves: relative to themselves they would always read 0, hiding
 * that each side chose its own (§3.4.1), so they are shown as sent in both modes.
 */
export const TCB_ROWS = [
  { key: 'iss', name: 'ISS', space: 'isn' },
  { key: 'irs', name: 'IRS', space: 'isn' },
  { key: 'sndUna', name: 'SND.UNA', space: 'own' },
  { key: 'sndNxt', name: 'SND.NXT', space: 'own' },
  { key: 'sndWnd', name: 'SND.WND', space: 'bytes' },
  { key: 'rcvNxt', name: 'RCV.NXT', space: 'peer' },
  { key: 'rcvWnd', name: 'RCV.WND', space: 'bytes' },
  { key: 'srttMs', name: 'SRTT', space: 'ms' },
  { key: 'rttvarMs', name: 'RTTVAR', space: 'ms' },
  { key: 'rtoMs', name: 'RTO', space: 'ms' },
] as const satisfies readonly { key: keyof TcbSnapshot; name: string; space: 'isn' | 'own' | 'peer' | 'bytes' | 'ms' }[];

export type TcbRow = (typeof TCB_ROWS)[number];

/**
 * A TCB value as displayed, or null when it has no meaning: in CLOSED there is no TCB at all
 * (RFC 9293 §3.3.2), and the IRS and RCV.NXT are unknown until the peer's SYN has been seen.
 * Relative numbers count from this TCB's ISS, or from its IRS when the peer really announced it.
 * SRTT and RTTVAR are unknown until a round trip has been measured; they are rounded to the
 * millisecond (the estimator keeps fractions: it adds an eighth or a quarter of a sample).
 */
export function tcbValue(row: TcbRow, side: Side, tcb: TcbSnapshot, ctx: SeqContext): ShownSeq | null {
  if (tcb.state === 'CLOSED') return null;
  const value = tcb[row.key];
  if (value === null) return null;
  switch (row.space) {
    case 'isn':
    case 'bytes':
      return { value, foreign: false };
    case 'ms':
      return { value: Math.round(value), foreign: false };
    case 'own':
      return tcbSeq(value, tcb.iss, ctx, null);
    case 'peer':
      return tcb.irs === null ? null : tcbSeq(value, tcb.irs, ctx, otherSide(side));
  }
}
