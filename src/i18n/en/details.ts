import { enCapture } from './capture';
import { enCaptureImportDetails } from './captureImportDetails';
import { enFiguresDetails } from './figuresDetails';
import { enPresenterDetails } from './presenterDetails';
import { enProfile } from './profile';
import { enSocketRules } from './socketRules';
/**
 * English teaching text that is not needed for the first paint: why each rule fires, the
 * header fields and flags, lessons and common misconceptions. Plain words
 * first, then the precise term; RFC sections are shown by the UI, not repeated here.
 */
export const enDetails = {
  ...enCapture,
  // Features' text that no first screen shows (their entry points' labels stay in en/base.ts).
  ...enProfile,
  ...enPresenterDetails,
  ...enCaptureImportDetails,
  ...enFiguresDetails,
  ...enSocketRules,
  // ── Rules: user calls ────────────────────────────────────────────────────────────────
  'rule.open-passive.what':
    "The {side}'s application called listen(): the socket moves from CLOSED to LISTEN and waits for connection requests.",
  'rule.open-passive.why':
    'Someone has to be ready before anyone can connect. LISTEN sends nothing; it only tells TCP to accept SYNs that arrive for this port. The RFC calls this a passive OPEN.',
  'rule.open-active.what':
    "The {side}'s application called connect(): TCP picks an initial sequence number, sends {out} and moves to SYN-SENT.",
  'rule.open-active.why':
    'The side that wants the connection speaks first. Its SYN announces the initial sequence number (ISN) from which it will count its bytes, so the peer can acknowledge and order everything that follows. The RFC calls this an active OPEN.',
  'rule.open-active-from-listen.what':
    'The listening {side} was asked to connect to a known peer: it turns from passive to active, sends {out} and moves to SYN-SENT.',
  'rule.open-active-from-listen.why':
    'The RFC lets a connection waiting in LISTEN become an active one once the remote address is given. The everyday sockets API does not offer this (connect() on a listening socket fails), but it is part of the TCP state machine.',
  'rule.open-exists.what':
    'The {side} asked to listen or connect, but its socket is already in {from}: the call fails with “connection already exists”.',
  'rule.open-exists.why':
    'One socket carries one connection. Opening it a second time while it is listening, connecting or connected would mix up two conversations, so TCP refuses and leaves the existing one alone.',
  'rule.send-data.what': "The {side}'s application wrote {bytes} bytes: TCP sends them as {out}.",
  'rule.send-data.why':
    "Data uses up sequence numbers: the segment's seq is the number of its first byte, and the peer's ACK will name the byte after its last. A copy stays in the retransmission queue until that ACK arrives.",
  'rule.send-queued.what':
    "The {side}'s application wrote {bytes} bytes before the connection was established: TCP keeps them and will send them once the handshake is complete.",
  'rule.send-queued.why':
    'Until both ISNs are known and confirmed there is no agreed numbering for the bytes, so TCP cannot label them yet. It holds the data instead of failing the call.',
  'rule.send-closing.what':
    'The {side} tried to send after it had already closed its sending direction: the call fails with “connection closing”.',
  'rule.send-closing.why':
    'A FIN is a promise that no more data follows, and it already took the next sequence number. There is no place for new bytes after it, so TCP refuses the write (sockets report EPIPE).',
  'rule.send-no-connection.what':
    'The {side} called send() on a socket with no connection (CLOSED, or only listening): it fails with “connection does not exist”.',
  'rule.send-no-connection.why':
    'Data needs a peer and sequence numbers, and a closed or merely listening socket has neither. (A listening socket has no peer yet: RFC 9293 calls this “foreign socket unspecified”.) The application has to connect, or accept a connection, first.',
  'rule.close-no-connection.what':
    'The {side} called close() on a socket that has no connection (CLOSED): it fails with “connection does not exist”.',
  'rule.close-no-connection.why': 'In CLOSED there is no connection record (TCB), so there is nothing to close and no FIN to send.',
  'rule.abort-no-connection.what':
    'The {side} aborted a socket that has no connection (CLOSED): it fails with “connection does not exist”.',
  'rule.abort-no-connection.why':
    'Abort throws a connection away at once; in CLOSED there is none, so there is nothing to reset and no RST to send.',
  'rule.close-listen.what': 'The listening {side} was closed: it stops listening and returns to CLOSED without sending anything.',
  'rule.close-listen.why':
    'A listener has no peer yet, so there is nobody to inform; TCP just deletes its record. From now on, a SYN to this port is answered with RST.',
  'rule.close-syn-sent.what':
    'The {side} gave up its connection attempt in SYN-SENT: the record is deleted and it returns to CLOSED without sending anything.',
  'rule.close-syn-sent.why':
    "The handshake never finished, so there is no connection to close politely. If the peer's SYN,ACK still arrives, the now-closed port answers it with RST and the peer cleans up.",
  'rule.close-send-fin.what': "The {side}'s application closed the connection: TCP sends {out} and moves from {from} to FIN-WAIT-1.",
  'rule.close-send-fin.why':
    'Closing means “I have nothing more to send”, not “stop everything”. The FIN, sent after any queued data, shuts only this direction; the {peer} may keep sending until it closes too. This side has become the active closer.',
  'rule.close-queued.what':
    "The {side}'s application closed before the connection was ready: TCP remembers the close and will send its FIN once the connection is established and any queued data has gone out.",
  'rule.close-queued.why':
    'A FIN has to come after the last byte of data, and bytes can only be numbered once the handshake is done. So the close waits its turn instead of being forgotten.',
  'rule.close-passive-fin.what':
    "The {side}'s application, having read end-of-file, now closes as well: TCP sends {out} and moves from CLOSE-WAIT to LAST-ACK.",
  'rule.close-passive-fin.why':
    "The {peer}'s direction was already closed; this FIN closes the second one. The only thing still missing is the acknowledgment of this FIN, hence the name LAST-ACK.",
  'rule.close-again.what':
    'The {side} asked to close again while already closing ({from}): the call reports “connection closing” and no second FIN is sent.',
  'rule.close-again.why':
    'Each direction is closed exactly once. The FIN already sent may be retransmitted with its original number, but a new one is never created, so repeating the request changes nothing.',
  'rule.abort-send-rst.what':
    'The {side} aborted the connection: it sends {out} and deletes everything at once, with no FIN and no TIME-WAIT.',
  'rule.abort-send-rst.why':
    "An abort (for example close() with SO_LINGER set to 0) throws away unsent data and tells the {peer} with a RST that the connection is gone. The RST's seq is SND.NXT, which falls inside the {peer}'s receive window, so it will be believed. Quick but abrupt: the {peer}'s application sees “connection reset”, not a clean end-of-file.",
  'rule.abort-quiet.what': 'The {side} aborted in {from}: no RST is needed, so it simply deletes its record and goes to CLOSED.',
  'rule.abort-quiet.why':
    'In LISTEN or SYN-SENT the {peer} has no synchronized connection to tear down. In CLOSING, LAST-ACK or TIME-WAIT this side has already sent its FIN and the exchange is nearly over, so a RST would add nothing.',

  // ── Rules: a segment arrives in CLOSED ───────────────────────────────────────────────
  'rule.closed-rst-ignored.what': '{in} arrived at a port with no connection: a RST is silently discarded.',
  'rule.closed-rst-ignored.why':
    'A RST is never answered with another RST; otherwise two confused hosts could bounce resets back and forth forever. There is nothing here to reset anyway.',
  'rule.closed-reply-rst.what': '{in} arrived where no connection exists: the {side} answers {out}.',
  'rule.closed-reply-rst.why':
    "Nobody uses this port, and the sender should learn so at once instead of retrying for minutes; for a SYN, this is what the application sees as “connection refused”. The RST is numbered so the sender will accept it: if the segment had an ACK, the RST's seq is that ACK number; if not, the RST has seq 0 and acknowledges the segment (RST, ACK).",

  // ── Rules: a segment arrives in LISTEN ───────────────────────────────────────────────
  'rule.listen-rst-ignored.what': '{in} arrived at a listening socket: the RST is ignored.',
  'rule.listen-rst-ignored.why': 'A listener has no connection that a RST could reset, and a RST is never answered with a RST.',
  'rule.listen-ack-rst.what':
    '{in} arrived at a listening socket, which has sent nothing that could be acknowledged: the {side} answers {out}.',
  'rule.listen-ack-rst.why':
    "An acknowledgment reaching a listener must belong to some old or unknown connection. The RST takes its seq from the segment's ACK number, so the other end accepts it and drops whatever half-open state it has.",
  'rule.listen-syn.what': 'The {side} was listening and got {in}: it answers {out} and moves to SYN-RECEIVED.',
  'rule.listen-syn.why':
    "The reply does two jobs in one segment: its ACK says “I got your SYN; your byte ISN+1 is next”, and its own SYN announces the {side}'s ISN. The {side} now waits for that SYN to be acknowledged in turn.",
  'rule.listen-syn-queued.what':
    'A SYN from another host ({in}) joins the listener’s queue of half-open connections ({queued} of {capacity} places taken); the server answers {out} and stays in LISTEN.',
  'rule.listen-syn-queued.why':
    'A real server keeps each half-open connection in a small queue until the third segment arrives. Every entry costs memory and a timer, which is exactly what a SYN flood exploits: forged sources never send that third segment.',
  'rule.listen-backlog-full.what':
    'The queue of half-open connections is full ({capacity} of {capacity}): the arriving {in} is dropped without any answer.',
  'rule.listen-backlog-full.why':
    'With no room to remember another half-open connection and SYN cookies off, the server drops the SYN without answering. The client cannot tell this from a lost segment, so it can only wait for its retransmission timer and try again — while the flood keeps the queue full.',
  'rule.listen-syn-cookie.what': 'The queue is full, but SYN cookies are on: the server answers {out} anyway and keeps no record of it.',
  'rule.listen-syn-cookie.why':
    'A SYN cookie hides the connection’s details in the server’s own initial sequence number (a keyed hash of ports and the client’s ISN). The server remembers nothing; a genuine client proves itself by echoing that number + 1 in its ACK. Forged sources never answer, so they cost nothing. (RFC 4987)',
  'rule.syn-cookie-ack.what':
    'The ACK {in} carries a valid cookie (ack − 1): the server rebuilds the connection and goes straight from LISTEN to ESTABLISHED.',
  'rule.syn-cookie-ack.why':
    'Only a client that really received the SYN,ACK can echo the cookie, so the ACK proves the connection is genuine. There was never a SYN-RECEIVED entry, so the server skips that state. The price: options such as window scaling can be lost unless timestamps carry them.',
  'rule.syn-queue-retransmit.what':
    'A queued half-open connection is still unanswered: the listener sends its {out} again (retry {retry}, after {rto} s).',
  'rule.syn-queue-retransmit.why':
    'The listener cannot know the source address was forged, so it treats the silence like a lost segment and retries with back-off (Linux: 5 times, about a minute in all). All that time the entry occupies a place in the queue.',
  'rule.syn-queue-expired.what':
    'A half-open connection ran out of retries and is removed from the queue ({queued} of {capacity} places now taken).',
  'rule.syn-queue-expired.why':
    'After its last SYN,ACK retry, the listener gives up on the entry and frees its place — which a flooder simply fills again with the next forged SYN.',
  'rule.listen-dropped.what': '{in} arrived at a listening socket with no SYN, ACK or RST: it is dropped.',
  'rule.listen-dropped.why':
    'In LISTEN only a SYN can start something. A segment without an ACK that is not a SYN belongs to no conversation the listener knows, so it is ignored.',

  // ── Rules: a segment arrives in SYN-SENT ─────────────────────────────────────────────
  'rule.syn-sent-bad-ack-rst.what':
    'In SYN-SENT the {side} got {in}, whose ACK does not match the SYN it sent: it answers {out} and keeps waiting for the right reply.',
  'rule.syn-sent-bad-ack-rst.why':
    "The only acceptable acknowledgment is this side's ISN+1. Anything else answers some other SYN, typically an old duplicate that the {peer} just replied to. The RST (its seq taken from that ACK number) makes the {peer} drop the bogus half-open connection, while this side's own handshake carries on (RFC 9293 Figure 8).",
  'rule.syn-sent-bad-ack-dropped.what': 'In SYN-SENT the {side} got {in}: a RST whose ACK does not match its SYN. It is dropped.',
  'rule.syn-sent-bad-ack-dropped.why':
    'A reset is trusted here only if it proves it answers our SYN by acknowledging it exactly. This one does not, so it may be stale or forged, and a RST is never answered with a RST.',
  'rule.syn-sent-rst-refused.what':
    'In SYN-SENT the {side} got {in}, a RST that acknowledges its SYN: the attempt has failed, the record is deleted and it goes to CLOSED.',
  'rule.syn-sent-rst-refused.why':
    'An acceptable RST at this point means nothing is listening on that port, or the {peer} rejects the connection. The application learns “connection refused” at once instead of waiting through timeouts.',
  'rule.syn-sent-rst-ignored.what': 'In SYN-SENT the {side} got {in}, a RST without an ACK: it is ignored.',
  'rule.syn-sent-rst-ignored.why':
    'Without an acknowledgment nothing shows that the RST answers our SYN; it could be forged or left over from an earlier attempt. Ignoring it keeps strangers from killing our connection attempt.',
  'rule.syn-sent-syn-ack.what': 'In SYN-SENT the {side} got {in}, which acknowledges its SYN: it sends {out} and moves to ESTABLISHED.',
  'rule.syn-sent-syn-ack.why':
    "The SYN,ACK proves the {peer} received this side's ISN and tells it the {peer}'s ISN; the ACK sent back confirms the {peer}'s ISN in return. For this side the connection is open and connect() returns, although the {peer} will only know when this ACK arrives.",
  'rule.syn-sent-simultaneous-syn.what':
    'In SYN-SENT the {side} got {in}, a SYN without ACK: both sides are opening at once. It answers {out}, repeating its own ISN, and moves to SYN-RECEIVED.',
  'rule.syn-sent-simultaneous-syn.why':
    "The two SYNs crossed in the network (simultaneous open). Each side must still confirm the other's ISN, so each answers with a SYN,ACK: the SYN repeats its own ISN (the same number, not a new one) and the ACK confirms the {peer}'s. Nobody is in LISTEN: both sides are active openers.",
  'rule.syn-sent-dropped.what': 'In SYN-SENT the {side} got {in}, which has neither SYN nor RST: it is dropped.',
  'rule.syn-sent-dropped.why':
    "Until the {peer}'s SYN arrives, this side does not know the {peer}'s ISN, so it cannot place data or a FIN in the sequence space. Only a SYN or a RST can move SYN-SENT forward.",

  // ── Rules: a segment arrives in SYN-RECEIVED or a synchronized state ─────────────────
  'rule.unacceptable-ack.what':
    '{in} is not what the {side} expects (an old duplicate or a retransmission): it is dropped and answered with {out}.',
  'rule.unacceptable-ack.why':
    'The reply states where this side really stands: seq is its SND.NXT, ack its RCV.NXT. If the {peer} resent something because our earlier ACK was lost, such as a repeated SYN,ACK, this ACK is exactly what it was missing; if the segment was just a stray copy, the ACK does no harm.',
  'rule.unacceptable-rst-dropped.what': '{in} is a RST whose sequence number lies outside the receive window: it is dropped silently.',
  'rule.unacceptable-rst-dropped.why':
    'A reset is believed only if its number fits the window; otherwise anyone who guessed the addresses and ports could kill connections. A genuine RST from the {peer} would carry a number this side expects.',
  'rule.rst-reset.what': '{in} is a valid RST: the {side} abandons the connection in {from}, deletes its record and goes to CLOSED.',
  'rule.rst-reset.why':
    'The {peer} says the connection no longer exists on its side: it aborted, crashed and restarted, or rejected our data. Going on would be pointless, so the application is told “connection reset” and any unsent data is lost.',
  'rule.rst-syn-received-to-listen.what':
    '{in} arrived in SYN-RECEIVED, reached from LISTEN: the {side} forgets the half-open connection and goes back to LISTEN.',
  'rule.rst-syn-received-to-listen.why':
    "The RST means “I never asked for this connection”: the SYN was an old duplicate. Going back to LISTEN, rather than to CLOSED, keeps the port open, so the {peer}'s real SYN can still be served (RFC 9293 Figure 8).",
  'rule.rst-syn-received-refused.what':
    '{in} arrived in SYN-RECEIVED, reached from SYN-SENT in a simultaneous open: the {side} gives up and goes to CLOSED.',
  'rule.rst-syn-received-refused.why':
    'This side started the connection itself, so there is no listener to return to. The RST means the {peer} refuses, and the application gets “connection refused”.',
  'rule.rst-closed.what': '{in} arrived in {from}: the {side} was already closing, so it simply deletes its record and goes to CLOSED.',
  'rule.rst-closed.why':
    'This side has already sent its FIN and its application has been told, so nothing is lost; the RST only ends the wait early. In TIME-WAIT that cuts the protective wait short, a hazard RFC 1337 describes, which is why some stacks ignore RSTs there.',
  'rule.rst-challenge-ack.what':
    '{in} is a RST whose seq is inside the window but not exactly the next expected number: instead of resetting, the {side} answers with a challenge ACK {out}.',
  'rule.rst-challenge-ack.why':
    'An attacker who cannot see the traffic may still land a guess somewhere in the window, but only the real {peer} knows the exact number. Our ACK tells it that number (RCV.NXT); if it really wants to reset, it sends a new RST with exactly that seq, which is then accepted (RFC 5961).',
  'rule.syn-challenge-ack.what':
    '{in} is a SYN on a connection that is already synchronized: the {side} resets nothing and answers with a challenge ACK {out}.',
  'rule.syn-challenge-ack.why':
    'A SYN in the middle of a connection is either forged or a sign that the {peer} restarted; older TCPs reset the connection here, which attackers could exploit. Now this side only states where it stands, and a {peer} that really restarted answers that ACK with a correctly numbered RST, ending the old connection cleanly (RFC 5961).',
  'rule.syn-received-syn-to-listen.what':
    '{in}, a SYN, arrived in SYN-RECEIVED reached from LISTEN: the {side} drops the half-open connection and returns to LISTEN.',
  'rule.syn-received-syn-to-listen.why':
    'A SYN that gets this far does not fit the handshake in progress (a plain repeat of the first SYN would already have been caught as an old sequence number). The RFC forgets the half-open attempt and goes back to listening; a client that really wants to connect will start afresh.',
  'rule.syn-received-simultaneous-syn-ack.what':
    "In SYN-RECEIVED the {side} got {in}, the {peer}'s SYN,ACK acknowledging its SYN: it moves to ESTABLISHED.",
  'rule.syn-received-simultaneous-syn-ack.why':
    "In a simultaneous open each side answers the other with a SYN,ACK. This one confirms that our ISN arrived, and we already know the {peer}'s ISN, so both sides now hold what a normal three-way handshake gives them, exchanged in four segments.",
  'rule.no-ack-dropped.what': '{in} has no ACK bit: in {from} the {side} drops it.',
  'rule.no-ack-dropped.why':
    "After the very first SYN, every segment of a connection carries an acknowledgment. One without it cannot belong to this connection's conversation, so it is ignored.",
  'rule.syn-received-ack.what':
    'In SYN-RECEIVED the {side} got {in}, which acknowledges its SYN: the connection is now ESTABLISHED on this side too.',
  'rule.syn-received-ack.why':
    "This is the proof the {side} was missing: the {peer} received the {side}'s ISN. Now both sides know both ISNs, and each knows the other knows. On a server, accept() can hand the new connection to the application.",
  'rule.syn-received-bad-ack-rst.what': 'In SYN-RECEIVED the {side} got {in}, whose ACK does not acknowledge its SYN: it answers {out}.',
  'rule.syn-received-bad-ack-rst.why':
    'An acknowledgment of something this side never sent belongs to another connection. The RST, numbered from that ACK, tells the sender to drop it; the half-open connection here is left as it is.',
  'rule.ack-ahead.what': '{in} acknowledges bytes the {side} has not sent yet: it is dropped and answered with {out}.',
  'rule.ack-ahead.why':
    'Nobody can acknowledge bytes that were never sent, so the segment is confused or stale. The ACK in reply states our real position (SND.NXT and RCV.NXT) so the {peer} can get back in step.',
  'rule.ack-old.what':
    '{in} acknowledges nothing new (its ACK number is not beyond SND.UNA): the acknowledgment is a duplicate and is ignored.',
  'rule.ack-old.why':
    'Acknowledgments are cumulative: “everything before this number has arrived”. A number we have already seen repeats old news; segments can be delayed or duplicated in the network, so this is normal and harmless.',
  'rule.ack-advances.what':
    '{in} acknowledges new bytes: the {side} moves SND.UNA forward and removes what is acknowledged from its retransmission queue.',
  'rule.ack-advances.why':
    'Everything before the ACK number has arrived, so it never needs to be sent again. One ACK covers all earlier bytes at once, which is why a lost ACK is often made good by the next one.',
  'rule.fin-wait-1-acked.what': 'In FIN-WAIT-1 the {side} got {in}, which acknowledges its FIN: it moves to FIN-WAIT-2.',
  'rule.fin-wait-1-acked.why':
    "The {peer} now knows this direction is closed. The other direction is still open: the {peer} may send more data, and this side keeps receiving while it waits for the {peer}'s FIN.",
  'rule.closing-acked.what': 'In CLOSING the {side} got {in}, which acknowledges its FIN: it moves to TIME-WAIT for {timeWait}.',
  'rule.closing-acked.why':
    'Both FINs have now been sent and acknowledged, as happens in a simultaneous close. Like any side that closed first, it waits in TIME-WAIT in case its own last ACK was lost and so old segments can die out.',
  'rule.last-ack-acked.what':
    'In LAST-ACK the {side} got {in}, which acknowledges its FIN: the connection is fully closed, the record is deleted and it goes to CLOSED.',
  'rule.last-ack-acked.why':
    'Both directions are closed and both FINs acknowledged. The passive closer sent no final ACK that could be lost, so it has nothing to wait for and skips TIME-WAIT, finishing earlier than the {peer}.',
  'rule.data-received.what': '{in} brought {bytes} new bytes in order: the {side} keeps them for its application and advances RCV.NXT.',
  'rule.data-received.why':
    'The acknowledgment number becomes “the next byte I expect”, one past the last byte received. The ACK may leave at once or wait a moment so it can ride along with a reply.',
  'rule.fin-to-close-wait.what':
    "{in} carries the {peer}'s FIN: the {side} acknowledges it, tells its application end-of-file and moves from {from} to CLOSE-WAIT.",
  'rule.fin-to-close-wait.why':
    "The FIN occupies one sequence number, so its acknowledgment is the FIN's seq plus one. Only the {peer}'s direction is closed; this side may still send. CLOSE-WAIT means “waiting for my own application to call close()”, and the ACK may be held back briefly in case that FIN can join it.",
  'rule.fin-to-closing.what':
    "In FIN-WAIT-1 the {side} got {in}: the {peer}'s FIN, without an acknowledgment of our own FIN. It acknowledges it with {out} and moves to CLOSING.",
  'rule.fin-to-closing.why':
    'Both sides closed at about the same moment and their FINs crossed (simultaneous close). Each still needs its own FIN acknowledged; CLOSING is that wait.',
  'rule.fin-acks-ours-to-time-wait.what':
    'In FIN-WAIT-1 the {side} got {in}, a FIN that also acknowledges its own FIN: it answers {out} and goes straight to TIME-WAIT for {timeWait}.',
  'rule.fin-acks-ours-to-time-wait.why':
    'The {peer} closed as soon as it saw our FIN, so its ACK and its FIN travelled in one segment. Taking its ACK first and its FIN second, this side is in FIN-WAIT-2 only for the instant between the two, so in effect it goes straight to TIME-WAIT. That is how a close can take three segments instead of four.',
  'rule.fin-wait-2-fin.what':
    "In FIN-WAIT-2 the {side} got {in}, the {peer}'s FIN: it answers {out} and moves to TIME-WAIT for {timeWait}.",
  'rule.fin-wait-2-fin.why':
    'Both directions are now closed. If this last ACK is lost, the {peer} will resend its FIN, and TIME-WAIT keeps this side around to answer it; the wait also lets stray old segments expire before the same addresses and ports can be reused.',
  'rule.time-wait-fin-again.what':
    "In TIME-WAIT the {side} got {in}, the {peer}'s FIN once more: it answers {out} again and restarts the {timeWait} timer.",
  'rule.time-wait-fin-again.why':
    'A repeated FIN means our last ACK was lost. This is exactly why TIME-WAIT exists: had this side already forgotten the connection, it would answer with a RST and the {peer} would report an error instead of a clean close.',

  // ── Rules: timers ────────────────────────────────────────────────────────────────────
  'rule.retransmit.what':
    'No acknowledgment came within {rto} s: the {side} sends {out} again (retransmission {retry}) with the same sequence number, and the next wait will be twice as long.',
  'rule.retransmit.why':
    'TCP cannot tell a lost segment from a slow one, so it waits and then repeats the oldest unacknowledged segment, whether SYN, SYN,ACK, data or FIN. Keeping the same seq lets the receiver spot a duplicate if the first copy was only late, and doubling the wait each time (exponential back-off) avoids hammering a congested network.',
  'rule.retransmit-give-up.what':
    '{retry} retransmissions went unanswered: the {side} gives up, deletes the connection and reports “connection timed out”.',
  'rule.retransmit-give-up.why':
    'A peer that never answers may be switched off or unreachable. TCP keeps trying for a long time (the RFC asks that a SYN be retried for at least 3 minutes), then reports failure rather than wait forever.',
  'rule.time-wait-expired.what': 'TIME-WAIT has lasted {timeWait}: the {side} deletes its record and goes to CLOSED.',
  'rule.time-wait-expired.why':
    'By now a lost final ACK would have shown up as a repeated FIN, and any old segment of this connection has died out in the network. The same pair of addresses and ports can safely carry a new connection.',
  'rule.delayed-ack.what':
    'The {side} held its ACK back for {delay} ms hoping to send it along with data or a FIN; nothing came, so it sends {out} alone.',
  'rule.delayed-ack.why':
    'Joining an ACK to a reply saves a segment. When the application closes right after reading end-of-file, the FIN catches the ACK and the close takes three segments (“{title_close_fin_ack}”); when it does not, the lone ACK leaves after the delay and you see four (“{title_close}”). The RFC keeps this delay under half a second.',

  // ── Rules: the two-segment counterfactual (not TCP) ───────────────────────────────────
  'rule.two-way-listen-syn.what':
    'Imagined protocol, not TCP: the listening {side} got {in}, answers {out} and, with no third segment to wait for, counts the connection as ESTABLISHED at once.',
  'rule.two-way-listen-syn.why':
    'With only two segments the server has to commit the moment it answers, without ever learning whether anyone really asked. If this SYN is an old duplicate, the server now holds a connection and waits for data that will never come. Real TCP waits in SYN-RECEIVED for the ACK instead.',
  'rule.two-way-closed-ignores.what':
    'Imagined protocol, not TCP: {in} reached the {side}, which has no connection, and it is silently discarded.',
  'rule.two-way-closed-ignores.why':
    'The {side} never asked for this connection, so it ignores the reply; with no third segment there is no way to say “that was not me”, and the {peer} is never told. Real TCP answers such a segment with a RST, and the {peer} cleans up.',

  // ── Control bits ─────────────────────────────────────────────────────────────────────
  'flag.SYN.desc':
    'Synchronize: “here is my initial sequence number”. Set only on the first two segments of a handshake (on all four in a simultaneous open); it occupies one sequence number.',
  'flag.ACK.desc':
    'Acknowledgment: the acknowledgment number field is valid. Set on every segment except the opening SYN and some RSTs (for example a RST whose seq is copied from the ACK number of the segment it answers).',
  'flag.FIN.desc':
    "Finish: “I have no more data to send”. It closes only the sender's direction, occupies one sequence number and must be acknowledged; the peer may go on sending.",
  'flag.RST.desc':
    'Reset: end the connection at once, or refuse a segment that belongs to no connection (for example a SYN to a closed port). A RST is not acknowledged, never answered with a RST, and uses no sequence number.',
  'flag.PSH.desc':
    'Push: asks the receiver to hand the data to the application promptly instead of waiting to collect more. Senders usually set it on the last segment of a write; most receivers deliver promptly anyway.',
  'flag.URG.desc':
    'Urgent: the urgent pointer field is valid and marks where “urgent” data ends in the byte stream (Telnet and FTP used it for interrupts). It does not protect the connection or make routers hurry; it is rarely used today and new applications should avoid it (RFC 6093).',
  'flag.ECE.desc':
    'ECN-Echo (RFC 3168): on a SYN it means “I support Explicit Congestion Notification”; later it means “a router marked one of your packets as having met congestion”, so the sender should slow down.',
  'flag.CWR.desc':
    'Congestion Window Reduced (RFC 3168): the sender has slowed down in response to ECE, so the receiver may stop echoing it. Also set, with ECE, on a SYN that offers ECN.',

  // ── Header fields (RFC 9293 §3.1) ────────────────────────────────────────────────────
  'field.srcPort.desc':
    "Source port (16 bits): the sending program's port. With the two IP addresses and the destination port it identifies the connection; a client usually gets a temporary (ephemeral) port from its system.",
  'field.dstPort.desc':
    "Destination port (16 bits): the receiving program's port, such as 443 for a web server. A SYN to a port where nothing listens is answered with RST.",
  'field.seq.desc':
    'Sequence number (32 bits): the number of the first data byte in this segment. On a SYN it is the ISN itself, so the first data byte is ISN+1. SYN and FIN each use one number; a pure ACK uses none. Wraps around after 2^32.',
  'field.ack.desc':
    'Acknowledgment number (32 bits): the next sequence number the sender expects from its peer, meaning “I have everything before this”. It counts only when the ACK bit is set: ack (this number) and ACK (the flag) are two different things, and the flag says whether the number is valid.',
  'field.dataOffset.desc':
    'Data offset (4 bits): the header length in 32-bit words, so the receiver knows where the data begins. 5 means a 20-byte header without options; the maximum, 15, means 60 bytes.',
  'field.reserved.desc': 'Reserved (4 bits): kept for future use; sent as zero and ignored on receipt.',
  'field.flags.desc':
    'Control bits (8 bits): CWR, ECE, URG, ACK, PSH, RST, SYN, FIN. Each is on or off; together they say what the segment does: open, acknowledge, push, close or reset.',
  'field.window.desc':
    'Window (16 bits): how many bytes, starting at the acknowledgment number, the sender can accept right now (flow control). With the window-scale option agreed on the SYNs, the value is multiplied by a power of two.',
  'field.checksum.desc':
    "Checksum (16 bits): computed with ones' complement arithmetic over the header, the data and a pseudo-header (IP addresses, protocol and length), so the receiver can detect corruption or misdelivery. A segment with a bad checksum is dropped silently.",
  'field.urgentPointer.desc':
    "Urgent pointer (16 bits): meaningful only with URG; an offset from this segment's sequence number to the byte just after the urgent data. Almost always zero today.",
  'field.options.desc':
    'Options (0–40 bytes): extras, mostly on SYN and SYN,ACK: MSS (the largest segment the sender will accept), window scale, SACK permitted and timestamps. Padded to a multiple of 4 bytes.',

  // ── Lessons ──────────────────────────────────────────────────────────────────────────
  'lesson.why-three.title': 'Why three segments, not two?',
  'lesson.why-three.body':
    "Each side picks its own starting sequence number (ISN), and each needs proof that the other received it. So the client's SYN needs an ACK and the server's SYN needs an ACK: four messages, but the server puts its ACK and its SYN into one segment, which leaves three.\nThe third segment also protects against the past. If an old, delayed SYN reaches the server, the server answers SYN,ACK; the client, which asked for nothing, replies RST and the server forgets it (RFC 9293 Figure 8). With only two segments the server would open a connection on that old SYN and hold it, waiting for data from a client that never knew.",
  'lesson.why-time-wait.title': 'Why TIME-WAIT, and why 2MSL?',
  'lesson.why-time-wait.body':
    "The side that sends the last ACK cannot know whether it arrived. If it was lost, the peer resends its FIN; TIME-WAIT keeps just enough state to acknowledge it again, instead of answering with a RST.\nSecond, segments of this connection may still be wandering the network. Waiting twice the Maximum Segment Lifetime (MSL) lets them die out, so they cannot be taken for data of a new connection on the same addresses and ports.\nThe RFC's MSL is 2 minutes, so 2MSL is 4 minutes; Linux uses a fixed 60 s. Only the side that closed first enters TIME-WAIT (both sides, in a simultaneous close); the passive closer goes from LAST-ACK straight to CLOSED.",
  'lesson.why-four.title': 'Why four segments to close?',
  'lesson.why-four.body':
    "A TCP connection is two one-way streams (full duplex), and each is closed by its own sender: a FIN and its ACK per direction, four segments in all.\nThe two closes are independent. After acknowledging the client's FIN, the server may keep sending for as long as it needs (half-close) before its application closes. If it closes right away, its FIN can carry the ACK and the close takes only three segments.",
  'lesson.seq-ack.title': 'Sequence and acknowledgment numbers',
  'lesson.seq-ack.body':
    "TCP numbers bytes, not segments. A segment's seq is the number of its first byte; the ack number says “I have everything before this, send this one next”. SYN and FIN each use up one number as if they were a byte, so SYN seq=1000 is answered with ack=1001, while a pure ACK uses none.\nThe first number, the ISN, is not “random” in the naive sense: RFC 9293 §3.4.1 recommends adding a clock that ticks every 4 microseconds to a keyed hash of the addresses and ports. The hash keeps outsiders from guessing it; the clock keeps a new connection on the same ports from reusing the numbers of an old one. All the arithmetic wraps around at 2^32.",
  'lesson.relative-seq.title': 'Why the diagram starts at seq=0',
  'lesson.relative-seq.body':
    "Like Wireshark, the diagram shows relative sequence numbers unless you choose Absolute. A real ISN is an unpredictable 32-bit number (RFC 9293 §3.4.1), something like 2873216541, and every later number differs from it only in its last digits, which is hard to read and compare. So each side's numbers are counted from its own ISN: its SYN is seq=0 and its first data byte is 1.\nBoth SYNs then read seq=0, but the two sides did not pick the same number: each chose its own ISN, and the diagram writes it beside each side's first SYN, “SYN seq=0 (ISN 1000)”; the TCB table lists ISS and IRS as sent. When a side starts a new incarnation of the connection with a new ISN (a SYN cookie, the second SYN,ACK after an old duplicate) its numbers start from 0 again.\nA number that belongs to none of our connections, such as an old duplicate SYN, the RST from a port with no connection or a forged segment, has no ISN to count from. It is shown as sent and marked *, never as a negative number. Choose Absolute to see every number exactly as it travels on the wire.",
  'lesson.half-close.title': 'Half-close: closing one direction',
  'lesson.half-close.body':
    "A FIN means “I will send no more”, not “stop talking to me”. After shutdown(SHUT_WR), the client's FIN closes only the client-to-server direction; the server, now in CLOSE-WAIT, can keep sending, and the client in FIN-WAIT-2 keeps reading and acknowledging.\nA classic use: a client sends its whole request, shuts down writing so the server sees end-of-file, then reads the complete answer. The connection ends only when the server sends its own FIN.",
  'lesson.fin-consumes-seq.title': 'A FIN takes a sequence number',
  'lesson.fin-consumes-seq.body':
    "Even with no data, a FIN occupies one sequence number, just like a SYN. That is why FIN seq=u is acknowledged with ack=u+1, and why the closer's next segment, its last ACK, has seq=u+1.\nThere is a reason: acknowledgments speak only in sequence numbers, so the peer can say “your FIN arrived” only if the FIN has a number of its own. It also lets a retransmitted FIN be recognised as a duplicate, like any byte.",
  'lesson.ack-flag-vs-field.title': 'ACK (the flag) and ack (the number)',
  'lesson.ack-flag-vs-field.body':
    'ACK in capitals is one of the control bits; ack in lower case is the 32-bit acknowledgment number field. The bit says whether the field is valid: with ACK=0, whatever sits in the field means nothing.\nOnly the opening SYN and some RSTs go out with ACK=0. Every other segment, FINs included, carries ACK=1 and the current acknowledgment number.',
  'lesson.tcp-basics.title': 'Where TCP fits',
  'lesson.tcp-basics.body':
    "IP carries packets from one host to another, but cannot tell which program on that host they are for, and it may lose, duplicate or reorder them. TCP runs on top of IP: port numbers pick the program (process) at each end, and sequence numbers, acknowledgments and retransmission turn IP's best effort into a reliable, ordered byte stream.\nBoth ends must agree on those numbers before any data flows, so TCP is connection-oriented: it shakes hands first and waves goodbye at the end. UDP, by contrast, just sends datagrams, with no connection, no ordering and no retransmission.",
  'lesson.sockets.title': 'From socket calls to segments',
  'lesson.sockets.body':
    'listen() puts a server socket in LISTEN and sends nothing. connect() sends the SYN and returns once the SYN,ACK has arrived and the ACK has gone out. The kernel completes handshakes on its own; accept() only hands over a connection that is already ESTABLISHED.\nclose() or shutdown(SHUT_WR) sends a FIN, and read() returning 0 is how the other application learns of it. close() with SO_LINGER set to 0, or (on Linux) with unread data still waiting, sends a RST instead.',
  'lesson.lost-segments.title': 'What if a segment is lost?',
  'lesson.lost-segments.body':
    "Any segment of the handshake or the close can be lost, and each case recovers. SYN, SYN,ACK and FIN wait in a retransmission queue and are sent again when the timer expires, with the same sequence number and a doubled timeout.\nA lost pure ACK is never retransmitted by itself (nothing acknowledges an ACK); it is made good later: either the peer resends what the ACK was for (the SYN,ACK, or a FIN that finds the closer still in TIME-WAIT), or a later segment's cumulative ACK covers the same bytes. If the peer is gone for good, the retries end in “connection timed out”. The loss scenarios show each case.",
  'lesson.states-in-tools.title': 'Reading states in netstat and ss',
  'lesson.states-in-tools.body':
    'Tools print the RFC states with underscores: SYN_SENT, SYN_RECV (SYN_RCVD on BSD), FIN_WAIT1, TIME_WAIT and so on. The short-lived states (SYN-SENT, SYN-RECEIVED, FIN-WAIT-1, CLOSING, LAST-ACK) are rarely caught.\nMany SYN_RECV at once suggests a SYN flood. Many TIME_WAIT on a machine that closes lots of short connections is normal. Many CLOSE_WAIT usually means a program read end-of-file but never called close().',
  'lesson.rst.title': 'RST: ending without goodbye',
  'lesson.rst.body':
    "A FIN is an orderly “no more data”; a RST says “this connection does not exist (any more)” and ends it on the spot, discarding unsent data. A host sends RST for a segment to a port with no connection (“connection refused”), when an application aborts, or to reject a segment that fits no known connection.\nA RST is never acknowledged and never answered with a RST. It is believed only if its sequence number fits the receiver's window, and since RFC 5961 only if it is exactly the expected number; otherwise the receiver replies with a challenge ACK.",
  'lesson.syn-flood.title': 'SYN floods and SYN cookies',
  'lesson.syn-flood.body':
    'A server keeps a small record for every half-open connection in SYN-RECEIVED until the final ACK arrives or its SYN,ACK retries run out. An attacker sending SYNs from forged addresses never answers, so that queue fills and real clients are turned away.\nWith SYN cookies the server stores nothing: it encodes what it needs (a keyed hash of the addresses and ports, a coarse time and the MSS) into its own ISN. When a genuine ACK returns with ack = that ISN + 1, the server checks the cookie and only then creates the connection.',
  'lesson.connection-cost.title': 'What a connection costs',
  'lesson.connection-cost.body':
    'The handshake costs one round trip before the client can send its first byte, and every close leaves a TIME-WAIT entry on the side that closed first. Early HTTP (1.0) opened a new TCP connection for every request and paid that price each time.\nHTTP/1.1 keeps connections open and reuses them (keep-alive), and newer designs go further (TCP Fast Open, QUIC). The ladder diagram makes it plain why reusing a connection is faster.',

  // ── Common misconceptions ──────────────────────────────────────────────────────────
  'misconception.bare-fin.claim': 'The closing segment is drawn as “FIN=1, seq=u” alone.',
  'misconception.bare-fin.truth':
    'On the wire it is “FIN, ACK”: every segment after the very first SYN has the ACK bit set and carries the current acknowledgment number. Diagrams often leave the ACK out to make the FIN stand out; this lab shows the real flags.',
  'misconception.time-wait-both-sides.claim': 'After the four-way close, both sides wait in TIME-WAIT.',
  'misconception.time-wait-both-sides.truth':
    'Only the side that closed first, the one that sends the last ACK, waits in TIME-WAIT. The passive closer goes from LAST-ACK straight to CLOSED once its FIN is acknowledged. Both sides wait only in a simultaneous close.',
  'misconception.syn-only-in-handshake-so-ack-zero.claim':
    'SYN=1, ACK=0 means “connection request” and SYN=1, ACK=1 means “connection accepted”.',
  'misconception.syn-only-in-handshake-so-ack-zero.truth':
    'That holds for the usual handshake. But in a simultaneous open both sides send a SYN with ACK=0 and then each answers with a SYN,ACK, so neither is only asking or only accepting. SYN means “here is my ISN”; ACK means “the acknowledgment number is valid”.',
  'misconception.four-way-is-improved-three.claim':
    'The four-way close is also called the “four-way handshake” or an “improved three-way handshake”.',
  'misconception.four-way-is-improved-three.truth':
    'Closing is not a variant of the handshake. It is two independent half-closes, one per direction, each a FIN and its ACK. There are four segments because the directions close separately, and three when a FIN travels together with an ACK.',
  'misconception.fin-wait-2-sends-ack.claim':
    'In FIN_WAIT_2 this side tells the peer “I still have some data for you” (by ACK) and will close later.',
  'misconception.fin-wait-2-sends-ack.truth':
    "It is the other way round. In FIN-WAIT-2 our FIN has been acknowledged, so we can no longer send data. It is the peer, in CLOSE-WAIT, that may still have data; we receive it, acknowledge it and wait for the peer's FIN.",
  'misconception.syn-scan-insecure.claim':
    'If a SYN scan succeeds, the host is not secure; a secure host would strictly require the full three-way handshake.',
  'misconception.syn-scan-insecure.truth':
    'Answering a SYN with SYN,ACK on an open port is what TCP must do, and every host already requires the full handshake before a connection exists; a SYN scanner simply never completes it. What matters for security is which ports are open and what listens on them. A firewall can hide ports, but the SYN,ACK itself is not a weakness.',
  'misconception.time-wait-ports.claim': 'During TIME_WAIT the ports at both ends cannot be used.',
  'misconception.time-wait-ports.truth':
    "Only the active closer keeps state, and it blocks only this exact connection: local address and port plus remote address and port. A server's listening port keeps accepting new clients, which come from other addresses or ports. What does bite in practice is restarting a server that closed first, which SO_REUSEADDR solves.",
  'misconception.fin-consumes-seq.claim': 'A FIN without data takes no sequence number, so its acknowledgment repeats the same number.',
  'misconception.fin-consumes-seq.truth':
    "A FIN occupies one sequence number even when it carries no data: FIN seq=u is acknowledged with ack=u+1, and the closer's next segment uses seq=u+1. Every SYN and every FIN costs exactly one number.",
  'misconception.ack-is-seq-plus-one.claim': 'The acknowledgment number is always ack = seq + 1.',
  'misconception.ack-is-seq-plus-one.truth':
    "ack = the peer's seq plus the length of what it sent: the next byte expected. It is +1 only for a SYN or a FIN with no data. After 100 bytes sent with seq=1001, the answer is ack=1101.",
  'misconception.first-data-byte-is-isn.claim': 'A SYN with seq=x means the first data byte will be numbered x.',
  'misconception.first-data-byte-is-isn.truth':
    'The SYN itself takes the number x, so the first data byte is x+1. That is also why both ACKs of the handshake carry ISN+1.',
  'misconception.fin-stops-peer.claim': 'A FIN tells the other side to stop sending, and after a FIN the connection is cut.',
  'misconception.fin-stops-peer.truth':
    'A FIN says only “I have no more data to send”. The other direction stays open: the peer may keep sending until it sends its own FIN (half-close). The connection ends when both FINs have been acknowledged.',
  'misconception.time-wait-waits-for-ack.claim':
    'In TIME_WAIT the client waits for an ACK from the server, and closes if none arrives within 2MSL.',
  'misconception.time-wait-waits-for-ack.truth':
    "Nothing is expected in TIME-WAIT: nobody acknowledges an ACK. The client waits in case the server's FIN comes again (which would mean the last ACK was lost) and to let old segments expire. Silence for 2MSL is the normal, happy ending.",
  'misconception.both-established-together.claim': 'After the third segment, client and server enter ESTABLISHED together.',
  'misconception.both-established-together.truth':
    'They change at different moments. The client becomes ESTABLISHED when the SYN,ACK arrives, as it sends the ACK; the server only when that ACK arrives, half a round trip later. In between, the client may already send data.',
  'misconception.urg-keeps-connection.claim':
    'URG keeps the connection from being interrupted and makes intermediate devices process the data sooner.',
  'misconception.urg-keeps-connection.truth':
    'URG only says the urgent pointer field is valid: it marks where some “urgent” data ends in the byte stream so the receiving application can be alerted. Routers ignore it. Telnet and FTP used it to signal interrupts; today new applications should not use it (RFC 6093).',
  'misconception.isn-random.claim': 'The initial sequence number is simply a random number.',
  'misconception.isn-random.truth':
    "It must be hard to guess, but it is not purely random. RFC 9293 recommends a clock ticking every 4 microseconds plus a keyed hash of the connection's addresses and ports: the secret hash defeats prediction, and the clock keeps successive connections on the same ports from reusing overlapping numbers.",
  'misconception.time-wait-only-resend-ack.claim': 'TIME_WAIT exists only so that a lost last ACK can be sent again.',
  'misconception.time-wait-only-resend-ack.truth':
    'That is one of two reasons. The other: waiting 2MSL lets delayed segments of the old connection die out, so they cannot be mistaken for data of a new connection on the same addresses and ports.',

  // ── Options, What if, Learn, Compare: dialog text (begin) ────────────────────────────
  'options.title': 'Options',
  'options.intro': 'These settings change the run of every scenario. They are kept in the link, so a link you share shows the same run.',
  'options.isn.legend': 'Initial sequence numbers (ISN)',
  'options.isn.fixed': 'Fixed',
  'options.isn.fixed.hint': 'Round numbers you choose, easy to follow on a board.',
  'options.isn.random': 'Random from a seed',
  'options.isn.random.hint':
    'Hard to guess, like a real stack; the same seed always gives the same numbers, so a shared link replays exactly.',
  'options.isn.wrap': 'Near 2^32 (wrap-around)',
  'options.isn.wrap.hint':
    'Both sides start a few numbers below 2^32 = 4294967296, so their sequence numbers wrap around to 0. Choose absolute sequence numbers to see it.',
  'options.isn.client': 'Client ISN',
  'options.isn.server': 'Server ISN',
  'options.seed': 'Seed',
  'options.seed.new': 'New seed',
  'options.isn.result': 'This run: client ISN {client}, server ISN {server}.',
  'options.latency': 'One-way latency (ms)',
  'options.latency.hint': 'How long a segment takes from one side to the other, {min}–{max} ms; a round trip takes twice as long.',
  'options.timeWait.legend': 'TIME-WAIT length (2MSL)',
  'options.timeWait.rfc': 'RFC 9293: MSL = 2 min → 4 min',
  'options.timeWait.linux': 'Linux: 60 s',
  'options.timeWait.classroom': 'Classroom: 5 s',
  'options.timeWait.custom': 'From the link: {duration}',
  'options.timeWait.hint':
    'How long the side that closed first stays in TIME-WAIT. 5 s is not found in real systems; it lets a class watch TIME-WAIT end.',
  // The behaviour profile (src/engine/profile.ts)
  'options.profile.legend': 'Behaviour',
  'options.profile.rfc9293': 'RFC 9293',
  'options.profile.rfc9293.hint': 'The standard to the letter, wherever the RFC decides.',
  'options.profile.linux': 'Linux',
  'options.profile.linux.hint':
    'What a Linux kernel does instead, as measured on Linux 6.18: 200 ms minimum RTO, linear SYN retries, SYN,ACK for a repeated SYN, RST,ACK on abort, quick ACKs, SYN cookies, TIME-WAIT 60 s.',
  'options.profile.fixed': 'Linux behaviour: {value}, whatever is chosen here.',
  'options.profile.on': 'on',
  'options.cookies': 'SYN cookies',
  'options.cookies.hint':
    'Only the SYN-flood scenario fills the server’s queue of half-open connections, so that is where this matters: with cookies the server keeps no state until the final ACK and the real client still gets in. Other scenarios look the same either way. Linux has them on by default (net.ipv4.tcp_syncookies=1).',
  'options.cookies.open': 'Open the SYN-flood scenario',
  'options.reset': 'Reset to defaults',
  'options.error.empty': 'Enter a number.',
  'options.error.notWhole': 'Use digits only: a whole number, no sign, point or exponent.',
  'options.error.range': 'Enter a whole number from {min} to {max}.',
  'options.error.kept': 'Still using {value}.',

  'whatIf.title': 'What if it fails here?',
  'whatIf.question': 'Imagine the network fails at each step of the three-way handshake and the four-way close: what happens?',
  'whatIf.intro': 'Each segment below opens the run in which exactly that segment is lost; the sentence beside it says how TCP recovers.',
  'whatIf.handshake': 'Three-way handshake',
  'whatIf.close': 'Four-way close',
  'whatIf.summary':
    'Every case recovers. A lost SYN, SYN,ACK or FIN is sent again when its timer expires; a lost ACK is never resent on its own, and the segment it answered, or a later one, makes up for it.',
  'whatIf.syn-lost.lost': 'The client’s SYN is lost',
  'whatIf.syn-ack-lost.lost': 'The server’s SYN,ACK is lost',
  'whatIf.ack-lost.lost': 'The client’s ACK (third segment) is lost',
  'whatIf.fin-lost.lost': 'The client’s FIN is lost',
  'whatIf.close-ack-lost.lost': 'The server’s ACK of that FIN is lost',
  'whatIf.passive-fin-lost.lost': 'The server’s FIN is lost',
  'whatIf.last-ack-lost.lost': 'The client’s last ACK is lost',
  'whatIf.syn-lost.outcome':
    'Nothing reaches the server, which stays in LISTEN; when the client’s retransmission timer expires it sends the same SYN again, and the handshake completes one timeout late.',
  'whatIf.syn-ack-lost.outcome':
    'Both sides wait: the client, still in SYN-SENT, resends its SYN (the server answers that duplicate with an ACK, as the RFC says; Linux answers it with another SYN,ACK), and the server’s own timer resends the SYN,ACK, which completes the handshake.',
  'whatIf.ack-lost.outcome':
    'The client is already ESTABLISHED, but the server waits in SYN-RECEIVED until its timer resends the SYN,ACK; the client answers with the ACK again, and the server becomes ESTABLISHED.',
  'whatIf.fin-lost.outcome':
    'The client waits in FIN-WAIT-1 while the server, knowing nothing, stays ESTABLISHED; the client’s timer resends the FIN, and the close goes on as usual.',
  'whatIf.close-ack-lost.outcome':
    'Nobody resends a lost ACK. The client stays in FIN-WAIT-1 until the server’s FIN arrives; that FIN acknowledges the client’s FIN too, so the client skips FIN-WAIT-2 and goes straight to TIME-WAIT.',
  'whatIf.passive-fin-lost.outcome':
    'The client waits in FIN-WAIT-2 and the server in LAST-ACK until the server’s timer resends its FIN; the client then acknowledges it and enters TIME-WAIT.',
  'whatIf.last-ack-lost.outcome':
    'This is why TIME-WAIT exists: the server, still in LAST-ACK, resends its FIN; the client, still in TIME-WAIT, acknowledges it again and restarts its 2MSL wait, and the server closes.',

  // ── On a real Linux kernel (measured: scripts/kernel/README.md) ─────────────────────
  'linux.title': 'On Linux:',
  'linux.listSeparator': ', ',
  'linux.synRetries':
    'This lab follows the RFC: it resends an unanswered SYN {labSchedule} s after the first, doubling the wait each time, and gives up at {labGiveUp} s (the RFC asks for at least 3 minutes). A current Linux kernel (6.18 measured) resends it 10 times, after waits of 1, 1, 1, 1, 1, 2, 4, 8, 16 and 32 s, and connect() fails with “connection timed out” about 134 s after the first SYN. The four extra 1 s retries come from net.ipv4.tcp_syn_linear_timeouts; the classic schedule without them is 6 retries after 1, 2, 4, 8, 16 and 32 s, about 130 s in all.',
  'linux.dupSynInSynReceived':
    'Linux answers a repeated SYN in SYN-RECEIVED with its SYN,ACK once more, not with a bare ACK. A capture of a lost SYN,ACK shows two SYN,ACKs about 1 s after the first: one from the server’s timer and one answering the client’s repeated SYN. Either gets the client what it needs.',
  'linux.finRto':
    'The lab waited {rto} s because RFC 6298 never lets the retransmission timeout fall below 1 s. Linux’s minimum is 200 ms (TCP_RTO_MIN) added to the measured round-trip time, so it resends a lost FIN after about 200 ms plus one round trip (205 ms measured on loopback).',
  'linux.finWait2Instant':
    'Measured on Linux, the instant in FIN-WAIT-2 between taking the ACK and the FIN (RFC 9293 §3.10.7.4, steps five and eight) lasts about 7 µs, far too brief for ss or netstat ever to show it. The lab draws the two steps as one.',
  'linux.synCookiesDefault':
    'Linux drops the SYN like this only with SYN cookies off (net.ipv4.tcp_syncookies=0). By default they are on: once the queue is full, Linux answers each further SYN with a cookie SYN,ACK instead (measured: a listener with a backlog of 1 answered 6 of 8 SYNs with cookies). Its queue also holds one more half-open connection than the backlog: that listener answered 2 SYNs the ordinary way, not 1. Turn on SYN cookies in Options to see that.',

  'learn.title': 'Learn',
  'learn.lessons': 'Lessons',
  'learn.misconceptions': 'Common misconceptions',
  'learn.misconceptions.intro':
    'Textbooks, lecture slides and tutorials mostly get TCP right. Here are the places where many of them slip; each correction is checked against RFC 9293.',
  'notes.lesson': 'Lesson:',

  'compare.title': 'Why three? Two runs side by side',
  'compare.intro':
    'In both runs the same old duplicate SYN reaches the server. The first run is real TCP, with its third segment; the second is a made-up TCP that stops after two.',
  'compare.states': 'At the end: client {client}, server {server}.',
  'compare.old-duplicate-syn.outcome':
    'With three segments the client answers a SYN,ACK for a SYN it never sent with RST; the server drops the half-open connection, goes back to LISTEN, and the real connection then opens normally.',
  'compare.two-way-handshake.outcome':
    'With two, the server is ESTABLISHED on the old SYN alone and holds the connection, waiting for data, while the client is CLOSED and never knew.',
  // ── Options, What if, Learn, Compare: dialog text (end) ──────────────────────────────
  // ── Sandbox panel (src/features/sandbox): loaded after the first paint ─────────────────
  'sandbox.continue.unavailable':
    'This scenario cannot go on in the sandbox from here: its story needs segments that neither endpoint sent, a setting the sandbox does not have (a server backlog, an application that reads only when asked), or timing of a second connection that sandbox calls cannot reproduce.',
  'sandbox.intro':
    'Make a call on either side, then step forward (→) to watch TCP answer. A call that is not allowed still happens, and you see the error the RFC prescribes.',
  'sandbox.calls.title': 'Socket calls',
  'sandbox.side.group': '{side} socket calls',
  'sandbox.side.state': 'now {state}',
  'sandbox.call.listen': 'listen()',
  'sandbox.call.connect': 'connect()',
  'sandbox.call.send': 'send({bytes})',
  'sandbox.call.shutdown': 'shutdown()',
  'sandbox.call.close': 'close()',
  'sandbox.call.abort': 'abort()',
  'sandbox.calls.legend':
    'send({bytes}) sends {bytes} bytes. shutdown() is shutdown(SHUT_WR): stop sending, keep reading. abort() is close() with SO_LINGER 0: it sends RST.',
  'sandbox.calls.at': 'A call you make now becomes step {k}.',
  'sandbox.calls.atFork': 'A call you make now becomes step {k}; what you did after step {c} will be replaced (Undo brings it back).',
  'sandbox.result.title': 'Call at this step',
  'sandbox.result.call': '{side} called {call} in {state}.',
  'sandbox.result.errorTag': 'Error',
  'sandbox.result.error': 'Not allowed in this state: the application gets “{error}”.',
  'sandbox.result.change': '{from} → {to}.',
  'sandbox.result.stays': 'Stays in {state}.',
  'sandbox.result.sends': 'Sends {flags}.',
  'sandbox.result.rfc': 'RFC 9293 §{section}',
  'sandbox.fork.first': 'You changed the past: the rest of the story was recomputed.',
  'sandbox.fork.firstDetail': 'Everything after step {k} was worked out again from your new choice.',
  'sandbox.fork.again': 'The story after step {k} was recomputed.',
  'sandbox.fork.removed': '{n} later calls or network changes of yours were removed; Undo brings them back.',
  'sandbox.fork.dismiss': 'Got it',
  'sandbox.net.title': 'Network',
  'sandbox.net.onWire': 'On the wire at this step',
  'sandbox.net.none': 'Nothing is on the wire at this step.',
  'sandbox.net.hint':
    'Select a segment (here, or an arrow in the diagram: click it, or Tab to it and press Enter) to drop, delay or duplicate it.',
  'sandbox.net.segment': '#{id} {flags} {from} → {to}',
  'sandbox.net.selected': 'Segment #{id}: {flags}, {from} → {to}',
  'sandbox.status.inFlight': 'On the wire: it has not arrived yet, so the network can still change it.',
  'sandbox.status.fate.lose': 'You dropped it at step {k}: it will never arrive.',
  'sandbox.status.fate.delay': 'You delayed it by {delay} at step {k}.',
  'sandbox.status.fate.duplicate': 'You duplicated it at step {k}: a copy follows it.',
  'sandbox.status.arrived':
    'It already arrived (step {k}). What has happened can’t be changed; step back to before step {k} to change its fate.',
  'sandbox.status.gone': 'It was lost and its moment has passed. Step back to change that.',
  'sandbox.status.unsent': 'Not sent yet at this step. Step forward until it is on the wire.',
  'sandbox.status.copy': 'This is a copy the network made of segment #{original}; only the original can be changed.',
  'sandbox.status.unknown': 'This segment is not part of your sandbox story.',
  'sandbox.fate.group': 'What the network does with segment #{id}',
  'sandbox.fate.drop': 'Drop',
  'sandbox.fate.delay': 'Delay',
  'sandbox.fate.duplicate': 'Duplicate',
  'sandbox.fate.deliver': 'Deliver normally',
  'sandbox.fate.delayBy': 'Delay by',
  'sandbox.fate.keys': 'Keys: X drop, D delay, C duplicate (while a segment on the wire is selected).',
  'sandbox.outcome.lose': 'Segment #{id} will be lost in the network. Step forward to see what TCP does about it.',
  'sandbox.outcome.delay': 'Segment #{id} will arrive {delay} late. Step forward to see what happens.',
  'sandbox.outcome.duplicate': 'The network will deliver segment #{id} twice. Step forward to see what happens.',
  'sandbox.outcome.deliver': 'Segment #{id} will be delivered normally again.',
  'sandbox.outcome.done.lose': 'Segment #{id} was lost in the network.',
  'sandbox.outcome.done.delay': 'Segment #{id} arrived {delay} late.',
  'sandbox.outcome.done.duplicate': 'The network delivered segment #{id} twice.',
  'sandbox.outcome.done.deliver': 'Segment #{id} was delivered normally.',
  'sandbox.refused.same': 'Segment #{id} already has that fate.',
  'sandbox.refused.duplicated': 'The network already copied segment #{id}. Undo, or step back to before you duplicated it, to change that.',
  'sandbox.refused.changesPast':
    'That would change what already happened before this step (segment #{id} would have arrived earlier). Step back first.',
  'sandbox.refused.arrived': 'Segment #{id} has already arrived: what has happened can’t be changed.',
  'sandbox.refused.gone': 'Segment #{id} was lost and its moment has passed.',
  'sandbox.refused.unsent': 'Segment #{id} is not on the wire yet at this step.',
  'sandbox.refused.copy': 'Segment #{id} is a copy the network made; only the original can be changed.',
  'sandbox.refused.unknown': 'Segment #{id} is not part of your sandbox story.',
  'sandbox.tools.title': 'Session',
  'sandbox.preset.label': 'Start from',
  'sandbox.preset.empty': 'Empty',
  'sandbox.preset.listening': 'Server listening',
  'sandbox.preset.established': 'Established connection',
  'sandbox.reset': 'Reset',
  'sandbox.undo': 'Undo',
  'sandbox.outcome.reset': 'The sandbox is empty again. Undo brings your session back.',
  'sandbox.outcome.preset': 'Started from: {preset}.',
  'sandbox.outcome.undone': 'Undone: your previous session is back.',
  'sandbox.outcome.nothingToUndo': 'Nothing to undo.',
  'sandbox.outcome.notSandbox': 'Switch to the sandbox first.',
  'sandbox.history.title': 'Your story so far ({n})',
  'sandbox.history.empty': 'No calls yet. Start with listen() on the server, or pick a starting point.',
  'sandbox.history.call': 'Step {k}: {side} {call}',
  'sandbox.history.fate.lose': 'At step {k}: segment #{id} dropped',
  'sandbox.history.fate.delay': 'At step {k}: segment #{id} delayed {delay}',
  'sandbox.history.fate.duplicate': 'At step {k}: segment #{id} duplicated',
  'sandbox.notice.linkPartlyDamaged':
    'Part of this sandbox link could not be used and was left out: {parts}. The rest of the session is shown.',
  'sandbox.notice.linkDamaged': 'This sandbox link could not be used ({parts}); an empty sandbox is open instead.',
  'sandbox.notice.continued':
    'The sandbox goes on from step {k}: the scenario’s calls and losses so far are now yours, and what happens next is up to you.',
  'sandbox.notice.continuedReplaced':
    'The sandbox goes on from step {k}: the scenario’s calls and losses so far are now yours. Undo brings back the sandbox session you had before.',
  'sandbox.notice.optionsDropped': 'With the new settings, part of your sandbox session no longer fits and was left out: {parts}.',
  'sandbox.notice.linkTooLong':
    'This sandbox link is longer than any session can be (at most {max} calls and {max} fates): the last {count} parts, from {parts} on, were left out. The rest of the session is shown.',
} as const;
