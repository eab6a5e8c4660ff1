import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './textMeasure';

/** Each character one unit wide: where the lines break depends on the rules alone. */
const oneEach = (text: string) => [...text].length;

describe('wrapText', () => {
  it('breaks English at spaces, and keeps a word longer than the line whole', () => {
    expect(wrapText('connect() returns 0: connected', 12, 1, oneEach)).toEqual(['connect()', 'returns 0:', 'connected']);
    expect(wrapText('SYN-RECEIVED', 4, 1, oneEach)).toEqual(['SYN-RECEIVED']);
  });

  it('breaks Chinese between any two characters', () => {
    expect(wrapText('服务器确认它', 4, 1, oneEach)).toEqual(['服务器确', '认它']);
  });

  it('never starts a line with closing punctuation: the colon stays with the number before it', () => {
    // Without the rule the room after "0" ends the line and "：已连接" starts the next.
    expect(wrapText('connect() 返回 0：已连接', 14, 1, oneEach)).toEqual(['connect() 返回', '0：已连接']);
    expect(wrapText('已连接，可以', 3, 1, oneEach)).toEqual(['已连', '接，可', '以']);
  });

  it('never ends a line with opening punctuation: "（" goes with what it opens', () => {
    expect(wrapText('2MSL = 60 秒（Linux）', 12, 1, oneEach)).toEqual(['2MSL = 60 秒', '（Linux）']);
  });

  it('measures with the estimate the export uses, wider for CJK than Latin', () => {
    expect(estimateTextWidth('中', 10)).toBeGreaterThan(estimateTextWidth('a', 10));
  });
});
