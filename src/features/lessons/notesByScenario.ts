import type { ScenarioId } from '../../engine';
import type { LessonId, MisconceptionId } from './lessonIds';

export type NoteRef = { readonly kind: 'misconception'; readonly id: MisconceptionId } | { readonly kind: 'lesson'; readonly id: LessonId };

const wrong = (id: MisconceptionId): NoteRef => ({ kind: 'misconception', id });
const lesson = (id: LessonId): NoteRef => ({ kind: 'lesson', id });

/**
 * What to read beside each scenario: the 1–3 misconceptions it disproves on screen, or the
 * lesson that explains it when no misconception fits. A Record, so a new scenario is a compile
 * error here until someone decides what belongs beside it.
 */
export const SCENARIO_NOTES: Readonly<Record<ScenarioId, readonly NoteRef[]>> = {
  handshake: [wrong('third-handshake-is-syn'), wrong('client-established-early'), wrong('third-ack-carries-isn')],
  close: [wrong('bare-fin'), wrong('time-wait-both-sides'), wrong('four-way-is-improved-three')],
  'close-fin-ack': [wrong('bare-fin'), lesson('why-four')],
  'server-close': [wrong('time-wait-both-sides'), wrong('time-wait-ports')],
  'simultaneous-open': [wrong('syn-only-in-handshake-so-ack-zero')],
  'simultaneous-close': [wrong('time-wait-both-sides')],
  'half-close': [wrong('fin-wait-2-sends-ack'), wrong('fin-stops-peer')],
  'syn-lost': [lesson('lost-segments')],
  'syn-ack-lost': [lesson('lost-segments')],
  'ack-lost': [wrong('both-established-together'), lesson('lost-segments')],
  'fin-lost': [wrong('fin-consumes-seq'), lesson('lost-segments')],
  'close-ack-lost': [lesson('lost-segments')],
  'passive-fin-lost': [wrong('fin-wait-2-sends-ack'), lesson('lost-segments')],
  'last-ack-lost': [lesson('why-time-wait'), wrong('time-wait-only-resend-ack')],
  refused: [lesson('rst'), lesson('relative-seq')],
  abort: [lesson('rst')],
  'old-duplicate-syn': [lesson('why-three')],
  'two-way-handshake': [lesson('why-three')],
  'port-scan': [wrong('syn-scan-insecure')],
  'syn-flood': [lesson('syn-flood'), wrong('isn-random')],
  'syn-timeout': [lesson('lost-segments')],
  'rst-unread-data': [lesson('close-vs-shutdown'), lesson('rst')],
  'data-after-close': [lesson('close-vs-shutdown'), lesson('half-close')],
  'half-open': [lesson('rst'), lesson('sockets')],
  'fin-scan': [wrong('syn-scan-insecure'), lesson('rst')],
  'time-wait-assassination': [lesson('why-time-wait'), wrong('time-wait-only-resend-ack')],
  reconnect: [wrong('time-wait-ports'), lesson('sockets')],
  'time-wait-reuse': [wrong('time-wait-ports'), lesson('why-time-wait')],
  'accept-queue-full': [wrong('handshake-means-accepted'), wrong('both-established-together'), lesson('sockets')],
};
