import { SCENARIO_GROUPS, SCENARIO_IDS, type ScenarioGroupId, type ScenarioId } from '../../engine';

export interface ScenarioGroup {
  readonly id: ScenarioGroupId;
  /** `group.<id>` in src/i18n. */
  readonly labelKey: `group.${ScenarioGroupId}`;
  readonly scenarios: readonly ScenarioId[];
}

/**
 * The picker's groups come from the engine's table (SCENARIO_GROUPS), so a new scenario or group
 * is one row there plus its text. Ids the table does not mention still appear, at the end of the
 * last group, so a scenario is never silently hidden.
 */
export function scenarioGroups(
  ids: readonly ScenarioId[] = SCENARIO_IDS,
  table: readonly { id: ScenarioGroupId; scenarios: readonly string[] }[] = SCENARIO_GROUPS,
): ScenarioGroup[] {
  const known = new Set<string>(ids);
  const listed = new Set(table.flatMap((g) => g.scenarios));
  const unlisted = ids.filter((id) => !listed.has(id));
  const groups = table.map((g) => ({
    id: g.id,
    labelKey: `group.${g.id}` as const,
    scenarios: g.scenarios.filter((id): id is ScenarioId => known.has(id)),
  }));
  const last = groups.at(-1);
  if (last && unlisted.length > 0) last.scenarios = [...last.scenarios, ...unlisted];
  return groups.filter((g) => g.scenarios.length > 0);
}
