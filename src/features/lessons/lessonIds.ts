/**
 * Lessons and misconceptions in reading order: from what TCP is, through opening and closing,
 * to what goes wrong. Their text is `lesson.<id>.title/body` and
 * `misconception.<id>.claim/truth` in src/i18n (a test checks every id has it, and that no
 * lesson or misconception in the catalogue is left out of these lists).
 */
export const LESSON_IDS = [
  'tcp-basics',
  'sockets',
  'seq-ack',
  'relative-seq',
  'ack-flag-vs-field',
  'why-three',
  'why-four',
  'fin-consumes-seq',
  'half-close',
  'close-vs-shutdown',
  'why-time-wait',
  'lost-segments',
  'rst',
  'syn-flood',
  'states-in-tools',
  'connection-cost',
] as const;

export type LessonId = (typeof LESSON_IDS)[number];

export const MISCONCEPTION_IDS = [
  'third-handshake-is-syn',
  'third-ack-carries-isn',
  'client-established-early',
  'both-established-together',
  'handshake-means-accepted',
  'syn-only-in-handshake-so-ack-zero',
  'first-data-byte-is-isn',
  'ack-is-seq-plus-one',
  'isn-random',
  'bare-fin',
  'fin-consumes-seq',
  'fin-stops-peer',
  'four-way-is-improved-three',
  'fin-wait-2-sends-ack',
  'time-wait-both-sides',
  'time-wait-waits-for-ack',
  'time-wait-only-resend-ack',
  'time-wait-ports',
  'syn-scan-insecure',
  'urg-keeps-connection',
] as const;

export type MisconceptionId = (typeof MISCONCEPTION_IDS)[number];
