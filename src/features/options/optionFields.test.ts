import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, TIME_WAIT_PRESETS } from '../../engine';
import { readLink, writeLink } from '../../store';
import { DEFAULT_INPUTS } from '../../store/simInputs';
import { NUMBER_FIELDS, newSeed, problemMessage, readWholeNumber, timeWaitPresetOf } from './optionFields';

const isn = NUMBER_FIELDS.isnClient;
const latency = NUMBER_FIELDS.latencyMs;

describe('readWholeNumber', () => {
  it.each([
    ['1000', 1000],
    [' 42 ', 42],
    ['0', 0],
    ['4294967295', 4294967295],
    ['0007', 7],
  ])('accepts %j as %d', (raw, value) => {
    expect(readWholeNumber(raw, isn)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'notWhole'],
    ['12.5', 'notWhole'],
    ['1e3', 'notWhole'],
    ['-1', 'notWhole'],
    ['+5', 'notWhole'],
    ['0x10', 'notWhole'],
    ['１２', 'notWhole'],
    ['4294967296', 'range'],
    ['99999999999999999999', 'range'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(readWholeNumber(raw, isn)).toEqual({ ok: false, problem });
  });

  it('holds latency to 20–1000 ms', () => {
    expect(readWholeNumber('19', latency)).toEqual({ ok: false, problem: 'range' });
    expect(readWholeNumber('20', latency)).toEqual({ ok: true, value: 20 });
    expect(readWholeNumber('1000', latency)).toEqual({ ok: true, value: 1000 });
    expect(readWholeNumber('1001', latency)).toEqual({ ok: false, problem: 'range' });
  });

  it('names the allowed range in the message for an out-of-range value', () => {
    expect(problemMessage('range', latency)).toEqual({ key: 'options.error.range', params: { min: 20, max: 1000 } });
    expect(problemMessage('notWhole', latency).key).toBe('options.error.notWhole');
  });
});

describe('TIME-WAIT presets', () => {
  it('recognises each preset and nothing else', () => {
    expect(timeWaitPresetOf(TIME_WAIT_PRESETS.rfc)).toBe('rfc');
    expect(timeWaitPresetOf(60_000)).toBe('linux');
    expect(timeWaitPresetOf(5_000)).toBe('classroom');
    expect(timeWaitPresetOf(30_000)).toBeNull();
  });
});

describe('newSeed', () => {
  it('gives a 32-bit seed that differs from the current one', () => {
    expect(newSeed(1, () => 0.5)).toBe(2 ** 31);
    expect(newSeed(2 ** 31, () => 0.5)).toBe(2 ** 31 + 1);
    expect(newSeed(7, () => 0.999999999999)).toBeLessThanOrEqual(2 ** 32 - 1);
  });
});

describe('every option the dialog sets survives the link', () => {
  it.each([
    { isnMode: 'fixed' as const, isnClient: 123, isnServer: 4294967295 },
    { isnMode: 'random' as const, seed: 3735928559 },
    { isnMode: 'wrap' as const },
    { latencyMs: 20 },
    { latencyMs: 1000 },
    { timeWaitMs: TIME_WAIT_PRESETS.rfc },
    { timeWaitMs: TIME_WAIT_PRESETS.classroom },
    { synCookies: true },
  ])('%j', (change) => {
    const options = { ...DEFAULT_OPTIONS, ...change };
    const read = readLink(writeLink({ ...DEFAULT_INPUTS, scenario: 'close', options }));
    expect(read.notice).toBeNull();
    expect(read.inputs.options).toEqual(options);
  });
});
