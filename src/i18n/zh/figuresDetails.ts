import type { enFiguresDetails } from '../en/figuresDetails';

/** 导出对话框、图与讲义：放在第二部分（zh/details.ts）。 */
export const zhFiguresDetails: Record<keyof typeof enFiguresDetails, string> = {
  'figures.title': '导出时序图',
  'figures.intro': '用于幻灯片和讲义：使用当前屏幕上的语言、主题和序号显示方式。',
  'figures.range.label': '包含的步骤',
  'figures.range.whole': '整个场景',
  'figures.range.upTo': '到第 {k} 步为止',
  'figures.svg': '下载 SVG',
  'figures.png': '下载 PNG（2 倍）',
  'figures.pngFailed': '此浏览器无法把图转换为 PNG，请改为下载 SVG。',
  'figures.saved': '已保存 {file}。',
  'figures.mermaid.label': 'Mermaid 时序图（sequenceDiagram）',
  'figures.mermaid.copy': '复制 Mermaid',
  'figures.copied': '已复制到剪贴板。',
  'figures.copyFailed': '无法复制，请选中文本后自行复制。',
  'figures.print': '打印讲义',
  'figure.subtitle.whole': '整个场景，共 {n} 步 · {seq}',
  'figure.subtitle.upTo': '第 {k} 步（共 {n} 步）为止 · {seq}',
  'figure.seq.relative': '相对序号',
  'figure.seq.absolute': '绝对序号',
  'figure.timeAxis': '时间',
  'handout.steps': '逐步过程',
  'handout.keyPoint': '要点',
  'handout.footer': 'TCP 握手实验室 · RFC 9293',
};
