/**
 * Where a capture is read: in a Web Worker when one can start, else on the page in slices.
 *
 * Why a fallback and not a blob: worker: the single-file build (`npm run build:single`) is
 * opened from file://, where Chromium refuses module workers from file URLs, and a blob: worker
 * would need `worker-src blob:` in the Content-Security-Policy, which stays 'self' only. On the
 * page the same reader runs in ~8 ms slices between frames, so the page still answers while a
 * large file is read; only the speed of a very large file suffers.
 */
import { CaptureReading, type CaptureOverview, type PlayedConnection } from './captureReading';
import type { FromWorker, ToWorker } from './workerProtocol';

export interface OpenedCapture {
  readonly overview: CaptureOverview;
  /** One connection with both sides' states inferred (null: no such stream). */
  trace(stream: number): Promise<PlayedConnection | null>;
  /** Lets the worker go (a later file replaces this one). */
  dispose(): void;
}

export interface ReadProgress {
  readonly bytesRead: number;
  readonly bytesTotal: number;
}

const PAGE_SLICE_MS = 8;

export async function openCaptureFile(
  file: Blob & { readonly name: string },
  onProgress: (p: ReadProgress) => void,
): Promise<OpenedCapture> {
  // The single-file build has no worker file to load (scripts/singleFile.ts leaves it out).
  if (import.meta.env.MODE === 'single') return onPage(await file.arrayBuffer(), file.name, onProgress);
  try {
    // The file itself goes to the worker, which reads its bytes there: a 100 MB ArrayBuffer never
    // lands on the page's thread (copying it in would be a long task of its own).
    return await inWorker(file, file.name, onProgress);
  } catch (problem) {
    if (!(problem instanceof WorkerUnavailable)) throw problem;
    return onPage(await file.arrayBuffer(), file.name, onProgress);
  }
}

class WorkerUnavailable extends Error {}

function inWorker(file: Blob, fileName: string, onProgress: (p: ReadProgress) => void): Promise<OpenedCapture> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./captureWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.reject(new WorkerUnavailable());
  }
  return new Promise((resolve, reject) => {
    let started = false;
    const pending = new Map<number, (played: PlayedConnection | null) => void>();
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // Before any message, the worker's script never ran (file://, a blocked URL): fall back.
      reject(started ? new Error(event.message || 'worker error') : new WorkerUnavailable());
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      started = true;
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'overview') {
        resolve({
          overview: message.overview,
          trace: (stream) =>
            new Promise((done) => {
              pending.set(stream, done);
              worker.postMessage({ type: 'trace', stream } satisfies ToWorker);
            }),
          dispose: () => worker.terminate(),
        });
      } else {
        pending.get(message.stream)?.(message.played);
        pending.delete(message.stream);
      }
    };
    worker.postMessage({ type: 'read', file, fileName } satisfies ToWorker);
  });
}

function onPage(bytes: ArrayBuffer, fileName: string, onProgress: (p: ReadProgress) => void): Promise<OpenedCapture> {
  const reading = new CaptureReading(bytes, fileName);
  return new Promise((resolve) => {
    const slice = () => {
      const until = performance.now() + PAGE_SLICE_MS;
      const step = reading.pump(() => performance.now() >= until);
      if (!step.done) {
        onProgress(step);
        setTimeout(slice, 0);
        return;
      }
      resolve({ overview: step.overview, trace: (stream) => Promise.resolve(reading.trace(stream)), dispose: () => {} });
    };
    slice();
  });
}
