import { estimateTextWidth, type MeasureText } from '../../export/ladder/textMeasure';

/** A measurer using the real font, or the estimate where there is no OffscreenCanvas. */
export function createTextMeasurer(fontFamily: string): MeasureText {
  if (typeof OffscreenCanvas === 'undefined') return estimateTextWidth;
  const context = new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateTextWidth;
  const cache = new Map<string, number>();
  return (text, fontPx, bold = false) => {
    const key = `${fontPx}|${bold ? 'b' : ''}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? '700 ' : ''}${fontPx}px ${fontFamily}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
