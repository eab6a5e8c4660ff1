/** English units and the sequence-number mark's explanation, shared by every diagram feature; merged in en/base.ts. */
export const enSeqFormat = {
  'seqFormat.ms': '{value} ms',
  'seqFormat.seconds': '{value} s',
  'seqFormat.minutes': '{value} min',
  'seqFormat.foreignNote':
    ', with a number marked * shown as sent: it belongs to no connection of ours, so there is no ISN to count it from',
  'seqFormat.foreignTooltip':
    '* absolute number: it belongs to no connection of ours (an old duplicate, a reply from a port with no connection, a forged or hand-made segment), so there is no ISN to count it from',
} as const;

export type SeqFormatMessageKey = keyof typeof enSeqFormat;
