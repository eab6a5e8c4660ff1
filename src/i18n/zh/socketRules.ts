import type { enSocketRules } from '../en/socketRules';

/** 套接字层的规则文本（解释面板）：与其他规则文本一样放在第二部分（zh/details.ts），不在首屏。 */
export const zhSocketRules: Record<keyof typeof enSocketRules, string> = {
  'rule.read-data.what': '{side}的应用调用 read()：得到接收缓冲区中等待的 {bytes} 字节。',
  'rule.read-data.why':
    '数据在到达时就被确认，而不是在被读取时：TCP 把它留在接收缓冲区，直到应用来取（RECEIVE）。从不来取的应用会把数据一直留在那里，于是 close() 时就有数据要被丢弃。',
  'rule.read-eof.what': '{side}的应用调用 read()：返回 0，即文件结束。',
  'rule.read-eof.why':
    '缓冲区里没有数据，也不会再有：{peer}的 FIN 已经到达、连接已经结束，或者这一端关闭了读取。read() 返回 0 就是应用得知 FIN 的方式。',
  'rule.read-would-block.what': '{side}的应用调用 read()，但还没有任何数据到达。',
  'rule.read-would-block.why': '阻塞的 read() 会在这里等待；非阻塞的则返回 EAGAIN。不发送任何报文段：读取只是应用与它自己的 TCP 之间的事。',
  'rule.read-error.what': '{side}的应用调用 read()，得到为它保留的错误：{error}。',
  'rule.read-error.why': '复位到达时没有人在询问；操作系统把错误保留下来，报告给套接字上的下一次调用。此后 read() 返回 0。',
  'rule.read-no-connection.what': '{side}的应用在一个没有连接可读的套接字上调用 read()。',
  'rule.read-no-connection.why': '没有连接（或者应用已经关闭了它的套接字），因此既没有数据也没有文件结束可报告：调用失败。',
  'rule.send-error.what': '{side}的应用调用 send()：以 {error} 失败，什么也没有发送。',
  'rule.send-error.why':
    '连接已被复位。复位之后的第一次调用报告操作系统保留的错误（复位在 CLOSE-WAIT 中到达时 Linux 保留 EPIPE，否则为 ECONNRESET）；此后的每一次 send() 都以 EPIPE（“管道破裂”）失败：已经没有可以发送的对象了。',
  'rule.shutdown-read.what': '{side}的应用调用 shutdown(SHUT_RD)：它不再读取。不发送任何报文段。',
  'rule.shutdown-read.why':
    'TCP 没有表示“我停止读取”的报文段：对端不会得知。从现在起 read() 返回 0，仍然到达的数据会被确认然后丢弃；一旦这一端也关闭了自己的发送方向，这样的数据会收到 RST。',
  'rule.close-unread-rst.what': '{side}的应用在有 {bytes} 字节从未读取的情况下调用 close()：TCP 不发 FIN，而是发送 {out}，连接立即消失。',
  'rule.close-unread-rst.why':
    'close() 既放弃发送也放弃读取，所以这些字节丢失了。RFC 9293 §3.6.1：如果主机在 TCP 中仍有待读数据时发出 CLOSE 调用，其 TCP 实现应当（SHOULD）发送 RST 以表明数据丢失。{peer}得到的是“连接被重置”，而不是正常的文件结束。',
  'rule.orphan-data-rst.what':
    '{in} 带来 {bytes} 字节，但{side}的应用已经关闭了套接字：永远没有人会读取它们。{side}回以 {out} 并忘掉这个连接。',
  'rule.orphan-data-rst.why':
    'close() 之后，这一端在线路上仍可接收，但已经没有应用可以交付数据。接受它会让{peer}以为数据已经送达，所以 TCP 改为复位（RFC 9293 §3.6.1）。{peer}在下一次 send() 时得知：EPIPE。',
  'rule.close-listener.what': '{side}的应用关闭了监听套接字：不再接受新的连接。',
  'rule.close-listener.why':
    '监听套接字和它接受的连接是不同的套接字。关闭监听套接字不发送任何东西；此后到达的 SYN 找不到套接字，会被 RST,ACK 拒绝。',
  'rule.host-crash.what': '{side}的主机崩溃了：它的所有连接都被忘掉，不发送任何报文段。',
  'rule.host-crash.why':
    '崩溃让{peer}持有一个半开连接：它仍认为连接已建立，只有当它自己的报文段收到 RST，或重启后的主机再次连接时，才会发现并非如此（RFC 9293 图 9 和图 10）。',
  'rule.time-wait-reopen.what':
    '{in} 是发往这一端处于 TIME-WAIT 的端口对的新 SYN，序号更大：旧连接被丢弃，监听套接字回以 {out}，新连接进入 SYN-RECEIVED。',
  'rule.time-wait-reopen.why':
    '当新的 ISN 超过旧连接用过的所有序号、不会把旧报文段误认为新的时，RFC 9293 允许新的 SYN 直接从 TIME-WAIT 重新打开连接（MAY-2）。Linux 在有监听套接字时这样做（RFC 6191），新的 ISS 比旧的 SND.NXT 大 65537；严格按字面执行的 RFC 则用 ACK 回答这个 SYN。',
};
