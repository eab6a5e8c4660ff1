import { test as base, expect } from '@playwright/test';

/**
 * Every spec imports `test` and `expect` from here. Each browser context gets
 * `window.__SKIP_ANIMATIONS__ = true` before any page script runs; the app reads it and sets
 * framer-motion's MotionGlobalConfig.skipAnimations, so animations finish at once and tests
 * never need sleeps. (reducedMotion: 'reduce' alone still animates fades.)
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript(() => {
      Object.assign(window, { __SKIP_ANIMATIONS__: true });
    });
    await use(context);
  },
});

export { expect };
