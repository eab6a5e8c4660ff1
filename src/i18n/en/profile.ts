/**
 * English text of the two profiles (src/engine/profile.ts): the rules only the Linux profile
 * takes, and the notes that say, at a step where the profiles differ, what the other would do.
 * Merged into en/details.ts with one line: the profiles' text is never on the first screen.
 */
export const enProfile = {
  'rule.syn-received-simultaneous-syn-ack-ack.what':
    "In SYN-RECEIVED the {side} got {in}, the {peer}'s SYN,ACK acknowledging its SYN: it moves to ESTABLISHED and acknowledges it with {out}.",
  'rule.syn-received-simultaneous-syn-ack-ack.why':
    'In a simultaneous open each side answers the other with a SYN,ACK, and each SYN,ACK completes a handshake. Linux acknowledges the one it receives, so both sides see the other confirm; RFC 9293 would send nothing here.',
  'rule.syn-received-dup-syn-syn-ack.what':
    'In SYN-RECEIVED the {side} got {in}, the same SYN again: it sends its SYN,ACK once more ({out}) and restarts its timer.',
  'rule.syn-received-dup-syn-syn-ack.why':
    'A repeated SYN means the {peer} never got our SYN,ACK (or it is on its way). Linux answers with the SYN,ACK itself rather than the bare ACK of RFC 9293 §3.10.7.4, so the {peer} can finish the handshake at once.',
  'rule.syn-received-give-up-listen.what':
    '{retry} SYN,ACKs went unanswered: the {side} drops the half-open connection and its listener carries on in LISTEN.',
  'rule.syn-received-give-up-listen.why':
    'A SYN that is never followed by an ACK may have come from a host that is gone or never existed (a forged source). Linux gives it up after net.ipv4.tcp_synack_retries (5) retries without telling any application: none ever accepted it.',
  'rule.eof-read-ack.what': 'The {side} acknowledges the FIN with {out} as its application’s read() returns 0.',
  'rule.eof-read-ack.why':
    'Linux sends this ACK when the application reads end-of-file, not after a 40 ms delayed-ACK timer. If the application closes at that very moment, its FIN carries the ACK instead and the close takes three segments; if it waits, the ACK leaves alone and you see four.',

  'rfcWould.title': 'RFC 9293 instead:',
  'rfcWould.linuxRun':
    'This run makes a Linux kernel’s choices (Options → Behaviour). Wherever RFC 9293 would do otherwise, the step explains what it would do and why.',
  'rfcWould.synRetries':
    'RFC 6298 doubles the wait after every retry: this lab’s RFC profile resends the SYN {labSchedule} s after the first and gives up at {labGiveUp} s. Linux keeps its first four retries 1 s apart (net.ipv4.tcp_syn_linear_timeouts) and gives up after 10 retries, about 131 s.',
  'rfcWould.dupSyn':
    'RFC 9293 §3.10.7.4 answers a repeated SYN in SYN-RECEIVED with a bare ACK: the SYN fails the sequence test. Linux resends its SYN,ACK instead.',
  'rfcWould.rto':
    'RFC 6298 never lets the retransmission timeout fall below 1 s. Linux’s floor is 200 ms (TCP_RTO_MIN) added to the measured round trip, so it resent after {rto} s.',
  'rfcWould.abort': 'RFC 9293 §3.10.5 sends a bare RST, <SEQ=SND.NXT><CTL=RST>. Linux sets the ACK bit too, with ACK = RCV.NXT.',
  'rfcWould.quickAck':
    'RFC 9293 lets this ACK wait, up to half a second, for a reply to ride on (the RFC profile waits 40 ms). Linux acknowledges at once while a connection is young (quick-ACK mode, its first 16 segments).',
  'rfcWould.eofAck': 'The RFC profile holds this ACK for its 40 ms delayed-ACK timer. Linux sends it as the application reads end-of-file.',
  'rfcWould.simultaneousAck': 'RFC 9293 sends nothing here: the SYN,ACK that crossed ours needs no answer. Linux acknowledges it.',
  'rfcWould.timeWaitReuse':
    'RFC 9293 read to the letter keeps the old connection in TIME-WAIT and answers this SYN with an ACK. Linux ends TIME-WAIT and lets the listening socket accept a new connection, because the SYN’s sequence number is higher than the old connection’s (RFC 6191; RFC 9293 §3.6.1 allows it).',
  'rfcWould.halfOpenListen':
    'RFC 9293 §3.8.3 closes the connection and reports “connection timed out”. Linux only drops the half-open request: the listener never left LISTEN.',
  'rfcWould.synQueueExtra':
    'listen() was given a backlog of {backlog}, yet this is place {queued} in the queue of half-open connections: Linux holds one more than the backlog (measured: with a backlog of 1 it answered 2 SYNs before its queue was full). The RFC profile reads the backlog as POSIX does and would find the queue full here.',
  'rfcWould.cookies':
    'Linux has SYN cookies on by default (net.ipv4.tcp_syncookies=1). The RFC profile drops this SYN unless SYN cookies are turned on in Options.',
  'rfcWould.timeWait':
    'Linux holds TIME-WAIT for a fixed 60 s (TCP_TIMEWAIT_LEN). RFC 9293 asks for 2×MSL, 4 minutes with its 2-minute MSL; the RFC profile uses the length chosen in Options.',

  'linux.abortRstAck':
    'Linux sends RST,ACK here: the same reset with the ACK bit set and ACK = RCV.NXT (measured). RFC 9293 §3.10.5 asks only for <SEQ=SND.NXT><CTL=RST>.',
  'linux.quickAck':
    'Linux would acknowledge this data at once: a young connection is in quick-ACK mode (its first 16 segments). The RFC lets the ACK wait for a reply to ride on.',
  'linux.simultaneousAck':
    'Linux answers this SYN,ACK with an ACK (measured in a simultaneous open); RFC 9293 sends nothing, since the SYN,ACK needs no answer.',
  'linux.timeWaitReuse':
    'Linux would end TIME-WAIT here and hand this SYN to the listening socket as a new connection, because its sequence number is above the old connection’s (RFC 6191); RFC 9293 read to the letter answers it with an ACK.',
  'linux.eofAckNow':
    'Linux sends the ACK of a FIN as the application reads end-of-file (measured: within a few ms), not after a delayed-ACK timer; a close() right then still carries it on the FIN.',
  'linux.halfOpenDrop':
    'Linux gives a half-open connection 5 SYN,ACK retries and then just forgets it: the listener stays in LISTEN and no application hears of it.',
} as const;
