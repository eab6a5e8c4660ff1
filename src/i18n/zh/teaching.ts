import type { enTeaching } from '../en/teaching';

/** 首屏所需的教学文本（简体中文）：与 en/teaching.ts 逐键对应。 */
export const zhTeaching: Record<keyof typeof enTeaching, string> = {
  // ── 状态 ────────────────────────────────────────────────────────────────────────────
  'state.CLOSED.name': 'CLOSED',
  'state.CLOSED.desc': '没有连接：没有 TCB，什么都不记得。每个套接字都从这里开始、在这里结束；发往关闭端口的报文段会收到 RST。',
  'state.LISTEN.name': 'LISTEN',
  'state.LISTEN.desc':
    '服务器套接字调用 listen() 后等待连接请求，此时还没有对端，也不发送任何报文段。SYN 到来便开始一条新连接，服务器的生命线随后跟随它进入 SYN-RECEIVED；监听套接字本身仍留在 LISTEN，等待下一个客户端（显示在服务器徽章旁）。',
  'state.SYN-SENT.name': 'SYN-SENT',
  'state.SYN-SENT.desc': '已发出 SYN（connect()），正在等待对方的 SYN,ACK。netstat 和 ss 显示为 SYN_SENT；有些教材和教程误写作 SYN_SEND。',
  'state.SYN-RECEIVED.name': 'SYN-RECEIVED',
  'state.SYN-RECEIVED.desc':
    '已收到 SYN 并回复了自己的 SYN,ACK，正在等待完成握手的 ACK。Linux 显示为 SYN_RECV，BSD 和教材常写作 SYN_RCVD；正常情况下一个往返就结束，同时出现很多个往往意味着 ACK 丢失或遭受 SYN 洪泛。',
  'state.ESTABLISHED.name': 'ESTABLISHED',
  'state.ESTABLISHED.desc': '连接已建立：双方的 ISN 都已知晓并得到确认，数据可以双向流动。ss 简写为 ESTAB。',
  'state.FIN-WAIT-1.name': 'FIN-WAIT-1',
  'state.FIN-WAIT-1.desc':
    '本方先关闭（主动关闭），已发出 FIN，正在等待这个 FIN 被确认，或等待对方的 FIN。通常很短暂；netstat 写作 FIN_WAIT1。',
  'state.FIN-WAIT-2.name': 'FIN-WAIT-2',
  'state.FIN-WAIT-2.desc':
    '本方的 FIN 已被确认，发送方向已经关闭。正在等待对方的 FIN，同时仍会接收并确认对方发来的数据（半关闭）。netstat 写作 FIN_WAIT2。',
  'state.CLOSE-WAIT.name': 'CLOSE-WAIT',
  'state.CLOSE-WAIT.desc':
    '对方已关闭它的方向（FIN 已到达，read() 返回 0）。本方仍可发送，TCP 在等待本方应用程序调用 close()。大量套接字卡在 CLOSE_WAIT，通常说明程序忘了关闭它们。',
  'state.CLOSING.name': 'CLOSING',
  'state.CLOSING.desc':
    '双方同时关闭：本方发出了 FIN，在它被确认之前又收到了对方的 FIN，现在等待对本方 FIN 的确认。很少见，出现在同时关闭中。',
  'state.LAST-ACK.name': 'LAST-ACK',
  'state.LAST-ACK.desc':
    '被动关闭方在确认了对方的 FIN 之后发出了自己的 FIN，正在等待最后一个 ACK；收到后直接进入 CLOSED，不经过 TIME-WAIT。netstat 写作 LAST_ACK。',
  'state.TIME-WAIT.name': 'TIME-WAIT',
  'state.TIME-WAIT.desc':
    '主动关闭方已确认对方的 FIN，还要等待 2MSL（RFC 为 4 分钟，Linux 为 60 秒）才忘掉这条连接：以便再次确认重传的 FIN，并让旧报文段消亡。netstat 写作 TIME_WAIT。',

  // ── 场景 ────────────────────────────────────────────────────────────────────────────
  'scenario.handshake.title': '三次握手',
  'scenario.handshake.summary':
    '客户端发 SYN，服务器回 SYN,ACK，客户端再回 ACK。注意每个 ISN 都以 ISN+1 的形式被确认，而每一方的状态都在报文段到达时才改变：三个报文段之后，双方都知道了彼此的起始编号。',
  'scenario.close.title': '四次挥手',
  'scenario.close.summary':
    '客户端先关闭：它的 FIN 得到服务器确认；稍后服务器也用自己的 FIN 关闭，由客户端确认。共四个报文段，因为服务器的 ACK 在它的应用程序关闭之前就单独发出了；主动关闭的客户端随后在 TIME-WAIT 中等待 2MSL。',
  'scenario.close-fin-ack.title': '三个报文段完成挥手',
  'scenario.close-fin-ack.summary':
    '服务器一读到文件结束就立即关闭，于是它的 FIN 捎带了对客户端 FIN 的确认。只用三个报文段：真实系统上常见这样的关闭。客户端先处理这个报文段里的 ACK、再处理 FIN，只在两步之间的一瞬处于 FIN-WAIT-2（在 Linux 上实测约 7 微秒，ss 和 netstat 根本看不到），实际上相当于从 FIN-WAIT-1 直接进入 TIME-WAIT。',
  'scenario.server-close.title': '服务器先关闭',
  'scenario.server-close.summary':
    '任何一方都可以先关闭。这里服务器先发 FIN，成为主动关闭方，所以在 TIME-WAIT 中等待的是服务器；客户端则依次经过 CLOSE-WAIT 和 LAST-ACK。',
  'scenario.simultaneous-open.title': '同时打开',
  'scenario.simultaneous-open.summary':
    '双方在同一时刻调用 connect()，两个 SYN 在途中交错。没有一方在监听：双方都经历 SYN-SENT → SYN-RECEIVED → ESTABLISHED，并各自用 SYN,ACK 回应对方。这种情况很少见，但状态机能够处理。',
  'scenario.simultaneous-close.title': '同时关闭',
  'scenario.simultaneous-close.summary':
    '双方的应用程序同时关闭，两个 FIN 在途中交错。每一方都经历 FIN-WAIT-1 → CLOSING → TIME-WAIT → CLOSED，所以这一次双方都要在 TIME-WAIT 中等待。',
  'scenario.half-close.title': '半关闭',
  'scenario.half-close.summary':
    '客户端调用 shutdown(SHUT_WR)：发出 FIN，但继续读取。处于 CLOSE-WAIT 的服务器继续发送数据，客户端在 FIN-WAIT-2 中接收并确认；之后服务器才关闭。FIN 关闭的是一个方向，而不是整条连接。',
  'scenario.syn-lost.title': 'SYN 丢失',
  'scenario.syn-lost.summary':
    '客户端的第一个 SYN 丢失，没有任何回音。重传定时器超时（起初为 1 秒）后，客户端再次发送同一个 SYN，握手随即完成；如果再丢，等待时间就再翻一倍。（当前的 Linux 内核会先以 1 秒的间隔重发四次 SYN，之后才开始翻倍。）',
  'scenario.syn-ack-lost.title': 'SYN,ACK 丢失',
  'scenario.syn-ack-lost.summary':
    '服务器的 SYN,ACK 丢失：客户端停在 SYN-SENT，服务器停在 SYN-RECEIVED，双方的定时器都在走。一次使用相同序列号的重传让握手得以完成。客户端重发的 SYN 到达服务器时，RFC 的做法是回一个单纯的 ACK，本实验展示的就是这种做法；Linux 则会重发它的 SYN,ACK。',
  'scenario.ack-lost.title': '第三次握手的 ACK 丢失',
  'scenario.ack-lost.summary':
    '客户端的 ACK 丢失：客户端已经认为连接进入 ESTABLISHED，服务器却还在 SYN-RECEIVED。服务器重传 SYN,ACK，客户端认出这是重复报文段，再次发送 ACK，服务器也随之进入 ESTABLISHED。',
  'scenario.fin-lost.title': 'FIN 丢失',
  'scenario.fin-lost.summary':
    '客户端的 FIN 丢失，服务器根本不知道对方要关闭。客户端停留在 FIN-WAIT-1，直到重传定时器再次发出同一个 FIN，挥手才照常进行：FIN 和数据一样会被重传。本实验至少等待 1 秒，即 RFC 6298 规定的最小超时；Linux 大约在 200 毫秒加一个往返时间后就重发丢失的 FIN。',
  'scenario.close-ack-lost.title': '对第一个 FIN 的 ACK 丢失',
  'scenario.close-ack-lost.summary':
    '服务器对客户端 FIN 的 ACK 丢失，客户端停留在 FIN-WAIT-1。等服务器关闭时，它的 FIN,ACK 同时确认了客户端的 FIN（确认是累积的），客户端于是直接进入 TIME-WAIT。丢失的 ACK 常常由下一个 ACK 弥补。',
  'scenario.passive-fin-lost.title': '服务器的 FIN 丢失',
  'scenario.passive-fin-lost.summary':
    '服务器的 FIN 丢失：服务器在 LAST-ACK 中等待，客户端在 FIN-WAIT-2 中等待，双方都不知道发生了丢失。服务器的重传定时器重发同一个 FIN，客户端确认后进入 TIME-WAIT，挥手完成。',
  'scenario.last-ack-lost.title': '最后一个 ACK 丢失',
  'scenario.last-ack-lost.summary':
    '客户端最后的 ACK 丢失。处于 LAST-ACK 的服务器重发 FIN；仍在 TIME-WAIT 中的客户端再次确认，并重新开始 2MSL 计时。TIME-WAIT 正是为这种情况而设的。',
  'scenario.refused.title': '连接被拒绝',
  'scenario.refused.summary':
    '服务器的端口上没有程序监听。SYN 收到的回应是 RST,ACK（seq 为 0，ack = ISN+1），客户端的 connect() 立即失败，报告“连接被拒绝”。',
  'scenario.abort.title': '用 RST 中止连接',
  'scenario.abort.summary':
    '应用程序把 SO_LINGER 设为 0 后关闭：一个 RST 取代了整个四次挥手。没有 FIN，没有 TIME-WAIT，对方的应用程序得到“连接被对方重置”。',
  'scenario.old-duplicate-syn.title': '旧的重复 SYN',
  'scenario.old-duplicate-syn.summary':
    '一个来自早先连接的过期 SYN 到达服务器，服务器回复 SYN,ACK。客户端发现对方确认的是自己从未发过的 SYN，于是回复 RST，服务器回到 LISTEN，真正的握手随后完成。这就是 RFC 9293 的 Figure 8（RFC 793 中为 Figure 9）。',
  'scenario.two-way-handshake.title': '如果只握手两次？（并非真实的 TCP）',
  'scenario.two-way-handshake.summary':
    '这是一个思想实验，不是 TCP 的真实行为：握手在 SYN 和 SYN,ACK 之后就结束。一个旧的重复 SYN 会让服务器以为连接已经存在，占着资源等待数据，而客户端对此毫不知情。缺少的第三个报文段，正是客户端那句“没错，是我发起的”。',
  'scenario.syn-flood.title': 'SYN 洪泛与 SYN Cookie',
  'scenario.syn-flood.summary':
    '攻击者用伪造的地址发送大量 SYN，却从不完成握手，服务器的半打开连接（SYN-RECEIVED）队列因此被占满。启用 SYN Cookie 后，服务器在收到最后的 ACK 之前不保存任何状态，真正的客户端仍然能够连上。',
  'scenario.port-scan.title': 'SYN 端口扫描',
  'scenario.port-scan.summary':
    '扫描器通过原始套接字手工构造 SYN，发往若干端口。开放的端口回复 SYN,ACK，扫描主机则回一个 RST 而不是完成握手，因为它自己的 TCP 从未建立过这条连接；关闭的端口回复 RST,ACK。作出应答是 TCP 的正常行为，并不是漏洞。',

  // ── 应用程序看到的结果 ──────────────────────────────────────────────────────────────
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

  // ── 解释面板用语 ────────────────────────────────────────────────────────────────────
  'explain.rfcLink': 'RFC 9293 §{section}',
  'explain.misconception': '常见误区',
  'explain.truth': '实际上',
  'side.client': '客户端',
  'side.server': '服务器',

  // ── 首屏显示的常见误区（默认场景的笔记）──────────────────────────
  'notes.title': '常见误区与背景知识',
  'learn.claim': '不少教材说……',
  'learn.truth': '实际上……',
  'misconception.third-handshake-is-syn.claim': '第三次握手写作“SYN(ack=k+1)”。',
  'misconception.third-handshake-is-syn.truth':
    '第三个报文段是一个普通的 ACK：ACK=1，SYN=0，seq = 客户端的 ISN+1，ack=k+1。只有前两个报文段带 SYN；如果第三个也带 SYN，就等于又宣布了一个 ISN，还需要再一次确认。',
  'misconception.client-established-early.claim': '主机 B 发出 SYN,ACK 时，主机 A 就已经处于 ESTABLISHED。',
  'misconception.client-established-early.truth':
    '主机的状态只会因为发生在它自己身上的事件而改变。SYN,ACK 在路上时，A 仍处于 SYN-SENT；SYN,ACK 到达、A 发出 ACK 时，A 才进入 ESTABLISHED。在图中请留意：状态标记是在箭头的终点处改变的，而不是起点。',
  'misconception.third-ack-carries-isn.claim': '第三次握手“在数据段写入 ISN+1”。',
  'misconception.third-ack-carries-isn.truth':
    '最后这个 ACK 根本不带数据。ISN+1 写在它的序列号字段里，因为客户端的 SYN 用掉了 ISN 这个编号；客户端之后发送的第一个数据字节，编号同样是 ISN+1。',
};
