/**
 * React DOM's client, initialised here, in the react-dom chunk (vite.config.ts), so that its
 * start-up runs when that chunk does, in a task before the app's (issue 8: total blocking time).
 * It starts with stack traces off (reactDomClientStart.ts says why); they are back before any
 * other code runs.
 */
import './reactDomClientStart';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { errorStacksBack } from './reactDomClientStart';

errorStacksBack();

export { createRoot, hydrateRoot };
