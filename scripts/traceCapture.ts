/**
 * What `npm run trace -- --pcap FILE` prints: the connection list, or one connection's packets,
 * as JSON or text. Pure (the caller reads the file and writes the output), so it is tested directly.
 */
import type { CaptureFlag, CapturedConnection, CapturedSegment, CaptureIssue, CaptureResult, TcpOption } from '../src/capture';
import { labelFlags, type ControlBit, type Trace } from '../src/engine';
import { traceToJson, traceToMermaid } from '../src/export';
import { captureTrace } from '../src/features/capture-import/captureTrace';
import { enCapture } from '../src/i18n/en/capture';
import { format } from '../src/i18n/format';
import type { CaptureFormat, CaptureView } from './traceArgs';

export type CaptureOutput =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string; readonly exitCode: 1 | 2 };

/** One line of English for an issue, with any control character in its parameters escaped. */
export function issueText(found: CaptureIssue): string {
  return format(enCapture[found.key], found.params);
}

const endpoint = (e: { addr: string; port: number }) => (e.addr.includes(':') ? `[${e.addr}]:${e.port}` : `${e.addr}:${e.port}`);
const seconds = (us: number) => (us / 1e6).toFixed(6);
const END_TEXT: Record<CapturedConnection['end'], string> = { fin: 'FIN both ways', rst: 'RST', open: 'open (no FIN both ways, no RST)' };

export function renderCapture(result: CaptureResult, view: CaptureView, as: CaptureFormat, fileName: string): CaptureOutput {
  // Any file-level problem fails the run: a partial list would pass for a complete one.
  if (result.error) return { ok: false, message: `${fileName}: ${issueText(result.error)}`, exitCode: 1 };
  const warnings = result.warnings.map((w) => ({ key: w.key, params: w.params, message: issueText(w) }));
  if (view.kind === 'list') {
    if (as === 'json') {
      const json = {
        file: fileName,
        format: result.format,
        frames: result.frames,
        segments: result.segments,
        skipped: result.skipped,
        start: result.start,
        connections: result.connections,
        warnings,
      };
      return { ok: true, text: `${JSON.stringify(json, null, 2)}\n` };
    }
    return {
      ok: true,
      text: listText(
        result,
        warnings.map((w) => w.message),
      ),
    };
  }
  const connection = result.connections[view.stream];
  if (!connection) {
    const count = result.connections.length;
    return {
      ok: false,
      message: `--stream ${view.stream}: ${fileName} has ${count} connection${count === 1 ? '' : 's'} (streams 0 to ${count - 1})`,
      exitCode: 2,
    };
  }
  const packets = result.packets.filter((p) => p.stream === view.stream).map((p) => packetJson(p, connection));
  // Both sides' states, inferred by feeding the packets through the engine (captureInference.ts).
  const trace = captureTrace(result, connection, fileName);
  if (as === 'mermaid') {
    const lines = traceToMermaid(trace).split('\n');
    // After the participants (the first three lines), so they keep their order.
    lines.splice(3, 0, '    Note over C,S: states inferred from the capture');
    return { ok: true, text: lines.join('\n') };
  }
  if (as === 'json') {
    return { ok: true, text: `${JSON.stringify({ file: fileName, ...connection, packets, warnings, ...inferredJson(trace) }, null, 2)}\n` };
  }
  const head = `stream ${connection.stream}: client ${endpoint(connection.client)}${connection.clientFromSyn ? '' : ' (guessed: no SYN captured)'}, server ${endpoint(connection.server)}, ${END_TEXT[connection.end]}`;
  const lines = packets.map(
    (p) =>
      `${seconds(p.timeUs).padStart(12)}  ${p.from === 'client' ? 'client → server' : 'server → client'}  ${flagLabel(p.flags)}  seq=${p.seq} ack=${p.ack ?? '-'} len=${p.len} win=${p.window}${p.options.length ? `  <${p.options.map(optionText).join(',')}>` : ''}${p.truncated ? '  [truncated]' : ''}`,
  );
  const states = (['client', 'server'] as const).map((side) => `${side}: ${trace.states[side].join(' → ')}`);
  return {
    ok: true,
    text: `${[head, ...lines, `states inferred from the capture: ${states.join('; ')}`, ...warnings.map((w) => `note: ${w.message}`)].join('\n')}\n`,
  };
}

/**
 * The trace contract's fields for a capture (isn, states, steps, each segment's label), marked as
 * inferred, with what the capture could not decide on each step (note keys; texts in the app).
 */
function inferredJson(trace: Trace) {
  const contract = traceToJson(trace);
  const inference = trace.inference;
  return {
    inferredFromCapture: true,
    isn: contract.isn,
    states: contract.states,
    steps: contract.steps.map((step, i) => ({ ...step, notes: inference?.stepNotes[i] ?? [] })),
    segments: contract.segments.map((s, i) => ({
      ...s,
      frame: inference?.segments[i]?.frame ?? null,
      marks: inference?.segments[i]?.marks ?? [],
    })),
    inference: { captureDelayMs: inference?.captureDelayMs ?? null, notes: inference?.notes ?? [] },
  };
}

function packetJson(p: CapturedSegment, c: CapturedConnection) {
  const fromClient = p.src === c.client.addr && p.srcPort === c.client.port;
  return {
    frame: p.frame,
    timeUs: p.timeUs,
    from: fromClient ? ('client' as const) : ('server' as const),
    flags: p.flags,
    seq: p.seq,
    ack: p.ack,
    len: p.len,
    window: p.window,
    urgentPointer: p.urgentPointer,
    options: p.options,
    truncated: p.truncated,
  };
}

function listText(result: CaptureResult, notes: readonly string[]): string {
  const header = ['stream', 'client', 'server', 'packets', 'first (s)', 'last (s)', 'end'];
  const rows = result.connections.map((c) => [
    String(c.stream),
    endpoint(c.client) + (c.clientFromSyn ? '' : ' ?'),
    endpoint(c.server),
    String(c.packets),
    seconds(c.firstUs),
    seconds(c.lastUs),
    END_TEXT[c.end],
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const skipped = Object.entries(result.skipped)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n} ${what}`);
  const footer = `${result.frames} frames, ${result.segments} TCP segments, ${result.connections.length} connections${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}`;
  const guessed = rows.some((r) => r[1]!.endsWith(' ?')) ? ['? = client guessed from the first packet (no SYN captured)'] : [];
  return `${[line(header), ...rows.map(line), footer, ...guessed, ...notes.map((n) => `note: ${n}`)].join('\n')}\n`;
}

/** Flags read aloud as the rest of the app does ("FIN, ACK"), AE last. */
function flagLabel(flags: readonly CaptureFlag[]): string {
  const named: string[] = labelFlags(flags.filter((f): f is ControlBit => f !== 'AE'));
  return [...named, ...(flags.includes('AE') ? ['AE'] : [])].join(', ') || '(no flags)';
}

function optionText(o: TcpOption): string {
  switch (o.name) {
    case 'MSS':
      return `mss ${o.mss}`;
    case 'WS':
      return `wscale ${o.shift}`;
    case 'SACK_PERM':
      return 'sackOK';
    case 'SACK':
      return `sack ${o.blocks.map(([l, r]) => `${l}-${r}`).join(' ')}`;
    case 'TS':
      return `TS val ${o.tsval} ecr ${o.tsecr}`;
    case 'NOP':
      return 'nop';
    case 'EOL':
      return 'eol';
    default:
      return `kind ${o.kind} len ${o.length}`;
  }
}
