/**
 * The socket above the TCB: what an application holds, and what the RFC's user calls (§3.10)
 * leave to the operating system.
 *
 *  - A listening socket stays in LISTEN. A SYN for its port, when no connection has the port
 *    pair, makes a new connection from it; the connection on the ladder is that new TCB, and
 *    when it ends the listener is still there for the next one.
 *  - A receive buffer the application reads from with read() (RECEIVE, §3.10.3) or, in the
 *    built-in stories, as soon as data arrives.
 *  - close() gives up reading as well as sending: with data left unread, or with data arriving
 *    afterwards, the data is lost, and TCP says so with a RST (§3.6.1 SHLD-2). shutdown(SHUT_WR)
 *    is the RFC's CLOSE alone; shutdown(SHUT_RD) sends nothing.
 *  - Errors: a reset is reported by the next call; a send() on a connection already reset fails
 *    with EPIPE (as Linux reports it).
 *  - A connection that completes the handshake joins the listener's accept queue until the
 *    application's accept() takes it. The built-in stories' servers wait in accept() all along
 *    (a server loop), so accept() returns the moment the handshake completes; a story or the
 *    sandbox can instead call accept() itself. When the queue is full, the ACK that would
 *    complete a handshake is dropped (profile.ts acceptQueueFull).
 *
 * Pure: the TCB logic stays in endpoint*.ts; this layer only chooses which TCB gets an input and
 * what the application is told.
 */
import type { EndpointInput } from './endpointStep';
import { segmentAcceptable } from './endpointArrival';
import { acceptQueueParams } from './endpointListen';
import { acceptQueueFull, reopensFromTimeWait, timeWaitReopenIss } from './profile';
import { hasFlag, replyPorts, type Segment } from './segment';
import { seqAdd, seqGt } from './seq';
import type { TcpState } from './states';
import { result, type StepResult } from './stepResult';
import { makeReset, resetConnection, withState } from './tcbOps';
import type { Endpoint } from './tcb';
import type { AppEvent, UserCall } from './trace';

/** How the application reads: as data arrives (every built-in story so far), or only on read(). */
export type ReadMode = 'at-once' | 'on-call';

/**
 * How the server application takes connections: waiting in accept() all along, so each one is
 * returned as its handshake completes (every built-in story but accept-queue-full), or only when
 * it calls accept() (the sandbox, accept-queue-full).
 */
export type AcceptMode = 'loop' | 'on-call';

/** An error waiting for the application's next call (Linux sk_err). */
export type SocketError = 'ECONNRESET' | 'EPIPE';

export interface AppSocket {
  readonly reads: ReadMode;
  /** listen() was called and the listener not closed since. */
  readonly listening: boolean;
  /** Bytes received in order and not yet read. */
  readonly unread: number;
  /** close() or abort(): the application holds no descriptor; what arrives now is nobody's. */
  readonly closed: boolean;
  /** shutdown(SHUT_RD): reads return 0 and new data is discarded. */
  readonly readShut: boolean;
  readonly error: SocketError | null;
  /** The connection was reset, refused or timed out: a send() fails with EPIPE. */
  readonly broken: boolean;
  /** Which connection of this side the TCB is, and whether it has ended (the next is a new one). */
  readonly connection: number;
  readonly ended: boolean;
  readonly accepts: AcceptMode;
  /** accept() was called with nothing to take: the next connection to complete is returned at once. */
  readonly waitingInAccept: boolean;
  /** The connection on the ladder waits in the accept queue behind this many; null when it does not wait there. */
  readonly queuedAhead: number | null;
}

export function createSocket(reads: ReadMode = 'at-once', accepts: AcceptMode = 'loop'): AppSocket {
  return {
    reads,
    listening: false,
    unread: 0,
    closed: false,
    readShut: false,
    error: null,
    broken: false,
    connection: 0,
    ended: false,
    accepts,
    waitingInAccept: false,
    queuedAhead: null,
  };
}

/** A new connection starts with a fresh application view of it; the listener (and a waiting accept()) is kept. */
function nextConnection(sock: AppSocket): AppSocket {
  return {
    ...createSocket(sock.reads, sock.accepts),
    listening: sock.listening,
    waitingInAccept: sock.waitingInAccept,
    connection: sock.connection + 1,
  };
}

export interface SocketStep {
  readonly socket: AppSocket;
  /** The TCB the input went to: the lane's, or the listener's when it makes a new connection. */
  readonly before: Endpoint;
  readonly result: StepResult;
}

