/** English strings of opening a capture and of states inferred from it; src/i18n merges them (flat keys). */
export const enCaptureImport = {
  'captureImport.drop': 'Drop the capture file to open it',
  'captureImport.reading': 'Reading {file}…',
  'captureImport.progress': 'Read {percent}% of {file}',
  'captureImport.failed': '{file}: {message}',
  'captureImport.readError': 'The file could not be read ({reason}).',
  'captureImport.kept': 'The previous run stays on screen.',

  'captureImport.picker.option': 'Open a capture file (pcap, pcapng)…',
  // Reached with the arrow keys, the choice waits for Enter: arrowing through the list must not open a file window.
  'captureImport.picker.pressEnter': 'Press Enter to choose the file.',
  'captureImport.picker.current': 'Capture: {file}, stream {stream}',
  // The scenario picker's description of a capture (its hidden summary).
  'captureImport.panel.badge': 'States inferred from the capture',
} as const;
