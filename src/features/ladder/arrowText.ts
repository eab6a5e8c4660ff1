import type { TraceSegment } from '../../engine';
import { formatFlags, formatSeqNumbers, type SeqContext, type Translate } from '../seq-format';
import type { ArrowText } from './SegmentArrow';

/** Everything an arrow writes or says, in the user's language and sequence-number mode. */
export function arrowText(segment: TraceSegment, ctx: SeqContext, t: Translate): ArrowText {
  const flags = formatFlags(segment);
  const numbers = formatSeqNumbers(segment, segment.from, ctx);
  let notes = '';
  if (segment.retransmission) notes += t('ladder.arrow.retransmissionNote');
  if (segment.origin === 'old-duplicate') notes += t('ladder.arrow.oldDuplicateNote');
  if (segment.origin === 'raw-socket') notes += t('ladder.arrow.rawSocketNote');
  if (segment.lost) notes += t('ladder.arrow.lostNote');
  return {
    flags,
    numbers,
    aria: t('ladder.arrow', {
      id: segment.id,
      label: `${flags} ${numbers}`,
      from: t(`side.${segment.from}`),
      to: t(`side.${segment.to}`),
      notes,
    }),
    lost: t('ladder.lost'),
    retransmission: t('ladder.retransmission'),
    origin: segment.origin === 'endpoint' ? null : t(`ladder.origin.${segment.origin}`),
  };
}
