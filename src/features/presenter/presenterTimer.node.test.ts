import { describe, expect, it } from 'vitest';
import { elapsedMs, formatElapsed, isPresenterTimer, pauseTimer, resumeTimer, startTimer } from './presenterTimer';

describe('the speaker notes timer', () => {
  it('counts from the start of presenter mode', () => {
    expect(elapsedMs(startTimer(1_000), 6_000)).toBe(5_000);
  });

  it('stands still while paused and leaves the pause out once resumed', () => {
    const paused = pauseTimer(startTimer(0), 10_000);
    expect(elapsedMs(paused, 70_000)).toBe(10_000);
    const resumed = resumeTimer(paused, 70_000);
    expect(elapsedMs(resumed, 75_000)).toBe(15_000);
  });

  it('pausing twice or resuming a running timer changes nothing', () => {
    const paused = pauseTimer(startTimer(0), 10_000);
    expect(pauseTimer(paused, 20_000)).toBe(paused);
    const running = startTimer(5);
    expect(resumeTimer(running, 50)).toBe(running);
  });

  it('reads as minutes and seconds, with hours only when needed', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_999)).toBe('1:05');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
  });

  it('accepts only a well-formed timer from the other window', () => {
    expect(isPresenterTimer({ startedAt: 1, pausedAt: null })).toBe(true);
    expect(isPresenterTimer({ startedAt: 1, pausedAt: 2 })).toBe(true);
    for (const bad of [null, 3, 'x', {}, { startedAt: '1', pausedAt: null }, { startedAt: Infinity, pausedAt: null }, { startedAt: 1 }]) {
      expect(isPresenterTimer(bad)).toBe(false);
    }
  });
});
