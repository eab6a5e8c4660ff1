import type { CaptureMessageKey } from '../../capture';

/** 抓包读取器的提示（简体中文）：与 en/capture.ts 逐键对应。{frame} 是 Wireshark 显示的分组编号。 */
export const zhCapture: Record<CaptureMessageKey, string> = {
  'capture.error.empty': '文件是空的。',
  'capture.error.tooShort': '文件只有 {size} 字节，太短，不可能是抓包文件。',
  'capture.error.badMagic':
    '这不是 pcap 或 pcapng 抓包文件：它以 {magic} 开头，而不是抓包文件的标识。请在 Wireshark 或 tcpdump 中将抓包保存为 pcap 或 pcapng 格式。',
  'capture.error.truncatedHeader': '文件在文件头内部就结束了（{size}/{need} 字节）：文件不完整。',
  'capture.error.truncatedRecord': '文件在第 {frame} 个分组中间（第 {offset} 字节）结束：文件不完整。之前的分组照常显示。',
  'capture.error.recordTooLong':
    '第 {frame} 个分组声称有 {length} 字节，超过任何抓包能记录的长度（{max}）：文件从这里起已损坏。之前的分组照常显示。',
  'capture.error.badBlockLength': '第 {offset} 字节处的 pcapng 块长度不可能成立（{length}）：文件从这里起已损坏。之前的分组照常显示。',
  'capture.error.badSectionHeader': 'pcapng 文件在第 {offset} 字节处没有有效的节头（读到 {magic}）：从这里起无法读取。',
  'capture.error.noTcp': '抓包中没有任何 TCP 报文段（已读取分组：{frames} 个）：没有可以展示的连接。',
  'capture.warning.snaplenZero': '抓包文件头给出的快照长度为 0；改用每个分组自身记录的长度。',
  'capture.warning.snaplenHuge': '抓包文件头给出的快照长度为 {snaplen} 字节，超过通常的上限 {max}；改用每个分组自身记录的长度。',
  'capture.warning.badSubsecond':
    '第 {frame} 个分组的时间不可能成立：其秒以下部分为 {value}（最大为 {max}）。超出部分已折算为整秒，因此它的时间不可靠。',
  'capture.warning.caplenOverOrig': '第 {frame} 个分组记录的字节数（{caplen}）多于它在线路上的长度（{origLen}）；按记录的字节处理。',
  'capture.warning.unknownInterface': '第 {frame} 个分组指向接口 {interfaceId}，但文件中从未描述该接口：已跳过。',
  'capture.warning.unsupportedLink':
    '链路类型 {linkType} 的分组（首个为第 {frame} 个）无法解码，已跳过。支持以太网、Linux cooked、原始 IP 和环回抓包。',
  'capture.warning.frameCut': '第 {frame} 个分组在 IP 首部之前就被截断：已跳过。',
  'capture.warning.ipVersionBad': '第 {frame} 个分组本应是 IP 分组，但其版本字段为 {version}：已跳过。',
  'capture.warning.ipv4HeaderTooShort': '第 {frame} 个分组的 IPv4 首部长度为 {length} 字节，小于最小值 20：已跳过。',
  'capture.warning.ipTotalLengthBad': '第 {frame} 个分组的 IP 总长度为 {length} 字节，比它自己 {header} 字节的首部还短：已跳过。',
  'capture.warning.ipCut': '第 {frame} 个分组在 IP 首部内部被截断：已跳过。',
  'capture.warning.fragment': '第 {frame} 个分组是 IP 分片，其 TCP 首部在另一个分组中：已跳过。',
  'capture.warning.tcpHeaderCut': '第 {frame} 个分组只含 TCP 首部的 {captured} 字节（至少需要 20 字节）：已跳过。',
  'capture.warning.tcpDataOffsetTooSmall': '第 {frame} 个分组的 TCP 数据偏移为 {dataOffset}（至少应为 5）：已跳过。',
  'capture.warning.tcpDataOffsetPastSegment':
    '第 {frame} 个分组的 TCP 数据偏移为 {dataOffset}，首部比整个 {segment} 字节的报文段还长：已跳过。',
  'capture.warning.tcpOptionsCut':
    '有 {count} 个报文段在 TCP 选项内部被截断（第一个是第 {frame} 个分组）：标志位和序号完整，部分选项缺失。',
  'capture.warning.packetsTruncated':
    '有 {count} 个报文段只抓到了一部分（受快照长度限制）：载荷不完整，但长度取自 IP 首部，因此编号仍然正确。',
  'capture.warning.moreWarnings': '另有 {count} 条警告未列出。',
};
