export { traceToJson } from './traceJson';
export { traceToText } from './traceText';
export { traceToMermaid } from './traceMermaid';
export { traceToPcap, internetChecksum, DEFAULT_PCAP_OPTIONS, HOST_ADDRESSES, CAPTURE_EPOCH_SECONDS, type PcapOptions } from './tracePcap';
export { traceToPacketdrill, type PacketdrillOptions } from './tracePacketdrill';
export { segmentsSeenAt, type SeenSegment } from './seenAt';
