// The shared ui layer: pieces more than one feature (or app/) uses. Features import these, never
// each other; ui imports only store, i18n, playback, export and engine (scripts/checkLayers.ts).
export { lazyPart } from './lazyPart';
export { ModalDialog, type DialogShape } from './ModalDialog';
export { SegmentedControl, type SegmentOption } from './SegmentedControl';
export type { LadderViewProps } from './viewProps';
export { scenarioTextId } from './scenarioTextId';
