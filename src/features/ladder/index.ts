export { Ladder } from './Ladder';
export { LadderView, type LadderViewProps } from './LadderView';
