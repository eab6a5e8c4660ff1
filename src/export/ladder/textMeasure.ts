/**
 * Text widths for laying out labels before they are drawn. The browser measures with a canvas in
 * the diagram's own font (features/ladder/textMeasurer.ts); tests (jsdom has no canvas), the first
 * layout and the SVG export use an estimate from typical glyph widths, which errs on the wide side
 * so an estimated layout never overlaps.
 */
export type MeasureText = (text: string, fontPx: number, bold?: boolean) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export const estimateTextWidth: MeasureText = (text, fontPx, bold = false) => {
  let em = 0;
  for (const char of text) {
    if (CJK.test(char)) em += 1;
    else if (char === ' ') em += 0.3;
    else if (/[A-Z0-9=→←]/.test(char)) em += 0.68;
    else if (/[.,:;·'|!()[\]]/.test(char)) em += 0.34;
    else em += 0.58;
  }
  return em * fontPx * (bold ? 1.07 : 1);
};

/**
 * Greedy line breaking to `maxWidth`: at spaces, and between any two CJK characters (Chinese has
 * no spaces). A single word longer than the line stays whole.
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, measure: MeasureText, bold = false): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef][\u3000-\u303f\uff0c\uff1a\uff1b\uff09]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line !== '' && measure(candidate.trimEnd(), fontPx, bold) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
