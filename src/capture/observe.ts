/**
 * A captured connection as the engine's inference reads it (engine/captureInference.ts): each
 * segment told apart by direction, its header as the engine's `Segment` (flags minus AE, the
 * options the engine knows), its time in ms. Built as plain objects so this layer keeps taking
 * only types from the engine.
 */
import type { CaptureObservation, ControlBit, ObservedSegment, Segment, SegmentOptions } from '../engine';
import type { CaptureResult } from './read';
import type { CapturedConnection, CapturedSegment, TcpOption } from './types';

export function observeConnection(
  result: Pick<CaptureResult, 'packets'>,
  connection: CapturedConnection,
  fileName: string,
): CaptureObservation {
  const segments: ObservedSegment[] = [];
  for (const p of result.packets) {
    if (p.stream !== connection.stream) continue;
    const fromClient = p.src === connection.client.addr && p.srcPort === connection.client.port;
    segments.push({
      from: fromClient ? 'client' : 'server',
      t: p.timeUs / 1000,
      segment: toSegment(p),
      frame: p.frame,
      truncated: p.truncated,
    });
  }
  return { name: `capture:${fileName}#${connection.stream}`, segments };
}

function toSegment(p: CapturedSegment): Segment {
  const flags = p.flags.filter((f): f is ControlBit => f !== 'AE');
  const options = segmentOptions(p.options);
  return {
    srcPort: p.srcPort,
    dstPort: p.dstPort,
    flags,
    seq: p.seq,
    ack: p.ack,
    len: p.len,
    window: p.window,
    ...(options ? { options } : {}),
  };
}

function segmentOptions(options: readonly TcpOption[]): SegmentOptions | undefined {
  const out: SegmentOptions = {};
  for (const o of options) {
    if (o.name === 'MSS' && 'mss' in o) out.mss = o.mss;
    else if (o.name === 'WS' && 'shift' in o) out.windowScale = o.shift;
    else if (o.name === 'SACK_PERM') out.sackPermitted = true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
