export { Ladder } from './Ladder';
export { LadderView, type LadderViewProps } from './LadderView';
export { ladderMessages } from './messages';
