import type { BadgesMessageKey } from './messages.en';

/** Chinese strings of the state badges and TCB panel; loaded only with the Chinese catalogue. */
export const badgesMessagesZh: Record<BadgesMessageKey, string> = {
  'badges.label': '双方的连接状态',
  'badges.state': '{side}状态：{state}',
  'badges.counterfactual.ESTABLISHED':
    '只在这个假想的两次握手里算作已连接：只有一个 ISN 得到确认（客户端的，这里还是旧连接的），服务器的 ISN 从未被确认。真正的 TCP 此时仍在 SYN-RECEIVED 中等待。',
  'tcb.caption': '双方的传输控制块（TCB）',
  'tcb.variable': '变量',
  'tcb.iss': '初始发送序号',
  'tcb.irs': '初始接收序号',
  'tcb.sndUna': '已发送但尚未确认的最早序号',
  'tcb.sndNxt': '下一个要发送的序号',
  'tcb.sndWnd': '对方允许我们发送的量',
  'tcb.rcvNxt': '期望收到的下一个序号',
  'tcb.rcvWnd': '我们还能接收的量',
  'tcb.timers': '计时器',
  'tcb.timers.desc': '正在运行的计时器及其剩余时间',
  'tcb.unknown': '尚未得知',
  'tcb.noTcb': '无 TCB',
  'tcb.changed': '（本步有变化）',
  'tcb.relativeNote': '序号相对于各自的 ISN',
  'tcb.absoluteNote': '序号为线路上的实际值',
  'tcb.noTimers': '无',
  'tcb.timer.retransmit': '{remaining} 后重传（RTO {rto}）',
  'tcb.timer.timeWait': 'TIME-WAIT 还剩 {remaining}',
  'tcb.timer.delayedAck': '{remaining} 后发送延迟 ACK',
  'tcb.summary': '双方的 TCB 变量',
};
