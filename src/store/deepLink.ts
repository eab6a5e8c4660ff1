/**
 * The link mirrors what is on screen, so any moment can be shared and reopens paused there.
 *
 * Format (URL hash, URLSearchParams syntax, order not significant):
 *
 *   #s=close&step=5&lang=zh&seq=rel&isn=fixed&ci=1000&si=5000&seed=1&lat=100&tw=60000
 *
 *   s     scenario id (SCENARIO_IDS)                         always written; `scenario` is read too
 *   step  steps applied, 0..number of steps                   always written
 *   lang  en | zh                                             always written
 *   seq   rel | abs (relative or absolute sequence numbers)   always written
 *   isn   fixed | random | wrap     ci / si  client / server ISN (0..2^32-1)
 *   seed  seed for random ISNs      lat  one-way latency ms   tw  TIME-WAIT (2×MSL) ms
 *   cookies  1 | 0: listeners answer with SYN cookies
 *   profile  rfc9293 | linux: RFC 9293 to the letter, or what a Linux kernel does (profile.ts)
 *   bl    the backlog of listen() (1..4096)
 *   present  1: open in presenter mode (the projector layout); written only while presenting
 *         — the option keys are written only when they differ from DEFAULT_OPTIONS.
 *   embed 1: shown in another page's iframe (the diagram, step controls and caption only)
 *   from / to  with embed=1: the steps the viewer may move through (0..number of steps); the
 *         whole run by default, and `step` defaults to `from`
 *   embed 1: shown in another page's iframe (the diagram, step controls and caption only)
 *   from / to  with embed=1: the steps the viewer may move through (0..number of steps); the
 *         whole run by default, and `step` defaults to `from`
 *
 * The sandbox (the learner makes every call) has its own keys, documented in src/sandbox/link.ts:
 *
 *   #mode=sandbox&a=s.listen.0,c.connect.1&f=1.lose.2&step=3&lang=en&seq=rel
 *
 *   mode  sandbox | scenario (the default; a scenario link never writes it)
 *   a, f  the learner's calls and network fates; `s` is not written in the sandbox
 *
 * Reading is defensive: a link comes from chat apps, slides and hand edits. Unknown keys are
 * ignored (newer links in an older build); a bad value falls back to its default, a step past
 * the end lands on the last step, an unknown scenario opens the handshake at its start; each case
 * sets a notice that names what could not be followed (the scenario's name, the step), so the
 * reader knows the link was not followed exactly. A sandbox link keeps every call
 * and fate that could happen and names the parts it left out. It never throws.
 */
import {
  DEFAULT_OPTIONS,
  isScenarioId,
  OPTION_LIMITS,
  readProfile,
  readWholeNumber,
  type IsnMode,
  type ScenarioId,
  type SimOptions,
} from '../engine';
import { isLocale, type Locale } from '../i18n/locale';
import { EMPTY_SESSION, encodeSession, MAX_LINK_TOKENS, quoteTokens, type SandboxSession } from '../sandbox';
import { arrivedEngine, arrivedSandboxParts, loadEngine, loadSandboxParts, sandboxParts } from './engineArrival';
import { DEFAULT_SCENARIO, type EmbedView, type Notice, type SeqMode, type SimInputs } from './simInputs';
import { rememberTrace, selectStepCount } from './traceSelectors';

type LinkInputs = Pick<SimInputs, 'scenario' | 'options' | 'cursor' | 'seqMode' | 'mode' | 'sandbox' | 'presenting' | 'embed'>;

export interface LinkReading {
  /**
   * Inputs to apply (paused). Empty when the link holds nothing: keep the current view. `mode`
   * and `sandbox` are set only by a sandbox link; a scenario link leaves them out, so applying
   * it means "mode: scenario" (see linkSync).
   */
  readonly inputs: Partial<LinkInputs>;
  /** `lang` as a valid locale, or null; the caller weighs it against storage and the browser. */
  readonly locale: Locale | null;
  readonly notice: Notice | null;
}

