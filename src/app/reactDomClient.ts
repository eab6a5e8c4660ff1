/**
 * React DOM's client, initialised here, in the react-dom chunk (vite.config.ts), so that its
 * start-up runs when that chunk does, in a task before the app's (issue 8: total blocking time).
 */
export { createRoot, hydrateRoot } from 'react-dom/client';
