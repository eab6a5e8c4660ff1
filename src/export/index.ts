export { traceToJson } from './traceJson';
export { traceToText } from './traceText';
export { traceToMermaid } from './traceMermaid';
export { traceToPcap, internetChecksum, DEFAULT_PCAP_OPTIONS, HOST_ADDRESSES, CAPTURE_EPOCH_SECONDS, type PcapOptions } from './tracePcap';
export { traceToPacketdrill, type PacketdrillOptions } from './tracePacketdrill';
export { segmentsSeenAt, type SeenSegment } from './seenAt';
export { ladderSvg, SVG_FRAME, SVG_FONT_STACK, type LadderSvgInput, type LadderSvgWords } from './ladderSvg';
export { SVG_PALETTES, SVG_THEMES, type SvgPalette, type SvgTheme } from './svgPalette';
