export { ScenarioPicker, ScenarioSummary } from './ScenarioPicker';
export { scenarioGroups, type ScenarioGroup } from './scenarioGroups';
