import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, simulateScenario } from '../engine';
import { settledCursor } from './settledCursor';

const trace = simulateScenario('close', DEFAULT_OPTIONS);
const timeOf = (cursor: number) => trace.steps[cursor - 1]?.t ?? 0;

describe('settledCursor: a step counts once the playhead reaches its time', () => {
  it('is the cursor at rest', () => {
    for (let cursor = 0; cursor <= trace.steps.length; cursor++) expect(settledCursor(trace, cursor, timeOf(cursor))).toBe(cursor);
  });

  it('is the step before while the playhead is still gliding toward the current one', () => {
    // Step 3: the SYN arrives at the server at 100 ms.
    expect(timeOf(3)).toBe(100);
    expect(settledCursor(trace, 3, 40)).toBe(2);
    expect(settledCursor(trace, 3, 99.9)).toBe(2);
    expect(settledCursor(trace, 3, 100)).toBe(3);
  });

  it('counts steps at the same instant together (a call and the segment it sends)', () => {
    // listen() and connect() both happen at t = 0.
    expect(settledCursor(trace, 2, 0)).toBe(2);
  });

  it('never runs ahead of the cursor, even when the playhead does', () => {
    expect(settledCursor(trace, 4, 1e9)).toBe(4);
  });

  it('goes back as far as needed when the cursor raced ahead of an unfinished glide', () => {
    expect(settledCursor(trace, 6, 150)).toBe(3);
  });
});
