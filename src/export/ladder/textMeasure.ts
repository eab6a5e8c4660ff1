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
 * What breaks between: one CJK character, or a run of other characters (a word, a number), each
 * with the spaces after it. Chinese typesetting keeps closing punctuation (、。，：；！？）」』》】)
 * on the line of what it follows and opening punctuation (（「『《【) on the line of what it
 * precedes, so neither starts or ends a line: "返回 0：已连接" never breaks before "：", nor
 * "60 秒（Linux）" after "（".
 */
const BREAK_UNIT =
  /[\uff08\u300c\u300e\u300a\u3010]*(?:[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)[\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff09\u300d\u300f\u300b\u3011]*\s*|\s+/g;

/**
 * Greedy line breaking to `maxWidth`: at spaces, and between any two CJK characters (Chinese has
 * no spaces), never before closing or after opening punctuation (BREAK_UNIT). A single word
 * longer than the line stays whole.
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, measure: MeasureText, bold = false): string[] {
  const tokens = text.match(BREAK_UNIT) ?? [];
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
