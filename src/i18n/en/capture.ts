import type { CaptureMessageKey } from '../../capture';

/**
 * What the capture reader reports about a pcap or pcapng file (src/capture/index.ts lists which
 * problems stop reading and which skip one packet). {frame} is the packet number as Wireshark
 * shows it; {offset} a byte position in the file.
 */
export const enCapture = {
  'capture.error.empty': 'The file is empty.',
  'capture.error.tooShort': 'The file is only {size} bytes long: too short to be a capture.',
  'capture.error.badMagic':
    'This is not a pcap or pcapng capture: it starts with {magic}, not a capture file signature. Save the capture from Wireshark or tcpdump as pcap or pcapng.',
  'capture.error.truncatedHeader': 'The file ends inside its header ({size} of {need} bytes): it was cut short.',
  'capture.error.truncatedRecord':
    'The file ends in the middle of packet {frame} (byte {offset}): it was cut short. The packets before it are shown.',
  'capture.error.recordTooLong':
    'Packet {frame} claims {length} bytes, more than any capture records ({max}): the file is damaged from there on. The packets before it are shown.',
  'capture.error.badBlockLength':
    'The pcapng block at byte {offset} has an impossible length ({length}): the file is damaged from there on. The packets before it are shown.',
  'capture.error.badSectionHeader':
    'The pcapng file has no valid section header at byte {offset} (found {magic}): it cannot be read from there on.',
  'capture.error.noTcp': 'The capture holds no TCP segment (packets read: {frames}): there is no connection to show.',
  'capture.warning.snaplenZero': 'The capture header gives a snapshot length of 0; each packet’s own length is used instead.',
  'capture.warning.snaplenHuge':
    'The capture header gives a snapshot length of {snaplen} bytes, above the usual maximum of {max}; each packet’s own length is used instead.',
  'capture.warning.badSubsecond':
    'Packet {frame} has an impossible time: its fraction of a second is {value} (at most {max}). The excess was counted as whole seconds, so its time is doubtful.',
  'capture.warning.caplenOverOrig':
    'Packet {frame} records more bytes ({caplen}) than it had on the wire ({origLen}); the recorded bytes are used.',
  'capture.warning.unknownInterface': 'Packet {frame} names interface {interfaceId}, which the file never describes: it was skipped.',
  'capture.warning.unsupportedLink':
    'Packets on link type {linkType} (first at packet {frame}) cannot be decoded and were skipped. Ethernet, Linux cooked, raw IP and loopback captures are supported.',
  'capture.warning.frameCut': 'Packet {frame} is cut short before its IP header: it was skipped.',
  'capture.warning.ipVersionBad': 'Packet {frame} should hold IP but its version field says {version}: it was skipped.',
  'capture.warning.ipv4HeaderTooShort':
    'Packet {frame} has an IPv4 header length of {length} bytes, below the minimum of 20: it was skipped.',
  'capture.warning.ipTotalLengthBad':
    'Packet {frame} gives an IP total length of {length} bytes, shorter than its own {header}-byte header: it was skipped.',
  'capture.warning.ipCut': 'Packet {frame} is cut short inside its IP header: it was skipped.',
  'capture.warning.fragment': 'Packet {frame} is an IP fragment whose TCP header is in another packet: it was skipped.',
  'capture.warning.tcpHeaderCut': 'Packet {frame} holds only {captured} bytes of its TCP header (at least 20 are needed): it was skipped.',
  'capture.warning.tcpDataOffsetTooSmall':
    'Packet {frame} gives a TCP data offset of {dataOffset} (at least 5 is required): it was skipped.',
  'capture.warning.tcpDataOffsetPastSegment':
    'Packet {frame} gives a TCP data offset of {dataOffset}, a header longer than the whole {segment}-byte segment: it was skipped.',
  'capture.warning.tcpOptionsCut':
    '{count} segments were cut short inside their TCP options (the first is packet {frame}): their flags and numbers are whole, some options are missing.',
  'capture.warning.packetsTruncated':
    '{count} segments were captured only in part (snapshot length): their payload is incomplete, but their lengths come from the IP headers, so the numbering is right.',
  'capture.warning.moreWarnings': '{count} more warnings are not listed.',
} as const satisfies Record<CaptureMessageKey, string>;
