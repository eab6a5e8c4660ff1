import type { SeqFormatMessageKey } from '../en/seqFormat';

/** Chinese units and the mark's explanation; loaded only with the Chinese catalogue. */
export const zhSeqFormat: Record<SeqFormatMessageKey, string> = {
  'seqFormat.ms': '{value} 毫秒',
  'seqFormat.seconds': '{value} 秒',
  'seqFormat.minutes': '{value} 分钟',
  'seqFormat.foreignNote': '，标 * 的序号按原值显示：它不属于我们的任何连接，没有可以作为起点的 ISN',
  'seqFormat.foreignTooltip':
    '* 绝对序号：它不属于我们的任何连接（旧的重复报文段、无连接端口的回复、伪造或手工构造的报文段），没有可以作为起点的 ISN',
};
