/**
 * npm run trace -- <scenario-id> [--json | --format json|text|mermaid] [--relative]
 *                                [--isn fixed|random|wrap] [--seed N] [--latency MS] [--time-wait MS]
 *                                [--syn-cookies]
 * Prints one scenario's trace, computed by the same engine the app uses.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, SCENARIO_IDS, isScenarioId, seqContext, simulateScenario, type IsnMode, type SimOptions } from '../src/engine';
import { traceToJson, traceToMermaid, traceToText } from '../src/export';

const USAGE = `usage: npm run trace -- <scenario-id> [--json | --format json|text|mermaid] [--relative]
       [--isn fixed|random|wrap] [--seed N] [--latency MS] [--time-wait MS] [--syn-cookies]
scenario ids: ${SCENARIO_IDS.join(', ')}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function numberOption(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) fail(`--${name} needs an integer ≥ ${min}, got "${raw}"`);
  return value;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      relative: { type: 'boolean' },
      isn: { type: 'string' },
      seed: { type: 'string' },
      latency: { type: 'string' },
      'time-wait': { type: 'string' },
      'syn-cookies': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const id = positionals[0];
if (!id) fail('missing scenario id');
if (!isScenarioId(id)) fail(`unknown scenario "${id}"`);
const format = values.json ? 'json' : (values.format ?? 'json');
if (format !== 'json' && format !== 'text' && format !== 'mermaid') fail(`unknown format "${format}"`);
const isnMode = values.isn ?? DEFAULT_OPTIONS.isnMode;
if (isnMode !== 'fixed' && isnMode !== 'random' && isnMode !== 'wrap') fail(`unknown --isn "${isnMode}"`);

const options: SimOptions = {
  ...DEFAULT_OPTIONS,
  isnMode: isnMode as IsnMode,
  seed: numberOption('seed', values.seed, DEFAULT_OPTIONS.seed, 0),
  latencyMs: numberOption('latency', values.latency, DEFAULT_OPTIONS.latencyMs, 1),
  timeWaitMs: numberOption('time-wait', values['time-wait'], DEFAULT_OPTIONS.timeWaitMs, 1),
  synCookies: values['syn-cookies'] ?? false,
};
const trace = simulateScenario(id, options);
const ctx = seqContext(values.relative ? 'relative' : 'absolute', trace);

const output =
  format === 'json'
    ? `${JSON.stringify(traceToJson(trace, ctx), null, 2)}\n`
    : format === 'text'
      ? `${traceToText(trace, ctx)}\n`
      : traceToMermaid(trace, ctx);
process.stdout.write(output);
