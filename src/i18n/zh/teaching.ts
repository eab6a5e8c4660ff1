import type { enTeaching } from '../en/teaching';

/** 首屏所需的教学文本（简体中文）：与 en/teaching.ts 逐键对应。 */
export const zhTeaching: Record<keyof typeof enTeaching, string> = {
  // ── 状态 ────────────────────────────────────────────────────────────────────────────
  'state.CLOSED.name': 'CLOSED',
  'state.LISTEN.name': 'LISTEN',
  'state.SYN-SENT.name': 'SYN-SENT',
  'state.SYN-RECEIVED.name': 'SYN-RECEIVED',
  'state.ESTABLISHED.name': 'ESTABLISHED',
  'state.FIN-WAIT-1.name': 'FIN-WAIT-1',
  'state.FIN-WAIT-2.name': 'FIN-WAIT-2',
  'state.CLOSE-WAIT.name': 'CLOSE-WAIT',
  'state.CLOSING.name': 'CLOSING',
  'state.LAST-ACK.name': 'LAST-ACK',
  'state.TIME-WAIT.name': 'TIME-WAIT',

  // ── 场景 ────────────────────────────────────────────────────────────────────────────
  'scenario.handshake.title': '三次握手',
  'scenario.handshake.summary':
    '客户端发 SYN，服务器回 SYN,ACK，客户端再回 ACK。注意每个 ISN 都以 ISN+1 的形式被确认，而每一方的状态都在报文段到达时才改变：三个报文段之后，双方都知道了彼此的起始编号。',
  'scenario.close.title': '四次挥手',
  'scenario.close-fin-ack.title': '三个报文段完成挥手',
  'scenario.server-close.title': '服务器先关闭',
  'scenario.simultaneous-open.title': '同时打开',
  'scenario.simultaneous-close.title': '同时关闭',
  'scenario.half-close.title': '半关闭',
  'scenario.syn-lost.title': 'SYN 丢失',
  'scenario.syn-ack-lost.title': 'SYN,ACK 丢失',
  'scenario.ack-lost.title': '第三次握手的 ACK 丢失',
  'scenario.fin-lost.title': 'FIN 丢失',
  'scenario.close-ack-lost.title': '对第一个 FIN 的 ACK 丢失',
  'scenario.passive-fin-lost.title': '服务器的 FIN 丢失',
  'scenario.last-ack-lost.title': '最后一个 ACK 丢失',
  'scenario.refused.title': '连接被拒绝',
  'scenario.abort.title': '用 RST 中止连接',
  'scenario.old-duplicate-syn.title': '旧的重复 SYN',
  'scenario.two-way-handshake.title': '如果只握手两次？（并非真实的 TCP）',
  'scenario.syn-flood.title': 'SYN 洪泛与 SYN Cookie',
  'scenario.port-scan.title': 'SYN 端口扫描',

  // ── 双方 ──────────────────────────────────────────────────────────────────────────
  'side.client': '客户端',
  'side.server': '服务器',
};
