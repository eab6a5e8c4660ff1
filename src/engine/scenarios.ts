/**
 * The built-in scenarios. Each is only socket calls (and, later, faults): every segment and
 * every state change in their traces comes out of the engine, nothing is drawn by hand.
 * Reactive triggers ("close 400 ms after read() returned 0") keep the story right whatever
 * latency or ISN the user picks.
 */
import type { Scenario, ScriptedCall } from './scenario';
import type { ScenarioId } from './scenarioIds';

const handshake: readonly ScriptedCall[] = [
  { side: 'server', call: 'listen', when: { at: 0 } },
  { side: 'client', call: 'connect', when: { at: 0 } },
];

/** The client closes half a second after connect() returned. */
const clientClosesFirst: ScriptedCall = {
  side: 'client',
  call: 'close',
  when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 500 },
};

/** The plain close: the server application takes 400 ms after EOF to close. */
const closeCalls: readonly ScriptedCall[] = [
  ...handshake,
  clientClosesFirst,
  { side: 'server', call: 'close', when: { after: { side: 'server', event: 'eof' }, delayMs: 400 } },
];

/** The server closes first, half a second after accept() returned (server-close). */
const serverClosesFirst: ScriptedCall = {
  side: 'server',
  call: 'close',
  when: { after: { side: 'server', event: 'accept-returned' }, delayMs: 500 },
};

