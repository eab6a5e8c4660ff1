import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration';

describe('formatDuration', () => {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) => `${params?.value}${key === 'seqFormat.ms' ? 'ms' : 's'}`;
  it('uses ms below a second, one decimal for short seconds, whole seconds when long', () => {
    expect(formatDuration(40, t)).toBe('40ms');
    expect(formatDuration(1500, t)).toBe('1.5s');
    expect(formatDuration(2000, t)).toBe('2s');
    expect(formatDuration(59_900, t)).toBe('60s');
  });
  it('calls a duration that rounds to 1000 ms one second, as the same timer elsewhere reads', () => {
    expect(formatDuration(999.6, t)).toBe('1s');
    expect(formatDuration(999.4, t)).toBe('999ms');
  });
});

describe('formatDuration in minutes', () => {
  const t = (key: string, params?: Readonly<Record<string, string | number>>) => `${params?.value} ${key.replace('seqFormat.', '')}`;
  it('writes the RFC’s 2MSL as 4 minutes but keeps Linux’s 60 s in seconds', () => {
    expect(formatDuration(240_000, t)).toBe('4 minutes');
    expect(formatDuration(60_000, t)).toBe('60 seconds');
    expect(formatDuration(150_000, t)).toBe('150 seconds');
  });
});
