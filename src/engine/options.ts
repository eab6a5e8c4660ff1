/**
 * Options a user can set for a run. Serialisable (they live in the store and the link).
 */
export type IsnMode = 'fixed' | 'random' | 'wrap';

export interface SimOptions {
  /** fixed: isnClient/isnServer as given; random: from `seed`; wrap: just below 2^32 so sequence numbers wrap. */
  isnMode: IsnMode;
  isnClient: number;
  isnServer: number;
  seed: number;
  /** One-way latency, client → server and server → client, in ms. */
  latencyMs: number;
  /** 2×MSL in ms. */
  timeWaitMs: number;
  /** Listeners answer with SYN cookies when their queue is full (matters in syn-flood). */
  synCookies: boolean;
}

export const DEFAULT_ISN = { client: 1000, server: 5000 } as const;

/** Linux's TIME-WAIT: a fixed 60 s (the RFC's 2×MSL would be 4 minutes, §3.4.2). */
export const TIME_WAIT_PRESETS = { rfc: 240_000, linux: 60_000, classroom: 5_000 } as const;

export const DEFAULT_OPTIONS: SimOptions = {
  isnMode: 'fixed',
  isnClient: DEFAULT_ISN.client,
  isnServer: DEFAULT_ISN.server,
  seed: 1,
  latencyMs: 100,
  timeWaitMs: TIME_WAIT_PRESETS.linux,
  synCookies: false,
};