export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = {
  handshake: { id: 'handshake', calls: handshake },
  // The server application takes a while after EOF, so its delayed ACK leaves alone first.
  close: { id: 'close', calls: closeCalls },
  'close-fin-ack': {
    id: 'close-fin-ack',
    calls: [
      ...handshake,
      clientClosesFirst,
      // Closing at once: the FIN goes out before the delayed ACK fires and carries that ACK.
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'eof' }, delayMs: 0 } },
    ],
  },
  'server-close': {
    id: 'server-close',
    calls: [
      ...handshake,
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'accept-returned' }, delayMs: 500 } },
      { side: 'client', call: 'close', when: { after: { side: 'client', event: 'eof' }, delayMs: 400 } },
    ],
  },
  'simultaneous-open': {
    id: 'simultaneous-open',
    calls: [
      { side: 'client', call: 'connect', when: { at: 0 } },
      { side: 'server', call: 'connect', when: { at: 0 } },
    ],
  },
  'simultaneous-close': {
    id: 'simultaneous-close',
    calls: [
      ...handshake,
      // Both applications close at the same instant, once both sides are ESTABLISHED.
      { side: 'client', call: 'close', when: { after: { side: 'server', event: 'accept-returned' }, delayMs: 500 } },
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'accept-returned' }, delayMs: 500 } },
    ],
  },
  'half-close': {
    id: 'half-close',
    calls: [
      ...handshake,
      { side: 'client', call: 'shutdown', when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 500 } },
      // The server still has a reply to send after reading EOF: the half-close of §3.6.
      { side: 'server', call: 'send', bytes: 100, when: { after: { side: 'server', event: 'eof' }, delayMs: 300 } },
      { side: 'server', call: 'send', bytes: 100, when: { after: { side: 'server', event: 'eof' }, delayMs: 600 } },
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'eof' }, delayMs: 900 } },
    ],
  },

  // Loss at each step of the handshake and the wave (seed 002's question). The fault names the
  // segment by sender, flags and occurrence, so it holds for any ISN or latency.
  'syn-lost': {
    id: 'syn-lost',
    calls: handshake,
    faults: [{ from: 'client', flags: ['SYN'], nth: 1, fate: 'lose' }],
  },
  'syn-ack-lost': {
    id: 'syn-ack-lost',
    calls: handshake,
    faults: [{ from: 'server', flags: ['SYN', 'ACK'], nth: 1, fate: 'lose' }],
  },
  'ack-lost': {
    id: 'ack-lost',
    calls: handshake,
    faults: [{ from: 'client', flags: ['ACK'], nth: 1, fate: 'lose' }],
  },
  'fin-lost': {
    id: 'fin-lost',
    calls: closeCalls,
    faults: [{ from: 'client', flags: ['FIN', 'ACK'], nth: 1, fate: 'lose' }],
  },
  // The server's ACK of the client's FIN: its later FIN,ACK acknowledges the same byte, so the
  // client can skip FIN-WAIT-2 (ACKs are cumulative).
  'close-ack-lost': {
    id: 'close-ack-lost',
    calls: closeCalls,
    faults: [{ from: 'server', flags: ['ACK'], sentIn: 'CLOSE-WAIT', nth: 1, fate: 'lose' }],
  },
  'passive-fin-lost': {
    id: 'passive-fin-lost',
    calls: closeCalls,
    faults: [{ from: 'server', flags: ['FIN', 'ACK'], nth: 1, fate: 'lose' }],
  },
  'last-ack-lost': {
    id: 'last-ack-lost',
    calls: closeCalls,
    // The client's bare ACK that answers the server's FIN, sent as it enters TIME-WAIT.
    faults: [{ from: 'client', flags: ['ACK'], sentIn: 'TIME-WAIT', nth: 1, fate: 'lose' }],
  },
  // Nobody listens: the server host has no TCB for the port, so §3.10.7.1 answers.
  refused: { id: 'refused', calls: [{ side: 'client', call: 'connect', when: { at: 0 } }] },
  abort: {
    id: 'abort',
    calls: [...handshake, { side: 'client', call: 'abort', when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 500 } }],
  },
  // RFC 9293 §3.5 Figure 8: an old SYN (ISN−10, from a connection long gone) arrives before the
  // new one, which is held up in the network.
  'old-duplicate-syn': {
    id: 'old-duplicate-syn',
    calls: handshake,
    injections: [{ origin: 'old-duplicate', at: 0, from: 'client', flags: ['SYN'], seqFromIsn: -10 }],
    faults: [{ from: 'client', flags: ['SYN'], nth: 1, fate: 'delay', delayMs: 250 }],
  },
  // The same old SYN in an imagined TCP with a two-segment handshake; the client has no
  // connection at all (it gave up on that one long ago).
  'two-way-handshake': {
    id: 'two-way-handshake',
    calls: [{ side: 'server', call: 'listen', when: { at: 0 } }],
    injections: [{ origin: 'old-duplicate', at: 0, from: 'client', flags: ['SYN'], seqFromIsn: -10 }],
    endpoints: { client: { handshake: 'two-way' }, server: { handshake: 'two-way' } },
  },
  // A SYN scan (seed 002): the scanner crafts SYNs from a raw socket on port 40000, so its own
  // host has no TCB there and answers the SYN,ACK with a RST (§3.10.7.1) — the handshake is never
  // completed. Port 80 listens; port 81 has no socket and refuses with RST,ACK.
  'port-scan': {
    id: 'port-scan',
    calls: [{ side: 'server', call: 'listen', when: { at: 0 } }],
    injections: [
      { origin: 'raw-socket', at: 0, from: 'client', flags: ['SYN'], seqFromIsn: 0, srcPort: 40000, dstPort: 80 },
      { origin: 'raw-socket', at: 500, from: 'client', flags: ['SYN'], seqFromIsn: 0, srcPort: 40000, dstPort: 81 },
    ],
  },
  // RFC 4987: three SYNs with forged sources (TEST-NET-3 addresses, RFC 5737) fill a listener
  // made with listen(fd, 2): the RFC profile's queue holds two and drops the third, Linux's holds
  // backlog + 1, all three (profile.ts listenQueueCapacity). Their SYN,ACKs go nowhere and are
  // retried for a minute. The real client's SYN finds the queue full. With SYN cookies (the
  // option; always under Linux) the listener answers it anyway, keeping no state.
  'syn-flood': {
    id: 'syn-flood',
    calls: [
      { side: 'server', call: 'listen', when: { at: 0 } },
      { side: 'client', call: 'connect', when: { at: 500 } },
    ],
    injections: ['203.0.113.7', '203.0.113.23', '203.0.113.42'].map((srcAddr, i) => ({
      origin: 'spoofed' as const,
      at: 10 * i,
      from: 'client' as const,
      flags: ['SYN'] as const,
      seqFromIsn: 7919 * (i + 1),
      srcPort: 41000 + i,
      srcAddr,
    })),
    endpoints: { server: { backlog: 2 } },
    horizonMs: 20_000,
  },

  // The server application is busy and has not called accept() for a while: earlier clients'
  // connections fill its accept queue (listen() backlog 2). The client's SYN still finds room
  // and gets its SYN,ACK, but another client's ACK takes the last place first, so the client's
  // ACK is dropped: the client is ESTABLISHED, the server still SYN-RECEIVED and resending its
  // SYN,ACK. At 2.5 s the application accepts; the client's next ACK finds room.
  'accept-queue-full': {
    id: 'accept-queue-full',
    calls: [
      { side: 'server', call: 'listen', when: { at: 0 } },
      { side: 'client', call: 'connect', when: { at: 0 } },
      // One accept() per connection: the earlier clients' (two under Linux, one under the RFC
      // profile: its queue holds `backlog`, Linux's one more), the last client's, then ours.
      ...[2500, 2500, 2500, 2500].map((at): ScriptedCall => ({ side: 'server', call: 'accept', when: { at } })),
    ],
    accepts: 'on-call',
    otherClients: { lastAckAt: 1 },
    endpoints: { server: { backlog: 2 } },
  },

  // Every SYN is lost (a firewall that drops them silently, a host that is down): the client
  // resends with back-off until R2 runs out and connect() fails with ETIMEDOUT (§3.8.3).
  'syn-timeout': {
    id: 'syn-timeout',
    calls: handshake,
    faults: [{ from: 'client', flags: ['SYN'], fate: 'lose' }],
  },
  // The client sends a request the server application never reads; it closes anyway, and the
  // unread data turns its close() into a RST (§3.6.1 SHLD-2).
  'rst-unread-data': {
    id: 'rst-unread-data',
    calls: [
      ...handshake,
      { side: 'client', call: 'send', bytes: 100, when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 100 } },
      serverClosesFirst,
    ],
    reads: { server: 'on-call' },
  },
  // The server closes; the client, in CLOSE-WAIT, still sends. Nobody at the server will read
  // it: RST (§3.6.1 SHLD-2), and the client's next send() fails with EPIPE.
  'data-after-close': {
    id: 'data-after-close',
    calls: [
      ...handshake,
      serverClosesFirst,
      { side: 'client', call: 'send', bytes: 100, when: { after: { side: 'client', event: 'eof' }, delayMs: 300 } },
      { side: 'client', call: 'send', bytes: 100, when: { after: { side: 'client', event: 'eof' }, delayMs: 700 } },
    ],
  },
  // RFC 9293 §3.5.2 Figure 9: the client's host crashes and forgets the connection; when it
  // restarts and connects again, the server's ACK exposes the half-open connection, the client's
  // RST clears it, and the retransmitted SYN finds the server still listening.
  'half-open': {
    id: 'half-open',
    calls: [
      ...handshake,
      { side: 'client', call: 'crash', when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 500 } },
      { side: 'client', call: 'connect', when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 1000 } },
    ],
  },
  // A FIN scan (nmap -sF): a bare FIN from a raw socket. A listening port drops it without a word
  // (§3.10.7.2: no ACK, no SYN, no RST), a closed port answers RST,ACK (§3.10.7.1).
  'fin-scan': {
    id: 'fin-scan',
    calls: [{ side: 'server', call: 'listen', when: { at: 0 } }],
    injections: [
      { origin: 'raw-socket', at: 0, from: 'client', flags: ['FIN'], seqFromIsn: 0, srcPort: 40000, dstPort: 80 },
      { origin: 'raw-socket', at: 500, from: 'client', flags: ['FIN'], seqFromIsn: 0, srcPort: 40000, dstPort: 81 },
    ],
  },
  // RFC 1337: an old duplicate segment reaches the client in TIME-WAIT; its ACK reaches a server
  // that no longer has the connection, which answers RST, and the RST ends TIME-WAIT early.
  'time-wait-assassination': {
    id: 'time-wait-assassination',
    calls: closeCalls,
    injections: [
      {
        origin: 'old-duplicate',
        at: 5000,
        from: 'server',
        flags: ['PSH', 'ACK'],
        seqFromIsn: -3000,
        ackFromPeerIsn: -500,
        len: 100,
        travelMs: 200,
      },
    ],
  },
  // The first connection closes; once the client's TIME-WAIT is over it connects again from the
  // same port, and the server's listener, still in LISTEN, accepts a second connection.
  reconnect: {
    id: 'reconnect',
    calls: [
      ...closeCalls,
      { side: 'client', call: 'connect', when: { after: { side: 'client', event: 'connection-closed' }, delayMs: 500 } },
    ],
  },
  // The server closed first and waits in TIME-WAIT when the client connects again from the same
  // port. RFC 9293 read to the letter (§3.10.7.4) answers the SYN with an ACK, the client resets
  // that, and its retransmitted SYN reaches the listener. Under the Linux profile the listener
  // takes the SYN at once as a second connection (MAY-2, RFC 6191: profile.ts reopensFromTimeWait).
  'time-wait-reuse': {
    id: 'time-wait-reuse',
    calls: [
      ...handshake,
      serverClosesFirst,
      { side: 'client', call: 'close', when: { after: { side: 'client', event: 'eof' }, delayMs: 400 } },
      { side: 'client', call: 'connect', when: { after: { side: 'client', event: 'connection-closed' }, delayMs: 500 } },
    ],
  },
};
