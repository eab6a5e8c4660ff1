import type { CaptureOverview, PlayedConnection } from './captureReading';

/** Page → worker: read this file; then, infer one connection. */
export type ToWorker =
  { readonly type: 'read'; readonly file: Blob; readonly fileName: string } | { readonly type: 'trace'; readonly stream: number };

/** Worker → page. */
export type FromWorker =
  | { readonly type: 'progress'; readonly bytesRead: number; readonly bytesTotal: number }
  | { readonly type: 'overview'; readonly overview: CaptureOverview }
  | { readonly type: 'trace'; readonly stream: number; readonly played: PlayedConnection | null };
