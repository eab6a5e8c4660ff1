import { lazyPart } from '../ui/lazyPart';

/** The dialogs opened from the header and the playback bar load on first use, not with the page. */
export const loadHeaderDialog = () => import('./HeaderDialog');
export const HeaderDialog = lazyPart(loadHeaderDialog);
