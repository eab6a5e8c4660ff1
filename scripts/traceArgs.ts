/**
 * The trace CLI's arguments, read as strictly as the app reads its Options dialog and links:
 * the same ranges (OPTION_LIMITS), plain decimal digits only, and one message per mistake.
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_OPTIONS,
  isScenarioId,
  OPTION_LIMITS,
  PROFILES,
  readProfile,
  readWholeNumber,
  type IsnMode,
  type OptionLimits,
  type Profile,
  type ScenarioId,
  type Side,
  type SimOptions,
} from '../src/engine';
import { SVG_THEMES, type SvgTheme } from '../src/export';
import { LOCALES, type Locale } from '../src/i18n/locale';

export type TraceFormat = 'json' | 'text' | 'mermaid' | 'pcap' | 'packetdrill' | 'svg';

/** Where a pcap is captured and whose script a packetdrill file is: one host's point of view. */
export interface ViewpointArgs {
  readonly side: Side;
  readonly ipVersion: 4 | 6;
}

/** How an SVG figure is drawn, as the app's Export dialog would: language, theme, steps shown. */
export interface FigureArgs {
  readonly locale: Locale;
  readonly theme: SvgTheme;
  /** Steps applied (the app's step number); undefined: the whole scenario. */
  readonly upTo: number | undefined;
}

/** What to print from a capture: its connection list, or the packets of one connection. */
export type CaptureView = { readonly kind: 'list' } | { readonly kind: 'stream'; readonly stream: number };
export type CaptureFormat = 'json' | 'text' | 'mermaid';

export type TraceArgs =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'run';
      readonly id: ScenarioId;
      readonly format: TraceFormat;
      readonly relative: boolean;
      readonly options: SimOptions;
      readonly viewpoint: ViewpointArgs;
      /** With --format svg only. */
      readonly figure?: FigureArgs;
    }
  | { readonly kind: 'pcap'; readonly file: string; readonly view: CaptureView; readonly format: CaptureFormat }
  | { readonly kind: 'error'; readonly message: string };

const FORMATS: readonly TraceFormat[] = ['json', 'text', 'mermaid', 'pcap', 'packetdrill', 'svg'];
/** Formats written from one host's point of view (`--side`); only pcap has an IP version (`--ipv6`). */
const VIEWPOINT_FORMATS: readonly TraceFormat[] = ['pcap', 'packetdrill'];
const SIDES: readonly Side[] = ['client', 'server'];
const CAPTURE_FORMATS: readonly CaptureFormat[] = ['json', 'text', 'mermaid'];
/** Options that shape an SVG figure: meaningless for the other formats. */
const FIGURE_ONLY = ['lang', 'theme', 'step'] as const;
/** More steps than any trace has; the real bound is checked against the trace (trace.ts). */
const STEP_LIMITS: OptionLimits = { min: 0, max: 100_000 };
/** tcp.stream numbers: any count a capture could hold. */
const STREAM_LIMITS: OptionLimits = { min: 0, max: 2 ** 32 - 1 };
/** Options that set up a simulated run: meaningless for a capture. */
const SCENARIO_ONLY = ['relative', 'isn', 'seed', 'latency', 'time-wait', 'syn-cookies', 'profile', 'backlog', 'side', 'ipv6'] as const;
const ISN_MODES: readonly IsnMode[] = ['fixed', 'random', 'wrap'];

