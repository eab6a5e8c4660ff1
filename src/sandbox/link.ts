/**
 * The sandbox session in the link, and the replay that reads it back.
 *
 *   #mode=sandbox&a=s.listen.0,c.connect.1,c.send100.5&f=1.lose.2,4.delay2000.6&step=7
 *
 *   a   actions, comma-separated, in order:  <side>.<call>.<afterStep>
 *         side      c (client) | s (server)
 *         call      listen | accept | connect | send<bytes> | read | shutdown | shutrd | close | abort | crash
 *                   (send without a number sends 100 bytes; bytes 1..65535)
 *         afterStep the step the call became (0 = first); may be left out: "right after the
 *                   previous call"
 *   f   fates, comma-separated, in the order they were applied:  <segmentId>.<fate>.<atStep>
 *         fate      lose | delay<ms> | dup     (delay without a number: 2000 ms; ms 1..60000)
 *         segmentId the segment's number as the diagram showed it when the fate was applied
 *         atStep    the step the learner was at when applying it
 *         A segment may appear more than once (delayed, then dropped): the last fate holds.
 *
 * Reading replays the tokens through the same operations the buttons use (`appendAction`,
 * `changeFate`), in the order the learner could have made them, so a hand-edited link can never
 * produce a session the interface could not: a call past the end of the story, a fate for a
 * segment that has already arrived, or a token that is not a token is left out and reported.
 */
import { USER_CALLS, type Side, type SimOptions, type Trace, type UserCall } from '../engine';
import { finishKeepingRun, sandboxScenario, scriptedCall, segmentStatus } from './session';
import {
  DEFAULT_DELAY_MS,
  MAX_DELAY_MS,
  MAX_SEND_BYTES,
  SANDBOX_SEND_BYTES,
  EMPTY_SESSION,
  type SandboxAction,
  type SandboxFate,
  type SandboxFateKind,
  type SandboxSession,
} from './sessionData';
import {
  encodeAction,
  encodeFate,
  encodeSession,
  MAX_LINK_TOKENS,
  quoteTokens,
  sessionParts,
  type LinkAction,
  type LinkFate,
} from './linkFormat';
import { createSimulation } from './simulate';

export { encodeAction, encodeFate, encodeSession, MAX_LINK_TOKENS, quoteTokens, sessionParts, type LinkAction, type LinkFate };

// Maps, not object literals: a link is untrusted text, and `constructor` or `__proto__` are keys
// of every plain object.
const SIDE_CODES: ReadonlyMap<string, Side> = new Map([
  ['c', 'client'],
  ['s', 'server'],
]);
const FATE_CODES: ReadonlyMap<string, SandboxFateKind> = new Map([
  ['lose', 'lose'],
  ['delay', 'delay'],
  ['dup', 'duplicate'],
]);
/** Steps are small numbers; six digits is far beyond any run (the engine stops at 2000). */
const STEP = '(\\d{1,6})';
const ACTION_TOKEN = new RegExp(`^([a-z]+)\\.([a-z]+)(\\d{0,6})(?:\\.${STEP})?$`);
const FATE_TOKEN = new RegExp(`^(\\d{1,6})\\.([a-z]+)(\\d{0,6})\\.${STEP}$`);
export interface ParsedSandboxLink {
  readonly actions: readonly LinkAction[];
  readonly fates: readonly LinkFate[];
  /** Tokens that are not tokens at all (unknown call, bad side, negative step, garbage). */
  readonly bad: readonly string[];
  /** Tokens past MAX_LINK_TOKENS in either list, not read at all. */
  readonly overLimit: readonly string[];
}

function splitList(raw: string | null): { kept: string[]; overLimit: string[] } {
  if (raw === null) return { kept: [], overLimit: [] };
  const tokens = raw
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
  return { kept: tokens.slice(0, MAX_LINK_TOKENS), overLimit: tokens.slice(MAX_LINK_TOKENS) };
}

export function parseAction(token: string): LinkAction | null {
  const match = ACTION_TOKEN.exec(token.toLowerCase());
  if (!match) return null;
  const [, sideCode = '', callName = '', digits = '', step] = match;
  const side = SIDE_CODES.get(sideCode);
  if (!side || !(USER_CALLS as readonly string[]).includes(callName)) return null;
  const call = callName as UserCall;
  if (call !== 'send' && digits !== '') return null;
  const bytes = digits === '' ? SANDBOX_SEND_BYTES : Number(digits);
  if (call === 'send' && (bytes < 1 || bytes > MAX_SEND_BYTES)) return null;
  return {
    side,
    call,
    ...(call === 'send' ? { bytes } : {}),
    afterStep: step === undefined ? null : Number(step),
    token,
  };
}

