/**
 * The Web Worker that reads a capture off the page's thread: a 100 MB file never holds up the
 * page. It reads in slices of about 50 ms, posting progress after each, and keeps the packets;
 * the page asks for one connection's trace once the learner has picked it.
 */
import { CaptureReading } from './captureReading';
import type { FromWorker, ToWorker } from './workerProtocol';

const SLICE_MS = 50;
let reading: CaptureReading | null = null;

const post = (message: FromWorker) => self.postMessage(message);

function readOn(current: CaptureReading): void {
  const until = performance.now() + SLICE_MS;
  const step = current.pump(() => performance.now() >= until);
  if (current !== reading) return;
  if (step.done) post({ type: 'overview', overview: step.overview });
  else {
    post({ type: 'progress', bytesRead: step.bytesRead, bytesTotal: step.bytesTotal });
    setTimeout(() => readOn(current), 0);
  }
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'read') {
    const current = new CaptureReading(await message.file.arrayBuffer(), message.fileName);
    reading = current;
    readOn(current);
  } else if (reading) {
    post({ type: 'trace', stream: message.stream, played: reading.trace(message.stream) });
  }
};
