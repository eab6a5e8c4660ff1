/**
 * The diagram and the panels beside it, as one chunk of their own (featurePanels.tsx loads it).
 * None of it is needed before the page answers: the prerendered HTML shows them until it arrives.
 */
export { Ladder, LadderView } from '../features/ladder';
export { StateBadges, TcbPanel } from '../features/badges';
export { Explanation, ExplanationView } from '../features/explanation';
export { HeaderInspector } from '../features/inspector';
export { SandboxPanel } from '../features/sandbox';
export { ScenarioNotes } from '../features/lessons/ScenarioNotes';
