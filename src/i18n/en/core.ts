import { enBase } from './base';
import { enSockets } from './sockets';
import { enTeaching } from './teaching';

/**
 * The first part of the English text as one chunk: the interface strings, the teaching text of
 * the first screen and the socket layer's. Not in the app's own bundle, so a Chinese reader never
 * downloads it (issue 8: first-paint JS); zh/index.ts is its Chinese twin.
 */
export const enCore = { ...enBase, ...enTeaching, ...enSockets };
