import type { enSockets } from '../en/sockets';

/** Chinese twin of en/sockets.ts: the socket layer's words (issue 11 §2–3). */
export const zhSockets: Record<keyof typeof enSockets, string> = {
  // ── 场景 ──────────────────────────────────────────────────────────────────────────────
  'scenario.syn-timeout.title': 'SYN 全部丢失：connect() 超时',
  'scenario.rst-unread-data.title': '带着未读数据 close() 会发送 RST',
  'scenario.data-after-close.title': 'close() 之后到达的数据：RST 与 EPIPE',
  'scenario.half-open.title': '崩溃后的半开连接',
  'scenario.fin-scan.title': 'FIN 端口扫描',
  'scenario.time-wait-assassination.title': 'TIME-WAIT 暗杀（RFC 1337）',
  'scenario.reconnect.title': '同一监听套接字上的第二个连接',
  'scenario.time-wait-reuse.title': '服务器处于 TIME-WAIT 时到来的新 SYN',
  'scenario.accept-queue-full.title': '全连接队列已满：已连接，却未被接受',

  // ── 应用看到的结果 ────────────────────────────────────────────────────────────────────
  'ladder.appShort.broken-pipe': 'EPIPE',
  'ladder.appShort.would-block': 'EAGAIN',

  // ── 选项 ──────────────────────────────────────────────────────────────────────────────
  'options.backlog': '监听积压队列（backlog）',
  'options.backlog.hint':
    '服务器的监听套接字在应用 accept() 之前最多容纳多少个连接（{min}–{max}）；队列满时新的 SYN 被丢弃（或以 SYN cookie 应答）。SYN 洪泛场景保留它自己的小积压队列。',

  // ── 场景分组 ──────────────────────────────────────────────────────────────────────────
  'group.sockets': '持续监听的服务器',

  // ── 沙盒调用 ──────────────────────────────────────────────────────────────────────────
  'sandbox.call.read': 'read()',
  'sandbox.call.shutrd': 'shutdown(SHUT_RD)',
  'sandbox.call.crash': '崩溃',
};
