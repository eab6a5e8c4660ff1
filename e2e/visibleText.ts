import type { Page } from '@playwright/test';

export interface TextFault {
  readonly text: string;
  readonly px: number;
  readonly angle: number;
  readonly writingMode: string;
}

/**
 * Every text node a person can see right now: rendered, not visually hidden, and inside both the
 * window and any scrolled box around it. Its size is the computed font size times the SVG's scale
 * (the diagram's viewBox), its angle that of the SVG transform; vertical writing counts as rotated.
 * One exception: an arrow's label runs along its arrow (a few degrees of slant, as sequence
 * diagrams are drawn); turned sideways (the old vertical state names) is rotated.
 */
export async function visibleTextFaults(page: Page, minPx: number): Promise<TextFault[]> {
  const texts = await visibleTexts(page);
  return texts.filter((text) => text.px < minPx - 0.01 || text.rotated);
}

/** The smallest rendered size among the visible text, px. */
export async function smallestVisibleText(page: Page): Promise<number> {
  return Math.min(...(await visibleTexts(page)).map((text) => text.px));
}

export interface VisibleText extends TextFault {
  readonly rotated: boolean;
}

export function visibleTexts(page: Page): Promise<VisibleText[]> {
  return page.evaluate(() => {
    const texts: VisibleText[] = [];
    const clipRect = (el: Element) => {
      let rect = { top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth };
      for (let box = el.parentElement; box; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
        const r = box.getBoundingClientRect();
        rect = {
          top: Math.max(rect.top, r.top),
          bottom: Math.min(rect.bottom, r.bottom),
          left: Math.max(rect.left, r.left),
          right: Math.min(rect.right, r.right),
        };
      }
      return rect;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      if (el.closest('.visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      const clip = clipRect(el);
      if (r.width < 2 || r.height < 2 || r.bottom <= clip.top || r.top >= clip.bottom || r.right <= clip.left || r.left >= clip.right)
        continue;
      const style = getComputedStyle(el);
      let px = Number.parseFloat(style.fontSize);
      let angle = 0;
      if (el instanceof SVGGraphicsElement) {
        const m = el.getScreenCTM();
        if (m) {
          px *= Math.hypot(m.a, m.b);
          angle = Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
        }
      } else if (style.transform !== 'none') {
        const m = new DOMMatrix(style.transform);
        angle = Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
      }
      const alongArrow = el.closest('.ladder-arrow__label') !== null && Math.abs(angle) <= 30;
      const rotated = (angle !== 0 && !alongArrow) || !style.writingMode.startsWith('horizontal');
      texts.push({ text: text.slice(0, 40), px: Math.round(px * 10) / 10, angle, writingMode: style.writingMode, rotated });
    }
    return texts;
  });
}
