import type { enTeachingPanels } from '../en/teachingPanels';

/** 只在示意图旁各面板中出现的教学文本（简体中文）：与 en/teachingPanels.ts 逐键对应。 */
export const zhTeachingPanels: Record<keyof typeof enTeachingPanels, string> = {
  'state.CLOSED.desc': '没有连接：没有 TCB，什么都不记得。每个套接字都从这里开始、在这里结束；发往关闭端口的报文段会收到 RST。',
  'state.LISTEN.desc':
    '服务器套接字调用 listen() 后等待连接请求，此时还没有对端，也不发送任何报文段。SYN 到来便开始一条新连接，服务器的生命线随后跟随它进入 SYN-RECEIVED；监听套接字本身仍留在 LISTEN，等待下一个客户端（显示在服务器徽章旁）。',
  'state.SYN-SENT.desc': '已发出 SYN（connect()），正在等待对方的 SYN,ACK。netstat 和 ss 显示为 SYN_SENT；有些教材和教程误写作 SYN_SEND。',
  'state.SYN-RECEIVED.desc':
    '已收到 SYN 并回复了自己的 SYN,ACK，正在等待完成握手的 ACK。Linux 显示为 SYN_RECV，BSD 和教材常写作 SYN_RCVD；正常情况下一个往返就结束，同时出现很多个往往意味着 ACK 丢失或遭受 SYN 洪泛。',
  'state.ESTABLISHED.desc': '连接已建立：双方的 ISN 都已知晓并得到确认，数据可以双向流动。ss 简写为 ESTAB。',
  'state.FIN-WAIT-1.desc':
    '本方先关闭（主动关闭），已发出 FIN，正在等待这个 FIN 被确认，或等待对方的 FIN。通常很短暂；netstat 写作 FIN_WAIT1。',
  'state.FIN-WAIT-2.desc':
    '本方的 FIN 已被确认，发送方向已经关闭。正在等待对方的 FIN，同时仍会接收并确认对方发来的数据（半关闭）。netstat 写作 FIN_WAIT2。',
  'state.CLOSE-WAIT.desc':
    '对方已关闭它的方向（FIN 已到达，read() 返回 0）。本方仍可发送，TCP 在等待本方应用程序调用 close()。大量套接字卡在 CLOSE_WAIT，通常说明程序忘了关闭它们。',
  'state.CLOSING.desc':
    '双方同时关闭：本方发出了 FIN，在它被确认之前又收到了对方的 FIN，现在等待对本方 FIN 的确认。很少见，出现在同时关闭中。',
  'state.LAST-ACK.desc':
    '被动关闭方在确认了对方的 FIN 之后发出了自己的 FIN，正在等待最后一个 ACK；收到后直接进入 CLOSED，不经过 TIME-WAIT。netstat 写作 LAST_ACK。',
  'state.TIME-WAIT.desc':
    '主动关闭方已确认对方的 FIN，还要等待 2MSL（RFC 为 4 分钟，Linux 为 60 秒）才忘掉这条连接：以便再次确认重传的 FIN，并让旧报文段消亡。netstat 写作 TIME_WAIT。',
  'scenario.close.summary':
    '客户端先关闭：它的 FIN 得到服务器确认；稍后服务器也用自己的 FIN 关闭，由客户端确认。共四个报文段，因为服务器的 ACK 在它的应用程序关闭之前就单独发出了；主动关闭的客户端随后在 TIME-WAIT 中等待 2MSL。',
  'scenario.close-fin-ack.summary':
    '服务器一读到文件结束就立即关闭，于是它的 FIN 捎带了对客户端 FIN 的确认。只用三个报文段：真实系统上常见这样的关闭。客户端先处理这个报文段里的 ACK、再处理 FIN，只在两步之间的一瞬处于 FIN-WAIT-2（在 Linux 上实测约 7 微秒，ss 和 netstat 根本看不到），实际上相当于从 FIN-WAIT-1 直接进入 TIME-WAIT。',
  'scenario.server-close.summary':
    '任何一方都可以先关闭。这里服务器先发 FIN，成为主动关闭方，所以在 TIME-WAIT 中等待的是服务器；客户端则依次经过 CLOSE-WAIT 和 LAST-ACK。',
  'scenario.simultaneous-open.summary':
    '双方在同一时刻调用 connect()，两个 SYN 在途中交错。没有一方在监听：双方都经历 SYN-SENT → SYN-RECEIVED → ESTABLISHED，并各自用 SYN,ACK 回应对方。这种情况很少见，但状态机能够处理。',
  'scenario.simultaneous-close.summary':
    '双方的应用程序同时关闭，两个 FIN 在途中交错。每一方都经历 FIN-WAIT-1 → CLOSING → TIME-WAIT → CLOSED，所以这一次双方都要在 TIME-WAIT 中等待。',
  'scenario.half-close.summary':
    '客户端调用 shutdown(SHUT_WR)：发出 FIN，但继续读取。处于 CLOSE-WAIT 的服务器继续发送数据，客户端在 FIN-WAIT-2 中接收并确认；之后服务器才关闭。FIN 关闭的是一个方向，而不是整条连接。',
  'scenario.syn-lost.summary':
    '客户端的第一个 SYN 丢失，没有任何回音。重传定时器超时（起初为 1 秒）后，客户端再次发送同一个 SYN，握手随即完成；如果再丢，等待时间就再翻一倍。（当前的 Linux 内核会先以 1 秒的间隔重发四次 SYN，之后才开始翻倍。）',
  'scenario.syn-ack-lost.summary':
    '服务器的 SYN,ACK 丢失：客户端停在 SYN-SENT，服务器停在 SYN-RECEIVED，双方的定时器都在走。一次使用相同序列号的重传让握手得以完成。客户端重发的 SYN 到达服务器时，RFC 的做法是回一个单纯的 ACK，本实验展示的就是这种做法；Linux 则会重发它的 SYN,ACK。',
  'scenario.ack-lost.summary':
    '客户端的 ACK 丢失：客户端已经认为连接进入 ESTABLISHED，服务器却还在 SYN-RECEIVED。服务器重传 SYN,ACK，客户端认出这是重复报文段，再次发送 ACK，服务器也随之进入 ESTABLISHED。',
  'scenario.fin-lost.summary':
    '客户端的 FIN 丢失，服务器根本不知道对方要关闭。客户端停留在 FIN-WAIT-1，直到重传定时器再次发出同一个 FIN，挥手才照常进行：FIN 和数据一样会被重传。本实验至少等待 1 秒，即 RFC 6298 规定的最小超时；Linux 大约在 200 毫秒加一个往返时间后就重发丢失的 FIN。',
  'scenario.close-ack-lost.summary':
    '服务器对客户端 FIN 的 ACK 丢失，客户端停留在 FIN-WAIT-1。等服务器关闭时，它的 FIN,ACK 同时确认了客户端的 FIN（确认是累积的），客户端于是直接进入 TIME-WAIT。丢失的 ACK 常常由下一个 ACK 弥补。',
  'scenario.passive-fin-lost.summary':
    '服务器的 FIN 丢失：服务器在 LAST-ACK 中等待，客户端在 FIN-WAIT-2 中等待，双方都不知道发生了丢失。服务器的重传定时器重发同一个 FIN，客户端确认后进入 TIME-WAIT，挥手完成。',
  'scenario.last-ack-lost.summary':
    '客户端最后的 ACK 丢失。处于 LAST-ACK 的服务器重发 FIN；仍在 TIME-WAIT 中的客户端再次确认，并重新开始 2MSL 计时。TIME-WAIT 正是为这种情况而设的。',
  'scenario.refused.summary':
    '服务器的端口上没有程序监听。SYN 收到的回应是 RST,ACK（seq 为 0，ack = ISN+1），客户端的 connect() 立即失败，报告“连接被拒绝”。',
  'scenario.abort.summary':
    '应用程序把 SO_LINGER 设为 0 后关闭：一个 RST 取代了整个四次挥手。没有 FIN，没有 TIME-WAIT，对方的应用程序得到“连接被对方重置”。',
  'scenario.old-duplicate-syn.summary':
    '一个来自早先连接的过期 SYN 到达服务器，服务器回复 SYN,ACK。客户端发现对方确认的是自己从未发过的 SYN，于是回复 RST，服务器回到 LISTEN，真正的握手随后完成。这就是 RFC 9293 的图 8（RFC 793 中为图 9）。',
  'scenario.two-way-handshake.summary':
    '这是一个思想实验，不是 TCP 的真实行为：握手在 SYN 和 SYN,ACK 之后就结束。一个旧的重复 SYN 会让服务器以为连接已经存在，占着资源等待数据，而客户端对此毫不知情。缺少的第三个报文段，正是客户端那句“没错，是我发起的”。',
  'scenario.syn-flood.summary':
    '攻击者用伪造的地址发送大量 SYN，却从不完成握手，服务器的半打开连接（SYN-RECEIVED）队列因此被占满。启用 SYN Cookie 后，服务器在收到最后的 ACK 之前不保存任何状态，真正的客户端仍然能够连上。',
  'scenario.port-scan.summary':
    '扫描器通过原始套接字手工构造 SYN，发往若干端口。开放的端口回复 SYN,ACK，扫描主机则回一个 RST 而不是完成握手，因为它自己的 TCP 从未建立过这条连接；关闭的端口回复 RST,ACK。作出应答是 TCP 的正常行为，并不是漏洞。',
  'misconception.third-handshake-is-syn.claim': '第三次握手写作“SYN(ack=k+1)”。',
  'misconception.third-handshake-is-syn.truth':
    '第三个报文段是一个普通的 ACK：ACK=1，SYN=0，seq = 客户端的 ISN+1，ack=k+1。只有前两个报文段带 SYN；如果第三个也带 SYN，就等于又宣布了一个 ISN，还需要再一次确认。',
  'misconception.client-established-early.claim': '主机 B 发出 SYN,ACK 时，主机 A 就已经处于 ESTABLISHED。',
  'misconception.client-established-early.truth':
    '主机的状态只会因为发生在它自己身上的事件而改变。SYN,ACK 在路上时，A 仍处于 SYN-SENT；SYN,ACK 到达、A 发出 ACK 时，A 才进入 ESTABLISHED。在图中请留意：状态标记是在箭头的终点处改变的，而不是起点。',
  'misconception.third-ack-carries-isn.claim': '第三次握手“在数据段写入 ISN+1”。',
  'misconception.third-ack-carries-isn.truth':
    '最后这个 ACK 根本不带数据。ISN+1 写在它的序列号字段里，因为客户端的 SYN 用掉了 ISN 这个编号；客户端之后发送的第一个数据字节，编号同样是 ISN+1。',
  'scenario.syn-timeout.summary':
    '路径上有东西丢弃了每一个 SYN（一个什么都不回答的防火墙，或一台已关机的主机）。客户端一次次重发同一个 SYN，每次等待时间加倍，最后放弃：connect() 以 ETIMEDOUT 失败。始终没有任何回应，这正是“静默丢弃”与“连接被拒绝”的区别。RFC 9293 要求至少尝试 3 分钟；当前的 Linux 发送 11 个 SYN，约 134 秒后放弃。',
  'scenario.rst-unread-data.summary':
    '客户端发送 100 字节；服务器应用从未读取它们就调用了 close()。因为还有永远不会被读取的数据在等待，TCP 发送 RST 而不是 FIN，让客户端知道数据丢失了（RFC 9293 §3.6.1），客户端应用得到“连接被对端重置”。如果没有未读数据，同样的 close() 会发送 FIN。',
  'scenario.data-after-close.summary':
    '服务器调用的是 close() 而不是 shutdown()：它既不再发送，也不再读取。处于 CLOSE-WAIT 的客户端仍然发送了 100 字节；服务器上没有人能读取它们，于是服务器回以 RST。客户端的下一次 send() 以 EPIPE（“管道破裂”）失败。如果服务器用的是 shutdown(SHUT_WR)，它会读到这些数据（半关闭）。',
  'scenario.half-open.summary':
    'RFC 9293 图 9：客户端主机崩溃，忘掉了连接，而服务器仍认为连接处于 ESTABLISHED。重启后的客户端再次连接；服务器用旧连接的 ACK 回答这个意外的 SYN，客户端将其复位，服务器的旧连接结束，客户端重传的 SYN 发现服务器的监听套接字仍在 LISTEN。（图 10 是反过来的情形：仍在运行的一方发送数据，收到 RST。）',
  'scenario.fin-scan.summary':
    '扫描器向两个端口发送一个单独的 FIN，背后并没有任何连接。开放的端口（监听套接字）默默丢弃它，因为在 LISTEN 状态只有 SYN 才有意义；关闭的端口回以 RST,ACK。沉默表示开放，复位表示关闭：这就是 FIN 扫描。对每个这样的 FIN 都回 RST 的系统可以让它失效。',
  'scenario.time-wait-assassination.summary':
    '客户端正在 TIME-WAIT 中等待，一个来自早先连接的旧重复报文段到达。客户端回以 ACK；服务器上的连接早已不存在，于是对这个 ACK 回以 RST，而这个 RST 立即结束了 TIME-WAIT。等待被提前截断，旧报文段就不再被挡在同一对端口上的新连接之外：这正是 RFC 1337 所描述的危险。它的对策是在 TIME-WAIT 中忽略 RST；Linux 默认并不这样做。',
  'scenario.reconnect.summary':
    '第一个连接关闭了；服务器的监听套接字从未离开 LISTEN，离开的只是它接受的那个连接。客户端再次连接时（在它的 TIME-WAIT 结束后，从同一个端口），监听套接字用新的 ISN 接受了第二个连接。（真实的客户端通常会立即换一个新端口，而不是等待。）',
  'scenario.time-wait-reuse.summary':
    '服务器先关闭，正在 TIME-WAIT 中等待，此时客户端从同一个端口再次连接。严格按字面执行，RFC 9293 用旧连接的 ACK 回答新的 SYN；客户端将其复位，从而结束了 TIME-WAIT，它重传的 SYN 一秒后到达监听套接字。RFC 9293 也允许在新序号更大时直接从 TIME-WAIT 重新打开连接，Linux 正是这样做的（RFC 6191）：在 Linux 配置下（选项 → 行为），监听套接字会立即接受这个新连接。',
  'scenario.accept-queue-full.summary':
    '服务器的应用正忙，有一阵没有调用 accept()，已完成握手的连接在监听套接字的全连接队列（accept 队列）里越积越多（listen() 的 backlog 为 2；Linux 能容纳 backlog + 1 个）。客户端的 SYN 仍然得到了 SYN,ACK，但另一个客户端的 ACK 先占走了最后一个位置：客户端的 ACK 被丢弃。客户端已处于 ESTABLISHED，connect() 也已返回；服务器却仍在 SYN-RECEIVED，不断重发 SYN,ACK，并丢弃每个回应它的 ACK。等应用终于调用 accept()，下一个 ACK 找到了空位，连接才真正建立。',
  'app.connect-returned': 'connect() 返回 0：已连接',
  'app.accept-returned': 'accept() 返回一个新的已连接套接字',
  'app.data-read': 'read() 读到数据',
  'app.eof': 'read() 返回 0（文件结束）',
  'app.connection-reset': '错误：连接被对方重置（ECONNRESET）',
  'app.connection-refused': '错误：连接被拒绝（ECONNREFUSED）',
  'app.connection-timed-out': '错误：连接超时（ETIMEDOUT）',
  'app.connection-closed': '连接已完全关闭',
  'app.error-connection-closing': '错误：连接正在关闭',
  'app.error-connection-exists': '错误：连接已存在',
  'app.error-no-connection': '错误：连接不存在',
  'explain.rfcLink': 'RFC 9293 §{section}',
  'explain.misconception': '常见误区',
  'explain.truth': '实际上',
  'notes.title': '常见误区与背景知识',
  'learn.claim': '不少教材说……',
  'learn.truth': '实际上……',
  'app.broken-pipe': '错误：管道破裂（EPIPE）',
  'app.would-block': 'read()：暂时没有可读的数据（EAGAIN）',
  'sockets.listener.badge': '监听套接字：LISTEN',
  'sockets.listener.label': '服务器的监听套接字仍处于 LISTEN：新的连接可以到来',
  'sockets.listener.connection': '第 {n} 个连接',
  'sockets.unread': '{bytes} 字节未读',
  'sockets.unread.label': '已收到但应用尚未读取的 {bytes} 字节',
  'whatIf.beyond': '重试也无济于事时',
  'whatIf.syn-timeout.outcome': '每个 SYN 都丢失：重发约四分钟后（Linux 约两分钟），connect() 以 ETIMEDOUT 放弃。',
  'whatIf.half-open.outcome': '客户端主机崩溃：服务器仍以为连接存在，直到重启后的客户端发来的 SYN 暴露了它，一个 RST 将其清除。',
  'lesson.close-vs-shutdown.title': 'close() 不是 shutdown()',
  'lesson.close-vs-shutdown.body':
    'shutdown(SHUT_WR) 就是 TCP 的 CLOSE：一个表示“我不再发送数据”的 FIN，而应用仍继续读取（半关闭）。close() 则彻底放弃套接字，连读取也一并放弃。于是再也无法被读取的数据就丢失了，TCP 用 RST 说明这一点：当 close() 时接收缓冲区里还有未读数据，以及 close() 之后又有数据到达时（RFC 9293 §3.6.1）。对端的下一次 send() 随后以 EPIPE 失败。\n监听套接字与它接受的连接是分开的：关闭一个连接，监听套接字仍留在 LISTEN，等待下一个客户端；关闭监听套接字只是不再接受新连接。',
};
