import type { TcpState } from '../../engine';

/**
 * How a state looks, shared by the ladder's bands and the badges so a colour means the same thing
 * everywhere. Colour is never the only cue: the phase also picks an icon shape, and the state name
 * is always written out.
 */
export type StatePhase = 'closed' | 'opening' | 'open' | 'closing' | 'waiting';

export function statePhase(state: TcpState): StatePhase {
  switch (state) {
    case 'CLOSED':
      return 'closed';
    case 'LISTEN':
    case 'SYN-SENT':
    case 'SYN-RECEIVED':
      return 'opening';
    case 'ESTABLISHED':
      return 'open';
    case 'FIN-WAIT-1':
    case 'FIN-WAIT-2':
    case 'CLOSE-WAIT':
    case 'CLOSING':
    case 'LAST-ACK':
      return 'closing';
    case 'TIME-WAIT':
      return 'waiting';
  }
}

/** Hue (HSL degrees) per state; CSS picks lightness per theme so contrast holds in light and dark. */
export function stateHue(state: TcpState): number {
  switch (state) {
    case 'CLOSED':
      return 220;
    case 'LISTEN':
      return 200;
    case 'SYN-SENT':
      return 265;
    case 'SYN-RECEIVED':
      return 290;
    case 'ESTABLISHED':
      return 145;
    case 'FIN-WAIT-1':
      return 30;
    case 'FIN-WAIT-2':
      return 45;
    case 'CLOSE-WAIT':
      return 15;
    case 'CLOSING':
      return 350;
    case 'LAST-ACK':
      return 0;
    case 'TIME-WAIT':
      return 180;
  }
}
