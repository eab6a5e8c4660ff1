/**
 * Every decision the engine can take, named, with the RFC 9293 section that prescribes it.
 * A step of the trace records one of these; the explanation panel turns it into words
 * (src/i18n: `rule.<id>`), so adding a rule here without text is a failing test.
 */
export const RULES = {
  // User calls (§3.10.1 OPEN, §3.10.2 SEND, §3.10.4 CLOSE, §3.10.5 ABORT)
  'open-passive': '3.10.1',
  'open-active': '3.10.1',
  'open-active-from-listen': '3.10.1',
  'open-exists': '3.10.1',
  'send-data': '3.10.2',
  'send-queued': '3.10.2',
  'send-closing': '3.10.2',
  'send-no-connection': '3.10.2',
  'close-no-connection': '3.10.4',
  'close-listen': '3.10.4',
  'close-syn-sent': '3.10.4',
  'close-send-fin': '3.10.4',
  'close-queued': '3.10.4',
  'close-passive-fin': '3.10.4',
  'close-again': '3.10.4',
  'abort-no-connection': '3.10.5',
  'abort-send-rst': '3.10.5',
  'abort-quiet': '3.10.5',
  // Segment arrives in CLOSED (§3.10.7.1)
  'closed-rst-ignored': '3.10.7.1',
  'closed-reply-rst': '3.10.7.1',
  // Segment arrives in LISTEN (§3.10.7.2)
  'listen-rst-ignored': '3.10.7.2',
  'listen-ack-rst': '3.10.7.2',
  'listen-syn': '3.10.7.2',
  'listen-dropped': '3.10.7.2',
  // What real listeners add (RFC 4987: SYN flooding and its mitigations).
  'listen-syn-queued': '3.10.7.2',
  'listen-backlog-full': '3.10.7.2',
  'listen-syn-cookie': '3.10.7.2',
  'syn-cookie-ack': '3.10.7.2',
  'syn-queue-retransmit': '3.10.8',
  'syn-queue-expired': '3.10.8',
  // Segment arrives in SYN-SENT (§3.10.7.3)
  'syn-sent-bad-ack-rst': '3.10.7.3',
  'syn-sent-bad-ack-dropped': '3.10.7.3',
  'syn-sent-rst-refused': '3.10.7.3',
  'syn-sent-rst-ignored': '3.10.7.3',
  'syn-sent-syn-ack': '3.10.7.3',
  'syn-sent-simultaneous-syn': '3.10.7.3',
  'syn-sent-dropped': '3.10.7.3',
  // Segment arrives in SYN-RECEIVED or a synchronized state (§3.10.7.4)
  'unacceptable-ack': '3.10.7.4',
  'unacceptable-rst-dropped': '3.10.7.4',
  'rst-reset': '3.10.7.4',
  'rst-syn-received-to-listen': '3.10.7.4',
  'rst-syn-received-refused': '3.10.7.4',
  'rst-closed': '3.10.7.4',
  'rst-challenge-ack': '3.10.7.4',
  'syn-challenge-ack': '3.10.7.4',
  'syn-received-syn-to-listen': '3.10.7.4',
  'syn-received-simultaneous-syn-ack': '3.10.7.4',
  // Linux profile only (profile.ts): where the kernel decides otherwise than the RFC's text.
  'syn-received-simultaneous-syn-ack-ack': '3.10.7.4',
  'syn-received-dup-syn-syn-ack': '3.10.7.4',
  'syn-received-give-up-listen': '3.8.3',
  'eof-read-ack': '3.8.6.3',
  'no-ack-dropped': '3.10.7.4',
  'syn-received-ack': '3.10.7.4',
  'syn-received-bad-ack-rst': '3.10.7.4',
  'ack-ahead': '3.10.7.4',
  'ack-old': '3.10.7.4',
  'ack-advances': '3.10.7.4',
  'fin-wait-1-acked': '3.10.7.4',
  'closing-acked': '3.10.7.4',
  'last-ack-acked': '3.10.7.4',
  'data-received': '3.10.7.4',
  'fin-to-close-wait': '3.10.7.4',
  'fin-to-closing': '3.10.7.4',
  'fin-acks-ours-to-time-wait': '3.10.7.4',
  'fin-wait-2-fin': '3.10.7.4',
  'time-wait-fin-again': '3.10.7.4',
  // Timers (§3.10.8; RTO from RFC 6298; delayed ACK §3.8.6.3)
  retransmit: '3.10.8',
  // The give-up threshold R2 is defined in §3.8.3.
  'retransmit-give-up': '3.8.3',
  'time-wait-expired': '3.10.8',
  'delayed-ack': '3.8.6.3',
  // The socket above the TCB (socket.ts): what the application's calls do beyond the RFC's
  // OPEN/SEND/CLOSE/ABORT, and what happens to data nobody will read.
  'read-data': '3.10.3',
  'read-eof': '3.10.3',
  'read-would-block': '3.10.3',
  'read-error': '3.10.3',
  'read-no-connection': '3.10.3',
  'send-error': '3.10.2',
  'shutdown-read': '3.6.1',
  // SHLD-2: close() with received data unread, or data arriving after close(), sends RST.
  'close-unread-rst': '3.6.1',
  'orphan-data-rst': '3.6.1',
  'close-listener': '3.10.4',
  // The listener's accept queue (socket.ts, profile.ts acceptQueueFull). RFC 9293 has no accept
  // queue: accept() is where the user learns of the connection a passive OPEN made (§3.10.1), and
  // a dropped ACK leaves the SYN,ACK unacknowledged, which §3.10.8 resends.
  'accept-connection': '3.10.1',
  'accept-other-connection': '3.10.1',
  'accept-waits': '3.10.1',
  'accept-not-listening': '3.10.1',
  'accept-queue-full': '3.10.8',
  'listen-accept-queue-full': '3.10.7.2',
  'listen-other-completed': '3.10.7.4',
  // The host loses every TCB (crash, reboot): §3.5.2's half-open connections.
  'host-crash': '3.5.2',
  // MAY-2: a new SYN reopens a connection straight from TIME-WAIT; the listener makes it a new
  // connection (Linux, RFC 6191: profile.ts reopensFromTimeWait).
  'time-wait-reopen': '3.6.1',
  // The "what if TCP used two segments?" counterfactual: not TCP; cites the section whose
  // Figure 8 shows why TCP needs the third segment.
  'two-way-listen-syn': '3.5',
  'two-way-closed-ignores': '3.5',
  // Only in traces inferred from a capture: a segment the capture shows that no call or timer
  // accounts for; the TCB stays as it was (§3.10 lists every event that changes it).
  'capture-unexplained': '3.10',
} as const;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];
