import type { enSockets } from '../en/sockets';

/** Chinese twin of en/sockets.ts: the socket layer's words (issue 11 §2–3). */
export const zhSockets: Record<keyof typeof enSockets, string> = {
  // ── 场景 ──────────────────────────────────────────────────────────────────────────────
  'scenario.syn-timeout.title': 'SYN 全部丢失：connect() 超时',
  'scenario.syn-timeout.summary':
    '路径上有东西丢弃了每一个 SYN（一个什么都不回答的防火墙，或一台已关机的主机）。客户端一次次重发同一个 SYN，每次等待时间加倍，最后放弃：connect() 以 ETIMEDOUT 失败。始终没有任何回应，这正是“静默丢弃”与“连接被拒绝”的区别。RFC 9293 要求至少尝试 3 分钟；当前的 Linux 发送 11 个 SYN，约 134 秒后放弃。',
  'scenario.rst-unread-data.title': '带着未读数据 close() 会发送 RST',
  'scenario.rst-unread-data.summary':
    '客户端发送 100 字节；服务器应用从未读取它们就调用了 close()。因为还有永远不会被读取的数据在等待，TCP 发送 RST 而不是 FIN，让客户端知道数据丢失了（RFC 9293 §3.6.1），客户端应用得到“连接被对端重置”。如果没有未读数据，同样的 close() 会发送 FIN。',
  'scenario.data-after-close.title': 'close() 之后到达的数据：RST 与 EPIPE',
  'scenario.data-after-close.summary':
    '服务器调用的是 close() 而不是 shutdown()：它既不再发送，也不再读取。处于 CLOSE-WAIT 的客户端仍然发送了 100 字节；服务器上没有人能读取它们，于是服务器回以 RST。客户端的下一次 send() 以 EPIPE（“管道破裂”）失败。如果服务器用的是 shutdown(SHUT_WR)，它会读到这些数据（半关闭）。',
  'scenario.half-open.title': '崩溃后的半开连接',
  'scenario.half-open.summary':
    'RFC 9293 图 9：客户端主机崩溃，忘掉了连接，而服务器仍认为连接处于 ESTABLISHED。重启后的客户端再次连接；服务器用旧连接的 ACK 回答这个意外的 SYN，客户端将其复位，服务器的旧连接结束，客户端重传的 SYN 发现服务器的监听套接字仍在 LISTEN。（图 10 是反过来的情形：仍在运行的一方发送数据，收到 RST。）',
  'scenario.fin-scan.title': 'FIN 端口扫描',
  'scenario.fin-scan.summary':
    '扫描器向两个端口发送一个单独的 FIN，背后并没有任何连接。开放的端口（监听套接字）默默丢弃它，因为在 LISTEN 状态只有 SYN 才有意义；关闭的端口回以 RST,ACK。沉默表示开放，复位表示关闭：这就是 FIN 扫描。对每个这样的 FIN 都回 RST 的系统可以让它失效。',
  'scenario.time-wait-assassination.title': 'TIME-WAIT 暗杀（RFC 1337）',
  'scenario.time-wait-assassination.summary':
    '客户端正在 TIME-WAIT 中等待，一个来自早先连接的旧重复报文段到达。客户端回以 ACK；服务器上的连接早已不存在，于是对这个 ACK 回以 RST，而这个 RST 立即结束了 TIME-WAIT。等待被提前截断，旧报文段就不再被挡在同一对端口上的新连接之外：这正是 RFC 1337 所描述的危险。它的对策是在 TIME-WAIT 中忽略 RST；Linux 默认并不这样做。',
  'scenario.reconnect.title': '同一监听套接字上的第二个连接',
  'scenario.reconnect.summary':
    '第一个连接关闭了；服务器的监听套接字从未离开 LISTEN，离开的只是它接受的那个连接。客户端再次连接时（在它的 TIME-WAIT 结束后，从同一个端口），监听套接字用新的 ISN 接受了第二个连接。（真实的客户端通常会立即换一个新端口，而不是等待。）',
  'scenario.time-wait-reuse.title': '服务器处于 TIME-WAIT 时到来的新 SYN',
  'scenario.time-wait-reuse.summary':
    '服务器先关闭，正在 TIME-WAIT 中等待，此时客户端从同一个端口再次连接。严格按字面执行，RFC 9293 用旧连接的 ACK 回答新的 SYN；客户端将其复位，从而结束了 TIME-WAIT，它重传的 SYN 一秒后到达监听套接字。RFC 9293 也允许在新序号更大时直接从 TIME-WAIT 重新打开连接，Linux 正是这样做的（RFC 6191）：在 Linux 配置下（选项 → 行为），监听套接字会立即接受这个新连接。',
  'scenario.accept-queue-full.title': '全连接队列已满：已连接，却未被接受',
  'scenario.accept-queue-full.summary':
    '服务器的应用正忙，有一阵没有调用 accept()，已完成握手的连接在监听套接字的全连接队列（accept 队列）里越积越多（listen() 的 backlog 为 2；Linux 能容纳 backlog + 1 个）。客户端的 SYN 仍然得到了 SYN,ACK，但另一个客户端的 ACK 先占走了最后一个位置：客户端的 ACK 被丢弃。客户端已处于 ESTABLISHED，connect() 也已返回；服务器却仍在 SYN-RECEIVED，不断重发 SYN,ACK，并丢弃每个回应它的 ACK。等应用终于调用 accept()，下一个 ACK 找到了空位，连接才真正建立。',

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
