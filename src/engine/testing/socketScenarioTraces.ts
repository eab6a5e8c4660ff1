/**
 * Expected traces of the socket-layer scenarios (issue 11), written out by hand from RFC 9293 in
 * the notation of simulate.test.ts (client ISN 1000, server ISN 5000, 100 ms one way, 60 s
 * TIME-WAIT). A later connection's ISS follows §3.4.1's clock from the moment the earlier TCB
 * was deleted: ISN + 250 per ms (tcbOps resetConnection).
 */
import type { ScenarioId } from '../scenarioIds';
import type { Side } from '../segment';
import type { TcpState } from '../states';

export interface ExpectedTrace {
  readonly states: Record<Side, readonly TcpState[]>;
  readonly segments: readonly string[];
}

const HANDSHAKE = ['C SYN seq=1000', 'S SYN,ACK seq=5000 ack=1001', 'C ACK seq=1001 ack=5001'];
const CLIENT_OPENS: readonly TcpState[] = ['CLOSED', 'SYN-SENT', 'ESTABLISHED'];
const SERVER_ACCEPTS: readonly TcpState[] = ['CLOSED', 'LISTEN', 'SYN-RECEIVED', 'ESTABLISHED'];
/** The plain four-segment close, the client first (§3.6 Figure 12). */
const CLIENT_CLOSES = ['C FIN,ACK seq=1001 ack=5001', 'S ACK seq=5001 ack=1002', 'S FIN,ACK seq=5001 ack=1002', 'C ACK seq=1002 ack=5002'];

