import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../engine';
import { en } from '../../i18n/en';
import { scenarioGroups } from './scenarioGroups';

describe('scenario groups', () => {
  it('list every scenario exactly once', () => {
    const all = scenarioGroups().flatMap((g) => g.scenarios);
    expect([...all].sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it('each group has a name in the message tables', () => {
    expect(
      scenarioGroups()
        .map((g) => g.labelKey)
        .filter((key) => !(key in en)),
    ).toEqual([]);
  });

  it('put a scenario the table does not know into the last group instead of hiding it', () => {
    const groups = scenarioGroups(['handshake', 'brand-new' as never], [{ id: 'basics', scenarios: ['handshake'] }]);
    expect(groups.flatMap((g) => g.scenarios)).toEqual(['handshake', 'brand-new']);
  });

  it('leave out empty groups', () => {
    expect(scenarioGroups(['handshake']).map((g) => g.id)).toEqual(['basics']);
  });
});
