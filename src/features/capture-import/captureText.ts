import type { CaptureIssue } from '../../capture';
import type { TFunction } from '../../i18n/useT';

/** A reader's problem in the reader's language (texts in src/i18n/{en,zh}/capture.ts). */
export function issueText(problem: CaptureIssue, t: TFunction): string {
  return t(problem.key, problem.params);
}

/** An address and port as Wireshark writes them: IPv6 in brackets. */
export function endpointText(e: { readonly addr: string; readonly port: number }): string {
  return e.addr.includes(':') ? `[${e.addr}]:${e.port}` : `${e.addr}:${e.port}`;
}

/** Milliseconds as a capture shows them: whole from 10 ms, one decimal from 1 ms, microseconds below. */
export function captureMs(ms: number): string {
  return ms >= 10 ? ms.toFixed(0) : ms.toFixed(ms >= 1 ? 1 : 3);
}
