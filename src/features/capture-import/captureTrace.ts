/**
 * One captured connection as a trace with both sides' states inferred: the capture reader's
 * segments, told apart by direction (capture/observe.ts), fed through the engine's own endpoint
 * logic (engine/captureInference.ts). The app, the CLI and the tests all come through here.
 */
import { observeConnection, type CaptureResult, type CapturedConnection } from '../../capture';
import type { Trace } from '../../engine';
import { inferFromCapture } from '../../engine/captureInference';

export function captureTrace(result: Pick<CaptureResult, 'packets'>, connection: CapturedConnection, fileName: string): Trace {
  return inferFromCapture(observeConnection(result, connection, fileName));
}
