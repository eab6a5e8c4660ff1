import type { Trace } from '../../engine';
import type { CaptureOverview } from './captureReading';

/** Page → worker: read these bytes; then, infer one connection. */
export type ToWorker =
  { readonly type: 'read'; readonly bytes: ArrayBuffer; readonly fileName: string } | { readonly type: 'trace'; readonly stream: number };

/** Worker → page. */
export type FromWorker =
  | { readonly type: 'progress'; readonly bytesRead: number; readonly bytesTotal: number }
  | { readonly type: 'overview'; readonly overview: CaptureOverview }
  | { readonly type: 'trace'; readonly stream: number; readonly trace: Trace | null };