/** Hands an input to a TCB (simulate's demultiplexer): the one path into endpoint*.ts. */
export type Deliver = (ep: Endpoint, input: EndpointInput, now: number) => StepResult;

export function socketStep(sock: AppSocket, ep: Endpoint, input: EndpointInput, now: number, deliver: Deliver): SocketStep {
  switch (input.kind) {
    case 'call':
      return socketCall(sock, ep, input.call, input.bytes ?? 0, now, deliver);
    case 'segment':
      return socketArrival(sock, ep, input.segment, now, deliver);
    case 'timer':
      return settle(sock, ep, ep, deliver(ep, input, now));
  }
}

const IDLE: readonly TcpState[] = ['CLOSED', 'LISTEN'];

/**
 * What the TCB's step means for the application: a new connection, a reset to report later,
 * data into the buffer instead of straight to the reader.
 */
function settle(sock: AppSocket, before: Endpoint, lane: Endpoint, stepped: StepResult): SocketStep {
  const admitted = admit(sock, lane, stepped);
  let socket = admitted.socket;
  const out = admitted.out;
  const after = out.endpoint.state;
  if (IDLE.includes(lane.state) && !IDLE.includes(after) && socket.ended) socket = nextConnection(socket);
  if (after === 'LISTEN') socket = { ...socket, listening: true };
  // §3.10.1: connect() on a listening socket turns it active; nothing listens on the port any more.
  if (before.state === 'LISTEN' && after === 'SYN-SENT') socket = { ...socket, listening: false };
  if (after === 'CLOSED' && !IDLE.includes(before.state)) socket = { ...socket, ended: true };
  let app: readonly AppEvent[] = out.app;
  // A connection still in the accept queue has no application yet: what it would be told waits
  // for accept() (acceptedBy).
  const unaccepted = socket.queuedAhead !== null;
  if (app.includes('connection-reset')) {
    // Linux reports a reset in CLOSE-WAIT as EPIPE, and nobody is reading there: the application
    // already saw end-of-file. Elsewhere a reader waiting in read() gets ECONNRESET at once.
    const inCloseWait = before.state === 'CLOSE-WAIT';
    const waiting = socket.reads === 'at-once' && !inCloseWait && !unaccepted;
    socket = { ...socket, broken: true, error: waiting ? null : inCloseWait ? 'EPIPE' : 'ECONNRESET' };
    if (!waiting) app = app.filter((event) => event !== 'connection-reset');
  }
  if (app.includes('connection-refused') || app.includes('connection-timed-out')) socket = { ...socket, broken: true };
  const bytes = out.rule === 'data-received' ? Number(out.params.bytes ?? 0) : 0;
  if (bytes > 0 && (socket.reads === 'on-call' || socket.readShut || unaccepted)) {
    // The data waits in the buffer (or, after SHUT_RD, is acknowledged and dropped).
    if (!socket.readShut) socket = { ...socket, unread: socket.unread + bytes };
    app = app.filter((event) => event !== 'data-read');
  }
  // End-of-file reaches a reader only behind the data before it, and only when it reads.
  if (socket.reads === 'on-call' || unaccepted) app = app.filter((event) => event !== 'eof');
  return { socket, before, result: app === out.app ? out : { ...out, app } };
}

/**
 * The handshake of the connection on the ladder has just completed (the endpoint says
 * accept() would return). With the accept queue full the segment is dropped as if it never came:
 * the TCB stays in SYN-RECEIVED and its timer resends the SYN,ACK. Otherwise an accept() already
 * waiting returns it, or it joins the queue.
 */
function admit(sock: AppSocket, lane: Endpoint, out: StepResult): { socket: AppSocket; out: StepResult } {
  if (!out.app.includes('accept-returned')) return { socket: sock, out };
  if (acceptQueueFull(out.endpoint)) {
    return { socket: sock, out: result(lane, 'accept-queue-full', { params: acceptQueueParams(lane) }) };
  }
  if (sock.accepts === 'loop' || sock.waitingInAccept) return { socket: { ...sock, waitingInAccept: false }, out };
  const endpoint = { ...out.endpoint, acceptQueue: out.endpoint.acceptQueue + 1 };
  const app = out.app.filter((event) => event !== 'accept-returned');
  return {
    socket: { ...sock, queuedAhead: out.endpoint.acceptQueue },
    out: { ...out, endpoint, app, params: { ...out.params, ...acceptQueueParams(endpoint) } },
  };
}

