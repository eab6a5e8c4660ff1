import type { enFigures } from '../en/figures';

/** 图、讲义与嵌入视图：简体中文。 */
export const zhFigures: Record<keyof typeof enFigures, string> = {
  'figures.open': '导出',
  'embed.openFull': '在 TCP 握手实验室中打开',
  'embed.newTab': '（在新标签页中打开）',
  'embed.range': '第 {from}–{to} 步（共 {n} 步）',
};
