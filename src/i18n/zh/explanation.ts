import type { ExplanationMessageKey } from '../en/explanation';

/** Chinese strings of the explanation panel; loaded only with the Chinese catalogue. */
export const zhExplanation: Record<ExplanationMessageKey, string> = {
  'explanation.start': '按 →（或“下一步”）开始。',
  'explanation.startEmpty': '你不调用，就什么也不会发生：先在服务器上调用 listen()，再在客户端上调用 connect()。',
  'explanation.stepOf': '第 {k} 步，共 {n} 步',
  'explanation.at': '{side} · 时间 {time}',
  'explanation.stateChange': '状态：{from} → {to}',
  'explanation.stateSame': '状态保持 {state}',
  'explanation.why': '为什么',
  'explanation.app': '应用程序看到的',
  'explanation.rfcTitle': '在新标签页中打开 RFC 9293 第 {section} 节',
  'explanation.join': '和',
  'explanation.nothing': '无',
  'explanation.inText.client': '客户端',
  'explanation.inText.server': '服务器',
};
