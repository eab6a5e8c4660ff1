import type { CaptureIssue, CaptureMessageKey } from './types';

/** Builds an issue; parameters are plain numbers and strings so any language can format them. */
export function issue(
  key: CaptureMessageKey,
  params: Readonly<Record<string, string | number>> = {},
  where: { offset?: number; frame?: number } = {},
): CaptureIssue {
  return { key, params, ...where };
}

/** The four bytes at the start of a file as shown in messages: 0x followed by 8 hex digits. */
export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, '0')}`;
}
