import { afterEach, describe, expect, it } from 'vitest';

const RealError = globalThis.Error;
afterEach(() => {
  globalThis.Error = RealError;
});

describe('React DOM starting up (reactDomClient.ts, issue 8: total blocking time)', () => {
  it('records no stack trace for the errors it makes at start-up, and stack traces are back afterwards', async () => {
    const limitBefore = RealError.stackTraceLimit;
    // Each Error made while the module loads notes the stack trace limit it was made under.
    const limits: unknown[] = [];
    const note = () => limits.push((RealError as { stackTraceLimit?: unknown }).stackTraceLimit);
    globalThis.Error = new Proxy(RealError, {
      apply: (target, self, args: unknown[]) => (note(), Reflect.apply(target, self, args)),
      construct: (target, args: unknown[], newTarget) => (note(), Reflect.construct(target, args, newTarget)),
    });

    const client = await import('./reactDomClient');

    expect(client.hydrateRoot).toBeTypeOf('function');
    // React DOM makes its Suspense sentinels at module level: a stack for each, with an inspector
    // attached, cost a re-parse of all of React DOM.
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.filter((limit) => typeof limit === 'number')).toEqual([]);
    expect(RealError.stackTraceLimit).toBe(limitBefore);
    expect(new RealError('after start-up').stack).toContain('after start-up');
  });
});
