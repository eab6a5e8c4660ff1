/**
 * "What if it fails here?". Import it only from lazily loaded code (src/app/HeaderDialog):
 * a static import from first-paint code would put it in the initial JS, which has no room.
 */
export { WhatIfMap } from './WhatIfMap';
export { WHAT_IF_SEGMENTS, type WhatIfSegment } from './whatIfMap';
