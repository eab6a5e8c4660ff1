import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` and `expect` from here. Each browser context:
 * - gets `window.__SKIP_ANIMATIONS__ = true` before any page script runs; the app reads it and
 *   sets framer-motion's MotionGlobalConfig.skipAnimations, so animations finish at once and
 *   tests never need sleeps (reducedMotion: 'reduce' alone still animates fades);
 * - reports every Content-Security-Policy violation of its pages, and the test fails if there
 *   was one: the whole suite is a walk of every view under the built page's strict policy.
 */
export const test = base.extend<{ skipAnimations: boolean }>({
  skipAnimations: [true, { option: true }],
  context: async ({ context, skipAnimations }, use) => {
    const violations: string[] = [];
    await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
      violations.push(text);
    });
    await context.addInitScript((skip) => {
      if (skip) Object.assign(window, { __SKIP_ANIMATIONS__: true });
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    }, skipAnimations);
    await use(context);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
