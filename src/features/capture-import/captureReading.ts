/**
 * Reading a capture a slice at a time, so the same code can run in a Web Worker (slices between
 * progress messages) and, where no worker can start, on the page (slices between frames). Keeps
 * the packets where it runs; the page gets the connection list, then one connection's trace.
 */
import {
  iterateCapture,
  MAX_LISTED_WARNINGS,
  type CaptureEvent,
  type CaptureIssue,
  type CapturedConnection,
  type CapturedSegment,
} from '../../capture';
import type { Trace } from '../../engine';
import { captureTrace } from './captureTrace';

/**
 * How many connections the page is sent to list. A lab capture has a handful; a 100 MB one may
 * have a hundred thousand, and copying, drawing and reading that many rows would hold up the page
 * for seconds. The others are chosen by their stream number (the CLI's --list prints them all).
 */
export const LISTED_CONNECTIONS = 100;

/** What the page needs to let the learner pick a connection. */
export interface CaptureOverview {
  readonly fileName: string;
  readonly frames: number;
  readonly segments: number;
  /** The first LISTED_CONNECTIONS connections, by stream number. */
  readonly connections: readonly CapturedConnection[];
  /** All the connections in the file. */
  readonly connectionCount: number;
  /** What stopped reading (the packets before it are kept), or no TCP at all. */
  readonly error: CaptureIssue | null;
  readonly warnings: readonly CaptureIssue[];
  readonly warningCount: number;
}

/** A connection chosen to play: its line in the list (it may not have been sent to the page) and its trace. */
export interface PlayedConnection {
  readonly connection: CapturedConnection;
  readonly trace: Trace;
}

export type ReadStep =
  | { readonly done: false; readonly bytesRead: number; readonly bytesTotal: number }
  | { readonly done: true; readonly overview: CaptureOverview };

export class CaptureReading {
  private readonly events: Generator<CaptureEvent>;
  private readonly packets: CapturedSegment[] = [];
  private readonly warnings: CaptureIssue[] = [];
  private warningCount = 0;
  private bytesRead = 0;
  private readonly bytesTotal: number;
  private overview: CaptureOverview | null = null;
  /** Every connection, listed or not. */
  private connections: readonly CapturedConnection[] = [];

  constructor(
    bytes: ArrayBuffer,
    private readonly fileName: string,
  ) {
    this.bytesTotal = bytes.byteLength;
    this.events = iterateCapture(bytes);
  }

  /** Reads until `enough()` says the slice is over (checked every few hundred events) or the file ends. */
  pump(enough: () => boolean): ReadStep {
    if (this.overview) return { done: true, overview: this.overview };
    let count = 0;
    for (;;) {
      const next = this.events.next();
      if (next.done) break;
      const event = next.value;
      if (event.type === 'segment') this.packets.push(event.segment);
      else if (event.type === 'warning') {
        this.warningCount += 1;
        if (this.warnings.length < MAX_LISTED_WARNINGS) this.warnings.push(event.issue);
      } else if (event.type === 'progress') this.bytesRead = event.bytesRead;
      else {
        const { summary } = event;
        this.connections = summary.connections;
        this.overview = {
          fileName: this.fileName,
          frames: summary.frames,
          segments: summary.segments,
          connections: summary.connections.slice(0, LISTED_CONNECTIONS),
          connectionCount: summary.connections.length,
          error: summary.error,
          warnings: this.warnings,
          warningCount: this.warningCount,
        };
        return { done: true, overview: this.overview };
      }
      count += 1;
      if (count % 256 === 0 && enough()) return { done: false, bytesRead: this.bytesRead, bytesTotal: this.bytesTotal };
    }
    // iterateCapture always ends with `end`; this keeps the type checker honest.
    return { done: false, bytesRead: this.bytesRead, bytesTotal: this.bytesTotal };
  }

  /** One connection with both sides' states inferred; null for a stream the capture does not have. */
  trace(stream: number): PlayedConnection | null {
    const connection = this.connections[stream];
    return connection ? { connection, trace: captureTrace({ packets: this.packets }, connection, this.fileName) } : null;
  }
}
