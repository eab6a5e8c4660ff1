/**
 * English text of the socket layer (issue 11 §2–3): a listener that keeps listening, close() and
 * shutdown() as different calls, the receive buffer, what each call returns, and the scenarios
 * built on them. Spread into enTeaching; the Chinese twin is zh/sockets.ts.
 */
export const enSockets = {
  // ── Scenarios ────────────────────────────────────────────────────────────────────────
  'scenario.syn-timeout.title': 'Every SYN lost: connect() times out',
  'scenario.syn-timeout.summary':
    'Something on the path drops every SYN (a firewall that answers nothing, a host that is down). The client resends the same SYN, doubling the wait each time, and finally gives up: connect() fails with ETIMEDOUT. Nothing ever comes back, which is how a silent drop differs from “connection refused”. RFC 9293 asks for at least 3 minutes of trying; current Linux sends 11 SYNs and gives up after about 134 s.',
  'scenario.rst-unread-data.title': 'close() with unread data sends RST',
  'scenario.rst-unread-data.summary':
    'The client sends 100 bytes; the server application never reads them and calls close(). Because data it will now never read is still waiting, TCP sends a RST instead of a FIN, so the client learns that data was lost (RFC 9293 §3.6.1), and its application gets “connection reset by peer”. With nothing unread, the same close() would have sent a FIN.',
  'scenario.data-after-close.title': 'Data after close(): RST and EPIPE',
  'scenario.data-after-close.summary':
    "The server calls close(), not shutdown(): it will neither send nor read any more. The client, in CLOSE-WAIT, still sends 100 bytes; nobody at the server can read them, so the server answers with a RST. The client's next send() fails with EPIPE (“broken pipe”). Had the server used shutdown(SHUT_WR), it would have read the data (half-close).",
  'scenario.half-open.title': 'Half-open connection after a crash',
  'scenario.half-open.summary':
    "RFC 9293 Figure 9: the client's host crashes and forgets the connection, while the server still believes it is ESTABLISHED. The restarted client connects again; the server answers the unexpected SYN with an ACK of the old connection, the client resets it, the server's old connection ends, and the client's retransmitted SYN finds the server's listener still in LISTEN. (Figure 10 is the other way round: the side still up sends data and gets a RST.)",
  'scenario.fin-scan.title': 'FIN port scan',
  'scenario.fin-scan.summary':
    'A scanner sends a bare FIN, with no connection behind it, to two ports. The open port (a listener) silently drops it, because in LISTEN only a SYN means anything; the closed port answers RST,ACK. Silence means open, a reset means closed: the FIN scan. Systems that answer every such FIN with a RST defeat it.',
  'scenario.time-wait-assassination.title': 'TIME-WAIT assassination (RFC 1337)',
  'scenario.time-wait-assassination.summary':
    'The client waits in TIME-WAIT when an old duplicate segment from an earlier connection arrives. It answers with an ACK; the server, whose connection is gone, answers that ACK with a RST, and the RST ends TIME-WAIT at once. TIME-WAIT was cut short, so old segments are no longer kept away from a new connection on the same ports: the hazard RFC 1337 describes. Its fix is to ignore a RST in TIME-WAIT; Linux does not by default.',
  'scenario.reconnect.title': 'A second connection to the same listener',
  'scenario.reconnect.summary':
    "The first connection closes; the server's listening socket never left LISTEN, only the connection it accepted did. When the client connects again, from the same port once its TIME-WAIT is over, the listener accepts a second connection with new ISNs. (A real client would usually take a new port at once and not wait.)",
  'scenario.time-wait-reuse.title': 'New SYN while the server is in TIME-WAIT',
  'scenario.time-wait-reuse.summary':
    'The server closed first and waits in TIME-WAIT when the client connects again from the same port. Read to the letter, RFC 9293 answers the new SYN with an ACK of the old connection; the client resets it, which ends TIME-WAIT, and its retransmitted SYN reaches the listener a second later. RFC 9293 also allows reopening straight from TIME-WAIT when the new sequence numbers are higher, and Linux does that (RFC 6191): under the Linux profile (Options → Behaviour) the listener accepts the new connection at once.',
  'scenario.accept-queue-full.title': 'Accept queue full: connected, but not accepted',
  'scenario.accept-queue-full.summary':
    "The server's application is busy and has not called accept() for a while, so finished connections pile up in its listener's accept queue (listen() backlog 2; Linux holds backlog + 1). The client's SYN still gets its SYN,ACK, but another client's ACK takes the last place first: the client's ACK is dropped. The client is ESTABLISHED and connect() has returned; the server is still in SYN-RECEIVED, resending its SYN,ACK and dropping each ACK that answers it. When the application finally calls accept(), the next ACK finds room and the connection is made.",

  // ── What the application sees ────────────────────────────────────────────────────────
  'app.broken-pipe': 'error: broken pipe (EPIPE)',
  'app.would-block': 'read(): nothing to read yet (EAGAIN)',
  'ladder.appShort.broken-pipe': 'EPIPE',
  'ladder.appShort.would-block': 'EAGAIN',

  // ── The listener and the receive buffer, on the badges ───────────────────────────────
  'sockets.listener.badge': 'Listener: LISTEN',
  'sockets.listener.label': "The server's listening socket is still in LISTEN: new connections can arrive",
  'sockets.listener.connection': 'connection {n}',
  'sockets.unread': '{bytes} B unread',
  'sockets.unread.label': '{bytes} bytes received and not yet read by the application',

  // ── What if it fails? ───────────────────────────────────────────────────────────────
  'whatIf.beyond': 'When retrying is not enough',
  'whatIf.syn-timeout.outcome':
    'Every SYN is lost: after about four minutes of resending (Linux: about two), connect() gives up with ETIMEDOUT.',
  'whatIf.half-open.outcome':
    'The client’s host crashes: the server still believes in the connection until the restarted client’s SYN exposes it and a RST clears it.',

  // ── Options ──────────────────────────────────────────────────────────────────────────
  'options.backlog': 'Listen backlog',
  'options.backlog.hint':
    'How many connections the server’s listener holds before its application accepts them ({min}–{max}); a full queue drops new SYNs (or answers with SYN cookies). The SYN-flood scenario keeps its own small backlog.',

  // ── Picker group ─────────────────────────────────────────────────────────────────────
  'group.sockets': 'Servers that keep listening',

  // ── Sandbox calls ────────────────────────────────────────────────────────────────────
  'sandbox.call.read': 'read()',
  'sandbox.call.shutrd': 'shutdown(SHUT_RD)',
  'sandbox.call.crash': 'crash',

  // ── Lesson ───────────────────────────────────────────────────────────────────────────
  'lesson.close-vs-shutdown.title': 'close() is not shutdown()',
  'lesson.close-vs-shutdown.body':
    "shutdown(SHUT_WR) is TCP's CLOSE: a FIN that says “no more data from me”, while the application keeps reading (half-close). close() gives up the socket altogether, reading included. So data that can no longer be read is lost, and TCP says so with a RST: when close() finds unread data in the receive buffer, and when data arrives after close() (RFC 9293 §3.6.1). The peer's next send() then fails with EPIPE.\nA listening socket is separate from the connections it accepts: closing a connection leaves the listener in LISTEN, ready for the next client; closing the listener stops new connections only.",
} as const;
