/**
 * Fuzzing every path by which outside text reaches the app: the URL hash (readLink), the
 * sandbox's tokens inside it, the values the app reads back from localStorage (theme, language),
 * and the trace CLI's arguments (readTraceArgs). Nothing may throw; bad input gets a notice (or
 * message) that exists in both languages with every placeholder filled.
 *
 * Fixed seed and a case count that runs in seconds; `FUZZ_RUNS=100000 npx vitest run
 * scripts/inputs.fuzz.test.ts` runs longer. A crash found here becomes a named regression test
 * at the bottom of this file.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTheme, readStoredTheme, THEME_STORAGE_KEY } from '../src/app/theme';
import { USER_CALLS } from '../src/engine';
import { en } from '../src/i18n/en';
import { format } from '../src/i18n/format';
import { detectLocale, isLocale, LOCALE_STORAGE_KEY, readStoredLocale } from '../src/i18n/locale';
import type { MessageKey } from '../src/i18n/messages';
import { zhCore } from '../src/i18n/zh';
import { zhView } from '../src/i18n/zh/view';
import { zhDetails } from '../src/i18n/zh/details';
import { readLink, selectStepCount, writeLink, type LinkReading } from '../src/store';
import { isControlCharacter, readTraceArgs } from './traceArgs';

const SEED = 10_2026;
const RUNS = Number(process.env.FUZZ_RUNS) > 0 ? Number(process.env.FUZZ_RUNS) : 300;
/** A long run (FUZZ_RUNS) may take minutes; the default one takes seconds. */
const TIMEOUT_MS = Math.max(60_000, RUNS * 20);
const settings = { numRuns: RUNS, seed: SEED };

const zh: Record<string, string> = { ...zhCore, ...zhView, ...zhDetails };

/** A notice the app can show: a key both languages have, with nothing left as "{name}". */
function unreadableNotice(reading: LinkReading): string | null {
  const notice = reading.notice;
  if (notice === null) return null;
  for (const [lang, table] of [
    ['en', en as Record<string, string>],
    ['zh', zh],
  ] as const) {
    const template = table[notice.key as MessageKey];
    if (template === undefined) return `${lang} has no ${notice.key}`;
    // Every placeholder of the template has a value (the values may hold braces: quoted link text).
    const missing = [...template.matchAll(/\{(\w+)\}/g)].filter(([, name]) => notice.params?.[name as string] === undefined);
    if (missing.length > 0)
      return `${lang} ${notice.key} left ${missing.map(([whole]) => whole).join(', ')} in: ${format(template, notice.params)}`;
  }
  return null;
}

// --- the URL hash -------------------------------------------------------------------------------

const hostile = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '%',
  '%00',
  '%E0%A4%A',
  '-1',
  '1e300',
  '0x10',
  '1.5',
  'NaN',
  'Infinity',
  '9007199254740993',
  '4294967296',
  '<script>',
  '\u0000',
  '\u202e',
);
const number = fc.oneof(fc.nat({ max: 3000 }), fc.integer(), fc.constant(2 ** 32)).map(String);
const sideCode = fc.oneof(fc.constantFrom('c', 's'), hostile, fc.string({ maxLength: 3 }));
const callName = fc.oneof(fc.constantFrom(...USER_CALLS), hostile);
const actionToken = fc.oneof(
  fc
    .tuple(sideCode, callName, fc.oneof(fc.constant(''), number), fc.option(number))
    .map(([side, call, bytes, step]) => `${side}.${call}${bytes}${step === null ? '' : `.${step}`}`),
  hostile,
  fc.string({ maxLength: 12 }),
);
const fateToken = fc.oneof(
  fc
    .tuple(number, fc.constantFrom('lose', 'delay', 'dup', 'delay500', 'delay0', 'delay99999'), number)
    .map(([id, fate, step]) => `${id}.${fate}.${step}`),
  fc.tuple(number, hostile, number).map(([id, fate, step]) => `${id}.${fate}.${step}`),
  hostile,
);
const tokenList = (token: fc.Arbitrary<string>) => fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(','));

