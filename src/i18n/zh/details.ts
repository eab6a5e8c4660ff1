import type { enDetails } from '../en/details';
import { sameKeysAs } from '../sameKeys';
import { zhCapture } from './capture';
import { zhCaptureImportDetails } from './captureImportDetails';
import { zhFiguresDetails } from './figuresDetails';
import { zhPresenterDetails } from './presenterDetails';
import { zhProfile } from './profile';
import { zhSocketRules } from './socketRules';

/** 首屏之后加载的教学文本（简体中文）：与 en/details.ts 逐键对应。状态名和标志位名保留 RFC 的拉丁写法。 */
export const zhDetails = sameKeysAs<typeof enDetails>()({
  ...zhCapture,
  // 首屏用不到的功能文本（入口按钮的文字仍在 zh/index.ts）。
  ...zhProfile,
  ...zhPresenterDetails,
  ...zhCaptureImportDetails,
  ...zhFiguresDetails,
  ...zhSocketRules,
  // ── 规则：用户调用 ──────────────────────────────────────────────────────────────────
  'rule.open-passive.what': '{side}的应用程序调用了 listen()：套接字从 CLOSED 进入 LISTEN，等待连接请求。',
  'rule.open-passive.why':
    '总得有一方先准备好，别人才能连进来。进入 LISTEN 并不发送任何报文段，只是告诉 TCP：接受发往这个端口的 SYN。RFC 把它叫作“被动打开”（passive OPEN）。',
  'rule.open-active.what': '{side}的应用程序调用了 connect()：TCP 选定初始序列号，发送 {out}，进入 SYN-SENT。',
  'rule.open-active.why':
    '想建立连接的一方先开口。它的 SYN 宣布自己的初始序列号（ISN），此后发送的每个字节都从这里往后编号，对方才能据此确认和排序。RFC 把它叫作“主动打开”（active OPEN）。',
  'rule.open-active-from-listen.what': '正在监听的{side}被要求连接一个已知的对端：它由被动转为主动，发送 {out}，进入 SYN-SENT。',
  'rule.open-active-from-listen.why':
    'RFC 允许处于 LISTEN 的连接在得知远端地址后转为主动打开。日常使用的套接字 API 并不提供这种做法（对监听套接字调用 connect() 会失败），但它确实是 TCP 状态机的一部分。',
  'rule.open-exists.what': '{side}要求监听或连接，但它的套接字已经处于 {from}：调用失败，报告“连接已存在”。',
  'rule.open-exists.why':
    '一个套接字只承载一条连接。在监听、连接中或已连接时再次打开，会把两段对话搅在一起，所以 TCP 拒绝这次调用，原有连接不受影响。',
  'rule.send-data.what': '{side}的应用程序写入了 {bytes} 字节：TCP 把它们作为 {out} 发送出去。',
  'rule.send-data.why':
    '数据要占用序列号：报文段的 seq 是其中第一个字节的编号，对方的确认号将指向最后一个字节的下一个。数据的副本会留在重传队列里，直到收到这个确认。',
  'rule.send-queued.what': '{side}的应用程序在连接建立之前就写入了 {bytes} 字节：TCP 先把它们保存起来，等握手完成后再发送。',
  'rule.send-queued.why':
    '在双方的 ISN 都已知并得到确认之前，字节还没有约定好的编号，TCP 无法给它们标号。于是它先把数据存着，而不是让这次调用失败。',
  'rule.send-closing.what': '{side}在已经关闭自己的发送方向之后还想发送数据：调用失败，报告“连接正在关闭”。',
  'rule.send-closing.why':
    'FIN 等于承诺“后面不会再有数据”，而且它已经占用了下一个序列号，新的字节无处安放，所以 TCP 拒绝这次写入（套接字接口会报 EPIPE）。',
  'rule.send-no-connection.what': '{side}在一个没有连接的套接字（CLOSED，或仅在监听）上调用 send()：调用失败，报告“连接不存在”。',
  'rule.send-no-connection.why':
    '发送数据需要对端和序列号，而关闭的或仅在监听的套接字两者都没有（监听套接字还没有对端，RFC 9293 称之为“对端套接字未指定”）。应用程序必须先连接，或先接受一个连接。',
  'rule.close-no-connection.what': '{side}在一个没有连接的套接字（CLOSED）上调用 close()：调用失败，报告“连接不存在”。',
  'rule.close-no-connection.why': '在 CLOSED 状态下没有传输控制块（TCB），没有可关闭的连接，也不会发送 FIN。',
  'rule.abort-no-connection.what': '{side}中止了一个没有连接的套接字（CLOSED）：调用失败，报告“连接不存在”。',
  'rule.abort-no-connection.why': '中止会立刻丢弃一个连接；CLOSED 状态下根本没有连接，所以没有什么可复位，也不会发送 RST。',
  'rule.close-listen.what': '正在监听的{side}被关闭：它停止监听，回到 CLOSED，不发送任何报文段。',
  'rule.close-listen.why': '监听方还没有对端，没有谁需要通知，TCP 直接删除记录即可。此后发往这个端口的 SYN 会收到 RST。',
  'rule.close-syn-sent.what': '{side}在 SYN-SENT 中放弃了连接尝试：删除 TCB，回到 CLOSED，不发送任何报文段。',
  'rule.close-syn-sent.why':
    '握手还没完成，根本没有需要“礼貌关闭”的连接。如果对方的 SYN,ACK 之后才到，已经关闭的端口会回一个 RST，对方据此清理。',
  'rule.close-send-fin.what': '{side}的应用程序关闭了连接：TCP 发送 {out}，从 {from} 进入 FIN-WAIT-1。',
  'rule.close-send-fin.why':
    '关闭的意思是“我没有更多数据要发了”，而不是“一切都停下”。FIN 排在所有待发数据之后，只关闭本方向；{peer}仍可继续发送，直到它也关闭。这一方成为主动关闭方。',
  'rule.close-queued.what': '{side}的应用程序在连接就绪之前就要求关闭：TCP 记下这个请求，等连接建立、排队的数据发完之后再发送 FIN。',
  'rule.close-queued.why': 'FIN 必须排在最后一个数据字节之后，而字节只有在握手完成后才能编号。所以关闭请求要排队等候，而不是被丢掉。',
  'rule.close-passive-fin.what': '{side}的应用程序读到文件结束后也关闭了连接：TCP 发送 {out}，从 CLOSE-WAIT 进入 LAST-ACK。',
  'rule.close-passive-fin.why':
    '{peer}的方向早已关闭，这个 FIN 关闭的是另一个方向。现在只差对这个 FIN 的确认了，所以这个状态叫 LAST-ACK（最后确认）。',
  'rule.close-again.what': '{side}在已经处于关闭过程（{from}）时再次要求关闭：调用报告“连接正在关闭”，不会发送第二个 FIN。',
  'rule.close-again.why':
    '每个方向只关闭一次。已经发出的 FIN 可能会以原来的序列号重传，但绝不会再产生一个新的 FIN，所以重复请求不会改变任何东西。',
  'rule.abort-send-rst.what': '{side}中止了连接：发送 {out}，立即删除全部状态，既不发 FIN，也不经过 TIME-WAIT。',
  'rule.abort-send-rst.why':
    '中止（例如把 SO_LINGER 设为 0 后调用 close()）会丢弃尚未发送的数据，并用 RST 告诉{peer}：连接已经不存在了。RST 的 seq 取 SND.NXT，落在{peer}的接收窗口内，因此会被采信。这种方式快但粗暴：{peer}的应用程序看到的是“连接被重置”，而不是正常的文件结束。',
  'rule.abort-quiet.what': '{side}在 {from} 中止了连接：不需要发送 RST，直接删除 TCB，进入 CLOSED。',
  'rule.abort-quiet.why':
    '在 LISTEN 或 SYN-SENT 中，{peer}还没有已同步的连接需要拆除；在 CLOSING、LAST-ACK 或 TIME-WAIT 中，这一方已经发过 FIN，交互接近尾声，再发 RST 也没有意义。',

  // ── 规则：报文段到达 CLOSED ───────────────────────────────────────────────────────────
  'rule.closed-rst-ignored.what': '{in} 到达了一个没有连接的端口：RST 被默默丢弃。',
  'rule.closed-rst-ignored.why': '对 RST 永远不回 RST，否则两台“糊涂”的主机可能会无休止地互相复位。况且这里本来也没有可复位的东西。',
  'rule.closed-reply-rst.what': '{in} 到达时并不存在对应的连接：{side}回复 {out}。',
  'rule.closed-reply-rst.why':
    '这个端口没人使用，应当立刻让发送方知道，免得它白白重试好几分钟；如果来的是 SYN，应用程序看到的就是“连接被拒绝”。RST 的编号保证对方会接受它：若来报文段带 ACK，RST 的 seq 就取那个确认号；若不带，RST 的 seq 为 0，并确认该报文段（RST, ACK）。',

  // ── 规则：报文段到达 LISTEN ───────────────────────────────────────────────────────────
  'rule.listen-rst-ignored.what': '{in} 到达监听套接字：这个 RST 被忽略。',
  'rule.listen-rst-ignored.why': '监听方没有可以被复位的连接，而且对 RST 永远不回 RST。',
  'rule.listen-ack-rst.what': '{in} 到达监听套接字，而它还没发送过任何可以被确认的东西：{side}回复 {out}。',
  'rule.listen-ack-rst.why':
    '到达监听方的确认，一定属于某条旧的或陌生的连接。RST 的 seq 取自该报文段的确认号，这样对方会接受它，并清除自己残留的半打开状态。',
  'rule.listen-syn.what': '{side}正在监听，收到了 {in}：它回复 {out}，进入 SYN-RECEIVED。',
  'rule.listen-syn.why':
    '这个回复一身二任：其中的 ACK 表示“你的 SYN 我收到了，下一个该收你的 ISN+1 号字节”；其中的 SYN 宣布{side}自己的 ISN。接下来{side}等待对方确认这个 SYN。',
  'rule.listen-syn-queued.what':
    '来自另一台主机的 SYN（{in}）进入监听套接字的半连接队列（已占 {capacity} 个位置中的 {queued} 个）；服务器回复 {out}，自身仍处于 LISTEN。',
  'rule.listen-syn-queued.why':
    '真实的服务器会把每个半连接放进一个不大的队列，直到第三个报文段到来。每个条目都要占用内存和一个定时器——SYN 洪泛攻击正是利用这一点：伪造的源地址永远不会发来第三个报文段。',
  'rule.listen-backlog-full.what': '半连接队列已满（{capacity}/{capacity}）：到达的 {in} 被直接丢弃，没有任何回应。',
  'rule.listen-backlog-full.why':
    '队列里再也放不下新的半连接，又没有开启 SYN Cookie，服务器只能不作回应地丢弃这个 SYN。客户端无法把它和丢包区分开，只能等重传定时器到期再试——而洪泛攻击一直让队列保持满载。',
  'rule.listen-syn-cookie.what': '队列已满，但开启了 SYN cookie：服务器照样回复 {out}，而且不做任何记录。',
  'rule.listen-syn-cookie.why':
    'SYN cookie 把连接信息藏进服务器自己的初始序列号里（端口和客户端 ISN 的带密钥哈希）。服务器什么都不用记；真正的客户端在 ACK 里回送这个数加 1，就证明了自己。伪造的源地址从不回应，也就不占任何资源。（RFC 4987）',
  'rule.syn-cookie-ack.what': 'ACK {in} 带回了有效的 cookie（ack − 1）：服务器据此重建连接，从 LISTEN 直接进入 ESTABLISHED。',
  'rule.syn-cookie-ack.why':
    '只有真正收到 SYN,ACK 的客户端才能回送这个 cookie，所以这个 ACK 证明连接是真实的。因为从未建立 SYN-RECEIVED 条目，服务器跳过了这个状态。代价是：除非借助时间戳选项，窗口扩大等选项可能丢失。',
  'rule.syn-queue-retransmit.what': '队列中的某个半连接仍无回应：监听套接字再次发送它的 {out}（第 {retry} 次重试，等待了 {rto} 秒）。',
  'rule.syn-queue-retransmit.why':
    '监听套接字无法知道源地址是伪造的，只能把沉默当作丢包，按退避规律重试（Linux 默认 5 次，总共约一分钟）。这段时间里，该条目一直占着队列里的一个位置。',
  'rule.syn-queue-expired.what': '某个半连接用完了重试次数，被移出队列（现已占 {capacity} 个位置中的 {queued} 个）。',
  'rule.syn-queue-expired.why':
    '最后一次 SYN,ACK 重试之后，监听套接字放弃该条目并腾出位置——而攻击者只需再发一个伪造的 SYN 就能把它重新填满。',
  'rule.listen-dropped.what': '{in} 到达监听套接字，既没有 SYN，也没有 ACK 或 RST：被丢弃。',
  'rule.listen-dropped.why':
    '在 LISTEN 中只有 SYN 能开启新的交互。一个既不是 SYN、又不带 ACK 的报文段，不属于监听方知道的任何对话，所以被忽略。',

  // ── 规则：报文段到达 SYN-SENT ─────────────────────────────────────────────────────────
  'rule.syn-sent-bad-ack-rst.what': '{side}在 SYN-SENT 中收到 {in}，其确认号与自己发出的 SYN 对不上：它回复 {out}，继续等待正确的应答。',
  'rule.syn-sent-bad-ack-rst.why':
    '唯一可接受的确认号是本方的 ISN+1。别的数字确认的是另一个 SYN，典型情况是{peer}刚刚回应了一个旧的重复 SYN。RST（seq 取自那个确认号）让{peer}丢掉这个虚假的半打开连接，而本方自己的握手照常进行（RFC 9293 图 8）。',
  'rule.syn-sent-bad-ack-dropped.what': '{side}在 SYN-SENT 中收到 {in}：这是一个确认号与本方 SYN 不符的 RST，被丢弃。',
  'rule.syn-sent-bad-ack-dropped.why':
    '此时只有准确确认了本方 SYN 的复位才可信。这个 RST 做不到，可能是过时的，也可能是伪造的；何况对 RST 永远不回 RST。',
  'rule.syn-sent-rst-refused.what': '{side}在 SYN-SENT 中收到 {in}，这个 RST 确认了本方的 SYN：连接尝试失败，删除 TCB，进入 CLOSED。',
  'rule.syn-sent-rst-refused.why':
    '此时收到可接受的 RST，说明那个端口上没有程序在监听，或者{peer}拒绝了连接。应用程序立刻得到“连接被拒绝”，不必苦等超时。',
  'rule.syn-sent-rst-ignored.what': '{side}在 SYN-SENT 中收到 {in}，一个不带 ACK 的 RST：被忽略。',
  'rule.syn-sent-rst-ignored.why':
    '没有确认号，就无法证明这个 RST 是对本方 SYN 的回应；它可能是伪造的，也可能是之前某次尝试留下的。忽略它，陌生人就无法扼杀我们的连接尝试。',
  'rule.syn-sent-syn-ack.what': '{side}在 SYN-SENT 中收到 {in}，它确认了本方的 SYN：于是发送 {out}，进入 ESTABLISHED。',
  'rule.syn-sent-syn-ack.why':
    'SYN,ACK 证明{peer}收到了本方的 ISN，同时告知了{peer}的 ISN；回送的 ACK 则反过来确认{peer}的 ISN。对这一方来说连接已经建立，connect() 随即返回，尽管{peer}要等这个 ACK 到达才会知道。',
  'rule.syn-sent-simultaneous-syn.what':
    '{side}在 SYN-SENT 中收到 {in}，一个不带 ACK 的 SYN：双方在同时发起连接。它回复 {out}（沿用自己原来的 ISN），进入 SYN-RECEIVED。',
  'rule.syn-sent-simultaneous-syn.why':
    '两个 SYN 在网络中交错而过，这就是“同时打开”。双方仍然都要确认对方的 ISN，所以各自回一个 SYN,ACK：其中的 SYN 重复自己的 ISN（同一个数，不是新选的），ACK 确认{peer}的 ISN。这里没有谁处于 LISTEN，双方都是主动打开方。',
  'rule.syn-sent-dropped.what': '{side}在 SYN-SENT 中收到 {in}，它既无 SYN 也无 RST：被丢弃。',
  'rule.syn-sent-dropped.why':
    '在{peer}的 SYN 到达之前，本方不知道{peer}的 ISN，无法把数据或 FIN 放进序号空间。只有 SYN 或 RST 能让 SYN-SENT 继续往下走。',

  // ── 规则：报文段到达 SYN-RECEIVED 或已同步状态 ────────────────────────────────────────
  'rule.unacceptable-ack.what': '{in} 不在{side}的预期之内（旧的重复报文段或重传）：它被丢弃，并以 {out} 作答。',
  'rule.unacceptable-ack.why':
    '这个回复说明本方真实的位置：seq 是它的 SND.NXT，ack 是它的 RCV.NXT。如果{peer}是因为我们先前的 ACK 丢失才重发（比如重复的 SYN,ACK），这个 ACK 正是它缺的那一个；如果只是一个游荡的副本，回个 ACK 也无伤大雅。',
  'rule.unacceptable-rst-dropped.what': '{in} 是一个序列号落在接收窗口之外的 RST：被默默丢弃。',
  'rule.unacceptable-rst-dropped.why':
    '只有编号落在窗口内的复位才会被采信，否则任何猜到地址和端口的人都能掐断连接。{peer}发来的真 RST，会带着本方预期的编号。',
  'rule.rst-reset.what': '{in} 是一个有效的 RST：{side}在 {from} 中放弃连接，删除 TCB，进入 CLOSED。',
  'rule.rst-reset.why':
    '{peer}表示这条连接在它那边已不存在：它中止了连接、崩溃重启过，或拒绝了我们的数据。再继续已没有意义，于是应用程序得到“连接被重置”，尚未发送的数据随之丢失。',
  'rule.rst-syn-received-to-listen.what': '{in} 到达 SYN-RECEIVED，而这条连接是从 LISTEN 来的：{side}丢弃这个半打开连接，回到 LISTEN。',
  'rule.rst-syn-received-to-listen.why':
    '这个 RST 的意思是“我从没请求过这条连接”，说明那个 SYN 是旧的重复报文段。回到 LISTEN 而不是 CLOSED，端口就仍然开着，{peer}真正的 SYN 照样能得到服务（RFC 9293 图 8）。',
  'rule.rst-syn-received-refused.what': '{in} 到达 SYN-RECEIVED，而这个状态是同时打开时从 SYN-SENT 进入的：{side}放弃连接，进入 CLOSED。',
  'rule.rst-syn-received-refused.why': '这条连接是本方主动发起的，没有监听状态可以退回。RST 表示{peer}拒绝，应用程序得到“连接被拒绝”。',
  'rule.rst-closed.what': '{in} 到达 {from}：{side}本来就在关闭过程中，于是直接删除 TCB，进入 CLOSED。',
  'rule.rst-closed.why':
    '这一方已经发过 FIN，应用程序也已得知，所以不会丢失什么，RST 只是让等待提前结束。在 TIME-WAIT 中这会让保护性的等待被提前打断，RFC 1337 描述过这种风险，因此有些协议栈在那里会忽略 RST。',
  'rule.rst-challenge-ack.what': '{in} 是一个 seq 落在窗口内、却不恰好等于下一个期望编号的 RST：{side}不复位连接，而是回复挑战 ACK {out}。',
  'rule.rst-challenge-ack.why':
    '看不到流量的攻击者，也有可能碰巧猜中窗口内的某个数，但只有真正的{peer}知道准确的编号。我们的 ACK 把这个编号（RCV.NXT）告诉它；如果它确实想复位，就会发一个 seq 恰好等于该编号的新 RST，那时才会被接受（RFC 5961）。',
  'rule.syn-challenge-ack.what': '{in} 是到达一条已同步连接的 SYN：{side}不复位任何东西，而是回复挑战 ACK {out}。',
  'rule.syn-challenge-ack.why':
    '连接中途出现的 SYN，要么是伪造的，要么说明{peer}重启过；早期的 TCP 在这里会复位连接，这一点可被攻击者利用。现在本方只是说明自己的位置，真正重启过的{peer}会用编号正确的 RST 回应这个 ACK，旧连接就此干净地结束（RFC 5961）。',
  'rule.syn-received-syn-to-listen.what': '{in}（一个 SYN）到达从 LISTEN 进入的 SYN-RECEIVED：{side}丢弃这个半打开连接，回到 LISTEN。',
  'rule.syn-received-syn-to-listen.why':
    '能走到这一步的 SYN 与正在进行的握手对不上（单纯重发的第一个 SYN 早在序列号检查时就被当作旧报文段处理了）。RFC 的做法是放弃这次半打开的尝试，重新监听；真想连接的客户端会重新开始。',
  'rule.syn-received-simultaneous-syn-ack.what': '{side}在 SYN-RECEIVED 中收到 {in}，即{peer}确认本方 SYN 的 SYN,ACK：进入 ESTABLISHED。',
  'rule.syn-received-simultaneous-syn-ack.why':
    '同时打开时，双方各自用 SYN,ACK 回应对方。这个 SYN,ACK 证明本方的 ISN 已经送达，而{peer}的 ISN 我们早已知道，于是双方掌握了普通三次握手所能提供的全部信息，只不过用了四个报文段。',
  'rule.no-ack-dropped.what': '{in} 没有设置 ACK 位：{side}在 {from} 中将其丢弃。',
  'rule.no-ack-dropped.why': '除了最开始的 SYN，一条连接里的每个报文段都带着确认。不带确认的报文段不可能属于这条连接的对话，所以被忽略。',
  'rule.syn-received-ack.what': '{side}在 SYN-RECEIVED 中收到 {in}，它确认了本方的 SYN：这一方的连接也进入 ESTABLISHED。',
  'rule.syn-received-ack.why':
    '这正是{side}还缺的证据：{peer}收到了{side}的 ISN。现在双方都知道两个 ISN，也都知道对方知道。对服务器而言，accept() 此时可以把新连接交给应用程序。',
  'rule.syn-received-bad-ack-rst.what': '{side}在 SYN-RECEIVED 中收到 {in}，其确认号并未确认本方的 SYN：回复 {out}。',
  'rule.syn-received-bad-ack-rst.why':
    '确认了本方从未发送过的东西，说明它属于别的连接。以该确认号为 seq 的 RST 让发送方丢掉那条连接；本方这个半打开连接保持不变。',
  'rule.ack-ahead.what': '{in} 确认了{side}还没有发送的字节：被丢弃，并以 {out} 作答。',
  'rule.ack-ahead.why':
    '谁也不能确认从未发出的字节，所以这个报文段不是搞错了就是过时了。回复的 ACK 说明本方真实的位置（SND.NXT 和 RCV.NXT），让{peer}重新对齐。',
  'rule.ack-old.what': '{in} 没有确认任何新内容（确认号没有超过 SND.UNA）：这是重复确认，被忽略。',
  'rule.ack-old.why':
    '确认是累积的，意思是“这个编号之前的都收到了”。已经见过的编号只是旧闻；网络中的报文段可能延迟或重复，这很正常，也无害。',
  'rule.ack-advances.what': '{in} 确认了新的字节：{side}把 SND.UNA 向前推进，并把已确认的内容从重传队列中移除。',
  'rule.ack-advances.why':
    '确认号之前的所有字节都已送达，再也不需要重发。一个 ACK 就能覆盖之前的全部字节，所以丢了一个 ACK，往往由下一个 ACK 补上。',
  'rule.fin-wait-1-acked.what': '{side}在 FIN-WAIT-1 中收到 {in}，它确认了本方的 FIN：进入 FIN-WAIT-2。',
  'rule.fin-wait-1-acked.why':
    '{peer}已经知道这个方向关闭了。另一个方向仍然开着：{peer}还可以发数据，本方一边继续接收，一边等待{peer}的 FIN。',
  'rule.closing-acked.what': '{side}在 CLOSING 中收到 {in}，它确认了本方的 FIN：进入 TIME-WAIT，等待 {timeWait}。',
  'rule.closing-acked.why':
    '两个 FIN 都已发出并得到确认，这正是同时关闭的情形。和所有先关闭的一方一样，它要在 TIME-WAIT 中等待，以防自己最后的 ACK 丢失，同时让旧报文段自然消亡。',
  'rule.last-ack-acked.what': '{side}在 LAST-ACK 中收到 {in}，它确认了本方的 FIN：连接完全关闭，删除 TCB，进入 CLOSED。',
  'rule.last-ack-acked.why':
    '两个方向都已关闭，两个 FIN 都已确认。被动关闭方没有发出可能丢失的最后一个 ACK，所以无需等待，跳过 TIME-WAIT，比{peer}更早结束。',
  'rule.data-received.what': '{in} 按顺序带来了 {bytes} 字节新数据：{side}把它们留给自己的应用程序，并推进 RCV.NXT。',
  'rule.data-received.why':
    '确认号变成“我期望的下一个字节”，即已收到的最后一个字节的编号加一。ACK 可能立即发出，也可能稍等片刻，好搭上回复的“顺风车”。',
  'rule.fin-to-close-wait.what': '{in} 带来了{peer}的 FIN：{side}确认它，通知应用程序“文件结束”，从 {from} 进入 CLOSE-WAIT。',
  'rule.fin-to-close-wait.why':
    'FIN 占用一个序列号，所以对它的确认号是 FIN 的 seq 加一。关闭的只是{peer}的方向，本方仍然可以发送。CLOSE-WAIT 的意思是“等待我自己的应用程序调用 close()”；ACK 也可能稍作延迟，看能否与本方的 FIN 一起发出。',
  'rule.fin-to-closing.what':
    '{side}在 FIN-WAIT-1 中收到 {in}：这是{peer}的 FIN，但并未确认本方的 FIN。于是用 {out} 确认它，进入 CLOSING。',
  'rule.fin-to-closing.why':
    '双方几乎同时关闭，两个 FIN 在途中交错，这就是“同时关闭”。各方仍需等待自己的 FIN 被确认，CLOSING 就是这段等待。',
  'rule.fin-acks-ours-to-time-wait.what':
    '{side}在 FIN-WAIT-1 中收到 {in}，这个 FIN 同时确认了本方的 FIN：回复 {out}，直接进入 TIME-WAIT，等待 {timeWait}。',
  'rule.fin-acks-ours-to-time-wait.why':
    '{peer}一看到我们的 FIN 就关闭了，它的 ACK 和 FIN 装在同一个报文段里。先处理其中的 ACK、再处理 FIN，本方只在这两步之间的一瞬处于 FIN-WAIT-2，实际上相当于直接进入 TIME-WAIT。四次挥手有时只需要三个报文段，原因就在这里。',
  'rule.fin-wait-2-fin.what': '{side}在 FIN-WAIT-2 中收到 {in}，即{peer}的 FIN：回复 {out}，进入 TIME-WAIT，等待 {timeWait}。',
  'rule.fin-wait-2-fin.why':
    '两个方向现在都关闭了。但这最后一个 ACK 可能丢失，那时{peer}会重发 FIN，TIME-WAIT 让本方还能再次应答；这段等待也让旧连接残留的报文段在相同的地址和端口被重新使用之前过期。',
  'rule.time-wait-fin-again.what': '{side}在 TIME-WAIT 中又收到了 {in}，即{peer}重传的 FIN：再次回复 {out}，并重新开始 {timeWait} 的计时。',
  'rule.time-wait-fin-again.why':
    '重复的 FIN 说明我们最后的 ACK 丢了。这正是 TIME-WAIT 存在的原因：假如本方已经忘掉了这条连接，就只能回一个 RST，{peer}便会报错，而不是正常关闭。',

  // ── 规则：定时器 ────────────────────────────────────────────────────────────────────
  'rule.retransmit.what': '等了 {rto} 秒仍未收到确认：{side}以相同的序列号再次发送 {out}（第 {retry} 次重传），下一次的等待时间加倍。',
  'rule.retransmit.why':
    'TCP 无法区分报文段是丢了还是慢了，只能等待，然后重发最早的未确认报文段，不论它是 SYN、SYN,ACK、数据还是 FIN。保持相同的 seq，接收方在原报文段只是迟到时就能认出重复；每次把等待时间加倍（指数退避），可以避免对已经拥塞的网络雪上加霜。',
  'rule.retransmit-give-up.what': '重传 {retry} 次仍无应答：{side}放弃，删除连接，报告“连接超时”。',
  'rule.retransmit-give-up.why':
    '始终不应答的对端可能已经关机或不可达。TCP 会坚持很久（RFC 要求 SYN 至少重试 3 分钟），然后报告失败，而不是永远等下去。',
  'rule.time-wait-expired.what': 'TIME-WAIT 已持续 {timeWait}：{side}删除 TCB，进入 CLOSED。',
  'rule.time-wait-expired.why':
    '到这时，如果最后的 ACK 丢了，重发的 FIN 早该出现；这条连接的旧报文段也已在网络中消亡。同一对地址和端口可以安全地用于新连接了。',
  'rule.delayed-ack.what': '{side}把 ACK 推迟了 {delay} 毫秒，希望和数据或 FIN 一起发出；结果什么也没等到，只好单独发送 {out}。',
  'rule.delayed-ack.why':
    '把 ACK 捎带在回复上可以省一个报文段。若应用程序读到文件结束后马上关闭，FIN 就能赶上这个 ACK，挥手只需三个报文段（“{title_close_fin_ack}”场景）；否则单独的 ACK 在延迟结束后发出，你会看到四个（“{title_close}”场景）。RFC 规定这个延迟不得超过半秒。',

  // ── 规则：两次握手的假想协议（并非 TCP）─────────────────────────────────────────────
  'rule.two-way-listen-syn.what':
    '假想协议，并非 TCP：正在监听的{side}收到 {in}，回复 {out}；由于没有第三个报文段可等，它立刻认为连接已进入 ESTABLISHED。',
  'rule.two-way-listen-syn.why':
    '只有两个报文段时，服务器一回复就必须认定连接成立，却永远无从得知是否真有人请求过。如果这个 SYN 是旧的重复报文段，服务器就会占着一条连接，等待永远不会到来的数据。真正的 TCP 则会在 SYN-RECEIVED 中等待那个 ACK。',
  'rule.two-way-closed-ignores.what': '假想协议，并非 TCP：{in} 到达了没有连接的{side}，被默默丢弃。',
  'rule.two-way-closed-ignores.why':
    '{side}从未请求过这条连接，所以不理会这个回复；没有第三个报文段，也就没有办法说“那不是我”，{peer}永远得不到通知。真正的 TCP 会用 RST 回应这样的报文段，{peer}据此清理。',

  // ── 控制位 ──────────────────────────────────────────────────────────────────────────
  'flag.SYN.desc': '同步（Synchronize）：“这是我的初始序列号”。只在握手的前两个报文段中置位（同时打开时四个都有），占用一个序列号。',
  'flag.ACK.desc':
    '确认（Acknowledgment）：确认号字段有效。除了开头的 SYN 和部分 RST（例如 seq 取自所回应报文段确认号的 RST）之外，每个报文段都会置位。',
  'flag.FIN.desc': '结束（Finish）：“我没有更多数据要发了”。它只关闭发送方这一个方向，占用一个序列号，必须得到确认；对方仍可继续发送。',
  'flag.RST.desc':
    '复位（Reset）：立即终止连接，或拒绝一个不属于任何连接的报文段（例如发往关闭端口的 SYN）。RST 不需要确认，也绝不用 RST 回应，不占用序列号。',
  'flag.PSH.desc':
    '推送（Push）：请接收方尽快把数据交给应用程序，而不是等缓冲区攒满。发送方通常在一次写操作的最后一个报文段上置位；如今大多数接收方本来就会及时交付。',
  'flag.URG.desc':
    '紧急（Urgent）：紧急指针字段有效，它标出“紧急”数据在字节流中的结束位置（Telnet、FTP 曾用它传递中断信号）。它并不能保护连接不中断，也不会让路由器加快处理；如今很少使用，新应用不应再用它（RFC 6093）。',
  'flag.ECE.desc':
    'ECN 回显（ECN-Echo，RFC 3168）：在 SYN 上表示“我支持显式拥塞通知”；连接建立后表示“你的某个分组被路由器标记为遇到了拥塞”，发送方应当减速。',
  'flag.CWR.desc':
    '拥塞窗口已减小（Congestion Window Reduced，RFC 3168）：发送方已经根据 ECE 减速，接收方可以停止回显。在请求使用 ECN 的 SYN 上也与 ECE 一起置位。',

  // ── 首部字段（RFC 9293 §3.1）───────────────────────────────────────────────────────
  'field.srcPort.desc': '源端口（16 位）：发送方程序的端口。它与两个 IP 地址和目的端口一起标识一条连接；客户端通常由系统分配一个临时端口。',
  'field.dstPort.desc': '目的端口（16 位）：接收方程序的端口，例如 Web 服务器的 443。发往无人监听端口的 SYN 会收到 RST。',
  'field.seq.desc':
    '序列号（32 位）：本报文段第一个数据字节的编号。在 SYN 上它就是 ISN 本身，所以第一个数据字节是 ISN+1。SYN 和 FIN 各占一个编号，纯 ACK 不占。到 2^32 后回绕。',
  'field.ack.desc':
    '确认号（32 位）：发送方期望从对方收到的下一个序列号，意思是“这之前的我都收到了”。只有 ACK 位置 1 时它才有效：小写的 ack（这个数）和大写的 ACK（标志位）是两回事，标志位说明这个数是否有效。',
  'field.dataOffset.desc':
    '数据偏移（4 位）：以 32 位字为单位的首部长度，接收方据此找到数据的起点。5 表示没有选项的 20 字节首部；最大值 15 表示 60 字节。',
  'field.reserved.desc': '保留（4 位）：留作将来使用；发送时置 0，接收时忽略。',
  'field.flags.desc':
    '控制位（8 位）：CWR、ECE、URG、ACK、PSH、RST、SYN、FIN。每一位非开即关，合在一起说明这个报文段的作用：建立、确认、推送、关闭或复位。',
  'field.window.desc':
    '窗口（16 位）：从确认号开始，发送方此刻还能接收多少字节（流量控制）。如果在 SYN 上协商了窗口扩大选项，这个值还要乘以 2 的若干次幂。',
  'field.checksum.desc':
    '校验和（16 位）：用反码算术对首部、数据以及一个伪首部（IP 地址、协议号和长度）计算得出，接收方据此发现数据损坏或误投。校验和错误的报文段会被默默丢弃。',
  'field.urgentPointer.desc':
    '紧急指针（16 位）：仅在 URG 置位时有意义，表示从本报文段的序列号到紧急数据之后那个字节的偏移量。如今几乎总是 0。',
  'field.options.desc':
    '选项（0–40 字节）：附加信息，主要出现在 SYN 和 SYN,ACK 上：MSS（发送方愿意接收的最大报文段长度）、窗口扩大、允许 SACK、时间戳等。长度补齐到 4 字节的整数倍。',

  // ── 课程 ────────────────────────────────────────────────────────────────────────────
  'lesson.why-three.title': '为什么是三次握手，而不是两次？',
  'lesson.why-three.body':
    '双方各自选定起始序列号（ISN），也都需要证据表明对方收到了它。所以客户端的 SYN 需要一个 ACK，服务器的 SYN 也需要一个 ACK：本来是四条消息，但服务器把自己的 ACK 和 SYN 合进同一个报文段，就剩下三个。\n第三个报文段还能抵御“过去的幽灵”。如果一个延误已久的旧 SYN 到达服务器，服务器会回复 SYN,ACK；并没有发起连接的客户端回一个 RST，服务器便忘掉它（RFC 9293 图 8）。如果只有两个报文段，服务器就会凭这个旧 SYN 打开连接并一直占着，等待一个根本不知情的客户端发来数据。',
  'lesson.why-time-wait.title': '为什么要有 TIME-WAIT，为什么是 2MSL？',
  'lesson.why-time-wait.body':
    '发送最后一个 ACK 的一方无法知道它是否送达。如果丢了，对方会重发 FIN；TIME-WAIT 保留了刚好够用的状态来再次确认它，而不是回一个 RST。\n其次，这条连接的报文段可能还在网络中游荡。等待两倍的最长报文段寿命（MSL），可以让它们自然消亡，不会被误当成相同地址和端口上新连接的数据。\nRFC 规定的 MSL 是 2 分钟，所以 2MSL 是 4 分钟；Linux 固定使用 60 秒。只有先关闭的一方进入 TIME-WAIT（同时关闭时双方都会进入）；被动关闭方从 LAST-ACK 直接进入 CLOSED。',
  'lesson.why-four.title': '为什么挥手要四次？',
  'lesson.why-four.body':
    'TCP 连接是两条单向的字节流（全双工），每条由各自的发送方关闭：每个方向一个 FIN 加一个 ACK，一共四个报文段。\n两个方向的关闭互不相干。服务器确认客户端的 FIN 之后，想发多久就可以发多久（半关闭），直到它的应用程序关闭为止。如果服务器立即关闭，它的 FIN 可以捎带那个 ACK，挥手就只需三个报文段。',
  'lesson.seq-ack.title': '序列号与确认号',
  'lesson.seq-ack.body':
    'TCP 给字节编号，而不是给报文段编号。报文段的 seq 是其中第一个字节的编号；确认号的意思是“这之前的我都收到了，下一个请发这个”。SYN 和 FIN 各自像一个字节那样占用一个编号，所以 SYN seq=1000 的确认是 ack=1001，而纯 ACK 不占编号。\n第一个编号 ISN 并不是通常意义上的“随机数”：RFC 9293 §3.4.1 建议用一个每 4 微秒走一格的时钟，加上对地址和端口的带密钥哈希。哈希让外人猜不到它，时钟让相同端口上的新连接不会重用旧连接的编号。所有运算都在 2^32 处回绕。',
  'lesson.relative-seq.title': '为什么图上从 seq=0 开始',
  'lesson.relative-seq.body':
    '和 Wireshark 一样，图上默认显示相对序号，除非你选择“绝对”。真实的 ISN 是一个难以预测的 32 位数（RFC 9293 §3.4.1），比如 2873216541，之后的每个序号都只在最后几位与它不同，很难读也很难比较。所以每一方的序号都从它自己的 ISN 算起：它的 SYN 是 seq=0，第一个数据字节是 1。\n于是两个 SYN 都显示 seq=0，但两边选的并不是同一个数：各自选了自己的 ISN。图上在每一方的第一个 SYN 旁写出它，例如“SYN seq=0 (ISN 1000)”；TCB 表中的 ISS 和 IRS 也按原值列出。当一方用新的 ISN 开始这个连接的新化身（SYN cookie、旧重复 SYN 之后的第二个 SYN,ACK）时，它的序号重新从 0 算起。\n不属于我们任何连接的序号，例如旧的重复 SYN、无连接端口回复的 RST、伪造的报文段，没有可以作为起点的 ISN。它按原值显示并标上 *，绝不会显示成负数。选择“绝对”即可看到每个序号在线路上的原样。',
  'lesson.half-close.title': '半关闭：只关闭一个方向',
  'lesson.half-close.body':
    'FIN 的意思是“我不会再发了”，而不是“别再跟我说话”。调用 shutdown(SHUT_WR) 后，客户端的 FIN 只关闭客户端到服务器的方向；进入 CLOSE-WAIT 的服务器仍可继续发送，处于 FIN-WAIT-2 的客户端继续读取并确认。\n典型用法：客户端发完整个请求，关闭写方向，让服务器读到文件结束，然后读取完整的应答。只有当服务器发出自己的 FIN 后，连接才真正结束。',
  'lesson.fin-consumes-seq.title': 'FIN 占用一个序列号',
  'lesson.fin-consumes-seq.body':
    '即使不带数据，FIN 也和 SYN 一样占用一个序列号。所以对 FIN seq=u 的确认是 ack=u+1，关闭方的下一个报文段（最后那个 ACK）的 seq 也是 u+1。\n这样规定是有道理的：确认只能用序列号来表达，FIN 有了自己的编号，对方才能说“你的 FIN 我收到了”。这也让重传的 FIN 能像普通字节一样被识别为重复。',
  'lesson.ack-flag-vs-field.title': 'ACK（标志位）与 ack（确认号）',
  'lesson.ack-flag-vs-field.body':
    '大写的 ACK 是控制位中的一位；小写的 ack 是 32 位的确认号字段。标志位说明这个字段是否有效：ACK=0 时，字段里不管是什么数都没有意义。\n只有开头的 SYN 和部分 RST 的 ACK 为 0。其他所有报文段，包括 FIN，都带 ACK=1 和当前的确认号。',
  'lesson.tcp-basics.title': 'TCP 处在什么位置',
  'lesson.tcp-basics.body':
    'IP 负责把分组从一台主机送到另一台主机，但它分不清分组属于那台主机上的哪个程序，而且可能丢失、重复或打乱分组。TCP 运行在 IP 之上：用端口号找到两端的程序（进程），用序列号、确认和重传把 IP 的“尽力而为”变成可靠、有序的字节流。\n双方必须先就这些编号达成一致，数据才能流动，所以 TCP 是面向连接的：先握手，最后挥手。相比之下，UDP 只管发送数据报，没有连接，不保证顺序，也不重传。',
  'lesson.sockets.title': '从套接字调用到报文段',
  'lesson.sockets.body':
    'listen() 让服务器套接字进入 LISTEN，不发送任何报文段。connect() 发出 SYN，在 SYN,ACK 到达、ACK 发出之后返回。握手由内核自行完成，accept() 只是把一条已经 ESTABLISHED 的连接交给应用程序。\nclose() 或 shutdown(SHUT_WR) 会发出 FIN，对方应用程序通过 read() 返回 0 得知此事。把 SO_LINGER 设为 0 后调用 close()，或者在 Linux 上还有未读数据时调用 close()，发出的则是 RST。',
  'lesson.lost-segments.title': '报文段丢了会怎样？',
  'lesson.lost-segments.body':
    '握手和挥手中的任何一个报文段都可能丢失，而每种情况都能恢复。SYN、SYN,ACK 和 FIN 都在重传队列中等待，定时器超时后以相同的序列号重发，超时时间加倍。\n丢失的纯 ACK 不会自己重传（没有人确认 ACK），而是由后续报文段来补救：对方重发 ACK 所确认的那个报文段（重发的 SYN,ACK，或者在关闭方仍处于 TIME-WAIT 时重发的 FIN），或者对方稍后发来的报文段所携带的累积确认覆盖了同样的内容。如果对方彻底消失，多次重试之后会以“连接超时”告终。各个丢包场景分别演示了这些情况。',
  'lesson.states-in-tools.title': '在 netstat 和 ss 中读状态',
  'lesson.states-in-tools.body':
    '这些工具用下划线显示 RFC 中的状态：SYN_SENT、SYN_RECV（BSD 上是 SYN_RCVD）、FIN_WAIT1、TIME_WAIT 等。短暂的状态（SYN-SENT、SYN-RECEIVED、FIN-WAIT-1、CLOSING、LAST-ACK）很难捕捉到。\n同时出现大量 SYN_RECV，可能是遭到了 SYN 洪泛。频繁关闭短连接的机器上有大量 TIME_WAIT，属于正常现象。大量 CLOSE_WAIT 通常说明某个程序读到了文件结束，却一直没有调用 close()。',
  'lesson.rst.title': 'RST：不告而别',
  'lesson.rst.body':
    'FIN 是有序的“没有更多数据了”；RST 则表示“这条连接（已经）不存在”，当场终止连接并丢弃未发送的数据。主机在以下情况发送 RST：报文段发往没有连接的端口（“连接被拒绝”）、应用程序中止连接，或者拒绝一个不属于任何已知连接的报文段。\nRST 不需要确认，也绝不用 RST 回应。只有序列号落在接收方窗口内的 RST 才会被采信，RFC 5961 之后更要求恰好等于期望的编号，否则接收方会回复一个挑战 ACK。',
  'lesson.syn-flood.title': 'SYN 洪泛与 SYN Cookie',
  'lesson.syn-flood.body':
    '服务器要为每个处于 SYN-RECEIVED 的半打开连接保存一小份记录，直到最后的 ACK 到达或 SYN,ACK 的重试次数用完。攻击者用伪造地址发送 SYN，永远不会应答，于是这个队列被占满，真正的客户端被拒之门外。\n启用 SYN Cookie 后，服务器什么都不保存：它把所需的信息（对地址和端口的带密钥哈希、粗粒度的时间以及 MSS）编码进自己的 ISN。当真正的 ACK 带着 ack = 该 ISN + 1 返回时，服务器验证这个 Cookie，到这时才创建连接。',
  'lesson.connection-cost.title': '一条连接的代价',
  'lesson.connection-cost.body':
    '握手要花一个往返时间，客户端才能发出第一个字节；每次关闭还会在先关闭的一方留下一个 TIME-WAIT 条目。早期的 HTTP（1.0）每个请求都新开一条 TCP 连接，每次都要付出这个代价。\nHTTP/1.1 保持连接并重复使用（keep-alive），更新的设计走得更远（TCP Fast Open、QUIC）。看一眼时序图就明白，为什么复用连接更快。',

  // ── 常见误区 ────────────────────────────────────────────────────────────────────
  'misconception.bare-fin.claim': '挥手的报文段被画成单独的“FIN=1, seq=u”。',
  'misconception.bare-fin.truth':
    '实际抓包看到的是“FIN, ACK”：除了最开始的 SYN，每个报文段都置了 ACK 位，并带着当前的确认号。示意图常常省略 ACK，好让 FIN 更醒目；本实验显示的是真实的标志位。',
  'misconception.time-wait-both-sides.claim': '四次挥手之后，双方都要在 TIME-WAIT 中等待。',
  'misconception.time-wait-both-sides.truth':
    '只有先关闭、发送最后一个 ACK 的一方才在 TIME-WAIT 中等待。被动关闭方的 FIN 一旦被确认，就从 LAST-ACK 直接进入 CLOSED。只有同时关闭时，双方才都要等待。',
  'misconception.syn-only-in-handshake-so-ack-zero.claim': 'SYN=1、ACK=0 表示“连接请求”，SYN=1、ACK=1 表示“同意连接”。',
  'misconception.syn-only-in-handshake-so-ack-zero.truth':
    '在通常的握手中确实如此。但在同时打开时，双方都先发出 ACK=0 的 SYN，再各自用 SYN,ACK 回应，谁也不单纯是请求方或接受方。SYN 的含义是“这是我的 ISN”，ACK 的含义是“确认号有效”。',
  'misconception.four-way-is-improved-three.claim': '四次挥手又叫“四次握手”（Four-way handshake），也叫“改进的三次握手”。',
  'misconception.four-way-is-improved-three.truth':
    '关闭连接并不是握手的变体，而是两个互相独立的半关闭，每个方向各有一个 FIN 和对它的 ACK。之所以有四个报文段，是因为两个方向分别关闭；如果 FIN 与 ACK 合在一起发送，就只有三个。',
  'misconception.fin-wait-2-sends-ack.claim': '处于 FIN_WAIT_2 的一方在告诉对方“我暂时还有点数据要传给你（ACK 信息），稍后再关闭”。',
  'misconception.fin-wait-2-sends-ack.truth':
    '恰恰相反。在 FIN-WAIT-2 中，本方的 FIN 已经被确认，不能再发送数据了。可能还有数据要发的是处于 CLOSE-WAIT 的对方；本方负责接收、确认，并等待对方的 FIN。',
  'misconception.syn-scan-insecure.claim': 'SYN 扫描成功说明被扫描的主机不安全；安全的主机会强制要求严格完成三次握手。',
  'misconception.syn-scan-insecure.truth':
    '开放的端口用 SYN,ACK 回应 SYN，是 TCP 必须做的事；而且每台主机本来就要求完成整个握手才算建立连接，SYN 扫描器只是从不完成握手而已。安全与否取决于开放了哪些端口、端口上运行着什么服务。防火墙可以隐藏端口，但 SYN,ACK 本身并不是漏洞。',
  'misconception.time-wait-ports.claim': '在 TIME_WAIT 期间，两端的端口都不能使用。',
  'misconception.time-wait-ports.truth':
    '只有主动关闭方保留状态，而且它只占住这一条确切的连接：本地地址和端口加上远端地址和端口。服务器的监听端口照样接受新客户端，因为它们来自别的地址或端口。实践中真正会碰到的问题，是先关闭连接的服务器重启时无法绑定端口，用 SO_REUSEADDR 即可解决。',
  'misconception.fin-consumes-seq.claim': '不带数据的 FIN 不占序列号，所以对它的确认号与它的 seq 相同。',
  'misconception.fin-consumes-seq.truth':
    '即使不带数据，FIN 也占用一个序列号：对 FIN seq=u 的确认是 ack=u+1，关闭方的下一个报文段使用 seq=u+1。每个 SYN 和每个 FIN 都恰好占用一个序列号。',
  'misconception.ack-is-seq-plus-one.claim': '确认号总是 ack = seq + 1。',
  'misconception.ack-is-seq-plus-one.truth':
    'ack = 对方的 seq + 对方所发内容的长度，也就是期望收到的下一个字节。只有对不带数据的 SYN 或 FIN 才是 +1。对方以 seq=1001 发来 100 字节后，确认号应是 ack=1101。',
  'misconception.first-data-byte-is-isn.claim': 'SYN 中的 seq=x 表示传输数据时第一个数据字节的序号是 x。',
  'misconception.first-data-byte-is-isn.truth': 'SYN 本身占用了编号 x，所以第一个数据字节是 x+1。这也是握手中两个 ACK 都带 ISN+1 的原因。',
  'misconception.fin-stops-peer.claim': 'FIN 让对方不要再发送数据，发出 FIN 后连接就断开了。',
  'misconception.fin-stops-peer.truth':
    'FIN 只表示“我没有更多数据要发了”。另一个方向仍然开着：对方可以继续发送，直到它也发出自己的 FIN（半关闭）。两个 FIN 都得到确认后，连接才结束。',
  'misconception.time-wait-waits-for-ack.claim': '在 TIME_WAIT 中客户端等待服务器的 ACK，2MSL 内没收到就关闭。',
  'misconception.time-wait-waits-for-ack.truth':
    'TIME-WAIT 中并不期待任何报文段：没有人会确认一个 ACK。客户端等待，是以防服务器的 FIN 再次到来（那说明最后的 ACK 丢了），也是为了让旧报文段过期。2MSL 内风平浪静，正是正常、圆满的结局。',
  'misconception.both-established-together.claim': '第三次握手之后，客户端和服务器同时进入 ESTABLISHED。',
  'misconception.both-established-together.truth':
    '两者改变状态的时刻不同。客户端在 SYN,ACK 到达、发出 ACK 时进入 ESTABLISHED；服务器要等这个 ACK 到达，也就是半个往返之后。在此期间，客户端已经可以发送数据了。',
  'misconception.urg-keeps-connection.claim': 'URG 用来保证 TCP 连接不被中断，并督促中间设备尽快处理这些数据。',
  'misconception.urg-keeps-connection.truth':
    'URG 只表示紧急指针字段有效：它标出字节流中“紧急”数据的结束位置，好让接收方的应用程序得到提醒。路由器并不理会它。Telnet 和 FTP 曾用它传递中断信号；如今新应用不应再使用它（RFC 6093）。',
  'misconception.isn-random.claim': '初始序列号就是一个随机数。',
  'misconception.isn-random.truth':
    'ISN 必须难以猜测，但并不是纯粹的随机数。RFC 9293 建议用一个每 4 微秒走一格的时钟，加上对连接地址和端口的带密钥哈希：秘密的哈希让人无法预测，时钟则保证相同端口上先后建立的连接不会使用重叠的编号。',
  'misconception.time-wait-only-resend-ack.claim': 'TIME_WAIT 的作用只是重发可能丢失的最后一个 ACK。',
  'misconception.time-wait-only-resend-ack.truth':
    '这只是两个原因之一。另一个是：等待 2MSL，让旧连接中延误的报文段全部消亡，以免它们被误当作相同地址和端口上新连接的数据。',

  // ── 选项、断网会怎样、学习、对比：对话框文本（开始）──────────────────────────────────
  'options.title': '选项',
  'options.intro': '这些设置会改变每个场景的运行过程。它们保存在链接里，分享出去的链接会显示同样的运行过程。',
  'options.isn.legend': '初始序列号（ISN）',
  'options.isn.fixed': '固定',
  'options.isn.fixed.hint': '由你选定的整数，便于在黑板上跟着算。',
  'options.isn.random': '由种子生成随机数',
  'options.isn.random.hint': '像真实的协议栈一样难以猜测；同一个种子总是给出同样的数，所以分享的链接能原样重现。',
  'options.isn.wrap': '接近 2^32（回绕）',
  'options.isn.wrap.hint': '双方都从比 2^32 = 4294967296 小一点的数开始，序列号会回绕到 0。选择“绝对”序号即可看到。',
  'options.isn.client': '客户端 ISN',
  'options.isn.server': '服务器 ISN',
  'options.seed': '种子',
  'options.seed.new': '换一个种子',
  'options.isn.result': '本次运行：客户端 ISN {client}，服务器 ISN {server}。',
  'options.latency': '单向时延（毫秒）',
  'options.latency.hint': '报文段从一端到达另一端所需的时间，{min}–{max} 毫秒；一个往返是它的两倍。',
  'options.timeWait.legend': 'TIME-WAIT 时长（2MSL）',
  'options.timeWait.rfc': 'RFC 9293：MSL = 2 分钟 → 4 分钟',
  'options.timeWait.linux': 'Linux：60 秒',
  'options.timeWait.classroom': '课堂演示：5 秒',
  'options.timeWait.custom': '来自链接：{duration}',
  'options.timeWait.hint': '先关闭的一方在 TIME-WAIT 中停留多久。5 秒在真实系统中并不存在，只是为了让课堂上能看到 TIME-WAIT 结束。',
  // 行为配置（src/engine/profile.ts）
  'options.profile.legend': '行为',
  'options.profile.rfc9293': 'RFC 9293',
  'options.profile.rfc9293.hint': '凡是 RFC 有规定之处，一字不差地照标准来。',
  'options.profile.linux': 'Linux',
  'options.profile.linux.hint':
    '改为 Linux 内核的做法（在 Linux 6.18 上实测）：最小 RTO 200 毫秒、线性 SYN 重试、对重复 SYN 回 SYN,ACK、中止时发 RST,ACK、快速确认、SYN cookies、TIME-WAIT 60 秒。',
  'options.profile.fixed': 'Linux 行为：{value}，不论这里选什么。',
  'options.profile.on': '开启',
  'options.cookies': 'SYN Cookie',
  'options.cookies.hint':
    '只有 SYN 洪泛场景会占满服务器的半连接队列，所以它只在那里起作用：启用 Cookie 后，服务器在收到最后的 ACK 之前不保存任何状态，真正的客户端依然能连上。其他场景开不开都一样。Linux 默认开启（net.ipv4.tcp_syncookies=1）。',
  'options.cookies.open': '打开 SYN 洪泛场景',
  'options.reset': '恢复默认值',
  'options.error.empty': '请输入一个数。',
  'options.error.notWhole': '只能使用数字：请输入整数，不带正负号、小数点或指数。',
  'options.error.range': '请输入 {min} 到 {max} 之间的整数。',
  'options.error.kept': '仍在使用 {value}。',

  'whatIf.title': '如果在这一步断网了？',
  'whatIf.question': '想象下在3握4挥的每一次步骤时网络中断了，会发生什么？',
  'whatIf.intro': '点选下面的任一报文段，打开恰好丢失该报文段的场景；旁边的一句话说明 TCP 如何恢复。',
  'whatIf.handshake': '三次握手',
  'whatIf.close': '四次挥手（关闭）',
  'whatIf.summary':
    '每种情况都能恢复。丢失的 SYN、SYN,ACK 或 FIN 会在定时器到期后重发；丢失的 ACK 从不单独重发，而是由它所回应的报文段（重发后）或之后的报文段来弥补。',
  'whatIf.syn-lost.lost': '客户端的 SYN 丢失',
  'whatIf.syn-ack-lost.lost': '服务器的 SYN,ACK 丢失',
  'whatIf.ack-lost.lost': '客户端的 ACK（第三次握手）丢失',
  'whatIf.fin-lost.lost': '客户端的 FIN 丢失',
  'whatIf.close-ack-lost.lost': '服务器对该 FIN 的 ACK 丢失',
  'whatIf.passive-fin-lost.lost': '服务器的 FIN 丢失',
  'whatIf.last-ack-lost.lost': '客户端最后的 ACK 丢失',
  'whatIf.syn-lost.outcome':
    'SYN 没有到达服务器，服务器仍在 LISTEN；客户端的重传定时器到期后以相同的序列号重发 SYN，握手晚一个超时时间完成。',
  'whatIf.syn-ack-lost.outcome':
    '双方都在等待：仍在 SYN-SENT 的客户端重发 SYN（按 RFC，服务器对这个重复的 SYN 回一个 ACK；Linux 则再回一个 SYN,ACK），服务器自己的定时器也重发 SYN,ACK，握手由此完成。',
  'whatIf.ack-lost.outcome':
    '客户端已经 ESTABLISHED，服务器却停在 SYN-RECEIVED，直到它的定时器重发 SYN,ACK；客户端再回一次 ACK，服务器才进入 ESTABLISHED。',
  'whatIf.fin-lost.outcome': '客户端在 FIN-WAIT-1 中等待，毫不知情的服务器仍是 ESTABLISHED；客户端的定时器重发 FIN 后，关闭照常进行。',
  'whatIf.close-ack-lost.outcome':
    '丢失的 ACK 没有人重发。客户端停在 FIN-WAIT-1，直到服务器的 FIN 到达；这个 FIN 同时确认了客户端的 FIN，于是客户端跳过 FIN-WAIT-2，直接进入 TIME-WAIT。',
  'whatIf.passive-fin-lost.outcome':
    '客户端在 FIN-WAIT-2、服务器在 LAST-ACK 中等待，直到服务器的定时器重发 FIN；客户端随后确认它并进入 TIME-WAIT。',
  'whatIf.last-ack-lost.outcome':
    '这正是 TIME-WAIT 存在的原因：仍在 LAST-ACK 的服务器重发 FIN，仍在 TIME-WAIT 的客户端再次确认它并重新开始 2MSL 计时，服务器随即关闭。',

  // ── 真实 Linux 内核上的做法（实测：scripts/kernel/README.md）─────────────────────
  'linux.title': '在 Linux 上：',
  'linux.listSeparator': '、',
  'linux.synRetries':
    '本实验遵循 RFC：无人应答的 SYN 在第一次发出后的第 {labSchedule} 秒重发，每次等待时间加倍，到第 {labGiveUp} 秒放弃（RFC 要求至少重试 3 分钟）。当前的 Linux 内核（实测 6.18）会重发 10 次，间隔依次为 1、1、1、1、1、2、4、8、16、32 秒，connect() 在第一个 SYN 发出约 134 秒后以“连接超时”失败。多出来的四次 1 秒重试来自 net.ipv4.tcp_syn_linear_timeouts；没有它们的经典做法是重试 6 次，间隔 1、2、4、8、16、32 秒，总共约 130 秒。',
  'linux.dupSynInSynReceived':
    'Linux 在 SYN-RECEIVED 中收到重复的 SYN 时，会再发一次它的 SYN,ACK，而不是单纯的 ACK。丢失 SYN,ACK 的抓包显示，在第一个 SYN,ACK 之后约 1 秒出现两个 SYN,ACK：一个来自服务器的定时器，一个是对客户端重发 SYN 的回应。两者都能让客户端拿到它需要的东西。',
  'linux.finRto':
    '本实验等了 {rto} 秒，因为 RFC 6298 规定重传超时不得低于 1 秒。Linux 的下限是 200 毫秒（TCP_RTO_MIN），再加上测得的往返时间，所以丢失的 FIN 大约在 200 毫秒加一个往返时间后重发（在回环接口上实测 205 毫秒）。',
  'linux.finWait2Instant':
    '在 Linux 上实测，处理 ACK 与处理 FIN 之间（RFC 9293 §3.10.7.4 的第五步和第八步）处于 FIN-WAIT-2 的那一瞬约为 7 微秒，ss 和 netstat 根本来不及显示。本实验把这两步画成一步。',
  'linux.synCookiesDefault':
    '只有在关闭 SYN Cookie（net.ipv4.tcp_syncookies=0）时，Linux 才会这样丢弃 SYN。默认是开启的：队列一满，Linux 就改用 Cookie 回复之后的每个 SYN（实测：backlog 为 1 的监听套接字对 8 个 SYN 中的 6 个回复了 Cookie）。它的半连接队列也比 backlog 多容纳一个：这个监听套接字以普通方式回复了 2 个 SYN，而不是 1 个。在“选项”中开启 SYN Cookie 即可看到。',

  'learn.title': '学习',
  'learn.lessons': '课程',
  'learn.misconceptions': '常见误区',
  'learn.misconceptions.intro': '教材、课件和教程讲 TCP 大多是对的。下面是其中不少容易出错的地方，每条更正都对照 RFC 9293 核实过。',
  'notes.lesson': '课程：',

  'compare.title': '为什么是三次？两次运行并排对比',
  'compare.intro':
    '两次运行中，同一个旧的重复 SYN 都到达了服务器。第一个是真实的 TCP，有第三个报文段；第二个是一个虚构的、两次就结束握手的 TCP。',
  'compare.states': '最终：客户端 {client}，服务器 {server}。',
  'compare.old-duplicate-syn.outcome':
    '有三个报文段时，客户端收到针对一个它从未发送的 SYN 的 SYN,ACK，便回以 RST；服务器丢弃这个半打开的连接，回到 LISTEN，随后真正的连接正常建立。',
  'compare.two-way-handshake.outcome':
    '只有两个报文段时，服务器仅凭那个旧 SYN 就进入 ESTABLISHED，占着连接等待数据，而客户端处于 CLOSED，对此一无所知。',
  // ── 选项、断网会怎样、学习、对比：对话框文本（结束）──────────────────────────────────
  // ── 沙盒面板（src/features/sandbox）：首屏之后加载 ─────────────────────────────────────
  'sandbox.continue.unavailable':
    '这个场景无法从这里在沙盒中继续：它需要两端都没有发送过的报文段、沙盒没有的设置（服务器的积压队列、只在调用时才读取的应用），或沙盒调用无法重现的第二个连接的时间。',
  'sandbox.intro': '在任一端发起调用，然后单步前进（→）观察 TCP 如何回应。不允许的调用同样会执行，你会看到 RFC 规定的错误。',
  'sandbox.calls.title': '套接字调用',
  'sandbox.side.group': '{side}的套接字调用',
  'sandbox.side.state': '当前 {state}',
  'sandbox.call.listen': 'listen()',
  'sandbox.call.connect': 'connect()',
  'sandbox.call.send': 'send({bytes})',
  'sandbox.call.shutdown': 'shutdown()',
  'sandbox.call.close': 'close()',
  'sandbox.call.abort': 'abort()',
  'sandbox.calls.legend':
    'send({bytes}) 发送 {bytes} 字节。shutdown() 即 shutdown(SHUT_WR)：停止发送，继续接收。abort() 即 SO_LINGER 为 0 的 close()：发送 RST。',
  'sandbox.calls.at': '现在发起的调用将成为第 {k} 步。',
  'sandbox.calls.atFork': '现在发起的调用将成为第 {k} 步；你在第 {c} 步之后做过的操作会被取代（“撤销”可以恢复）。',
  'sandbox.result.title': '本步的调用',
  'sandbox.result.call': '{side}在 {state} 状态下调用了 {call}。',
  'sandbox.result.errorTag': '错误',
  'sandbox.result.error': '此状态下不允许该调用：应用程序得到“{error}”。',
  'sandbox.result.change': '{from} → {to}。',
  'sandbox.result.stays': '保持 {state}。',
  'sandbox.result.sends': '发送 {flags}。',
  'sandbox.result.rfc': 'RFC 9293 §{section}',
  'sandbox.fork.first': '你改变了过去：之后的过程已重新计算。',
  'sandbox.fork.firstDetail': '第 {k} 步之后的一切都根据你的新选择重新推演。',
  'sandbox.fork.again': '第 {k} 步之后的过程已重新计算。',
  'sandbox.fork.removed': '你之后做的 {n} 个调用或网络改动已被移除；“撤销”可以恢复。',
  'sandbox.fork.dismiss': '知道了',
  'sandbox.net.title': '网络',
  'sandbox.net.onWire': '本步正在传输的报文段',
  'sandbox.net.none': '本步没有报文段在传输。',
  'sandbox.net.hint': '选中一个报文段（在这里，或在时序图中单击箭头，或用 Tab 移到箭头上按 Enter），即可丢弃、延迟或复制它。',
  'sandbox.net.segment': '#{id} {flags} {from} → {to}',
  'sandbox.net.selected': '报文段 #{id}：{flags}，{from} → {to}',
  'sandbox.status.inFlight': '正在传输：它尚未到达，网络仍可改变它的命运。',
  'sandbox.status.fate.lose': '你在第 {k} 步丢弃了它：它永远不会到达。',
  'sandbox.status.fate.delay': '你在第 {k} 步把它延迟了 {delay}。',
  'sandbox.status.fate.duplicate': '你在第 {k} 步复制了它：一个副本紧随其后。',
  'sandbox.status.arrived': '它已经到达（第 {k} 步）。已经发生的事无法改变；退回到第 {k} 步之前才能改变它的命运。',
  'sandbox.status.gone': '它已丢失，时机已过。退回之前的步骤才能改变。',
  'sandbox.status.unsent': '在这一步它还没有发送。单步前进，直到它出现在线路上。',
  'sandbox.status.copy': '这是网络为报文段 #{original} 制造的副本；只能改变原报文段。',
  'sandbox.status.unknown': '这个报文段不属于你的沙盒过程。',
  'sandbox.fate.group': '网络如何处理报文段 #{id}',
  'sandbox.fate.drop': '丢弃',
  'sandbox.fate.delay': '延迟',
  'sandbox.fate.duplicate': '复制',
  'sandbox.fate.deliver': '正常送达',
  'sandbox.fate.delayBy': '延迟时长',
  'sandbox.fate.keys': '快捷键：X 丢弃，D 延迟，C 复制（需选中一个正在传输的报文段）。',
  'sandbox.outcome.lose': '报文段 #{id} 将在网络中丢失。单步前进，看看 TCP 如何应对。',
  'sandbox.outcome.delay': '报文段 #{id} 将晚到 {delay}。单步前进，看看会发生什么。',
  'sandbox.outcome.duplicate': '网络将把报文段 #{id} 送达两次。单步前进，看看会发生什么。',
  'sandbox.outcome.deliver': '报文段 #{id} 将恢复正常送达。',
  'sandbox.outcome.done.lose': '报文段 #{id} 已在网络中丢失。',
  'sandbox.outcome.done.delay': '报文段 #{id} 晚到了 {delay}。',
  'sandbox.outcome.done.duplicate': '网络把报文段 #{id} 送达了两次。',
  'sandbox.outcome.done.deliver': '报文段 #{id} 已正常送达。',
  'sandbox.refused.same': '报文段 #{id} 已经是这个命运了。',
  'sandbox.refused.duplicated': '网络已经复制了报文段 #{id}。要改变它，请撤销，或退回到复制之前。',
  'sandbox.refused.changesPast': '这会改变本步之前已经发生的事（报文段 #{id} 本应更早到达）。请先退回。',
  'sandbox.refused.arrived': '报文段 #{id} 已经到达：已经发生的事无法改变。',
  'sandbox.refused.gone': '报文段 #{id} 已丢失，时机已过。',
  'sandbox.refused.unsent': '在这一步报文段 #{id} 还没有发送。',
  'sandbox.refused.copy': '报文段 #{id} 是网络制造的副本；只能改变原报文段。',
  'sandbox.refused.unknown': '报文段 #{id} 不属于你的沙盒过程。',
  'sandbox.tools.title': '会话',
  'sandbox.preset.label': '起点',
  'sandbox.preset.empty': '空白',
  'sandbox.preset.listening': '服务器监听中',
  'sandbox.preset.established': '连接已建立',
  'sandbox.reset': '重置',
  'sandbox.undo': '撤销',
  'sandbox.outcome.reset': '沙盒已清空。“撤销”可以恢复你的会话。',
  'sandbox.outcome.preset': '起点：{preset}。',
  'sandbox.outcome.undone': '已撤销：之前的会话已恢复。',
  'sandbox.outcome.nothingToUndo': '没有可撤销的操作。',
  'sandbox.outcome.notSandbox': '请先切换到沙盒。',
  'sandbox.history.title': '你的过程（{n}）',
  'sandbox.history.empty': '还没有调用。先在服务器上调用 listen()，或选择一个起点。',
  'sandbox.history.call': '第 {k} 步：{side} {call}',
  'sandbox.history.fate.lose': '第 {k} 步时：丢弃报文段 #{id}',
  'sandbox.history.fate.delay': '第 {k} 步时：报文段 #{id} 延迟 {delay}',
  'sandbox.history.fate.duplicate': '第 {k} 步时：复制报文段 #{id}',
  'sandbox.notice.linkPartlyDamaged': '这个沙盒链接有部分内容无法使用，已略去：{parts}。其余会话照常显示。',
  'sandbox.notice.linkDamaged': '这个沙盒链接无法使用（{parts}），现打开一个空白沙盒。',
  'sandbox.notice.continued': '沙盒从第 {k} 步接着进行：场景到此为止的调用和丢包都归你了，接下来怎么发展由你决定。',
  'sandbox.notice.continuedReplaced': '沙盒从第 {k} 步接着进行：场景到此为止的调用和丢包都归你了。“撤销”可以找回你之前的沙盒会话。',
  'sandbox.notice.optionsDropped': '在新的设置下，你的沙盒会话有部分内容不再成立，已略去：{parts}。',
  'sandbox.notice.linkTooLong':
    '这个沙盒链接超出了会话的长度上限（最多 {max} 个调用和 {max} 个网络处理）：从 {parts} 起的最后 {count} 项已略去。其余会话照常显示。',
});