/**
 * accept(): the oldest connection of the queue — the ladder's, or another client's ahead of it —
 * or, with the queue empty, the application waits in accept() for the next one. No segment: the
 * handshake is over before accept() can see a connection.
 */
function acceptCall(sock: AppSocket, ep: Endpoint): SocketStep {
  if (!sock.listening) return { socket: sock, before: ep, result: result(ep, 'accept-not-listening', { app: ['accept-invalid'] }) };
  if (ep.acceptQueue === 0) {
    return { socket: { ...sock, waitingInAccept: true }, before: ep, result: result(ep, 'accept-waits', { app: ['accept-waiting'] }) };
  }
  const taken = { ...ep, acceptQueue: ep.acceptQueue - 1 };
  const params = acceptQueueParams(taken);
  if (sock.queuedAhead === 0) {
    const accepted = acceptedBy(sock, ep);
    return { socket: accepted.socket, before: ep, result: result(taken, 'accept-connection', { app: accepted.app, params }) };
  }
  const queuedAhead = sock.queuedAhead === null ? null : sock.queuedAhead - 1;
  return {
    socket: { ...sock, queuedAhead },
    before: ep,
    result: result(taken, 'accept-other-connection', { app: ['accept-returned-other'], params }),
  };
}

/**
 * A call on the connection on the ladder while it still waits in the accept queue (the sandbox:
 * the learner acts on the connection without calling accept() first): the application accepts
 * it first, so the call has a descriptor to act on; ahead of it, others stay queued.
 */
function acceptedFirst(sock: AppSocket, ep: Endpoint, call: UserCall): { sock: AppSocket; ep: Endpoint; app: readonly AppEvent[] } {
  const onConnection = call !== 'listen' && call !== 'connect' && call !== 'accept' && call !== 'crash';
  if (!onConnection || sock.queuedAhead === null) return { sock, ep, app: [] };
  const accepted = acceptedBy(sock, ep);
  return { sock: accepted.socket, ep: { ...ep, acceptQueue: ep.acceptQueue - 1 }, app: accepted.app };
}

/**
 * The application now holds the connection. One that reads as data arrives reads at once what
 * waited in the buffer, and sees the end-of-file behind it; a reset waits for its next call.
 */
function acceptedBy(sock: AppSocket, ep: Endpoint): { socket: AppSocket; app: readonly AppEvent[] } {
  const socket = { ...sock, queuedAhead: null };
  if (sock.reads !== 'at-once' || sock.readShut) return { socket, app: ['accept-returned'] };
  const app: AppEvent[] = ['accept-returned'];
  if (sock.unread > 0) app.push('data-read');
  if (ep.finReceived) app.push('eof');
  return { socket: { ...socket, unread: 0 }, app };
}

function socketCall(sock: AppSocket, ep: Endpoint, call: UserCall, bytes: number, now: number, deliver: Deliver): SocketStep {
  const first = acceptedFirst(sock, ep, call);
  const out = connectionCall(first.sock, first.ep, call, bytes, now, deliver);
  if (first.app.length === 0) return out;
  return { ...out, before: ep, result: { ...out.result, app: [...first.app, ...out.result.app] } };
}

function connectionCall(sock: AppSocket, ep: Endpoint, call: UserCall, bytes: number, now: number, deliver: Deliver): SocketStep {
  const tcp = (input: UserCall) => deliver(ep, { kind: 'call', call: input, bytes }, now);
  switch (call) {
    case 'accept':
      return acceptCall(sock, ep);
    case 'read':
      return { ...readBuffer(sock, ep), before: ep };
    case 'shutrd':
      return shutdownRead(sock, ep);
    case 'send':
      return sendChecked(sock, ep, () => tcp('send'));
    case 'close':
      return closeSocket(sock, ep, tcp);
    case 'abort': {
      if (ep.state === 'CLOSED' && sock.listening) return closeListener(sock, ep);
      const out = settle(sock, ep, ep, tcp('abort'));
      return { ...out, socket: { ...out.socket, closed: true, unread: 0, listening: out.socket.listening && ep.state !== 'LISTEN' } };
    }
    case 'crash':
      return crash(sock, ep, now);
    case 'listen':
    case 'connect':
    case 'shutdown':
      return settle(sock, ep, ep, tcp(call));
  }
}