export const SOCKET_SCENARIO_TRACES: Partial<Record<ScenarioId, ExpectedTrace>> = {
  // §3.8.3 R2: the SYN is resent after 1, 2, 4 … 64 s (RFC 6298 §5.5 back-off); after the
  // seventh retransmission times out the connection is closed and the user told (ETIMEDOUT).
  'syn-timeout': {
    states: { client: ['CLOSED', 'SYN-SENT', 'CLOSED'], server: ['CLOSED', 'LISTEN'] },
    segments: ['C SYN seq=1000 LOST', ...Array.from({ length: 7 }, () => 'C SYN seq=1000 LOST RETX')],
  },
  // §3.6.1 SHLD-2: 100 bytes arrive (delayed ACK, §3.8.6.3), the server closes without reading
  // them: RST <SEQ=SND.NXT> (§3.10.5's form) instead of FIN; the client is reset (§3.10.7.4).
  'rst-unread-data': {
    states: { client: [...CLIENT_OPENS, 'CLOSED'], server: [...SERVER_ACCEPTS, 'CLOSED'] },
    segments: [...HANDSHAKE, 'C PSH,ACK seq=1001 ack=5001 len=100', 'S ACK seq=5001 ack=1101', 'S RST seq=5001'],
  },
  // The server closes first; the client's data reaches an orphaned FIN-WAIT-2 (§3.6.1 SHLD-2):
  // RST <SEQ=SEG.ACK>, which the client, in CLOSE-WAIT, accepts (exactly RCV.NXT, RFC 5961).
  'data-after-close': {
    states: { client: [...CLIENT_OPENS, 'CLOSE-WAIT', 'CLOSED'], server: [...SERVER_ACCEPTS, 'FIN-WAIT-1', 'FIN-WAIT-2', 'CLOSED'] },
    segments: [
      ...HANDSHAKE,
      'S FIN,ACK seq=5001 ack=1001',
      'C ACK seq=1001 ack=5002',
      'C PSH,ACK seq=1001 ack=5002 len=100',
      'S RST seq=5002',
    ],
  },
  // §3.5.2 Figure 9: the client crashes at 700 ms and reconnects at 1200 ms with ISS
  // 1000 + 250·700. The server's ESTABLISHED connection finds the SYN outside its window and
  // answers <SEQ=5001><ACK=1001><CTL=ACK>; that acks nothing the client sent, so <SEQ=1001><CTL=RST>
  // (§3.10.7.3); the reset is exactly RCV.NXT and ends the old connection. The SYN retransmitted
  // after 1 s finds the listener, whose new ISS is 5000 + 250·1500.
  'half-open': {
    states: { client: [...CLIENT_OPENS, 'CLOSED'], server: [...SERVER_ACCEPTS, 'CLOSED'] },
    segments: [
      ...HANDSHAKE,
      'C SYN seq=176000',
      'S ACK seq=5001 ack=1001',
      'C RST seq=1001',
      'C SYN seq=176000 RETX',
      'S SYN,ACK seq=380000 ack=176001',
      'C ACK seq=176001 ack=380001',
    ],
  },
  // §3.10.7.2: a FIN with no ACK to a listener is dropped; §3.10.7.1: to a closed port,
  // <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> (the FIN counts one).
  'fin-scan': {
    states: { client: ['CLOSED'], server: ['CLOSED', 'LISTEN'] },
    segments: ['C FIN seq=1000 40000>80 [raw-socket]', 'C FIN seq=1000 40000>81 [raw-socket]', 'S RST,ACK seq=0 ack=1001 81>40000'],
  },
  // RFC 1337: an old segment (seq 5000 − 3000) reaches TIME-WAIT, which re-acknowledges
  // (§3.10.7.4 first check); the server has no connection, its listener answers the ACK with
  // <SEQ=SEG.ACK><CTL=RST> (§3.10.7.2), and the RST, exactly RCV.NXT, deletes the TIME-WAIT TCB.
  'time-wait-assassination': {
    states: {
      client: [...CLIENT_OPENS, 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED'],
      server: [...SERVER_ACCEPTS, 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED'],
    },
    segments: [
      'S PSH,ACK seq=2000 ack=500 len=100 [old-duplicate]',
      ...HANDSHAKE,
      ...CLIENT_CLOSES,
      'C ACK seq=1002 ack=5002',
      'S RST seq=5002',
    ],
  },
  // The close, then 2MSL (60 s) of TIME-WAIT, then a new connect() from the same port: ISS
  // 1000 + 250·61300; the listener, still in LISTEN, answers with ISS 5000 + 250·1400.
  reconnect: {
    states: {
      client: [...CLIENT_OPENS, 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED'],
      server: [...SERVER_ACCEPTS, 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED'],
    },
    segments: [...HANDSHAKE, ...CLIENT_CLOSES, 'C SYN seq=15326000', 'S SYN,ACK seq=355000 ack=15326001', 'C ACK seq=15326001 ack=355001'],
  },
  // The server closes first and is in TIME-WAIT when the client (CLOSED at 1500 ms) connects
  // again: ISS 1000 + 250·1500 lies outside the TIME-WAIT window, so the RFC re-acknowledges the
  // old FIN (§3.10.7.4); the client resets that ACK (§3.10.7.3), which deletes TIME-WAIT; the SYN
  // resent after 1 s reaches the listener (ISS 5000 + 250·2300).
  // The accept queue (backlog 2, the RFC profile's reading: two places) holds one earlier
  // connection; another client's ACK (ISN 1000 + 7919, the server's ISS for it 5000 + 10000)
  // takes the second place at 101 ms, so the client's ACK at 300 ms is dropped and the server
  // stays in SYN-RECEIVED. Its SYN,ACK is resent after 1 s and 2 s more (§3.10.8, RFC 6298
  // §5.5); the client, ESTABLISHED, answers each with <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
  // (§3.10.7.4). accept() at 2.5 s frees both places, so the ACK at 3.3 s completes the handshake.
  'accept-queue-full': {
    states: { client: CLIENT_OPENS, server: SERVER_ACCEPTS },
    segments: [
      'C ACK seq=8920 ack=15001 41000>80 from 198.51.100.23 [other-client]',
      ...HANDSHAKE,
      'S SYN,ACK seq=5000 ack=1001 RETX',
      'C ACK seq=1001 ack=5001',
      'S SYN,ACK seq=5000 ack=1001 RETX',
      'C ACK seq=1001 ack=5001',
    ],
  },
  'time-wait-reuse': {
    states: {
      client: [...CLIENT_OPENS, 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED'],
      server: [...SERVER_ACCEPTS, 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED'],
    },
    segments: [
      ...HANDSHAKE,
      'S FIN,ACK seq=5001 ack=1001',
      'C ACK seq=1001 ack=5002',
      'C FIN,ACK seq=1001 ack=5002',
      'S ACK seq=5002 ack=1002',
      'C SYN seq=376000',
      'S ACK seq=5002 ack=1002',
      'C RST seq=1002',
      'C SYN seq=376000 RETX',
      'S SYN,ACK seq=580000 ack=376001',
      'C ACK seq=376001 ack=580001',
    ],
  },
};
