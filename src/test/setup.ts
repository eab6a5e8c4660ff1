import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach } from 'vitest';
import { loadCompleteMessages } from '../i18n/messages';

// Every framer-motion animation jumps to its end, so tests never wait on durations.
MotionGlobalConfig.skipAnimations = true;

// Testing Library only cleans up by itself when vitest globals are on; they are off here.
afterEach(cleanup);

// jsdom lays nothing out, so it has nothing to scroll and no scrollIntoView; the app calls it (the
// fetch-fault notice brings itself into view), and scrolling is the browser tests' to check.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

// A findBy/waitFor resolves as soon as its element appears; its ceiling only matters when the
// machine is slow (a lazy chunk is transformed on first import), so it must not be the default
// 1 s. Tests wait for events, never for a duration.
configure({ asyncUtilTimeout: 30_000 });

// The app fetches its language before its first render (main.tsx), and no catalogue is bundled
// with it; components rendered here find English there as the app would.
await loadCompleteMessages('en');
await import('./engineArrived');