/** RECEIVE (§3.10.3): buffered data first, then a pending error, then end-of-file. */
function readBuffer(sock: AppSocket, ep: Endpoint): { socket: AppSocket; result: StepResult } {
  if (sock.closed) return { socket: sock, result: result(ep, 'read-no-connection', { app: ['error-no-connection'] }) };
  if (sock.unread > 0) {
    return { socket: { ...sock, unread: 0 }, result: result(ep, 'read-data', { app: ['data-read'], params: { bytes: sock.unread } }) };
  }
  if (sock.error) {
    const event: AppEvent = sock.error === 'EPIPE' ? 'broken-pipe' : 'connection-reset';
    return { socket: { ...sock, error: null }, result: result(ep, 'read-error', { app: [event], params: { error: sock.error } }) };
  }
  if (sock.readShut || ep.finReceived || sock.broken || (ep.state === 'CLOSED' && sock.ended)) {
    return { socket: sock, result: result(ep, 'read-eof', { app: ['eof'] }) };
  }
  if (IDLE.includes(ep.state) || ep.state === 'SYN-SENT') {
    return { socket: sock, result: result(ep, 'read-no-connection', { app: ['error-no-connection'] }) };
  }
  return { socket: sock, result: result(ep, 'read-would-block', { app: ['would-block'] }) };
}

/** shutdown(SHUT_RD): nothing on the wire (TCP has no segment for it); reading stops. */
function shutdownRead(sock: AppSocket, ep: Endpoint): SocketStep {
  if (IDLE.includes(ep.state) || sock.closed) {
    return { socket: sock, before: ep, result: result(ep, 'read-no-connection', { app: ['error-no-connection'] }) };
  }
  return { socket: { ...sock, readShut: true }, before: ep, result: result(ep, 'shutdown-read', { params: { bytes: sock.unread } }) };
}

/** A reset the application has not heard of yet is reported by send(); after it, EPIPE. */
function sendChecked(sock: AppSocket, ep: Endpoint, send: () => StepResult): SocketStep {
  if (sock.error) {
    const event: AppEvent = sock.error === 'EPIPE' ? 'broken-pipe' : 'connection-reset';
    return {
      socket: { ...sock, error: null },
      before: ep,
      result: result(ep, 'send-error', { app: [event], params: { error: sock.error } }),
    };
  }
  if (sock.broken && ep.state === 'CLOSED') {
    return { socket: sock, before: ep, result: result(ep, 'send-error', { app: ['broken-pipe'], params: { error: 'EPIPE' } }) };
  }
  return settle(sock, ep, ep, send());
}

/** Data the application has not read and now never will (§3.6.1 SHLD-2). */
const UNREAD_LOST_STATES: readonly TcpState[] = ['ESTABLISHED', 'CLOSE-WAIT', 'FIN-WAIT-1', 'FIN-WAIT-2'];

function closeSocket(sock: AppSocket, ep: Endpoint, tcp: (call: UserCall) => StepResult): SocketStep {
  if (ep.state === 'CLOSED' && sock.listening) return closeListener(sock, ep);
  if (sock.unread > 0 && UNREAD_LOST_STATES.includes(ep.state)) {
    // "If such a host issues a CLOSE call while received data is still pending in TCP … its TCP
    // implementation SHOULD send a RST to show that data was lost" (§3.6.1, SHLD-2): the abort's
    // reset, for a different reason.
    const out = settle(sock, ep, ep, tcp('abort'));
    const rst = { ...out.result, rule: 'close-unread-rst' as const, params: { bytes: sock.unread } };
    return { ...out, socket: { ...out.socket, closed: true, unread: 0 }, result: rst };
  }
  const out = settle(sock, ep, ep, tcp('close'));
  // close() in LISTEN closes the listener itself; otherwise the listener stays.
  const listening = out.socket.listening && ep.state !== 'LISTEN';
  return { ...out, socket: { ...out.socket, closed: true, listening } };
}

/** The connection is over and only the listener is left: closing it refuses what comes next. */
function closeListener(sock: AppSocket, ep: Endpoint): SocketStep {
  // Connections still in the accept queue go with it (Linux resets them; none is on the ladder).
  return {
    socket: { ...sock, listening: false, waitingInAccept: false },
    before: ep,
    result: result({ ...ep, acceptQueue: 0 }, 'close-listener'),
  };
}