export function parseFate(token: string): LinkFate | null {
  const match = FATE_TOKEN.exec(token.toLowerCase());
  if (!match) return null;
  const [, id = '', code = '', digits = '', step = ''] = match;
  const fate = FATE_CODES.get(code);
  const segmentId = Number(id);
  if (!fate || segmentId < 1) return null;
  if (fate !== 'delay' && digits !== '') return null;
  const delayMs = digits === '' ? DEFAULT_DELAY_MS : Number(digits);
  if (fate === 'delay' && (delayMs < 1 || delayMs > MAX_DELAY_MS)) return null;
  return { segmentId, fate, ...(fate === 'delay' ? { delayMs } : {}), atStep: Number(step), token };
}

export function parseSandboxLink(a: string | null, f: string | null): ParsedSandboxLink {
  const bad: string[] = [];
  const actions: LinkAction[] = [];
  const fates: LinkFate[] = [];
  const actionTokens = splitList(a);
  const fateTokens = splitList(f);
  for (const token of actionTokens.kept) {
    const action = parseAction(token);
    if (action) actions.push(action);
    else bad.push(token);
  }
  for (const token of fateTokens.kept) {
    const fate = parseFate(token);
    if (fate) fates.push(fate);
    else bad.push(token);
  }
  return { actions, fates, bad, overLimit: [...actionTokens.overLimit, ...fateTokens.overLimit] };
}

type ReplayEvent =
  | { readonly kind: 'fate'; readonly step: number; readonly fate: LinkFate }
  | { readonly kind: 'action'; readonly step: number; readonly action: LinkAction };

/**
 * Rebuilds a session from link tokens (or re-checks one after the options changed) by doing
 * what the learner would have done, in order. Returns the session made of the parts that
 * could happen, the tokens of the parts that could not, and the session's trace.
 *
 * The tokens are taken in step order, so each one only changes the future of the run so far:
 * one resumable run takes them all (a call is added at its step, a fate is given to a segment
 * in flight), and the session is simulated once, not once per token.
 */
export function replaySandbox(
  parts: { readonly actions: readonly LinkAction[]; readonly fates: readonly LinkFate[] },
  options: SimOptions,
): { session: SandboxSession; rejected: string[]; trace: Trace } {
  // Calls without a step follow the one before; two calls cannot be the same step, so a later
  // one moves to the next step, exactly as the engine would run them.
  let previous = -1;
  const numbered = parts.actions.map((action) => {
    const step = action.afterStep ?? previous + 1;
    previous = step;
    return { action, step };
  });
  numbered.sort((x, y) => x.step - y.step);
  let last = -1;
  const events: ReplayEvent[] = numbered.map(({ action, step }) => {
    last = Math.max(step, last + 1);
    return { kind: 'action', step: last, action };
  });
  for (const fate of parts.fates) events.push({ kind: 'fate', step: fate.atStep, fate });
  // Fates applied at step k come before the call made at k: after a call the cursor has moved on.
  events.sort((x, y) => x.step - y.step || (x.kind === y.kind ? 0 : x.kind === 'fate' ? -1 : 1));

  const run = createSimulation(sandboxScenario(EMPTY_SESSION), options);
  const actions: SandboxAction[] = [];
  const fates: SandboxFate[] = [];
  const rejected: string[] = [];
  for (const event of events) {
    // A call or fate past the end of the story so far cannot have been made.
    if (run.runTo(event.step) < event.step) {
      rejected.push(event.kind === 'action' ? event.action.token : event.fate.token);
      continue;
    }
    if (event.kind === 'action') {
      const { side, call, bytes } = event.action;
      const action: SandboxAction = {
        side,
        call,
        ...(call === 'send' ? { bytes: bytes ?? SANDBOX_SEND_BYTES } : {}),
        afterStep: event.step,
      };
      actions.push(action);
      run.addCall(scriptedCall(action));
    } else {
      const { segmentId, fate, delayMs, atStep } = event.fate;
      // Tokens are in step order, so nothing is forked away and ids are as the learner saw them.
      const inFlight = segmentStatus(run.view(), atStep, segmentId).kind === 'in-flight';
      if (!inFlight || run.refate(segmentId, fate, fate === 'delay' ? (delayMs ?? DEFAULT_DELAY_MS) : undefined) !== 'ok') {
        rejected.push(event.fate.token);
        continue;
      }
      fates.push({ segmentId, fate, ...(fate === 'delay' ? { delayMs: delayMs ?? DEFAULT_DELAY_MS } : {}), atStep });
    }
  }
  const session = actions.length + fates.length === 0 ? EMPTY_SESSION : { actions, fates };
  return { session, rejected, trace: finishKeepingRun(run) };
}
