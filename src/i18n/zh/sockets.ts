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
  'app.broken-pipe': '错误：管道破裂（EPIPE）',
  'app.would-block': 'read()：暂时没有可读的数据（EAGAIN）',
  'ladder.appShort.broken-pipe': 'EPIPE',
  'ladder.appShort.would-block': 'EAGAIN',

  // ── 状态徽章上的监听套接字与接收缓冲区 ────────────────────────────────────────────────
  'sockets.listener.badge': '监听套接字：LISTEN',
  'sockets.listener.label': '服务器的监听套接字仍处于 LISTEN：新的连接可以到来',
  'sockets.listener.connection': '第 {n} 个连接',
  'sockets.unread': '{bytes} 字节未读',
  'sockets.unread.label': '已收到但应用尚未读取的 {bytes} 字节',

  // ── 断网会怎样？ ──────────────────────────────────────────────────────────────────────
  'whatIf.beyond': '重试也无济于事时',
  'whatIf.syn-timeout.outcome': '每个 SYN 都丢失：重发约四分钟后（Linux 约两分钟），connect() 以 ETIMEDOUT 放弃。',
  'whatIf.half-open.outcome': '客户端主机崩溃：服务器仍以为连接存在，直到重启后的客户端发来的 SYN 暴露了它，一个 RST 将其清除。',

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

  // ── 课程 ──────────────────────────────────────────────────────────────────────────────
  'lesson.close-vs-shutdown.title': 'close() 不是 shutdown()',
  'lesson.close-vs-shutdown.body':
    'shutdown(SHUT_WR) 就是 TCP 的 CLOSE：一个表示“我不再发送数据”的 FIN，而应用仍继续读取（半关闭）。close() 则彻底放弃套接字，连读取也一并放弃。于是再也无法被读取的数据就丢失了，TCP 用 RST 说明这一点：当 close() 时接收缓冲区里还有未读数据，以及 close() 之后又有数据到达时（RFC 9293 §3.6.1）。对端的下一次 send() 随后以 EPIPE 失败。\n监听套接字与它接受的连接是分开的：关闭一个连接，监听套接字仍留在 LISTEN，等待下一个客户端；关闭监听套接字只是不再接受新连接。',
};
