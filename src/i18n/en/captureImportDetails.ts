/** The connection picker, the panel beside a capture and what its inference notes: in the second part (en/details.ts). */
export const enCaptureImportDetails = {
  'rule.capture-unexplained.what':
    'The capture shows the {side} sending {out}. No socket call or timer in the RFC rules sends it at this moment, so the {side} stays in {to}.',
  'rule.capture-unexplained.why':
    'A real stack sends segments the rules do not ask for: window updates, extra or early ACKs, replies to a segment the capture does not hold. They change no state, so the inferred state is kept as it was.',
  'captureImport.picker.title': 'Pick a connection',
  'captureImport.picker.intro': '{file} holds {count} TCP connections. Pick one to watch with both sides’ states inferred.',
  'captureImport.picker.caption': 'TCP connections in {file}',
  'captureImport.picker.stream': 'Stream',
  'captureImport.picker.client': 'Client',
  'captureImport.picker.server': 'Server',
  'captureImport.picker.packets': 'Packets',
  'captureImport.picker.first': 'First (s)',
  'captureImport.picker.last': 'Last (s)',
  'captureImport.picker.end': 'How it ended',
  'captureImport.picker.choose': 'Watch stream {stream}',
  'captureImport.picker.cancel': 'Cancel',
  'captureImport.picker.action': 'Watch',
  'captureImport.picker.guessed': '(guessed: no SYN captured)',
  'captureImport.picker.more': 'Listed here: the first {listed} of {count} connections. Watch any other by its stream number.',
  'captureImport.picker.number': 'Stream number (0 to {max})',
  'captureImport.picker.watch': 'Watch',
  'captureImport.picker.badNumber': 'Type a stream number from 0 to {max}.',
  'captureImport.end.fin': 'FIN both ways',
  'captureImport.end.rst': 'RST',
  'captureImport.end.open': 'still open',

  'captureImport.panel.label': 'Capture',
  'captureImport.panel.source': '{file}, stream {stream}: {client} → {server}',
  'captureImport.panel.delay':
    'Capture point: about {client} ms from the client and {server} ms from the server (timed on the handshake). Each arrow is drawn from those estimates.',
  'captureImport.panel.warnings': 'Read with {count} warnings: {first}',
  'captureImport.panel.leave': 'Back to the scenarios',
  'captureImport.panel.step': 'At this step',
  'captureImport.panel.sure': 'The capture decides this step: nothing here is guessed.',
  'captureImport.panel.segment': 'Segment #{id} (frame {frame}): {marks}',

  'captureImport.mark.retransmission': 'retransmission',
  'captureImport.mark.duplicate': 'duplicate (a copy made by the network)',
  'captureImport.mark.out-of-order': 'out of order',
  'captureImport.mark.after-gap': 'after a gap: bytes before it were lost before the capture point, or not captured',
  'captureImport.mark.truncated': 'payload cut by the snapshot length',

  'captureImport.note.assumedListen': 'The {side} answered a SYN with a SYN,ACK, so it was listening: its listen() is implied, not seen.',
  'captureImport.note.midConnection':
    'The capture starts mid-connection (no SYN at its start): both sides are assumed ESTABLISHED, with the numbers of the first segment. Earlier states cannot be known.',
  'captureImport.note.capturePointUnknown':
    'The capture holds no complete handshake to time, so how far the capture point was from each side is unknown: arrows are drawn 1 ms each way.',
  'captureImport.note.orderFromAck':
    'The {side}’s acknowledgment number shows it had already received an earlier segment, so the order at the {side} follows the ACK, not the timing estimate.',
  'captureImport.note.missingBefore':
    'Sequence numbers before this segment never reached the capture point: lost before it, or not captured. What the {side} really received cannot be decided.',
  'captureImport.note.notExplained':
    'The capture shows the {side} sending {flags}; nothing in the RFC rules sends it here, so the {side}’s state is kept as it was.',
  'captureImport.note.engineDiffers':
    'The capture shows {flags}; the RFC rules, given the same call, send {engine}. The real stack departed from the RFC here.',
  'captureImport.note.engineReplyUnseen':
    'By the RFC rules the {side} answers with {engine}, but the capture never shows it: it was not sent, or it did not pass the capture point.',
  'captureImport.note.closeOrShutdown':
    'A FIN: the {side} called close() or shutdown(SHUT_WR). On the wire they look the same, so the capture cannot tell which.',
  'captureImport.note.outOfOrderNotQueued':
    'This segment fills a hole. The engine keeps no queue of out-of-order data, so from here the {side}’s numbers may lag behind the real stack’s.',
  'captureImport.note.ackAtOnce':
    'The real {side} sent this ACK at once ({delay} ms after the data), where the RFC rules let it wait for a reply to ride on (§3.8.6.3). Linux acknowledges at once early in a connection (quick-ACK mode).',
  'captureImport.compare.title': 'Compare with the engine',
  'captureImport.compare.intro':
    'The engine runs the socket calls this capture shows, with its latency and losses, and the first place the two differ is marked on both.',
  'captureImport.compare.profile': 'The engine behaves like',
  'captureImport.compare.run': 'Compare',
  'captureImport.compare.dialogTitle': 'The capture beside the engine ({profile})',
  'captureImport.compare.refused.midConnection':
    'This capture starts after the handshake, and the engine starts every run in CLOSED: there is nothing to replay. Compare needs a capture that begins with the SYN.',
  'captureImport.compare.none':
    'No difference: given the same calls, the engine ({profile}) sends the same segments and goes through the same states as far as the capture shows.',
  'captureImport.compare.segment':
    'First difference, at {time}: the capture shows the {side} sending {capture}; the engine ({profile}) sent {engine} instead.',
  'captureImport.compare.captureOnly':
    'First difference, at {time}: the capture shows the {side} sending {capture}; the engine ({profile}) sent nothing of the kind.',
  'captureImport.compare.engineOnly':
    'First difference, at {time}: the engine ({profile}) has the {side} send {engine}; the capture shows no such segment.',
  'captureImport.compare.state':
    'First difference, at {time}: both runs have sent the same segments so far, but the capture’s {side} is in {capture} where the engine’s is in {engine}.',
  'captureImport.compare.why': 'Why the engine did this',
  'captureImport.compare.captureRun': 'The capture',
  'captureImport.compare.engineRun': 'The engine ({profile})',
  'captureImport.compare.markedSegment': 'Marked: {segment}',
  'captureImport.compare.markedNothing': 'Marked: nothing sent here by the {side}',
  'captureImport.compare.markedState': 'Marked: the {side} in {state}',
  'captureImport.compare.sameRun': 'Same as the capture',
  'captureImport.compare.assumptions': 'What the capture cannot decide, and what the engine’s run takes instead',
  'captureImport.compare.assume.reads': 'read() is never on the wire: the engine’s applications read data as it arrives.',
  'captureImport.compare.assume.listenAssumed':
    'The server’s listen() is not on the wire: it is placed at the start, since the server answered a SYN.',
  'captureImport.compare.assume.serverUnseen':
    'The capture never shows the server answering, so whether anything listened on that port cannot be known: the engine’s server is not listening.',
  'captureImport.compare.assume.close':
    'The {side}’s FIN is taken as close(): close() and shutdown(SHUT_WR) look the same on the wire, and nothing after it shows the {side} still receiving.',
  'captureImport.compare.assume.shutdown':
    'The {side}’s FIN is taken as shutdown(SHUT_WR): the {side} went on acknowledging data after it, which a socket closed with close() answers with RST (§3.6.1).',
  'captureImport.compare.assume.latencyMeasured':
    'One-way latency {ms} ms, timed on the handshake. A real path varies; the engine’s stays fixed.',
  'captureImport.compare.assume.latencyNominal': 'No handshake to time: the engine’s latency is a nominal {ms} ms.',
  'captureImport.compare.assume.lostBeforeCapture':
    '{bytes} bytes of the {side} from sequence number {seq} never reached the capture point: the engine sends them and the network loses them before it.',
  'captureImport.compare.assume.lostAfterCapture':
    'The {side} sent sequence number {seq} again with nothing from its peer in between: the first copy is taken as lost past the capture point.',
  'captureImport.compare.assume.unexplained':
    'No socket call or timer explains the {side}’s segment(s) #{segments}: the engine’s run has nothing that sends them.',
  'captureImport.compare.assume.truncated': 'Only the capture up to {until} is compared: one engine run stops at {max} steps.',
} as const;
