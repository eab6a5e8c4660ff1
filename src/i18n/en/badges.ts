/** English strings of the state badges and TCB panel; merged in en/view.ts (the panels' text). */
export const enBadges = {
  'badges.label': 'Connection state of each side',
  'badges.state': '{side} state: {state}',
  'badges.counterfactual.ESTABLISHED':
    "Open only in this made-up two-way handshake: just one ISN was confirmed (the client's, here an old one); nobody ever confirmed the server's. Real TCP would still wait in SYN-RECEIVED.",
  'tcb.caption': 'Transmission control block (TCB) of each side',
  'tcb.variable': 'Variable',
  'tcb.iss': 'initial send sequence number',
  'tcb.irs': 'initial receive sequence number',
  'tcb.sndUna': 'oldest byte sent but not yet acknowledged',
  'tcb.sndNxt': 'next sequence number to send',
  'tcb.sndWnd': 'how much the peer lets us send',
  'tcb.rcvNxt': 'next sequence number expected',
  'tcb.rcvWnd': 'how much we can receive',
  'tcb.srttMs': 'smoothed round-trip time the retransmission timer has measured',
  'tcb.rttvarMs': 'how much the measured round-trip time varies',
  'tcb.rtoMs': 'how long a segment waits for its acknowledgment before it is sent again',
  'tcb.timers': 'Timers',
  'tcb.timers.desc': 'running timers and when they fire',
  'tcb.unknown': 'not known yet',
  'tcb.noTcb': 'no TCB',
  'tcb.changed': '(changed in this step)',
  'tcb.relativeNote': 'Sequence numbers relative to each side’s ISN; ISS and IRS are the ISNs, as sent',
  'tcb.foreign': '(shown as sent: the IRS came from a segment of no connection of ours)',
  'tcb.foreignNote':
    '* shown as sent: this IRS came from a segment of no connection of ours (such as an old duplicate SYN), so there is no ISN of ours to count from',
  'tcb.absoluteNote': 'Sequence numbers as sent on the wire',
  'tcb.noTimers': 'none',
  'tcb.timer.retransmit': 'Retransmit in {remaining} (RTO {rto})',
  'tcb.timer.timeWait': 'TIME-WAIT ends in {remaining}',
  'tcb.timer.delayedAck': 'Delayed ACK in {remaining}',
  'tcb.summary': 'TCB variables of each side',
} as const;

export type BadgesMessageKey = keyof typeof enBadges;
