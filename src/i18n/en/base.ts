import { enSeqFormat } from './seqFormat';
import { enPresenter } from './presenter';
import { enCaptureImport } from './captureImport';
import { enFigures } from './figures';
import { enUi } from './ui';

/**
 * English interface strings: enough to draw every control. With the first screen's teaching text
 * (en/teaching.ts) they make the first part of English (en/core.ts), a chunk of its own that only
 * an English reader loads. The diagram's and the panels' own strings are en/view.ts.
 * A view with many strings of its own keeps them in a file per area (en/<area>.ts, with its
 * twin zh/<area>.ts), merged here with one line each, in alphabetical order.
 */
export const enBase = {
  ...enUi,
  ...enSeqFormat,
  ...enPresenter,
  ...enCaptureImport,
  ...enFigures,
};
