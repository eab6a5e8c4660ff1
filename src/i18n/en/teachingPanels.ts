/**
 * English teaching text that only the panels beside the diagram show (and dialogs, which load
 * later still): what each state means (the badges), each scenario's summary (the explanation;
 * the scenario picker shows the current one's, so the default scenario's stays in teaching.ts),
 * common misconceptions and lessons, what the application sees, the listener's badge and the
 * what-if outcomes. Part of the panels' text (en/view.ts), which the prerendered page's header
 * and controls do not wait for.
 */
export const enTeachingPanels = {
  'state.CLOSED.desc':
    'No connection: no record, nothing remembered. Every socket starts and ends here; a segment that arrives for a closed port is answered with RST.',
  'state.LISTEN.desc':
    'A server socket waiting for connection requests after listen(); it has no peer yet and sends nothing. A SYN starts a new connection, which the server lifeline then follows to SYN-RECEIVED; the listening socket itself stays in LISTEN, ready for the next client (shown beside the server’s badge).',
  'state.SYN-SENT.desc':
    "Has sent a SYN (connect()) and waits for the peer's SYN,ACK. Written SYN_SENT by netstat and ss; some textbooks and tutorials misspell it SYN_SEND.",
  'state.SYN-RECEIVED.desc':
    'Has received a SYN and answered with its own SYN,ACK; waits for the ACK that completes the handshake. Shown as SYN_RECV by Linux and SYN_RCVD by BSD and textbooks; normally over within one round trip, so many at once point to lost ACKs or a SYN flood.',
  'state.ESTABLISHED.desc':
    'The connection is open: both ISNs are known and confirmed, and data can flow both ways. ss abbreviates it ESTAB.',
  'state.FIN-WAIT-1.desc':
    "This side closed first (active close) and sent its FIN; it waits for that FIN to be acknowledged, or for the peer's FIN. Usually brief; netstat writes FIN_WAIT1.",
  'state.FIN-WAIT-2.desc':
    "Our FIN is acknowledged, so our sending direction is closed. We wait for the peer's FIN, and meanwhile still receive and acknowledge any data the peer sends (half-close). netstat writes FIN_WAIT2.",
  'state.CLOSE-WAIT.desc':
    'The peer has closed its direction (its FIN arrived and read() returned 0). This side may still send, and TCP waits for its own application to call close(). Many sockets stuck in CLOSE_WAIT usually mean a program forgot to close them.',
  'state.CLOSING.desc':
    "Both sides closed at once: we sent a FIN and received the peer's FIN before ours was acknowledged. We wait for that acknowledgment. Rare; it appears in a simultaneous close.",
  'state.LAST-ACK.desc':
    "The passive closer sent its FIN after acknowledging the peer's; it waits for the last ACK and then goes straight to CLOSED, without TIME-WAIT. netstat writes LAST_ACK.",
  'state.TIME-WAIT.desc':
    "The active closer has acknowledged the peer's FIN and now waits 2MSL (4 minutes by the RFC, 60 s on Linux) before forgetting the connection, to re-acknowledge a repeated FIN and let old segments die out. netstat writes TIME_WAIT.",
  'scenario.close.summary':
    "The client closes first: its FIN is acknowledged by the server, and later the server closes with its own FIN, which the client acknowledges. Four segments, because the server's ACK leaves alone before its application closes; the client, the active closer, then waits 2MSL in TIME-WAIT.",
  'scenario.close-fin-ack.summary':
    "The server closes as soon as it reads end-of-file, so its FIN carries the ACK of the client's FIN. Only three segments: real systems often close this way. The client takes that one segment's ACK and then its FIN, so it is in FIN-WAIT-2 only for the instant between the two (about 7 µs measured on Linux, too brief for ss or netstat to show) and in effect goes from FIN-WAIT-1 straight to TIME-WAIT.",
  'scenario.server-close.summary':
    'Either side may close first. Here the server sends the first FIN, so the server is the active closer and it is the server that waits in TIME-WAIT, while the client passes through CLOSE-WAIT and LAST-ACK.',
  'scenario.simultaneous-open.summary':
    'Both sides call connect() at the same moment and their SYNs cross. Nobody listens: both go SYN-SENT → SYN-RECEIVED → ESTABLISHED, each answering the other with a SYN,ACK. Rare, but the state machine handles it.',
  'scenario.simultaneous-close.summary':
    'Both applications close at the same time and the FINs cross. Each side goes FIN-WAIT-1 → CLOSING → TIME-WAIT → CLOSED, so this time both sides wait in TIME-WAIT.',
  'scenario.half-close.summary':
    'The client calls shutdown(SHUT_WR): it sends its FIN but keeps reading. The server, in CLOSE-WAIT, goes on sending data, which the client receives and acknowledges in FIN-WAIT-2; only then does the server close. A FIN closes one direction, not the connection.',
  'scenario.syn-lost.summary':
    "The client's first SYN is lost and nothing comes back. When the retransmission timer expires (1 s at first) the client sends the same SYN again and the handshake completes; every further loss would double the wait. (Current Linux kernels first resend a SYN four times at 1 s intervals, and only then start doubling.)",
  'scenario.syn-ack-lost.summary':
    "The server's SYN,ACK is lost: the client stays in SYN-SENT and the server in SYN-RECEIVED, each with a timer running. A retransmission with the same sequence numbers gets the handshake through. When the client's repeated SYN reaches the server, the RFC answers it with a bare ACK, which is what the lab shows; Linux resends its SYN,ACK instead.",
  'scenario.ack-lost.summary':
    "The client's ACK is lost: the client already believes the connection is ESTABLISHED, while the server is still in SYN-RECEIVED. The server retransmits its SYN,ACK, the client recognises it as a repeat and sends the ACK again, and the server is ESTABLISHED too.",
  'scenario.fin-lost.summary':
    "The client's FIN is lost, so the server never hears of the close. The client stays in FIN-WAIT-1 until its retransmission timer sends the same FIN again, and the close proceeds as usual: a FIN is retransmitted just like data. The lab waits at least 1 s, the minimum timeout of RFC 6298; Linux resends a lost FIN after about 200 ms plus one round trip.",
  'scenario.close-ack-lost.summary':
    "The server's ACK of the client's FIN is lost, so the client stays in FIN-WAIT-1. When the server closes, its FIN,ACK acknowledges the client's FIN as well, because acknowledgments are cumulative, and the client goes straight to TIME-WAIT. A lost ACK is often repaired by the next one.",
  'scenario.passive-fin-lost.summary':
    "The server's FIN is lost: the server waits in LAST-ACK and the client in FIN-WAIT-2, neither aware of the loss. The server's retransmission timer resends the same FIN; the client acknowledges it, enters TIME-WAIT, and the close completes.",
  'scenario.last-ack-lost.summary':
    "The client's final ACK is lost. The server, in LAST-ACK, resends its FIN; the client, still in TIME-WAIT, acknowledges it again and restarts its 2MSL timer. This is the very situation TIME-WAIT exists for.",
  'scenario.refused.summary':
    "Nothing listens on the server's port. The SYN is answered with RST,ACK (seq 0, ack = ISN+1), and the client's connect() fails at once with “connection refused”.",
  'scenario.abort.summary':
    "The application closes with SO_LINGER set to 0: a single RST replaces the whole four-way close. No FIN, no TIME-WAIT, and the peer's application gets “connection reset by peer”.",
  'scenario.old-duplicate-syn.summary':
    'A stale SYN from an earlier connection reaches the server, which answers SYN,ACK. The client sees an acknowledgment of a SYN it never sent and replies RST, the server returns to LISTEN, and the real handshake completes. This is RFC 9293 Figure 8 (Figure 9 in RFC 793).',
  'scenario.two-way-handshake.summary':
    "A thought experiment, not how TCP works: the handshake stops after SYN and SYN,ACK. An old duplicate SYN makes the server believe a connection exists, and it holds resources waiting for data, while the client never knew. The missing third segment is the client's “yes, that was me”.",
  'scenario.syn-flood.summary':
    "An attacker sends many SYNs from forged addresses and never finishes the handshakes, so the server's queue of half-open (SYN-RECEIVED) connections fills up. With SYN cookies the server keeps no state until the final ACK, and the real client still gets in.",
  'scenario.port-scan.summary':
    'A scanner builds SYNs by hand (raw socket) and sends them to several ports. An open port answers SYN,ACK, and the scanning host replies RST instead of completing the handshake, since its own TCP never made that connection; a closed port answers RST,ACK. Answering is ordinary TCP behaviour, not a weakness.',
  'misconception.third-handshake-is-syn.claim': 'The third segment of the handshake is written as “SYN (ack=k+1)”.',
  'misconception.third-handshake-is-syn.truth':
    "The third segment is a plain ACK: ACK=1, SYN=0, seq = the client's ISN+1, ack=k+1. Only the first two segments carry SYN; a third SYN would announce yet another ISN and need yet another acknowledgment.",
  'misconception.client-established-early.claim': 'Host A is ESTABLISHED as soon as host B sends its SYN,ACK.',
  'misconception.client-established-early.truth':
    "A host's state changes only when something happens at that host. A stays in SYN-SENT while the SYN,ACK is on its way and becomes ESTABLISHED when it arrives, as A sends the ACK. In the diagram, watch the badge change at the arrow's head, not at its tail.",
  'misconception.third-ack-carries-isn.claim': 'The third segment “writes ISN+1 into the data part”.',
  'misconception.third-ack-carries-isn.truth':
    "The final ACK carries no data at all. ISN+1 is its sequence number field, because the client's SYN used up the number ISN; the first data byte the client sends later will also be numbered ISN+1.",
  'scenario.syn-timeout.summary':
    'Something on the path drops every SYN (a firewall that answers nothing, a host that is down). The client resends the same SYN, doubling the wait each time, and finally gives up: connect() fails with ETIMEDOUT. Nothing ever comes back, which is how a silent drop differs from “connection refused”. RFC 9293 asks for at least 3 minutes of trying; current Linux sends 11 SYNs and gives up after about 134 s.',
  'scenario.rst-unread-data.summary':
    'The client sends 100 bytes; the server application never reads them and calls close(). Because data it will now never read is still waiting, TCP sends a RST instead of a FIN, so the client learns that data was lost (RFC 9293 §3.6.1), and its application gets “connection reset by peer”. With nothing unread, the same close() would have sent a FIN.',
  'scenario.data-after-close.summary':
    "The server calls close(), not shutdown(): it will neither send nor read any more. The client, in CLOSE-WAIT, still sends 100 bytes; nobody at the server can read them, so the server answers with a RST. The client's next send() fails with EPIPE (“broken pipe”). Had the server used shutdown(SHUT_WR), it would have read the data (half-close).",
  'scenario.half-open.summary':
    "RFC 9293 Figure 9: the client's host crashes and forgets the connection, while the server still believes it is ESTABLISHED. The restarted client connects again; the server answers the unexpected SYN with an ACK of the old connection, the client resets it, the server's old connection ends, and the client's retransmitted SYN finds the server's listener still in LISTEN. (Figure 10 is the other way round: the side still up sends data and gets a RST.)",
  'scenario.fin-scan.summary':
    'A scanner sends a bare FIN, with no connection behind it, to two ports. The open port (a listener) silently drops it, because in LISTEN only a SYN means anything; the closed port answers RST,ACK. Silence means open, a reset means closed: the FIN scan. Systems that answer every such FIN with a RST defeat it.',
  'scenario.time-wait-assassination.summary':
    'The client waits in TIME-WAIT when an old duplicate segment from an earlier connection arrives. It answers with an ACK; the server, whose connection is gone, answers that ACK with a RST, and the RST ends TIME-WAIT at once. TIME-WAIT was cut short, so old segments are no longer kept away from a new connection on the same ports: the hazard RFC 1337 describes. Its fix is to ignore a RST in TIME-WAIT; Linux does not by default.',
  'scenario.reconnect.summary':
    "The first connection closes; the server's listening socket never left LISTEN, only the connection it accepted did. When the client connects again, from the same port once its TIME-WAIT is over, the listener accepts a second connection with new ISNs. (A real client would usually take a new port at once and not wait.)",
  'scenario.time-wait-reuse.summary':
    'The server closed first and waits in TIME-WAIT when the client connects again from the same port. Read to the letter, RFC 9293 answers the new SYN with an ACK of the old connection; the client resets it, which ends TIME-WAIT, and its retransmitted SYN reaches the listener a second later. RFC 9293 also allows reopening straight from TIME-WAIT when the new sequence numbers are higher, and Linux does that (RFC 6191): under the Linux profile (Options → Behaviour) the listener accepts the new connection at once.',
  'scenario.accept-queue-full.summary':
    "The server's application is busy and has not called accept() for a while, so finished connections pile up in its listener's accept queue (listen() backlog 2; Linux holds backlog + 1). The client's SYN still gets its SYN,ACK, but another client's ACK takes the last place first: the client's ACK is dropped. The client is ESTABLISHED and connect() has returned; the server is still in SYN-RECEIVED, resending its SYN,ACK and dropping each ACK that answers it. When the application finally calls accept(), the next ACK finds room and the connection is made.",
  'app.connect-returned': 'connect() returns 0: connected',
  'app.accept-returned': 'accept() returns a new connected socket',
  'app.data-read': 'read() returns the data',
  'app.eof': 'read() returns 0 (end of file)',
  'app.connection-reset': 'error: connection reset by peer (ECONNRESET)',
  'app.connection-refused': 'error: connection refused (ECONNREFUSED)',
  'app.connection-timed-out': 'error: connection timed out (ETIMEDOUT)',
  'app.connection-closed': 'connection fully closed',
  'app.error-connection-closing': 'error: connection closing',
  'app.error-connection-exists': 'error: connection already exists',
  'app.error-no-connection': 'error: connection does not exist',
  'explain.rfcLink': 'RFC 9293 §{section}',
  'explain.misconception': 'Common misconception',
  'explain.truth': 'In fact',
  'notes.title': 'Common misconceptions and background',
  'learn.claim': 'Many textbooks say…',
  'learn.truth': 'In fact…',
  'app.broken-pipe': 'error: broken pipe (EPIPE)',
  'app.would-block': 'read(): nothing to read yet (EAGAIN)',
  'sockets.listener.badge': 'Listener: LISTEN',
  'sockets.listener.label': "The server's listening socket is still in LISTEN: new connections can arrive",
  'sockets.listener.connection': 'connection {n}',
  'sockets.unread': '{bytes} B unread',
  'sockets.unread.label': '{bytes} bytes received and not yet read by the application',
  'whatIf.beyond': 'When retrying is not enough',
  'whatIf.syn-timeout.outcome':
    'Every SYN is lost: after about four minutes of resending (Linux: about two), connect() gives up with ETIMEDOUT.',
  'whatIf.half-open.outcome':
    'The client’s host crashes: the server still believes in the connection until the restarted client’s SYN exposes it and a RST clears it.',
  'lesson.close-vs-shutdown.title': 'close() is not shutdown()',
  'lesson.close-vs-shutdown.body':
    "shutdown(SHUT_WR) is TCP's CLOSE: a FIN that says “no more data from me”, while the application keeps reading (half-close). close() gives up the socket altogether, reading included. So data that can no longer be read is lost, and TCP says so with a RST: when close() finds unread data in the receive buffer, and when data arrives after close() (RFC 9293 §3.6.1). The peer's next send() then fails with EPIPE.\nA listening socket is separate from the connections it accepts: closing a connection leaves the listener in LISTEN, ready for the next client; closing the listener stops new connections only.",
} as const;
