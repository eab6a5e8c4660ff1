/**
 * Rule texts of the socket layer (the explanation panel, like every rule's text): in the second
 * part (en/details.ts), not on the first screen.
 */
export const enSocketRules = {
  'rule.read-data.what': "The {side}'s application calls read(): it gets the {bytes} bytes waiting in the receive buffer.",
  'rule.read-data.why':
    'Data is acknowledged when it arrives, not when it is read: TCP keeps it in the receive buffer until the application asks (RECEIVE). An application that never asks leaves it there, and then close() has data to throw away.',
  'rule.read-eof.what': "The {side}'s application calls read(): it returns 0, end-of-file.",
  'rule.read-eof.why':
    "Nothing is buffered and nothing more will come: the {peer}'s FIN has arrived, the connection has ended, or this side shut down reading. A read() of 0 is how an application learns of a FIN.",
  'rule.read-would-block.what': "The {side}'s application calls read(), but nothing has arrived yet.",
  'rule.read-would-block.why':
    'A blocking read() would wait here; a non-blocking one returns EAGAIN. Nothing is sent: reading is a matter between the application and its own TCP.',
  'rule.read-error.what': "The {side}'s application calls read() and gets the error waiting for it: {error}.",
  'rule.read-error.why':
    'A reset arrives while nobody is asking; the operating system keeps the error and reports it to the next call on the socket. After that, read() returns 0.',
  'rule.read-no-connection.what': "The {side}'s application calls read() on a socket with no connection to read from.",
  'rule.read-no-connection.why':
    'There is no connection (or the application already closed its socket), so there is no data and no end-of-file to report: the call fails.',
  'rule.send-error.what': "The {side}'s application calls send(): it fails with {error}, and nothing is sent.",
  'rule.send-error.why':
    'The connection was reset. The first call after the reset reports the error the operating system kept (Linux keeps EPIPE when the reset came in CLOSE-WAIT, ECONNRESET otherwise); every send() after that fails with EPIPE, “broken pipe”: there is no one left to send to.',
  'rule.shutdown-read.what': "The {side}'s application calls shutdown(SHUT_RD): it will read no more. Nothing is sent.",
  'rule.shutdown-read.why':
    'TCP has no segment for “I stop reading”: the peer is not told. From now on read() returns 0, and data that still arrives is acknowledged and thrown away; once this side has closed its own direction too, such data gets a RST.',
  'rule.close-unread-rst.what':
    "The {side}'s application calls close() with {bytes} bytes it never read: instead of a FIN, TCP sends {out} and the connection is gone at once.",
  'rule.close-unread-rst.why':
    'close() gives up reading as well as sending, so those bytes are lost. “If such a host issues a CLOSE call while received data is still pending in TCP … its TCP implementation SHOULD send a RST to show that data was lost.” The {peer} gets “connection reset” instead of a clean end-of-file.',
  'rule.orphan-data-rst.what':
    "{in} brings {bytes} bytes, but the {side}'s application has closed its socket: nobody will ever read them. The {side} answers {out} and forgets the connection.",
  'rule.orphan-data-rst.why':
    'After close() this side can still receive on the wire, but there is no application to hand data to. Accepting it would make the {peer} believe it was delivered, so TCP resets instead (RFC 9293 §3.6.1). The {peer} learns of it on its next send(): EPIPE.',
  'rule.close-listener.what': "The {side}'s application closes its listening socket: no new connection will be accepted.",
  'rule.close-listener.why':
    'The listener and the connections it accepted are separate sockets. Closing the listener sends nothing; a SYN that arrives from now on finds no socket and is refused with RST,ACK.',
  'rule.host-crash.what': "The {side}'s host crashes: every connection it had is forgotten, and nothing is sent.",
  'rule.host-crash.why':
    'A crash leaves the {peer} holding a half-open connection: it still believes the connection is established, and will learn otherwise only when a segment of its own is answered with a RST, or when the restarted host connects again (RFC 9293 Figures 9 and 10).',
  'rule.time-wait-reopen.what':
    '{in} is a new SYN for the port pair this side holds in TIME-WAIT, with a higher sequence number: the old connection is dropped and the listener answers {out}, a new connection in SYN-RECEIVED.',
  'rule.time-wait-reopen.why':
    'RFC 9293 allows a new SYN to reopen a connection straight from TIME-WAIT (MAY-2) when the new ISN is beyond everything the old connection used, so no old segment can be mistaken for new. Linux does so (RFC 6191) when a listening socket exists, with an ISS 65537 past the old SND.NXT; the RFC read to the letter answers the SYN with an ACK instead.',
  'rule.accept-connection.what':
    "The {side}'s application calls accept(): it returns the connection on this diagram ({queued} of {capacity} places still taken).",
  'rule.accept-connection.why':
    'The handshake was over long before: the connection waited, ESTABLISHED, in the listener’s accept queue until the application asked for it. accept() sends nothing; it only hands the application a new socket for the connection.',
  'rule.accept-other-connection.what':
    "The {side}'s application calls accept(): it returns the oldest connection in the queue, another client's ({queued} of {capacity} places still taken).",
  'rule.accept-other-connection.why':
    'The accept queue is first come, first served. Each accept() frees a place, and a handshake that was waiting for one can now complete.',
  'rule.accept-waits.what': "The {side}'s application calls accept(), but no connection has finished its handshake: it waits in accept().",
  'rule.accept-waits.why':
    'A blocking accept() returns the moment a handshake completes (a non-blocking one would return EAGAIN now). Nothing is sent: the handshake is between the two TCPs, and the application learns of a connection only once it is made.',
  'rule.accept-not-listening.what': "The {side}'s application calls accept() on a socket that is not listening: it fails (EINVAL).",
  'rule.accept-not-listening.why': 'Only a listening socket has connections to hand out: call listen() first.',
  'rule.accept-queue-full.what':
    "{in} would complete the handshake, but the listener's accept queue is full ({queued} of {capacity}): the {side} drops it and stays in {to}.",
  'rule.accept-queue-full.why':
    'There is no place to put a new connection until the application calls accept(). Linux (tcp_abort_on_overflow = 0, the default) drops the ACK as if it were lost: the SYN,ACK stays unacknowledged and its timer resends it, and the peer’s ACK to it gets another chance. The peer is not told: for it the handshake is over. (Linux holds backlog + 1 connections; the RFC profile, reading listen() as POSIX does, holds backlog.)',
  'rule.listen-accept-queue-full.what':
    "{in} arrives while the listener's accept queue is full ({queued} of {capacity}): the {side} drops it without an answer.",
  'rule.listen-accept-queue-full.why':
    'A new connection would have nowhere to go once made, so Linux does not start one: the SYN is dropped and the client’s retransmission timer will try again. (RFC 9293 has no accept queue; the RFC profile does the same.)',
  'rule.listen-other-completed.what':
    "Another client's ACK ({in}, from {addr}) completes its handshake: its connection moves to the accept queue ({queued} of {capacity} places taken).",
  'rule.listen-other-completed.why':
    'The listener keeps one queue for all its clients. This connection is not on the diagram, but it takes a place that the connection on the diagram will need.',
  'misconception.handshake-means-accepted.claim': 'Once the three-way handshake has finished, the server has my connection.',
  'misconception.handshake-means-accepted.truth':
    'The client counts the handshake as finished when it sends its ACK. The server must still receive that ACK and find room in its listener’s accept queue; with the queue full it drops the ACK and stays in SYN-RECEIVED. Even then, the server’s application sees the connection only when it calls accept(). A client whose connect() returned may be talking to nobody yet: data it sends is dropped too, until a place frees up.',
  // The accept queue (socket.ts): what the application, the badge, the ladder and the sandbox say.
  'app.accept-returned-other': "accept() returns another client's connection",
  'app.accept-waiting': 'accept(): nothing to accept yet, the application waits in it',
  'app.accept-invalid': 'accept(): error, the socket is not listening (EINVAL)',
  'ladder.appShort.accept-returned-other': 'accepted another',
  'ladder.appShort.accept-waiting': 'waits in accept()',
  'ladder.appShort.accept-invalid': 'EINVAL',
  'ladder.origin.other-client': 'another client, {addr}',
  'ladder.source.other-client': 'another client',
  'ladder.source.other-client.label': 'Another client of the server, on a host of its own: not the client drawn here',
  'ladder.arrow.otherClientNote': ', from another client at {addr}',
  'sockets.acceptQueue': 'accept queue {queued}/{capacity}',
  'sockets.acceptQueue.label':
    '{queued} of {capacity} places of the accept queue taken: connections that finished the handshake and wait for accept()',
  'whatIf.accept-queue-full.outcome':
    'The last ACK arrives but the server’s accept queue is full: it is dropped, and the client believes in a connection the server has not made yet.',
  'sandbox.call.accept': 'accept()',
  'sandbox.result.app': 'The application: {what}.',
  // Beside sandbox.calls.legend (details.ts): shown only in the sandbox, so in the second part too.
  'sockets.calls.legend':
    'accept() takes the oldest connection that finished its handshake, or waits for one (a call on a connection not yet accepted accepts it first). read() takes what waits in the receive buffer. shutdown(SHUT_RD) stops reading and sends nothing. close() stops sending and reading: with unread data it sends RST. crash makes the host forget every connection without a word.',
} as const;