/** The host loses everything without a segment (§3.5.2): the peer still believes in the connection. */
function crash(sock: AppSocket, ep: Endpoint, now: number): SocketStep {
  const lost = IDLE.includes(ep.state) && !sock.listening ? ep : resetConnection(ep, 'CLOSED', now);
  const socket: AppSocket = {
    ...createSocket(sock.reads, sock.accepts),
    connection: sock.connection,
    ended: sock.ended || !IDLE.includes(ep.state),
  };
  return { socket, before: ep, result: result({ ...lost, acceptQueue: 0 }, 'host-crash') };
}

function socketArrival(sock: AppSocket, ep: Endpoint, seg: Segment, now: number, deliver: Deliver): SocketStep {
  const input: EndpointInput = { kind: 'segment', segment: seg };
  if (isOrphanData(sock, ep, seg)) {
    // Nobody will read it (§3.6.1 SHLD-2; Linux resets an orphaned FIN-WAIT socket the same
    // way): <SEQ=SEG.ACK><CTL=RST>, which the sender will accept.
    const rst = makeReset(replyPorts(seg), seg.ack ?? ep.sndNxt, null);
    const out = result(resetConnection(ep, 'CLOSED', now), 'orphan-data-rst', { sent: [rst], params: { bytes: seg.len } });
    return settle(sock, ep, ep, out);
  }
  if (sock.listening && seg.srcAddr !== undefined && !IDLE.includes(ep.state) && ep.config.backlog !== null) {
    // Another host's segment (§3.10.7 demultiplexes by addresses too): it is the listening
    // socket's — a new SYN, or the ACK of its own half-open connection — not the ladder's.
    const out = deliver(withState(ep, 'LISTEN'), input, now);
    return settle(sock, ep, ep, { ...out, endpoint: withListenerOf(ep, out.endpoint) });
  }
  if (sock.listening && reopensFromTimeWait(ep, seg)) {
    // The old incarnation is retired and the listener — only a side that still listens has one —
    // takes the SYN as a new connection, with an ISS past everything the old one sent (MAY-2 (1)).
    const listener = listenerFor(resetConnection(ep, 'LISTEN', now), timeWaitReopenIss(ep));
    const out = settle({ ...sock, ended: true }, listener, { ...ep, state: 'CLOSED' }, deliver(listener, input, now));
    return { ...out, before: ep, result: { ...out.result, rule: 'time-wait-reopen' } };
  }
  if (ep.state === 'CLOSED' && sock.listening && seg.dstPort === ep.config.localPort) {
    // The connection on the ladder is over, but the listening socket is not.
    const listener = listenerFor(ep, ep.iss);
    const out = deliver(listener, input, now);
    if (out.endpoint.state === 'LISTEN') {
      // Nothing new was made (a stray ACK answered with RST, say): the lane's TCB stays CLOSED.
      return settle(sock, ep, ep, {
        ...out,
        endpoint: { ...ep, timers: out.endpoint.timers, synQueue: out.endpoint.synQueue, acceptQueue: out.endpoint.acceptQueue },
      });
    }
    return settle(sock, listener, ep, out);
  }
  return settle(sock, ep, ep, deliver(ep, input, now));
}

/** The connection on the ladder, with the listener's queues as `listener` left them. */
function withListenerOf(lane: Endpoint, listener: Endpoint): Endpoint {
  return {
    ...lane,
    synQueue: listener.synQueue,
    acceptQueue: listener.acceptQueue,
    timers: { ...lane.timers, synQueue: listener.timers.synQueue },
  };
}

function listenerFor(ep: Endpoint, iss: number): Endpoint {
  return { ...withState(ep, 'LISTEN'), passiveOpen: true, iss, sndUna: iss, sndNxt: iss, remotePort: ep.config.remotePort };
}

/** New text past RCV.NXT for a connection whose application has closed (or shut reading) in FIN-WAIT. */
function isOrphanData(sock: AppSocket, ep: Endpoint, seg: Segment): boolean {
  if (!(sock.closed || sock.readShut) || seg.len === 0 || hasFlag(seg, 'RST')) return false;
  if (ep.state !== 'FIN-WAIT-1' && ep.state !== 'FIN-WAIT-2') return false;
  if (seg.dstPort !== ep.config.localPort || seg.srcPort !== ep.remotePort) return false;
  return segmentAcceptable(ep, seg) && seqGt(seqAdd(seg.seq, seg.len), ep.rcvNxt);
}
