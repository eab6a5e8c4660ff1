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
  'ladder.appShort.broken-pipe': 'EPIPE',
  'ladder.appShort.would-block': 'EAGAIN',

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
} as const;
