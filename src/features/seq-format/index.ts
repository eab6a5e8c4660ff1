export { displaySeq, formatFlags, formatSegmentLabel, formatSeqNumbers } from './formatSegmentLabel';
export type { SeqContext, SeqMode } from './formatSegmentLabel';
export { formatDuration } from './formatDuration';
export { statePhase, stateHue } from './stateStyle';
export type { StatePhase } from './stateStyle';
export type { Translate, TranslateParams } from './translate';
export { seqFormatMessages } from './messages';
