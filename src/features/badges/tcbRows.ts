import type { Side, TcbSnapshot } from '../../engine';
import { displaySeq, type SeqContext } from '../seq-format';

/**
 * The TCB variables shown, in RFC 9293 §3.3.1 order, with the sequence space each number lives
 * in; then what the retransmission timer has learned (RFC 6298 §2), durations in milliseconds.
 */
export const TCB_ROWS = [
  { key: 'iss', name: 'ISS', space: 'own' },
  { key: 'irs', name: 'IRS', space: 'peer' },
  { key: 'sndUna', name: 'SND.UNA', space: 'own' },
  { key: 'sndNxt', name: 'SND.NXT', space: 'own' },
  { key: 'sndWnd', name: 'SND.WND', space: 'bytes' },
  { key: 'rcvNxt', name: 'RCV.NXT', space: 'peer' },
  { key: 'rcvWnd', name: 'RCV.WND', space: 'bytes' },
  { key: 'srttMs', name: 'SRTT', space: 'ms' },
  { key: 'rttvarMs', name: 'RTTVAR', space: 'ms' },
  { key: 'rtoMs', name: 'RTO', space: 'ms' },
] as const satisfies readonly { key: keyof TcbSnapshot; name: string; space: 'own' | 'peer' | 'bytes' | 'ms' }[];

export type TcbRow = (typeof TCB_ROWS)[number];

/**
 * A TCB value as displayed, or null when it has no meaning: in CLOSED there is no TCB at all
 * (RFC 9293 §3.3.2), and the IRS and RCV.NXT are unknown until the peer's SYN has been seen.
 * SRTT and RTTVAR are unknown until a round trip has been measured; they are rounded to the
 * millisecond (the estimator keeps fractions: it adds an eighth or a quarter of a sample).
 */
export function tcbValue(row: TcbRow, side: Side, tcb: TcbSnapshot, ctx: SeqContext): number | null {
  if (tcb.state === 'CLOSED') return null;
  if (row.space === 'peer' && tcb.irs === null) return null;
  const value = tcb[row.key];
  if (value === null) return null;
  if (row.space === 'bytes') return value;
  if (row.space === 'ms') return Math.round(value);
  const owner: Side = row.space === 'own' ? side : side === 'client' ? 'server' : 'client';
  return displaySeq(value, owner, ctx);
}
