/**
 * Figures (SVG, PNG, Mermaid), the printable handout and the embedded view: English. The keys are
 * merged into the language tables by src/i18n (one line each), like the other features' tables.
 */
export const enFigures = {
  'figures.open': 'Export',
  'embed.openFull': 'Open in TCP Handshake Lab',
  'embed.newTab': '(opens in a new tab)',
  'embed.range': 'Steps {from}–{to} of {n}',
} as const;

export type FiguresMessageKey = keyof typeof enFigures;
