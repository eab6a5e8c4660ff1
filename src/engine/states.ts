/**
 * The eleven connection states of RFC 9293 §3.3.2 (Figure 5), spelled as the RFC spells them.
 * Order follows the life of a connection; UI lists and tests rely on it.
 */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN-SENT',
  'SYN-RECEIVED',
  'ESTABLISHED',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'CLOSE-WAIT',
  'CLOSING',
  'LAST-ACK',
  'TIME-WAIT',
] as const;

export type TcpState = (typeof TCP_STATES)[number];

/** States in which both ISNs are known (RFC 9293 §3.10.7.4 "synchronized states"). */
export function isSynchronized(state: TcpState): boolean {
  switch (state) {
    case 'CLOSED':
    case 'LISTEN':
    case 'SYN-SENT':
    case 'SYN-RECEIVED':
      return false;
    case 'ESTABLISHED':
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
    case 'TIME-WAIT':
      return true;
  }
}
