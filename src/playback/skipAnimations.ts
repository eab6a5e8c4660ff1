import { MotionGlobalConfig } from 'framer-motion';

declare global {
  interface Window {
    /** Set by the Playwright fixture before any script runs: finish every animation at once. */
    __SKIP_ANIMATIONS__?: boolean;
  }
}

/** Called once from main.tsx, before the first render. */
export function applySkipAnimationsFlag(win: Window = window): void {
  if (win.__SKIP_ANIMATIONS__ === true) MotionGlobalConfig.skipAnimations = true;
}

export function animationsSkipped(): boolean {
  return MotionGlobalConfig.skipAnimations === true;
}
