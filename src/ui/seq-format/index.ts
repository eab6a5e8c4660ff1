// Sequence-number notation is the engine's (src/engine/segmentLabel.ts): the ladder, inspector,
// explanation, TCB table, CLI and exports all write labels with that one implementation.
export {
  ABSOLUTE_SEQ,
  FOREIGN_MARK,
  formatFlags,
  formatIsnNote,
  formatNumbers,
  formatSegmentLabel,
  formatSeqNumbers,
  formatShownSeq,
  hasForeignNumber,
  segmentNumbers,
  seqContext,
  tcbSeq,
} from '../../engine';
export type { SegmentNumbers, SeqContext, SeqMode, ShownSeq } from '../../engine';
export { formatDuration } from './formatDuration';
export { statePhase, stateHue } from '../../export/ladder/stateStyle';
export type { StatePhase } from '../../export/ladder/stateStyle';
export type { Translate, TranslateParams } from './translate';
