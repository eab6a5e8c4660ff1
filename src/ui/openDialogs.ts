/**
 * Whether a dialog of the page is open: while one is, the page's own shortcuts (the step keys, the
 * sandbox's fate keys) leave the keys to it. Read on every key, a step's included, so it reads the
 * few dialogs' live list rather than running a selector over the whole page (issue 8).
 */
export function anyDialogOpen(doc: Document): boolean {
  for (const dialog of doc.getElementsByTagName('dialog')) if (dialog.open) return true;
  return false;
}
