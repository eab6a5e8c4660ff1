import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../features/controls';
import { FATE_KEYS } from '../features/sandbox/useSandboxShortcuts';

// Two features listen for keys on the same page; only app/, which puts them together, may see both.
describe('keyboard shortcuts across features', () => {
  it('the sandbox fate keys do not collide with the playback shortcuts', () => {
    const taken = new Set(COMMANDS.flatMap((command) => command.keys.map((key) => key.toLowerCase())));
    expect(Object.values(FATE_KEYS).filter((key) => taken.has(key))).toEqual([]);
  });
});
