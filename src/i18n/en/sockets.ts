/**
 * English text of the socket layer (issue 11 §2–3): a listener that keeps listening, close() and
 * shutdown() as different calls, the receive buffer, what each call returns, and the scenarios
 * built on them. Spread into enTeaching; the Chinese twin is zh/sockets.ts.
 */
export const enSockets = {
  // ── Scenarios ────────────────────────────────────────────────────────────────────────
  'scenario.syn-timeout.title': 'Every SYN lost: connect() times out',
  'scenario.rst-unread-data.title': 'close() with unread data sends RST',
  'scenario.data-after-close.title': 'Data after close(): RST and EPIPE',
  'scenario.half-open.title': 'Half-open connection after a crash',
  'scenario.fin-scan.title': 'FIN port scan',
  'scenario.time-wait-assassination.title': 'TIME-WAIT assassination (RFC 1337)',
  'scenario.reconnect.title': 'A second connection to the same listener',
  'scenario.time-wait-reuse.title': 'New SYN while the server is in TIME-WAIT',
  'scenario.accept-queue-full.title': 'Accept queue full: connected, but not accepted',

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
