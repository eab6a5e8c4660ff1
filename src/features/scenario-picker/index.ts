export { ScenarioPicker } from './ScenarioPicker';
export { scenarioGroups, type ScenarioGroup } from './scenarioGroups';
