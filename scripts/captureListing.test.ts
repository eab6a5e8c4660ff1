/**
 * A large capture's connection list (issue 12 §4), on the capture `npm run bench` generates: the
 * page is sent only the first LISTED_CONNECTIONS rows to draw, with the full count, and any
 * connection can still be played.
 */
import { describe, expect, it } from 'vitest';
import { generatedCapture } from './benchCapture';
import { readCapture } from '../src/capture';
import { CaptureReading, LISTED_CONNECTIONS } from '../src/features/capture-import/captureReading';

function readAll(bytes: Uint8Array) {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const reading = new CaptureReading(buffer, 'many.pcap');
  for (;;) {
    const step = reading.pump(() => false);
    if (step.done) return { reading, overview: step.overview };
  }
}

describe('a capture with more connections than a list can show', () => {
  // The close scenario's packets, copied for each connection: several hundred connections.
  const bytes = generatedCapture(20 * LISTED_CONNECTIONS);
  const total = readCapture(bytes).connections.length;
  const { reading, overview } = readAll(bytes);

  it(`lists the first ${LISTED_CONNECTIONS} and counts them all`, () => {
    expect(total).toBeGreaterThan(LISTED_CONNECTIONS);
    expect(overview.connectionCount).toBe(total);
    expect(overview.connections.map((c) => c.stream)).toEqual([...Array(LISTED_CONNECTIONS).keys()]);
  });

  it('plays a connection past the list by its stream number, with its own line', () => {
    const last = total - 2;
    const played = reading.trace(last);
    expect(played?.connection.stream).toBe(last);
    expect(played?.trace.states.client).toEqual(['CLOSED', 'SYN-SENT', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT']);
    expect(reading.trace(total)).toBeNull();
  });
});
