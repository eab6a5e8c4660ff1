/**
 * English teaching text the header and the controls need for the first paint: scenario titles
 * (and the default scenario's summary, which the picker shows), state names, what the
 * application sees. What the panels show is in teachingPanels.ts (state meanings, summaries);
 * the longer explanations (rules, header fields, lessons) are in details.ts.
 */
export const enTeaching = {
  // ── States ───────────────────────────────────────────────────────────────────────────
  'state.CLOSED.name': 'CLOSED',
  'state.LISTEN.name': 'LISTEN',
  'state.SYN-SENT.name': 'SYN-SENT',
  'state.SYN-RECEIVED.name': 'SYN-RECEIVED',
  'state.ESTABLISHED.name': 'ESTABLISHED',
  'state.FIN-WAIT-1.name': 'FIN-WAIT-1',
  'state.FIN-WAIT-2.name': 'FIN-WAIT-2',
  'state.CLOSE-WAIT.name': 'CLOSE-WAIT',
  'state.CLOSING.name': 'CLOSING',
  'state.LAST-ACK.name': 'LAST-ACK',
  'state.TIME-WAIT.name': 'TIME-WAIT',

  // ── Scenarios ────────────────────────────────────────────────────────────────────────
  'scenario.handshake.title': 'Three-way handshake',
  'scenario.handshake.summary':
    'The client sends SYN, the server answers SYN,ACK, the client replies ACK. Watch each ISN come back acknowledged as ISN+1 and each side change state when a segment arrives: after three segments both sides know both starting numbers.',
  'scenario.close.title': 'Four-way close',
  'scenario.close-fin-ack.title': 'Close in three segments',
  'scenario.server-close.title': 'Server closes first',
  'scenario.simultaneous-open.title': 'Simultaneous open',
  'scenario.simultaneous-close.title': 'Simultaneous close',
  'scenario.half-close.title': 'Half-close',
  'scenario.syn-lost.title': 'Lost SYN',
  'scenario.syn-ack-lost.title': 'Lost SYN,ACK',
  'scenario.ack-lost.title': 'Lost final ACK',
  'scenario.fin-lost.title': 'Lost FIN',
  'scenario.close-ack-lost.title': 'Lost ACK of the first FIN',
  'scenario.passive-fin-lost.title': 'Lost FIN from the server',
  'scenario.last-ack-lost.title': 'Lost last ACK',
  'scenario.refused.title': 'Connection refused',
  'scenario.abort.title': 'Abort with RST',
  'scenario.old-duplicate-syn.title': 'Old duplicate SYN',
  'scenario.two-way-handshake.title': 'What if only two? (not real TCP)',
  'scenario.syn-flood.title': 'SYN flood and SYN cookies',
  'scenario.port-scan.title': 'SYN port scan',

  // ── The two sides ────────────────────────────────────────────────────────────────────
  'side.client': 'Client',
  'side.server': 'Server',
} as const;
