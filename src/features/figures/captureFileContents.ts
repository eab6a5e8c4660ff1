/**
 * The run on screen as files for real tools: a pcap as captured at one host (tracePcap.ts) and a
 * packetdrill script from one side (tracePacketdrill.ts). What the Export dialog downloads and
 * what `npm run trace -- <id> --format pcap|packetdrill --side client|server` prints.
 */
import type { Side, Trace } from '../../engine';
import { DEFAULT_PCAP_OPTIONS, traceToPacketdrill, traceToPcap } from '../../export';
import { scenarioFileStem } from './figureSvg';

export type CaptureFileKind = 'pcap' | 'packetdrill';

/** packetdrill's own examples end in .pkt. */
const EXTENSION: Record<CaptureFileKind, string> = { pcap: 'pcap', packetdrill: 'pkt' };

/** pcap's media type as registered with IANA; the script is plain text. */
const MEDIA_TYPE: Record<CaptureFileKind, string> = { pcap: 'application/vnd.tcpdump.pcap', packetdrill: 'text/plain;charset=utf-8' };

/** "close-server.pkt": the scenario and the side the file is from. */
export function captureFileName(trace: Pick<Trace, 'scenario'>, kind: CaptureFileKind, side: Side): string {
  return `${scenarioFileStem(trace)}-${side}.${EXTENSION[kind]}`;
}

export function captureFile(trace: Trace, kind: CaptureFileKind, side: Side): Blob {
  // Copied into a plain ArrayBuffer, the only kind of bytes a Blob takes.
  const contents =
    kind === 'pcap' ? new Uint8Array(traceToPcap(trace, { ...DEFAULT_PCAP_OPTIONS, side })) : traceToPacketdrill(trace, { side });
  return new Blob([contents], { type: MEDIA_TYPE[kind] });
}
