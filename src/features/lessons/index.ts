/**
 * Beside the diagram: `<ScenarioNotes />`, small enough for the first paint (its text arrives
 * with the rest of the teaching text). The Learn drawer and the "why three?" comparison are
 * in ./dialogs, for lazily loaded code only.
 */
export { ScenarioNotes, type ScenarioNotesProps } from './ScenarioNotes';
export { COMPARE_SCENARIOS, offersComparison } from './compareScenarios';
