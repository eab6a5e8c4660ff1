/**
 * The panel beside a capture as it plays. Import it only from lazily loaded code (src/app/App
 * loads it once a capture plays): a static import from first-paint code would put it in the
 * initial JS of every reader, who mostly never opens a capture.
 */
export { CapturePanel } from './CapturePanel';
export type { CompareRenderers } from './CaptureCompare';
