import { enBase } from './base';
import { enDetails } from './details';
import { enSockets } from './sockets';
import { enTeaching } from './teaching';
import { enView } from './view';

/** The full English catalogue: the reference for MessageKey and for the keys test. */
export const en = { ...enBase, ...enTeaching, ...enSockets, ...enView, ...enDetails };