// Maps, not object literals: link values are untrusted, and `constructor` or `__proto__` are keys
// of every plain object.
const SEQ_CODES: ReadonlyMap<string, SeqMode> = new Map([
  ['rel', 'relative'],
  ['abs', 'absolute'],
]);
const ISN_MODES: readonly IsnMode[] = ['fixed', 'random', 'wrap'];
const KNOWN_KEYS = [
  's',
  'scenario',
  'step',
  'lang',
  'seq',
  'isn',
  'ci',
  'si',
  'seed',
  'lat',
  'tw',
  'bl',
  'cookies',
  'profile',
  'mode',
  'present',
  'embed',
  'from',
  'to',
];
/** Longest scenario name quoted back in a notice: a pasted link can hold anything. */
const MAX_QUOTED = 40;
const BOOLEAN_CODES: ReadonlyMap<string, boolean> = new Map([
  ['1', true],
  ['0', false],
]);

/** Integer in [min, max] written in plain decimal digits; anything else is null. */
function parseInteger(raw: string | null, min: number, max: number): number | null {
  if (raw === null) return null;
  const reading = readWholeNumber(raw, { min, max });
  return reading.ok ? reading.value : null;
}

type NumericOption = keyof typeof OPTION_LIMITS;

/** Link names of the numeric options; their ranges are the app's (OPTION_LIMITS). */
const NUMERIC_OPTIONS: readonly { key: NumericOption; code: string; min: number; max: number }[] = [
  { key: 'isnClient', code: 'ci', ...OPTION_LIMITS.isnClient },
  { key: 'isnServer', code: 'si', ...OPTION_LIMITS.isnServer },
  { key: 'seed', code: 'seed', ...OPTION_LIMITS.seed },
  { key: 'latencyMs', code: 'lat', ...OPTION_LIMITS.latencyMs },
  { key: 'timeWaitMs', code: 'tw', ...OPTION_LIMITS.timeWaitMs },
  { key: 'backlog', code: 'bl', ...OPTION_LIMITS.backlog },
];

/** The option keys: each bad value falls back to its default and marks the link partly damaged. */
function readOptions(raw: (key: string) => string | null): { options: SimOptions; partlyDamaged: boolean } {
  let partlyDamaged = false;
  const options: SimOptions = { ...DEFAULT_OPTIONS };
  const isn = raw('isn');
  if (isn !== null) {
    if ((ISN_MODES as readonly string[]).includes(isn)) options.isnMode = isn as IsnMode;
    else partlyDamaged = true;
  }
  for (const { key, code, min, max } of NUMERIC_OPTIONS) {
    const value = raw(code);
    if (value === null) continue;
    const parsed = parseInteger(value, min, max);
    if (parsed === null) partlyDamaged = true;
    else options[key] = parsed;
  }
  const cookies = raw('cookies');
  if (cookies !== null) {
    const value = BOOLEAN_CODES.get(cookies);
    if (value === undefined) partlyDamaged = true;
    else options.synCookies = value;
  }
  const profile = raw('profile');
  if (profile !== null) {
    const value = readProfile(profile);
    if (value === null) partlyDamaged = true;
    else options.profile = value;
  }
  return { options, partlyDamaged };
}

/**
 * A link that names a moment is read with the engine (the step count under its options), a
 * sandbox link with the sandbox's code too: main.tsx and linkSync.ts have `whenLinkReadable`
 * fetch them first.
 */