/** C0 and C1 control characters and DEL: what lets echoed text move the cursor or recolour a terminal. */
export function isControlCharacter(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

const escapeCode = (c: string) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/** Echoes what the user typed, quoted, with every control character written as an escape. */
export function quoteArg(raw: string): string {
  const shown = raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
  const escaped = [...shown].map((c) => (isControlCharacter(c) ? escapeCode(c) : c)).join('');
  return `"${escaped.replace(/"/g, '\\"')}"`;
}

class ArgError extends Error {}

function wholeNumber(name: string, raw: string | undefined, fallback: number, limits: OptionLimits, unit = ''): number {
  if (raw === undefined) return fallback;
  const reading = readWholeNumber(raw, limits);
  if (reading.ok) return reading.value;
  throw new ArgError(`--${name} needs a whole number from ${limits.min} to ${limits.max}${unit}, got ${quoteArg(raw)}`);
}

/** `--profile rfc9293|linux`, read by the same reader as the link's `profile=`. */
function profileArg(raw: string | undefined): Profile {
  if (raw === undefined) return DEFAULT_OPTIONS.profile;
  const profile = readProfile(raw);
  if (profile !== null) return profile;
  throw new ArgError(
    `--profile must be one of ${PROFILES.join(', ')} (RFC 9293 to the letter, or a Linux kernel's choices), got ${quoteArg(raw)}`,
  );
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ArgError(`${name} must be one of ${allowed.join(', ')}, got ${quoteArg(raw)}`);
}

export function readTraceArgs(argv: readonly string[]): TraceArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        format: { type: 'string' },
        relative: { type: 'boolean' },
        isn: { type: 'string' },
        seed: { type: 'string' },
        latency: { type: 'string' },
        'time-wait': { type: 'string' },
        'syn-cookies': { type: 'boolean' },
        side: { type: 'string' },
        ipv6: { type: 'boolean' },
        profile: { type: 'string' },
        backlog: { type: 'string' },
        pcap: { type: 'string' },
        list: { type: 'boolean' },
        stream: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        step: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) return { kind: 'help' };
    if (values.json && values.format !== undefined && values.format !== 'json') {
      throw new ArgError(`--json and --format ${quoteArg(values.format)} ask for two formats: give one`);
    }
    if (values.format === 'png') {
      throw new ArgError(
        "--format png is not offered: print --format svg and convert it (e.g. rsvg-convert -z 2 fig.svg > fig.png), or use the app's Export dialog",
      );
    }
    const figureOnly = FIGURE_ONLY.filter((name) => values[name] !== undefined);
    if (figureOnly.length > 0 && values.format !== 'svg') {
      throw new ArgError(
        `${figureOnly.map((name) => `--${name}`).join(', ')} ${figureOnly.length > 1 ? 'shape' : 'shapes'} an SVG figure: add --format svg`,
      );
    }
    if (values.pcap !== undefined) return captureArgs(values, positionals);
    if (values.list) throw new ArgError('--list needs a capture: --pcap FILE --list');
    if (values.stream !== undefined) throw new ArgError('--stream needs a capture: --pcap FILE --stream N');
    const [id, ...extra] = positionals;
    if (id === undefined) throw new ArgError('missing scenario id');
    if (!isScenarioId(id)) throw new ArgError(`unknown scenario ${quoteArg(id)}`);
    if (extra.length > 0) throw new ArgError(`one scenario at a time, got also ${extra.map(quoteArg).join(', ')}`);
    const format = oneOf('--format', values.format ?? 'json', FORMATS);
    const options: SimOptions = {
      ...DEFAULT_OPTIONS,
      isnMode: oneOf('--isn', values.isn ?? DEFAULT_OPTIONS.isnMode, ISN_MODES),
      seed: wholeNumber('seed', values.seed, DEFAULT_OPTIONS.seed, OPTION_LIMITS.seed),
      latencyMs: wholeNumber('latency', values.latency, DEFAULT_OPTIONS.latencyMs, OPTION_LIMITS.latencyMs, ' (ms)'),
      timeWaitMs: wholeNumber('time-wait', values['time-wait'], DEFAULT_OPTIONS.timeWaitMs, OPTION_LIMITS.timeWaitMs, ' (ms)'),
      synCookies: values['syn-cookies'] ?? false,
      profile: profileArg(values.profile),
      backlog: wholeNumber('backlog', values.backlog, DEFAULT_OPTIONS.backlog, OPTION_LIMITS.backlog),
    };
    const relative = values.relative ?? false;
    const viewpoint = viewpointArgs(values, format);
    if (format !== 'svg') return { kind: 'run', id, format, relative, options, viewpoint };
    const figure: FigureArgs = {
      locale: oneOf('--lang', values.lang ?? 'en', LOCALES),
      theme: oneOf('--theme', values.theme ?? 'light', SVG_THEMES),
      upTo: values.step === undefined ? undefined : wholeNumber('step', values.step, 0, STEP_LIMITS),
    };
    return { kind: 'run', id, format, relative, options, viewpoint, figure };
  } catch (error) {
    if (error instanceof ArgError) return { kind: 'error', message: error.message };
    // parseArgs' own messages (unknown option, missing value) are already one clear line.
    return { kind: 'error', message: quoteless((error as Error).message) };
  }
}

/** `--side client|server` and `--ipv6`: only where the format has a point of view or an IP layer. */
function viewpointArgs(values: { readonly side?: string; readonly ipv6?: boolean }, format: TraceFormat): ViewpointArgs {
  if (values.side !== undefined && !VIEWPOINT_FORMATS.includes(format)) {
    throw new ArgError(`--side applies to --format pcap or packetdrill, not ${format}`);
  }
  if (values.ipv6 && format !== 'pcap') throw new ArgError(`--ipv6 applies to --format pcap, not ${format}`);
  return { side: oneOf('--side', values.side ?? 'client', SIDES), ipVersion: values.ipv6 ? 6 : 4 };
}

interface CaptureValues {
  readonly pcap?: string;
  readonly list?: boolean;
  readonly stream?: string;
  readonly format?: string;
  readonly [option: string]: string | boolean | undefined;
}

/** `--pcap FILE [--list | --stream N] [--json | --format json|text]`: the list is the default view. */
function captureArgs(values: CaptureValues, positionals: readonly string[]): TraceArgs {
  const file = values.pcap ?? '';
  if (file === '') throw new ArgError('--pcap needs a file name');
  if (positionals.length > 0) throw new ArgError(`--pcap reads a capture, not a scenario: remove ${positionals.map(quoteArg).join(', ')}`);
  const scenarioOnly = SCENARIO_ONLY.filter((name) => values[name] !== undefined);
  if (scenarioOnly.length > 0) {
    throw new ArgError(`${scenarioOnly.map((name) => `--${name}`).join(', ')} set up a simulated run and cannot apply to a capture`);
  }
  if (values.list && values.stream !== undefined) throw new ArgError('--list and --stream ask for two views: give one');
  const format = oneOf('--format', values.format ?? 'json', CAPTURE_FORMATS);
  if (values.stream === undefined && format === 'mermaid') throw new ArgError('--format mermaid draws one connection: add --stream N');
  if (values.stream === undefined) return { kind: 'pcap', file, view: { kind: 'list' }, format };
  const reading = readWholeNumber(values.stream, STREAM_LIMITS);
  if (!reading.ok) throw new ArgError(`--stream needs a connection number (tcp.stream) from 0, got ${quoteArg(values.stream)}`);
  return { kind: 'pcap', file, view: { kind: 'stream', stream: reading.value }, format };
}

/** parseArgs' messages hold the user's text and line breaks: one line, no control characters. */
function quoteless(message: string): string {
  const oneLine = message.replace(/\s*\n\s*/g, ' ');
  return [...oneLine].map((c) => (isControlCharacter(c) ? '?' : c)).join('');
}
