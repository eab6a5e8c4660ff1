/**
 * The Export dialog's "For Wireshark and packetdrill" section (a pcap and a packetdrill script of
 * the run on screen): English. Merged into the language tables with one line, like figures.ts.
 */
export const enCaptureFiles = {
  'captureFiles.heading': 'For Wireshark and packetdrill',
  'captureFiles.side': 'Seen from',
  'captureFiles.pcap': 'Download pcap',
  'captureFiles.pcap.what.client': 'Every segment as captured on the client’s network interface; opens in Wireshark or tshark.',
  'captureFiles.pcap.what.server': 'Every segment as captured on the server’s network interface; opens in Wireshark or tshark.',
  'captureFiles.packetdrill': 'Download packetdrill script',
  'captureFiles.packetdrill.what.client': 'Replays the client’s side against a real kernel, with packetdrill playing the server.',
  'captureFiles.packetdrill.what.server': 'Replays the server’s side against a real kernel, with packetdrill playing the client.',
  'captureFiles.fromCapture':
    'This run comes from the capture you opened: open that file in Wireshark itself. A copy exported from here would lose its real addresses, options and data.',
} as const;

export type CaptureFilesMessageKey = keyof typeof enCaptureFiles;
