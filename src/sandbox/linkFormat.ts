/**
 * The sandbox session's link tokens, written (link.ts reads them back by replaying them): what the
 * first screen needs of the link format without the simulator, to keep the address bar in step
 * and to key the store's memo of traces (issue 8: the engine is not part of the first paint).
 */
import { MAX_STEPS } from '../engine';
import { DEFAULT_DELAY_MS, SANDBOX_SEND_BYTES, type SandboxAction, type SandboxFate, type SandboxSession } from './sessionData';

/** A damaged link can hold anything; the notice quotes at most this much of each bad part. */
const TOKEN_QUOTE_MAX = 24;

/**
 * Calls (and fates) a link may hold. Each call is a step and a run stops at MAX_STEPS, so no
 * session can use more; a longer link is cut here, before any work, and the notice says so.
 */
export const MAX_LINK_TOKENS = MAX_STEPS;

export interface LinkAction extends Omit<SandboxAction, 'afterStep'> {
  /** null: "right after the previous call". */
  readonly afterStep: number | null;
  readonly token: string;
}

export interface LinkFate extends SandboxFate {
  readonly token: string;
}

export function encodeAction(action: SandboxAction): string {
  const bytes = action.call === 'send' ? String(action.bytes ?? SANDBOX_SEND_BYTES) : '';
  return `${action.side === 'client' ? 'c' : 's'}.${action.call}${bytes}.${action.afterStep}`;
}

export function encodeFate(fate: SandboxFate): string {
  const code = fate.fate === 'duplicate' ? 'dup' : fate.fate === 'delay' ? `delay${fate.delayMs ?? DEFAULT_DELAY_MS}` : 'lose';
  return `${fate.segmentId}.${code}.${fate.atStep}`;
}

export function encodeSession(session: SandboxSession): { a: string; f: string } {
  return { a: session.actions.map(encodeAction).join(','), f: session.fates.map(encodeFate).join(',') };
}

/** A session as link parts, for re-checking it with `replaySandbox`. */
export function sessionParts(session: SandboxSession): { actions: LinkAction[]; fates: LinkFate[] } {
  return {
    actions: session.actions.map((action) => ({ ...action, token: encodeAction(action) })),
    fates: session.fates.map((fate) => ({ ...fate, token: encodeFate(fate) })),
  };
}

/** "“x.fly.0”, “c.connect.-1”" for the notice; long garbage is shortened, and a long list too. */
export function quoteTokens(tokens: readonly string[], max = 4): string {
  const shown = tokens.slice(0, max).map((token) => {
    const short = token.length > TOKEN_QUOTE_MAX ? `${token.slice(0, TOKEN_QUOTE_MAX - 1)}…` : token;
    return `“${short}”`;
  });
  if (tokens.length > max) shown.push('…');
  return shown.join(', ');
}
