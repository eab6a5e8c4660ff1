/**
 * npm run trace -- <scenario-id> [--json | --format json|text|mermaid] [--relative]
 *                                [--isn fixed|random|wrap] [--seed N] [--latency MS] [--time-wait MS]
 *                                [--syn-cookies]
 * Prints one scenario's trace, computed by the same engine the app uses.
 */
import { SCENARIO_IDS, seqContext, simulateScenario } from '../src/engine';
import { traceToJson, traceToMermaid, traceToText } from '../src/export';
import { readTraceArgs } from './traceArgs';

const USAGE = `usage: npm run trace -- <scenario-id> [--json | --format json|text|mermaid] [--relative]
       [--isn fixed|random|wrap] [--seed N] [--latency MS] [--time-wait MS] [--syn-cookies]
scenario ids: ${SCENARIO_IDS.join(', ')}`;

const args = readTraceArgs(process.argv.slice(2));
if (args.kind === 'help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.kind === 'error') {
  process.stderr.write(`${args.message}\n${USAGE}\n`);
  process.exit(2);
}
const { id, format, options } = args;
const trace = simulateScenario(id, options);
const ctx = seqContext(args.relative ? 'relative' : 'absolute', trace);

const output =
  format === 'json'
    ? `${JSON.stringify(traceToJson(trace, ctx), null, 2)}\n`
    : format === 'text'
      ? `${traceToText(trace, ctx)}\n`
      : traceToMermaid(trace, ctx);
process.stdout.write(output);
