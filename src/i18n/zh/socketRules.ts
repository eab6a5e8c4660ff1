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
  'rule.accept-connection.what': '{side}的应用调用 accept()：它返回图中这条连接（全连接队列中仍占用 {queued}/{capacity} 个位置）。',
  'rule.accept-connection.why':
    '握手早已结束：连接一直以 ESTABLISHED 状态待在监听套接字的全连接队列里，等应用来取。accept() 不发送任何报文段，只是把这条连接作为一个新套接字交给应用。',
  'rule.accept-other-connection.what':
    '{side}的应用调用 accept()：它返回队列中最早的连接，属于另一个客户端（仍占用 {queued}/{capacity} 个位置）。',
  'rule.accept-other-connection.why': '全连接队列先到先得。每次 accept() 都会腾出一个位置，正在等位置的握手现在可以完成了。',
  'rule.accept-waits.what': '{side}的应用调用 accept()，但还没有连接完成握手：它在 accept() 中等待。',
  'rule.accept-waits.why':
    '阻塞的 accept() 会在某个握手完成时立即返回（非阻塞的此时会返回 EAGAIN）。不发送任何报文段：握手是两端 TCP 之间的事，应用只有在连接建立后才会知道它。',
  'rule.accept-not-listening.what': '{side}的应用在一个没有监听的套接字上调用 accept()：调用失败（EINVAL）。',
  'rule.accept-not-listening.why': '只有监听套接字才有连接可以交出：请先调用 listen()。',
  'rule.accept-queue-full.what': '{in} 本可完成握手，但监听套接字的全连接队列已满（{queued}/{capacity}）：{side}丢弃它，仍处于 {to}。',
  'rule.accept-queue-full.why':
    '在应用调用 accept() 之前，新连接无处安放。Linux（tcp_abort_on_overflow = 0，默认值）像对待丢失的报文段一样丢弃这个 ACK：SYN,ACK 仍未被确认，计时器会重发它，对端对它的 ACK 还有下一次机会。对端不会得到任何通知：在它看来握手已经结束。（Linux 能容纳 backlog + 1 个连接；RFC 配置按 POSIX 对 listen() 的说法，容纳 backlog 个。）',
  'rule.listen-accept-queue-full.what': '{in} 到达时监听套接字的全连接队列已满（{queued}/{capacity}）：{side}丢弃它，不作任何回应。',
  'rule.listen-accept-queue-full.why':
    '新连接即使建立了也无处可去，所以 Linux 干脆不开始：SYN 被丢弃，客户端的重传计时器会再试。（RFC 9293 没有全连接队列；RFC 配置的做法相同。）',
  'rule.listen-other-completed.what':
    '另一个客户端的 ACK（{in}，来自 {addr}）完成了它的握手：这条连接进入全连接队列（已占用 {queued}/{capacity} 个位置）。',
  'rule.listen-other-completed.why': '监听套接字为所有客户端只维护一个队列。这条连接不在图中，但它占用了图中这条连接将要用到的位置。',
  'misconception.handshake-means-accepted.claim': '三次握手一结束，服务器就已经拿到我的连接了。',
  'misconception.handshake-means-accepted.truth':
    '客户端在发出 ACK 时就认为握手结束了。服务器还得收到这个 ACK，并在监听套接字的全连接队列里找到空位；队列满时它会丢弃 ACK，停留在 SYN-RECEIVED。即使连接建立了，服务器的应用也要等到调用 accept() 才能看到它。connect() 已经返回的客户端，可能还在对着空气说话：它发送的数据同样会被丢弃，直到腾出位置。',
  // The accept queue (socket.ts): what the application, the badge, the ladder and the sandbox say.
  'app.accept-returned-other': 'accept() 返回另一个客户端的连接',
  'app.accept-waiting': 'accept()：暂无可接受的连接，应用在其中等待',
  'app.accept-invalid': 'accept()：错误，该套接字没有在监听（EINVAL）',
  'ladder.appShort.accept-returned-other': '接受了另一个',
  'ladder.appShort.accept-waiting': '在 accept() 中等待',
  'ladder.appShort.accept-invalid': 'EINVAL',
  'ladder.origin.other-client': '另一个客户端 {addr}',
  'ladder.source.other-client': '另一个客户端',
  'ladder.source.other-client.label': '服务器的另一个客户端，位于另一台主机上：不是图中画出的这个客户端',
  'ladder.arrow.otherClientNote': '，来自另一个客户端 {addr}',
  'sockets.acceptQueue': '全连接队列 {queued}/{capacity}',
  'sockets.acceptQueue.label': '全连接队列的 {capacity} 个位置中已占用 {queued} 个：这些连接已完成握手，正等待 accept()',
  'whatIf.accept-queue-full.outcome':
    '最后一个 ACK 到达了，但服务器的全连接队列已满：它被丢弃，客户端以为连接已建立，服务器却还没有建立它。',
  'sandbox.call.accept': 'accept()',
  'sandbox.result.app': '应用：{what}。',
  // Beside sandbox.calls.legend (details.ts): shown only in the sandbox, so in the second part too.
  'sockets.calls.legend':
    'accept() 取走最早完成握手的连接，若没有则等待一个（对尚未接受的连接进行调用，会先接受它）。read() 取走接收缓冲区中等待的数据。shutdown(SHUT_RD) 停止读取，不发送任何报文段。close() 既停止发送也停止读取：若有未读数据，它发送 RST。“崩溃”让主机一声不响地忘掉所有连接。',
};
