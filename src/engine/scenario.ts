/** What a scenario is: socket calls at given moments or in reaction to what an app saw, plus faults. */
import type { FaultRule } from './faults';
import type { ControlBit, Side } from './segment';
import type { AcceptMode, ReadMode } from './socket';
import type { EndpointConfig } from './tcb';
import type { AppEvent, SegmentOrigin, UserCall } from './trace';

export type CallTrigger =
  | { readonly at: number }
  /**
   * The sandbox's trigger: right after the run's `afterStep`-th step (0 = before any), at that
   * step's time. A fork at step k keeps steps 0..k-1 exactly as they were.
   */
  | { readonly afterStep: number }
  /** Fires once, `delayMs` after `side`'s application first sees `event` (e.g. read() returned 0). */
  | { readonly after: { readonly side: Side; readonly event: AppEvent }; readonly delayMs: number };

export interface ScriptedCall {
  readonly side: Side;
  readonly call: UserCall;
  readonly bytes?: number;
  readonly when: CallTrigger;
}

/**
 * A segment the network delivers that no endpoint of this run sent: an old duplicate from an
 * earlier connection between the same ports (RFC 9293 §3.5 Figure 8). Its seq is given
 * relative to the sender's ISN so the story holds for any ISN.
 */
export interface Injection {
  readonly origin: Exclude<SegmentOrigin, 'endpoint'>;
  readonly at: number;
  readonly from: Side;
  readonly flags: readonly ControlBit[];
  readonly seqFromIsn: number;
  /** Ports, when not the sender's and receiver's usual ones (a port scanner's probes). */
  readonly srcPort?: number;
  readonly dstPort?: number;
  /** A forged source address (SYN flood). */
  readonly srcAddr?: string;
  /** Bytes of text it carries (an old duplicate data segment), and its ACK field relative to the receiver's ISN. */
  readonly len?: number;
  readonly ackFromPeerIsn?: number;
  /** How long it takes to arrive (default: the run's latency). */
  readonly travelMs?: number;
}

export interface Scenario {
  readonly id: string;
  readonly calls: readonly ScriptedCall[];
  readonly faults?: readonly FaultRule[];
  readonly injections?: readonly Injection[];
  /**
   * Stop the run at this time even if timers still run (the SYN flood would otherwise go on
   * for minutes); the trace says so.
   */
  readonly horizonMs?: number;
  /** How each side's application reads: as data arrives (the default), or only when it calls read(). */
  readonly reads?: Partial<Record<Side, ReadMode>>;
  /** How the server application takes connections: waiting in accept() all along (the default), or only when it calls accept(). */
  readonly accepts?: AcceptMode;
  /**
   * Other clients of the server, each on a host of its own and not drawn as a lifeline
   * (accept-queue-full): as the story begins their finished connections fill every place of the
   * listener's accept queue but one, and one more client's handshake is half done; its ACK,
   * from its own address, is sent at `lastAckAt` and takes the last place.
   */
  readonly otherClients?: { readonly lastAckAt: number };
  /** Per-side changes to the endpoint defaults (e.g. the two-way counterfactual). */
  readonly endpoints?: Partial<Record<Side, Partial<Omit<EndpointConfig, 'iss' | 'timeWaitMs'>>>>;
}
