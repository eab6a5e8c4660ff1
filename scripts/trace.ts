/**
 * npm run trace -- <scenario-id> [--json | --format json|text|mermaid|pcap|packetdrill|svg] [--relative]
 *                                [--isn fixed|random|wrap] [--seed N] [--latency MS] [--time-wait MS]
 *                                [--syn-cookies] [--backlog N] [--profile rfc9293|linux] [--side client|server] [--ipv6]
 * Prints one scenario's trace, computed by the same engine the app uses. pcap is binary: redirect
 * it to a file. --side picks the host the capture is taken on, or whose packetdrill script it is.
 * `--format svg` prints the app's exported figure (--lang, --theme and --step as in its Export dialog).
 * npm run trace -- --pcap FILE [--list | --stream N] [--json | --format json|text|mermaid]
 * Prints a capture's connections (numbered as Wireshark's tcp.stream) or one connection's packets.
 * Exit codes: 2 for bad arguments, 1 for a file that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readCapture } from '../src/capture';
import { SCENARIO_IDS, seqContext, simulateScenario } from '../src/engine';
import { traceToJson, traceToMermaid, traceToPacketdrill, traceToPcap, traceToText } from '../src/export';
import { isControlCharacter, quoteArg, readTraceArgs, type TraceArgs } from './traceArgs';
import { renderCapture } from './traceCapture';
import { renderFigure } from './traceFigure';

const USAGE = `usage: npm run trace -- <scenario-id> [--json | --format json|text|mermaid|pcap|packetdrill|svg] [--relative]
       [--isn fixed|random|wrap] [--seed N] [--latency MS] [--time-wait MS] [--syn-cookies] [--backlog N]
       [--profile rfc9293|linux] [--side client|server] [--ipv6]
       [--format svg [--lang en|zh] [--theme light|dark] [--step N]]
       (pcap is binary: npm run -s trace -- close --format pcap > close.pcap)
       npm run trace -- --pcap FILE [--list | --stream N] [--json | --format json|text|mermaid]
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
if (args.kind === 'pcap') runCapture(args);
const { id, format, options, viewpoint } = args;
if (format === 'pcap' && process.stdout.isTTY) {
  // Binary on a terminal is noise at best and control codes at worst.
  process.stderr.write(`a pcap is binary: redirect it to a file, e.g. npm run -s trace -- ${id} --format pcap > ${id}.pcap\n`);
  process.exit(2);
}
const trace = simulateScenario(id, options);
const ctx = seqContext(args.relative ? 'relative' : 'absolute', trace);

if (args.figure) {
  const figure = renderFigure(trace, args.relative, args.figure);
  if (!figure.ok) {
    process.stderr.write(`${figure.message}\n`);
    process.exit(2);
  }
  process.stdout.write(figure.text);
  process.exit(0);
}

const output =
  format === 'json'
    ? `${JSON.stringify(traceToJson(trace, ctx), null, 2)}\n`
    : format === 'text'
      ? `${traceToText(trace, ctx)}\n`
      : format === 'pcap'
        ? traceToPcap(trace, viewpoint)
        : format === 'packetdrill'
          ? traceToPacketdrill(trace, viewpoint)
          : traceToMermaid(trace, ctx);
process.stdout.write(output);

/** Reads and prints a capture; every failure is one line on stderr, never a stack trace. */
function runCapture({ file, view, format: as }: Extract<TraceArgs, { kind: 'pcap' }>): never {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    process.stderr.write(`cannot read ${quoteArg(file)} (${code})\n`);
    process.exit(1);
  }
  // The name is echoed in messages and JSON: no control character may reach the terminal.
  const name = [...basename(file)].map((c) => (isControlCharacter(c) ? '?' : c)).join('');
  const output = renderCapture(readCapture(bytes), view, as, name);
  if (!output.ok) {
    process.stderr.write(`${output.message}\n`);
    process.exit(output.exitCode);
  }
  process.stdout.write(output.text);
  process.exit(0);
}
