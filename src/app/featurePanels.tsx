/** The teaching panels, built in their own feature folders; gathered here so App stays a layout. */
export { Ladder, LadderView } from '../features/ladder';
export { StateBadges, TcbPanel } from '../features/badges';
export { Explanation, ExplanationView } from '../features/explanation';
export { HeaderInspector } from '../features/inspector';
export { SandboxPanel } from '../features/sandbox';
