import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach } from 'vitest';

// Every framer-motion animation jumps to its end, so tests never wait on durations.
MotionGlobalConfig.skipAnimations = true;

// Testing Library only cleans up by itself when vitest globals are on; they are off here.
afterEach(cleanup);