export function readLink(hash: string): LinkReading {
  const text = hash.replace(/^#/, '').trim();
  if (text === '') return { inputs: {}, locale: null, notice: null };
  const params = searchParams(text);
  if (!params || !KNOWN_KEYS.some((key) => params.has(key))) return damaged();
  const raw = (key: string) => params.get(key);

  const lang = readLocale(raw);
  const mode = readMode(raw);
  const scenario = readScenario(raw, mode.sandbox);
  if (scenario.unknown !== null) return { ...unknownScenario(scenario.unknown, raw('step')), locale: lang.locale };
  const { options, partlyDamaged: optionsDamaged } = readOptions(raw);
  const inputs: Partial<LinkInputs> = { scenario: scenario.id, options };
  const sandbox = mode.sandbox ? readSandbox(raw, scenario.id, options) : null;
  if (sandbox) Object.assign(inputs, { mode: 'sandbox', sandbox: sandbox.session });
  const seq = readSeqMode(raw);
  if (seq.seqMode) inputs.seqMode = seq.seqMode;
  const present = readPresent(raw);
  if (present.presenting) inputs.presenting = true;

  const count = selectStepCount({ ...inputs, scenario: scenario.id, options });
  const embedding = readEmbed(raw, count);
  // Written only for an embedding: a plain link says nothing about it (linkSync reads that as "not embedded").
  if (embedding.embed !== null) inputs.embed = embedding.embed;

  const partlyDamaged =
    lang.damaged || mode.damaged || scenario.damaged || optionsDamaged || seq.damaged || present.damaged || embedding.partlyDamaged;
  const step = embedding.embed ? readStepInRange(raw('step'), embedding.embed) : readStep(raw('step'), count);
  inputs.cursor = step.cursor;
  const notice: Notice | null = step.notice ?? (partlyDamaged ? { key: 'notice.linkPartlyDamaged' } : null);
  // What was left out of the learner's own session matters most: it is the notice shown.
  return { inputs, locale: lang.locale, notice: sandbox?.notice ?? notice };
}

/**
 * Calls `read` once `hash` can be read: at once if what it needs has arrived (engineArrival.ts),
 * else when it has; `failed` if it cannot be fetched.
 */
export function whenLinkReadable(hash: string, read: () => void, failed: () => void): void {
  const sandbox = searchParams(hash.replace(/^#/, '').trim())?.get('mode') === 'sandbox';
  if (sandbox ? arrivedSandboxParts() : arrivedEngine()) return read();
  (sandbox ? loadSandboxParts() : loadEngine()).then(read, failed);
}

type RawParam = (key: string) => string | null;

/**
 * `embed=1` and its step range. A bound past the end is cut to the last step; a bound that is not
 * a plain number, or a range that ends before it starts, is ignored (the whole run) and marks the
 * link partly damaged. Any other value of `embed` is not an embedding.
 */
function readEmbed(raw: RawParam, count: number): { embed: EmbedView | null; partlyDamaged: boolean } {
  const flag = raw('embed');
  if (flag === null) return { embed: null, partlyDamaged: false };
  if (flag !== '1') return { embed: null, partlyDamaged: true };
  const bound = (key: string, fallback: number) => {
    const value = raw(key);
    if (value === null) return fallback;
    const parsed = parseInteger(value, 0, Number.MAX_SAFE_INTEGER);
    return parsed === null ? null : Math.min(parsed, count);
  };
  const from = bound('from', 0);
  const to = bound('to', count);
  if (from === null || to === null || from > to) return { embed: { from: 0, to: count }, partlyDamaged: true };
  return { embed: { from, to }, partlyDamaged: false };
}

/** Locked to a range: the step is kept inside it, and starts at its beginning. */
function readStepInRange(stepRaw: string | null, range: EmbedView): { cursor: number; notice: Notice | null } {
  const step = parseInteger(stepRaw, 0, Number.MAX_SAFE_INTEGER);
  return { cursor: Math.min(range.to, Math.max(range.from, step ?? range.from)), notice: null };
}

/** Only `present=1` opens presenter mode; a link without it leaves the current layout alone. */
function readPresent(raw: RawParam): { presenting: boolean; damaged: boolean } {
  const present = raw('present');
  return { presenting: present === '1', damaged: present !== null && present !== '1' };
}

function searchParams(text: string): URLSearchParams | null {
  try {
    return new URLSearchParams(text);
  } catch {
    return null;
  }
}

function readLocale(raw: RawParam): { locale: Locale | null; damaged: boolean } {
  const lang = raw('lang');
  const locale = isLocale(lang) ? lang : null;
  return { locale, damaged: lang !== null && locale === null };
}

function readMode(raw: RawParam): { sandbox: boolean; damaged: boolean } {
  const mode = raw('mode');
  return { sandbox: mode === 'sandbox', damaged: mode !== null && mode !== 'sandbox' && mode !== 'scenario' };
}

/** The scenario, or the unknown name asked for (which ends the reading unless in the sandbox). */
function readScenario(raw: RawParam, sandbox: boolean): { id: ScenarioId; unknown: string | null; damaged: boolean } {
  // `scenario` is what a person writes by hand when they guess the link's format.
  const name = raw('s') ?? raw('scenario');
  if (name === null || isScenarioId(name)) return { id: name ?? DEFAULT_SCENARIO, unknown: null, damaged: false };
  // In the sandbox `s` only says where "back to the scenarios" goes: not worth losing the session.
  return { id: DEFAULT_SCENARIO, unknown: sandbox ? null : name, damaged: true };
}

/** The learner's session, replayed once; the notice names what of it could not be kept. */
function readSandbox(raw: RawParam, scenario: ScenarioId, options: SimOptions): { session: SandboxSession; notice: Notice | null } {
  const { parseSandboxLink, replaySandbox } = sandboxParts();
  const parsed = parseSandboxLink(raw('a'), raw('f'));
  const { session, rejected, trace } = replaySandbox(parsed, options);
  rememberTrace({ scenario, options, mode: 'sandbox', sandbox: session }, trace);
  const leftOut = [...parsed.bad, ...rejected];
  if (parsed.overLimit.length > 0) {
    // Longer than any session can be: say how much was not read and where that starts.
    const params = { max: MAX_LINK_TOKENS, count: parsed.overLimit.length, parts: quoteTokens(parsed.overLimit.slice(0, 1)) };
    return { session, notice: { key: 'sandbox.notice.linkTooLong', params } };
  }
  if (leftOut.length === 0) return { session, notice: null };
  const kept = session.actions.length + session.fates.length;
  const key = kept > 0 ? 'sandbox.notice.linkPartlyDamaged' : 'sandbox.notice.linkDamaged';
  return { session, notice: { key, params: { parts: quoteTokens(leftOut) } } };
}

function readSeqMode(raw: RawParam): { seqMode: SeqMode | undefined; damaged: boolean } {
  const seq = raw('seq');
  if (seq === null) return { seqMode: undefined, damaged: false };
  const seqMode = SEQ_CODES.get(seq);
  return { seqMode, damaged: seqMode === undefined };
}

/** The step to show, within the story's `count` steps; a notice when the link's step was bad or too far. */
function readStep(stepRaw: string | null, count: number): { cursor: number; notice: Notice | null } {
  if (stepRaw === null) return { cursor: 0, notice: null };
  const step = parseInteger(stepRaw, 0, Number.MAX_SAFE_INTEGER);
  if (step === null) return { cursor: 0, notice: { key: 'notice.linkPartlyDamaged' } };
  if (step > count) return { cursor: count, notice: { key: 'notice.stepOutOfRange', params: { step, n: count } } };
  return { cursor: step, notice: null };
}

/** A scenario nobody has: the handshake from its start, and a notice naming what was asked for. */
function unknownScenario(name: string, stepRaw: string | null): LinkReading {
  const quoted = name.length > MAX_QUOTED ? `${name.slice(0, MAX_QUOTED)}…` : name;
  const step = parseInteger(stepRaw, 1, Number.MAX_SAFE_INTEGER);
  return {
    ...damaged(),
    notice:
      step === null
        ? { key: 'notice.unknownScenario', params: { name: quoted } }
        : { key: 'notice.unknownScenarioStep', params: { name: quoted, step } },
  };
}

function damaged(): LinkReading {
  return {
    inputs: { scenario: DEFAULT_SCENARIO, options: DEFAULT_OPTIONS, cursor: 0 },
    locale: null,
    notice: { key: 'notice.linkDamaged' },
  };
}

type LinkState = Pick<SimInputs, 'scenario' | 'options' | 'cursor' | 'seqMode' | 'locale'> &
  Partial<Pick<SimInputs, 'mode' | 'sandbox' | 'presenting' | 'embed'>>;

export function writeLink(state: LinkState): string {
  const params = new URLSearchParams();
  if (state.mode === 'sandbox') {
    params.set('mode', 'sandbox');
    const { a, f } = encodeSession(state.sandbox ?? EMPTY_SESSION);
    if (a !== '') params.set('a', a);
    if (f !== '') params.set('f', f);
  } else {
    params.set('s', state.scenario);
  }
  params.set('step', String(state.cursor));
  params.set('lang', state.locale);
  params.set('seq', state.seqMode === 'absolute' ? 'abs' : 'rel');
  if (state.options.isnMode !== DEFAULT_OPTIONS.isnMode) params.set('isn', state.options.isnMode);
  for (const { key, code } of NUMERIC_OPTIONS) {
    if (state.options[key] !== DEFAULT_OPTIONS[key]) params.set(code, String(state.options[key]));
  }
  if (state.options.synCookies !== DEFAULT_OPTIONS.synCookies) params.set('cookies', state.options.synCookies ? '1' : '0');
  if (state.options.profile !== DEFAULT_OPTIONS.profile) params.set('profile', state.options.profile);
  if (state.presenting) params.set('present', '1');
  if (state.embed) {
    params.set('embed', '1');
    params.set('from', String(state.embed.from));
    params.set('to', String(state.embed.to));
  }
  // Commas are allowed in a fragment; left encoded (%2C) the session would be unreadable to a teacher.
  return `#${params.toString().replace(/%2C/g, ',')}`;
}
