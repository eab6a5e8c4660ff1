/**
 * What an arrow's label says, and the shorter forms the layout may fall back to when a busy part
 * of the diagram (a SYN flood) leaves no room: dropping notes first, then everything but the
 * flags. What is dropped stays in the arrow's accessible name and in the header inspector.
 */
export interface ArrowLabelText {
  /** "SYN, ACK" */
  readonly flags: string;
  /** Said after the flags: "retransmission", "old duplicate", "spoofed from 203.0.113.7". */
  readonly notes: readonly string[];
  /** "seq=0 ack=1" */
  readonly numbers: string;
  /** Said after the numbers: unusual ports ":40000 → 81". */
  readonly extras: readonly string[];
  /** Next to the ✕ of a lost segment: "lost", or "to 203.0.113.7 — nobody there". */
  readonly caption: string | null;
}

/** From richest to barest; the layout takes the first that fits. */
export const LABEL_VARIANTS = ['line', 'stack', 'short', 'flags'] as const;
/**
 * 'none': no label at all, the last resort where every place for even the flags would be crossed
 * by another arrow (the first replies of a SYN flood on a phone); the words stay in the arrow's
 * accessible name and in the header inspector.
 */
export type LabelVariant = (typeof LABEL_VARIANTS)[number] | 'none';

export type PieceKind = 'flags' | 'note' | 'numbers' | 'extra';
export interface LabelPiece {
  readonly kind: PieceKind;
  /** Includes its leading separator (" · ", " "), so pieces concatenate into the line. */
  readonly text: string;
}

export interface LabelRows {
  /** Above the arrow. */
  readonly head: readonly LabelPiece[];
  /** Below the arrow, for stacked variants. */
  readonly body: readonly LabelPiece[] | null;
}

export function labelRows(text: ArrowLabelText, variant: LabelVariant): LabelRows {
  const flags: LabelPiece = { kind: 'flags', text: text.flags };
  const notes = text.notes.map((note): LabelPiece => ({ kind: 'note', text: ` · ${note}` }));
  const numbers = (lead: string): LabelPiece => ({ kind: 'numbers', text: `${lead}${text.numbers}` });
  const extras = text.extras.map((extra): LabelPiece => ({ kind: 'extra', text: ` ${extra}` }));
  switch (variant) {
    case 'line':
      return { head: [flags, ...notes, numbers(' '), ...extras], body: null };
    case 'stack':
      return { head: [flags, ...notes], body: [numbers(''), ...extras] };
    case 'short':
      return { head: [flags], body: [numbers('')] };
    case 'flags':
      return { head: [flags], body: null };
    case 'none':
      return { head: [], body: null };
  }
}

export function rowText(pieces: readonly LabelPiece[]): string {
  return pieces.map((piece) => piece.text).join('');
}
