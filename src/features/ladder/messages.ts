/**
 * Strings of the sequence diagram. The i18n owner merges these into src/i18n (flat keys, like
 * en/ui.ts). Side and state names come from the teaching tables (`side.*`, `state.*.name`).
 */
export const ladderMessages = {
  en: {
    'ladder.label': 'Sequence diagram: client on the left, server on the right, time runs downward',
    'ladder.arrow': 'Segment {id}: {label}, from {from} to {to}{notes}. Press Enter to inspect its header.',
    'ladder.arrow.lostNote': ', lost in the network',
    'ladder.arrow.retransmissionNote': ', a retransmission',
    'ladder.arrow.oldDuplicateNote': ', an old duplicate from an earlier connection',
    'ladder.arrow.rawSocketNote': ', hand-made by a program using a raw socket',
    'ladder.origin.old-duplicate': 'old duplicate',
    'ladder.origin.raw-socket': 'raw socket',
    'ladder.lost': 'lost',
    'ladder.retransmission': 'retransmission',
    'ladder.break': '⋯ {duration}',
    'ladder.break.label': '{duration} with nothing in flight, drawn shorter',
    'ladder.band': '{side}: {state}',
    'ladder.now': 'now {time}',
  },
  zh: {
    'ladder.label': '时序图：左边是客户端，右边是服务器，时间自上而下',
    'ladder.arrow': '报文段 {id}：{label}，从{from}发往{to}{notes}。按 Enter 查看首部。',
    'ladder.arrow.lostNote': '，在网络中丢失',
    'ladder.arrow.retransmissionNote': '，这是一次重传',
    'ladder.arrow.oldDuplicateNote': '，来自早先连接的旧重复报文段',
    'ladder.arrow.rawSocketNote': '，由程序通过原始套接字手工构造',
    'ladder.origin.old-duplicate': '旧重复报文',
    'ladder.origin.raw-socket': '原始套接字',
    'ladder.lost': '丢失',
    'ladder.retransmission': '重传',
    'ladder.break': '⋯ {duration}',
    'ladder.break.label': '{duration} 内没有报文在传输，图中已缩短',
    'ladder.band': '{side}：{state}',
    'ladder.now': '当前 {time}',
  },
} as const;
