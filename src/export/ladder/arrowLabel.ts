/**
 * What an arrow's label says, and the shorter forms the layout may fall back to when a busy part
 * of the diagram (a SYN flood, a phone's short arrows) leaves no room: two rows, then dropping
 * notes, then the numbers one field a row, and last everything but the flags. What is dropped
 * stays in the arrow's accessible name and in the header inspector.
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

/**
 * From richest to barest; the layout takes the first that fits. 'tall' writes the numbers in
 * rows of their own ("seq=1" / "ack=1"), no wider than the flags: the seq and ack of two FINs that
 * cross, which must each keep to their sender's half of a phone's short arrow, then still fit.
 */
export const LABEL_VARIANTS = ['line', 'stack', 'short', 'tall', 'flags'] as const;
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

/** A label's rows from top to bottom, as read along the arrow; the first holds the flags. */
export type LabelRows = readonly (readonly LabelPiece[])[];

export function labelRows(text: ArrowLabelText, variant: LabelVariant): LabelRows {
  const flags: LabelPiece = { kind: 'flags', text: text.flags };
  const notes = text.notes.map((note): LabelPiece => ({ kind: 'note', text: ` · ${note}` }));
  const numbers = (lead: string): LabelPiece => ({ kind: 'numbers', text: `${lead}${text.numbers}` });
  const extras = text.extras.map((extra): LabelPiece => ({ kind: 'extra', text: ` ${extra}` }));
  switch (variant) {
    case 'line':
      return [[flags, ...notes, numbers(' '), ...extras]];
    case 'stack':
      return [
        [flags, ...notes],
        [numbers(''), ...extras],
      ];
    case 'short':
      return [[flags], [numbers('')]];
    case 'tall':
      return [[flags], ...numberFieldRows(text.numbers)];
    case 'flags':
      return [[flags]];
    case 'none':
      return [];
  }
}

/**
 * "seq=1 ack=2 len=100" as "seq=1" / "ack=2 len=100": the sequence number on a row of its own and
 * what acknowledges or measures it on the next (a bare SYN's "seq=0" stays one row).
 */
function numberFieldRows(numbers: string): LabelPiece[][] {
  const [seq = '', ...rest] = numbers.split(' ');
  const row = (text: string): LabelPiece[] => [{ kind: 'numbers', text }];
  return rest.length === 0 ? [row(seq)] : [row(seq), row(rest.join(' '))];
}

export function rowText(pieces: readonly LabelPiece[]): string {
  return pieces.map((piece) => piece.text).join('');
}
