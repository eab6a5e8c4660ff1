import { estimateTextWidth, type MeasureText } from '../../export/ladder/textMeasure';

/** A measurer using the real font, or the estimate where there is no OffscreenCanvas. */
export function createTextMeasurer(fontFamily: string): MeasureText {
  if (typeof OffscreenCanvas === 'undefined') return estimateTextWidth;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateTextWidth;
  const cache = new Map<string, number>();
  let font = '';
  return (text, fontPx, bold = false) => {
    const key = `${fontPx}|${bold ? 'b' : ''}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Setting the font parses it, even when it is the same: a quarter of the first layout's
      // time while the page loads went there (issue 8: total blocking time).
      const wanted = `${bold ? '700 ' : ''}${fontPx}px ${fontFamily}`;
      if (wanted !== font) context.font = font = wanted;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
