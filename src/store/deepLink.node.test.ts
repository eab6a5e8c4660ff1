import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, OPTION_LIMITS } from '../engine';
import { readLink, writeLink } from './deepLink';
import { DEFAULT_INPUTS } from './simInputs';
import { selectStepCount } from './traceSelectors';

describe('deep link', () => {
  it('round-trips a moment, options included', () => {
    const state = {
      ...DEFAULT_INPUTS,
      scenario: 'close' as const,
      cursor: 3,
      locale: 'zh' as const,
      seqMode: 'absolute' as const,
      options: {
        ...DEFAULT_OPTIONS,
        isnMode: 'wrap' as const,
        isnClient: 4294967290,
        latencyMs: 250,
        synCookies: true,
        profile: 'linux' as const,
      },
    };
    const link = writeLink(state);
    expect(link).toContain('profile=linux');
    expect(link).toContain('s=close');
    expect(link).toContain('step=3');
    expect(link).toContain('cookies=1');
    const read = readLink(link);
    expect(read.notice).toBeNull();
    expect(read.locale).toBe('zh');
    expect(read.inputs).toEqual({ scenario: 'close', cursor: 3, seqMode: 'absolute', options: state.options });
  });

  it('omits options that are at their defaults', () => {
    expect(writeLink(DEFAULT_INPUTS)).toBe('#s=handshake&step=0&lang=en&seq=rel');
  });

  it('an empty hash changes nothing and says nothing', () => {
    expect(readLink('')).toEqual({ inputs: {}, locale: null, notice: null });
    expect(readLink('#')).toEqual({ inputs: {}, locale: null, notice: null });
  });

  it('an unknown scenario opens the handshake at its start, with a notice naming the scenario and the step', () => {
    const read = readLink('#s=teleport&step=2&lang=zh');
    expect(read.inputs).toMatchObject({ scenario: 'handshake', cursor: 0 });
    expect(read.notice).toEqual({ key: 'notice.unknownScenarioStep', params: { name: 'teleport', step: 2 } });
    expect(read.locale).toBe('zh');
    expect(readLink('#s=teleport').notice).toEqual({ key: 'notice.unknownScenario', params: { name: 'teleport' } });
  });

  it('reads `scenario` as well as `s`, and names an unknown one instead of going to a step of the handshake', () => {
    expect(readLink('#scenario=close&step=2').inputs).toMatchObject({ scenario: 'close', cursor: 2 });
    const read = readLink('#scenario=nope&step=999');
    expect(read.inputs).toMatchObject({ scenario: 'handshake', cursor: 0 });
    expect(read.notice).toEqual({ key: 'notice.unknownScenarioStep', params: { name: 'nope', step: 999 } });
  });

  it('quotes at most 40 characters of an unknown scenario name', () => {
    const read = readLink(`#s=${'x'.repeat(500)}`);
    expect(read.notice?.params?.name).toBe(`${'x'.repeat(40)}…`);
  });

  it('a step past the end lands on the last step with a notice', () => {
    const read = readLink('#s=handshake&step=999');
    const n = selectStepCount({ scenario: 'handshake', options: DEFAULT_OPTIONS });
    expect(read.inputs.cursor).toBe(n);
    expect(read.notice).toEqual({ key: 'notice.stepOutOfRange', params: { step: 999, n } });
  });

  it.each([
    '#step=abc',
    '#s=close&step=-1',
    '#s=close&step=1e3',
    '#s=close&ci=hello',
    '#s=close&lat=0',
    '#s=close&seq=sideways',
    '#s=close&lang=xx',
    '#s=close&cookies=yes',
  ])('a bad value in %s falls back and says the link was partly damaged', (hash) => {
    const read = readLink(hash);
    expect(read.notice?.key).toBe('notice.linkPartlyDamaged');
    expect(read.inputs.options).toBeDefined();
  });

  it.each(['#%E0%A4%A', '#!!!', '#<script>', '#a=1&b=2'])('garbage %s opens the default with a notice', (hash) => {
    const read = readLink(hash);
    expect(read.inputs).toMatchObject({ scenario: 'handshake', cursor: 0 });
    expect(read.notice?.key).toBe('notice.linkDamaged');
  });

  it.each([
    ['lat', 'latencyMs'],
    ['tw', 'timeWaitMs'],
    ['seed', 'seed'],
  ] as const)('%s accepts exactly the range the Options dialog and the CLI accept', (code, key) => {
    const { min, max } = OPTION_LIMITS[key];
    for (const value of [min, max]) {
      expect(readLink(`#s=close&step=0&${code}=${value}`)).toMatchObject({ inputs: { options: { [key]: value } }, notice: null });
    }
    for (const value of [min - 1, max + 1]) {
      if (value < 0) continue;
      expect(readLink(`#s=close&step=0&${code}=${value}`)).toMatchObject({
        inputs: { options: { [key]: DEFAULT_OPTIONS[key] } },
        notice: { key: 'notice.linkPartlyDamaged' },
      });
    }
  });
});

describe('the backlog in a link', () => {
  it('bl=16 round-trips; bl=0 falls back to the default and says the link was damaged', () => {
    const read = readLink('#s=reconnect&step=3&bl=16');
    expect(read.inputs.options?.backlog).toBe(16);
    expect(read.notice).toBeNull();
    const damaged = readLink('#s=reconnect&step=3&bl=0');
    expect(damaged.inputs.options?.backlog).toBe(128);
    expect(damaged.notice).not.toBeNull();
  });
});
