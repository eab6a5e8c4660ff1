export { StateBadges } from './StateBadges';
export { StateBadgesView, type StateBadgesViewProps } from './StateBadgesView';
export { TcbPanel } from './TcbPanel';
export { TcbTable, type TcbTableProps } from './TcbTable';
