/**
 * The built-in scenarios. Each is only socket calls (and, later, faults): every segment and
 * every state change in their traces comes out of the engine, nothing is drawn by hand.
 * Reactive triggers ("close 400 ms after read() returned 0") keep the story right whatever
 * latency or ISN the user picks.
 */
import type { Scenario, ScriptedCall } from './scenario';
import type { ScenarioId } from './scenarioIds';

const handshake: readonly ScriptedCall[] = [
  { side: 'server', call: 'listen', when: { at: 0 } },
  { side: 'client', call: 'connect', when: { at: 0 } },
];

/** The client closes half a second after connect() returned. */
const clientClosesFirst: ScriptedCall = {
  side: 'client',
  call: 'close',
  when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 500 },
};

export const SCENARIOS: Readonly<Record<ScenarioId, Scenario>> = {
  handshake: { id: 'handshake', calls: handshake },
  close: {
    id: 'close',
    calls: [
      ...handshake,
      clientClosesFirst,
      // The server application takes a while after EOF, so its delayed ACK leaves alone first.
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'eof' }, delayMs: 400 } },
    ],
  },
  'close-fin-ack': {
    id: 'close-fin-ack',
    calls: [
      ...handshake,
      clientClosesFirst,
      // Closing at once: the FIN goes out before the delayed ACK fires and carries that ACK.
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'eof' }, delayMs: 0 } },
    ],
  },
  'server-close': {
    id: 'server-close',
    calls: [
      ...handshake,
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'accept-returned' }, delayMs: 500 } },
      { side: 'client', call: 'close', when: { after: { side: 'client', event: 'eof' }, delayMs: 400 } },
    ],
  },
  'simultaneous-open': {
    id: 'simultaneous-open',
    calls: [
      { side: 'client', call: 'connect', when: { at: 0 } },
      { side: 'server', call: 'connect', when: { at: 0 } },
    ],
  },
  'simultaneous-close': {
    id: 'simultaneous-close',
    calls: [
      ...handshake,
      // Both applications close at the same instant, once both sides are ESTABLISHED.
      { side: 'client', call: 'close', when: { after: { side: 'server', event: 'accept-returned' }, delayMs: 500 } },
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'accept-returned' }, delayMs: 500 } },
    ],
  },
  'half-close': {
    id: 'half-close',
    calls: [
      ...handshake,
      { side: 'client', call: 'shutdown', when: { after: { side: 'client', event: 'connect-returned' }, delayMs: 500 } },
      // The server still has a reply to send after reading EOF: the half-close of §3.6.
      { side: 'server', call: 'send', bytes: 100, when: { after: { side: 'server', event: 'eof' }, delayMs: 300 } },
      { side: 'server', call: 'send', bytes: 100, when: { after: { side: 'server', event: 'eof' }, delayMs: 600 } },
      { side: 'server', call: 'close', when: { after: { side: 'server', event: 'eof' }, delayMs: 900 } },
    ],
  },
};
