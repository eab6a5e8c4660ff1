import type { enProfile } from '../en/profile';

/** 两种行为配置（src/engine/profile.ts）的中文：只有 Linux 配置才会走的规则，以及两者不同之处的说明。 */
export const zhProfile: Record<keyof typeof enProfile, string> = {
  'rule.syn-received-simultaneous-syn-ack-ack.what':
    '{side}在 SYN-RECEIVED 中收到 {in}，即{peer}确认本方 SYN 的 SYN,ACK：进入 ESTABLISHED，并用 {out} 确认它。',
  'rule.syn-received-simultaneous-syn-ack-ack.why':
    '同时打开时，双方各自用 SYN,ACK 回应对方，每个 SYN,ACK 都完成一次握手。Linux 会确认自己收到的那个 SYN,ACK，让双方都看到对方的确认；RFC 9293 在这里什么也不发。',
  'rule.syn-received-dup-syn-syn-ack.what':
    '{side}在 SYN-RECEIVED 中又收到了同一个 SYN（{in}）：它再发一次 SYN,ACK（{out}），并重新启动计时器。',
  'rule.syn-received-dup-syn-syn-ack.why':
    '重复的 SYN 说明{peer}没有收到我们的 SYN,ACK（或者它还在路上）。Linux 直接重发 SYN,ACK，而不是像 RFC 9293 §3.10.7.4 那样只回一个 ACK，这样{peer}可以立刻完成握手。',
  'rule.syn-received-give-up-listen.what': '{retry} 次 SYN,ACK 都没有回应：{side}丢弃这个半开连接，监听套接字继续处于 LISTEN。',
  'rule.syn-received-give-up-listen.why':
    '只有 SYN、等不来 ACK 的连接，可能来自已经离开或根本不存在的主机（伪造的源地址）。Linux 在重试 net.ipv4.tcp_synack_retries（5）次后放弃它，不通知任何应用程序：本来就没有谁 accept() 过它。',
  'rule.eof-read-ack.what': '{side}的应用程序 read() 返回 0 时，它随即用 {out} 确认 FIN。',
  'rule.eof-read-ack.why':
    'Linux 在应用程序读到文件结束时发送这个 ACK，而不是等 40 毫秒的延迟确认计时器。如果应用程序恰好在这一刻关闭，ACK 就捎带在它的 FIN 上，挥手只需三个报文段；如果它等一会儿，ACK 单独发出，你会看到四个。',

  'rfcWould.title': '按 RFC 9293：',
  'rfcWould.linuxRun': '本次运行采用 Linux 内核的做法（选项 → 行为）。凡是 RFC 9293 会有不同做法的步骤，都会讲清它会怎么做、为什么。',
  'rfcWould.synRetries':
    'RFC 6298 每次重试后把等待时间加倍：本实验的 RFC 配置在第一个 SYN 之后 {labSchedule} 秒重发，并在 {labGiveUp} 秒时放弃。Linux 的前四次重试间隔都是 1 秒（net.ipv4.tcp_syn_linear_timeouts），重试 10 次后放弃，约 131 秒。',
  'rfcWould.dupSyn': 'RFC 9293 §3.10.7.4 对 SYN-RECEIVED 中重复的 SYN 只回一个 ACK：这个 SYN 通不过序号检查。Linux 则重发它的 SYN,ACK。',
  'rfcWould.rto': 'RFC 6298 不允许重传超时低于 1 秒。Linux 的下限是 200 毫秒（TCP_RTO_MIN）加上测得的往返时间，所以它在 {rto} 秒后重发。',
  'rfcWould.abort': 'RFC 9293 §3.10.5 只发一个 RST：<SEQ=SND.NXT><CTL=RST>。Linux 还会置上 ACK 位，ACK = RCV.NXT。',
  'rfcWould.quickAck':
    'RFC 9293 允许这个 ACK 等一等（最多半秒），好捎带在回复上（RFC 配置等 40 毫秒）。Linux 在连接刚开始时立即确认（快速确认模式，前 16 个报文段）。',
  'rfcWould.eofAck': 'RFC 配置会让这个 ACK 等满 40 毫秒的延迟确认计时器。Linux 在应用程序读到文件结束时就发送它。',
  'rfcWould.simultaneousAck': 'RFC 9293 在这里什么也不发：与我方交叉而过的 SYN,ACK 不需要回应。Linux 会确认它。',
  'rfcWould.timeWaitReuse':
    '严格按字面执行的 RFC 9293 让旧连接继续留在 TIME-WAIT，并用 ACK 回应这个 SYN。Linux 因为这个 SYN 的序号高于旧连接的序号而结束 TIME-WAIT，由监听套接字接受一个新连接（RFC 6191；RFC 9293 §3.6.1 允许这样做）。',
  'rfcWould.halfOpenListen': 'RFC 9293 §3.8.3 会关闭连接并报告“连接超时”。Linux 只丢弃这个半开请求：监听套接字从未离开 LISTEN。',
  'rfcWould.synQueueExtra':
    'listen() 的 backlog 是 {backlog}，而这个 SYN 占了半连接队列的第 {queued} 个位置：Linux 比 backlog 多容纳一个（实测：backlog 为 1 时，它在队列满之前回复了 2 个 SYN）。RFC 配置按 POSIX 的意思理解 backlog，到这里就会认为队列已满。',
  'rfcWould.cookies': 'Linux 默认开启 SYN cookies（net.ipv4.tcp_syncookies=1）。RFC 配置会丢弃这个 SYN，除非在“选项”中打开 SYN cookies。',
  'rfcWould.timeWait':
    'Linux 的 TIME-WAIT 固定为 60 秒（TCP_TIMEWAIT_LEN）。RFC 9293 要求 2×MSL，按它 2 分钟的 MSL 就是 4 分钟；RFC 配置使用“选项”中选定的时长。',

  'linux.abortRstAck':
    'Linux 在这里发送 RST,ACK：同样的复位，但置上 ACK 位，ACK = RCV.NXT（实测）。RFC 9293 §3.10.5 只要求 <SEQ=SND.NXT><CTL=RST>。',
  'linux.quickAck': 'Linux 会立即确认这些数据：刚建立的连接处于快速确认模式（前 16 个报文段）。RFC 允许 ACK 等一等，好捎带在回复上。',
  'linux.simultaneousAck': 'Linux 会用一个 ACK 回应这个 SYN,ACK（同时打开时实测）；RFC 9293 什么也不发，因为这个 SYN,ACK 不需要回应。',
  'linux.timeWaitReuse':
    '因为这个 SYN 的序号高于旧连接的序号（RFC 6191），Linux 会在这里结束 TIME-WAIT，把它交给监听套接字，作为新连接接受；严格按字面执行的 RFC 9293 用 ACK 回应它。',
  'linux.eofAckNow':
    'Linux 在应用程序读到文件结束时就发送 FIN 的 ACK（实测：几毫秒之内），而不是等延迟确认计时器；若应用程序此刻 close()，ACK 仍会捎带在 FIN 上。',
  'linux.halfOpenDrop': 'Linux 对半开连接重试 5 次 SYN,ACK 后直接把它忘掉：监听套接字留在 LISTEN，也没有任何应用程序得知此事。',
};
