/** The teaching panels, built in their own feature folders; gathered here so App stays a layout. */
export { Ladder } from '../features/ladder';
export { StateBadges, TcbPanel } from '../features/badges';
export { Explanation } from '../features/explanation';
export { HeaderInspector } from '../features/inspector';
export { SandboxPanel } from '../features/sandbox';