const KEYS = ['s', 'step', 'lang', 'seq', 'isn', 'ci', 'si', 'seed', 'lat', 'tw', 'cookies', 'mode', 'a', 'f'];
const value = fc.oneof(
  fc.constantFrom('handshake', 'close', 'sandbox', 'scenario', 'en', 'zh', 'rel', 'abs', 'fixed', 'random', 'wrap', '0', '1'),
  number,
  hostile,
  fc.string({ maxLength: 20 }),
);
const pair = fc.oneof(
  fc.tuple(fc.oneof(fc.constantFrom(...KEYS), hostile), value),
  fc.tuple(fc.constant('a'), tokenList(actionToken)),
  fc.tuple(fc.constant('f'), tokenList(fateToken)),
);
const structuredHash = fc.array(pair, { maxLength: 10 }).map((pairs) => `#${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
const sandboxHash = fc
  .tuple(tokenList(actionToken), tokenList(fateToken), fc.oneof(number, hostile))
  .map(([a, f, step]) => `#mode=sandbox&a=s.listen.0,c.connect.1,${a}&f=${f}&step=${step}`);
const anyHash = fc.oneof(
  structuredHash,
  sandboxHash,
  fc.string(),
  fc.string({ unit: 'binary' }).map((s) => `#${s}`),
);

/** What the app does with a reading: the state it would show (mode and scenario filled in as linkSync does). */
function applied(reading: LinkReading) {
  const inputs = reading.inputs;
  return {
    mode: inputs.mode ?? 'scenario',
    scenario: inputs.scenario ?? 'handshake',
    sandbox: inputs.sandbox,
    options: inputs.options!,
    cursor: inputs.cursor ?? 0,
    seqMode: inputs.seqMode ?? 'relative',
    locale: reading.locale ?? 'en',
  } as const;
}

describe('fuzz: the URL hash', () => {
  it(
    'never throws, shows a notice both languages can say, and keeps the cursor on the story',
    () => {
      fc.assert(
        fc.property(anyHash, (hash) => {
          const reading = readLink(hash);
          expect(unreadableNotice(reading)).toBeNull();
          if (reading.inputs.options === undefined) return;
          const steps = selectStepCount(applied(reading));
          expect(reading.inputs.cursor).toBeGreaterThanOrEqual(0);
          expect(reading.inputs.cursor).toBeLessThanOrEqual(steps);
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'what the app rewrites a link to reads back as the same moment, with no notice (the address bar matches the screen)',
    () => {
      fc.assert(
        fc.property(fc.oneof(sandboxHash, structuredHash), (hash) => {
          const first = readLink(hash);
          if (first.inputs.options === undefined) return;
          const shown = applied(first);
          const again = readLink(writeLink(shown));
          expect(again.notice).toBeNull();
          expect(applied(again)).toEqual(shown.mode === 'sandbox' ? shown : { ...shown, sandbox: undefined });
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );
});

// --- localStorage -------------------------------------------------------------------------------

describe('fuzz: values saved in localStorage', () => {
  afterEach(() => vi.unstubAllGlobals());

  const stored = fc.oneof(fc.constantFrom('light', 'dark', 'system', 'en', 'zh', 'zh-CN', 'EN'), hostile, fc.string());

  function storageHolding(values: Record<string, string | null>, throws: boolean): Storage {
    return {
      getItem: (key: string) => {
        if (throws) throw new DOMException('denied', 'SecurityError');
        return values[key] ?? null;
      },
    } as Storage;
  }

  it(
    'any saved theme or language, or a storage that throws, gives a theme and a language the app has',
    () => {
      fc.assert(
        fc.property(stored, stored, fc.boolean(), fc.option(fc.string()), (theme, locale, throws, browser) => {
          vi.stubGlobal('localStorage', storageHolding({ [THEME_STORAGE_KEY]: theme, [LOCALE_STORAGE_KEY]: locale }, throws));
          const readTheme = readStoredTheme();
          expect(isTheme(readTheme)).toBe(true);
          expect(readTheme).toBe(!throws && isTheme(theme) ? theme : 'system');
          expect(isLocale(detectLocale({ stored: readStoredLocale(), browser }))).toBe(true);
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );
});

// --- the CLI ------------------------------------------------------------------------------------

describe('fuzz: trace CLI arguments', () => {
  const flag = fc.constantFrom(
    '--json',
    '--format',
    '--relative',
    '--isn',
    '--isn-client',
    '--isn-server',
    '--seed',
    '--latency',
    '--time-wait',
    '--syn-cookies',
    '--help',
    '-h',
    '--',
    '-',
    '--unknown',
  );
  const argument = fc.oneof(flag, fc.constantFrom('handshake', 'close', 'text', 'json', 'mermaid', 'fixed'), number, hostile, fc.string());

  it(
    'never throws; a mistake is one message with no control characters echoed raw',
    () => {
      fc.assert(
        fc.property(fc.array(argument, { maxLength: 8 }), (argv) => {
          const args = readTraceArgs(argv);
          expect(['help', 'run', 'error']).toContain(args.kind);
          if (args.kind !== 'error') return;
          expect([...args.message].filter(isControlCharacter)).toEqual([]);
          expect(args.message.length).toBeGreaterThan(0);
        }),
        settings,
      );
    },
    TIMEOUT_MS,
  );
});
