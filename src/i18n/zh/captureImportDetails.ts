import type { enCaptureImportDetails } from '../en/captureImportDetails';

/** 连接选择、抓包旁的面板与推断说明：放在第二部分（zh/details.ts）。 */
export const zhCaptureImportDetails: Record<keyof typeof enCaptureImportDetails, string> = {
  'rule.capture-unexplained.what': '抓包显示{side}发送了 {out}。此刻 RFC 规则中没有任何套接字调用或定时器会发送它，所以{side}仍处于 {to}。',
  'rule.capture-unexplained.why':
    '真实的协议栈会发送规则并未要求的报文段：窗口更新、额外或提前的 ACK、对抓包里没有的报文段的回复。它们不改变状态，所以推断出的状态保持不变。',
  'captureImport.picker.title': '选择一条连接',
  'captureImport.picker.intro': '{file} 中有 {count} 条 TCP 连接。选择一条，观看推断出的双方状态。',
  'captureImport.picker.caption': '{file} 中的 TCP 连接',
  'captureImport.picker.stream': '流',
  'captureImport.picker.client': '客户端',
  'captureImport.picker.server': '服务器',
  'captureImport.picker.packets': '包数',
  'captureImport.picker.first': '首包（秒）',
  'captureImport.picker.last': '末包（秒）',
  'captureImport.picker.end': '如何结束',
  'captureImport.picker.choose': '观看流 {stream}',
  'captureImport.picker.cancel': '取消',
  'captureImport.picker.action': '观看',
  'captureImport.picker.guessed': '（推测：未抓到 SYN）',
  'captureImport.picker.more': '这里列出的是 {count} 条连接中的前 {listed} 条。其他连接可以按流编号观看。',
  'captureImport.picker.number': '流编号（0 到 {max}）',
  'captureImport.picker.watch': '观看',
  'captureImport.picker.badNumber': '请输入 0 到 {max} 之间的流编号。',
  'captureImport.end.fin': '双向 FIN',
  'captureImport.end.rst': 'RST',
  'captureImport.end.open': '仍未关闭',

  'captureImport.panel.label': '抓包',
  'captureImport.panel.source': '{file}，流 {stream}：{client} → {server}',
  'captureImport.panel.delay': '抓包点：距客户端约 {client} 毫秒，距服务器约 {server} 毫秒（按握手计时）。每个箭头都按这些估计绘制。',
  'captureImport.panel.warnings': '读取时有 {count} 条警告：{first}',
  'captureImport.panel.leave': '返回场景',
  'captureImport.panel.step': '这一步',
  'captureImport.panel.sure': '抓包足以确定这一步：这里没有任何猜测。',
  'captureImport.panel.segment': '报文段 #{id}（第 {frame} 帧）：{marks}',

  'captureImport.mark.retransmission': '重传',
  'captureImport.mark.duplicate': '重复（网络复制的副本）',
  'captureImport.mark.out-of-order': '乱序',
  'captureImport.mark.after-gap': '前有缺口：之前的字节在抓包点之前丢失，或未被抓到',
  'captureImport.mark.truncated': '载荷被快照长度截断',

  'captureImport.note.assumedListen': '{side}用 SYN,ACK 回应了 SYN，说明它在监听：它的 listen() 是推断出的，并未看到。',
  'captureImport.note.midConnection':
    '抓包从连接中途开始（开头没有 SYN）：假定双方都处于 ESTABLISHED，序号取自第一个报文段。更早的状态无从得知。',
  'captureImport.note.capturePointUnknown': '抓包中没有可计时的完整握手，因此不知道抓包点距双方各有多远：箭头按单向 1 毫秒绘制。',
  'captureImport.note.orderFromAck': '{side}的确认号表明它已经收到了更早的报文段，所以{side}一侧的顺序以 ACK 为准，而不是时间估计。',
  'captureImport.note.missingBefore': '此报文段之前的序号从未到达抓包点：在抓包点之前丢失，或未被抓到。{side}实际收到了什么无法确定。',
  'captureImport.note.notExplained': '抓包显示{side}发送了 {flags}；RFC 规则在此处不会发送它，所以{side}的状态保持不变。',
  'captureImport.note.engineDiffers': '抓包显示的是 {flags}；按 RFC 规则，同样的调用会发送 {engine}。真实协议栈在这里偏离了 RFC。',
  'captureImport.note.engineReplyUnseen': '按 RFC 规则，{side}会回应 {engine}，但抓包里从未出现：它没有被发送，或没有经过抓包点。',
  'captureImport.note.closeOrShutdown': '一个 FIN：{side}调用了 close() 或 shutdown(SHUT_WR)。两者在线路上看起来一样，抓包无法区分。',
  'captureImport.note.outOfOrderNotQueued':
    '此报文段填补了一个缺口。引擎不保存乱序数据的队列，所以从这里起，{side}的序号可能落后于真实协议栈。',
  'captureImport.note.ackAtOnce':
    '真实的{side}立即发送了这个 ACK（数据到达后 {delay} 毫秒），而 RFC 规则允许它等一等，让 ACK 搭上回复一起发出（§3.8.6.3）。Linux 在连接初期会立即确认（快速确认模式）。',
  'captureImport.compare.title': '与引擎对比',
  'captureImport.compare.intro': '引擎按这份抓包里的套接字调用、时延和丢包重新运行一遍，并在两边标出第一处不同。',
  'captureImport.compare.profile': '引擎的行为按照',
  'captureImport.compare.run': '对比',
  'captureImport.compare.dialogTitle': '抓包与引擎（{profile}）并排',
  'captureImport.compare.refused.midConnection':
    '这份抓包从握手之后才开始，而引擎的每次运行都从 CLOSED 开始：没有可以重放的内容。对比需要一份从 SYN 开始的抓包。',
  'captureImport.compare.none': '没有不同：给出同样的调用，引擎（{profile}）发送同样的报文段、经历同样的状态，就抓包所能显示的而言。',
  'captureImport.compare.segment': '第一处不同，在 {time}：抓包显示{side}发送了 {capture}；引擎（{profile}）发送的却是 {engine}。',
  'captureImport.compare.captureOnly': '第一处不同，在 {time}：抓包显示{side}发送了 {capture}；引擎（{profile}）没有发送这样的报文段。',
  'captureImport.compare.engineOnly': '第一处不同，在 {time}：引擎（{profile}）让{side}发送了 {engine}；抓包里没有这样的报文段。',
  'captureImport.compare.state':
    '第一处不同，在 {time}：到此为止两边发送的报文段相同，但抓包中的{side}处于 {capture}，引擎中的却处于 {engine}。',
  'captureImport.compare.why': '引擎为什么这样做',
  'captureImport.compare.captureRun': '抓包',
  'captureImport.compare.engineRun': '引擎（{profile}）',
  'captureImport.compare.markedSegment': '已标出：{segment}',
  'captureImport.compare.markedNothing': '已标出：{side}在这里没有发送',
  'captureImport.compare.markedState': '已标出：处于 {state} 的{side}',
  'captureImport.compare.sameRun': '与抓包相同',
  'captureImport.compare.assumptions': '抓包无法确定的地方，以及引擎的运行改用的假设',
  'captureImport.compare.assume.reads': 'read() 从不出现在线路上：引擎中的应用程序在数据到达时就读取。',
  'captureImport.compare.assume.listenAssumed': '服务器的 listen() 不在线路上：既然服务器回应了 SYN，就把它放在开头。',
  'captureImport.compare.assume.serverUnseen':
    '抓包里从未出现服务器的回应，所以无法知道那个端口上是否有程序在监听：引擎中的服务器没有监听。',
  'captureImport.compare.assume.close':
    '{side}的 FIN 被当作 close()：close() 和 shutdown(SHUT_WR) 在线路上看起来一样，而之后没有任何迹象表明{side}仍在接收。',
  'captureImport.compare.assume.shutdown':
    '{side}的 FIN 被当作 shutdown(SHUT_WR)：{side}在它之后仍在确认数据，而用 close() 关闭的套接字会以 RST 回应（§3.6.1）。',
  'captureImport.compare.assume.latencyMeasured': '单向时延 {ms} 毫秒，由握手计时得出。真实路径的时延会变化，引擎中的则固定不变。',
  'captureImport.compare.assume.latencyNominal': '没有可以计时的握手：引擎使用名义时延 {ms} 毫秒。',
  'captureImport.compare.assume.lostBeforeCapture':
    '{side}从序号 {seq} 起的 {bytes} 字节从未到达抓包点：引擎发送它们，网络在抓包点之前把它们丢掉。',
  'captureImport.compare.assume.lostAfterCapture': '{side}再次发送了序号 {seq}，其间对方什么也没有发送：第一份被当作在抓包点之后丢失。',
  'captureImport.compare.assume.unexplained':
    '没有任何套接字调用或定时器能解释{side}的报文段 #{segments}：引擎的运行中没有发送它们的东西。',
  'captureImport.compare.assume.truncated': '只对比抓包中 {until} 之前的部分：引擎的一次运行最多 {max} 步。',
};
