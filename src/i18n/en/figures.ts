/**
 * Figures (SVG, PNG, Mermaid), the printable handout and the embedded view: English. The keys are
 * merged into the language tables by src/i18n (one line each), like the other features' tables.
 */
export const enFigures = {
  'figures.open': 'Export',
  'figures.title': 'Export the diagram',
  'figures.intro': 'For slides and handouts: in the language, theme and sequence numbers on screen now.',
  'figures.range.label': 'Which steps',
  'figures.range.whole': 'Whole scenario',
  'figures.range.upTo': 'Up to step {k}',
  'figures.svg': 'Download SVG',
  'figures.png': 'Download PNG (2×)',
  'figures.pngFailed': 'This browser could not turn the drawing into a PNG. Download the SVG instead.',
  'figures.saved': 'Saved {file}.',
  'figures.mermaid.label': 'Mermaid sequenceDiagram',
  'figures.mermaid.copy': 'Copy Mermaid',
  'figures.copied': 'Copied to the clipboard.',
  'figures.copyFailed': 'Could not copy. Select the text and copy it yourself.',
  'figures.print': 'Print handout',
  'figure.subtitle.whole': 'Whole scenario, {n} steps · {seq}',
  'figure.subtitle.upTo': 'Up to step {k} of {n} · {seq}',
  'figure.seq.relative': 'relative sequence numbers',
  'figure.seq.absolute': 'absolute sequence numbers',
  'figure.timeAxis': 'time',
  'handout.steps': 'Step by step',
  'handout.keyPoint': 'Key point',
  'handout.footer': 'TCP Handshake Lab · RFC 9293',
  'embed.openFull': 'Open in TCP Handshake Lab',
  'embed.newTab': '(opens in a new tab)',
  'embed.range': 'Steps {from}–{to} of {n}',
} as const;

export type FiguresMessageKey = keyof typeof enFigures;
