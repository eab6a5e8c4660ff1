import type { enBase } from '../en/base';
import type { enSockets } from '../en/sockets';
import type { enTeaching } from '../en/teaching';
import { sameKeysAs } from '../sameKeys';
import { zhSeqFormat } from './seqFormat';
import { zhSockets } from './sockets';
import { zhPresenter } from './presenter';
import { zhCaptureImport } from './captureImport';
import { zhFigures } from './figures';
import { zhTeaching } from './teaching';
import { zhUi } from './ui';

/**
 * Chinese for the first paint, loaded with a dynamic import so English readers never download
 * it; the longer teaching text is zh/details.ts. Exactly the keys of the English first part:
 * a new area adds its zh/<area>.ts here, one line, as en/base.ts adds its English.
 */
export const zhCore = sameKeysAs<typeof enBase & typeof enTeaching & typeof enSockets>()({
  ...zhUi,
  ...zhSeqFormat,
  ...zhPresenter,
  ...zhCaptureImport,
  ...zhFigures,
  ...zhTeaching,
  ...zhSockets,
});

// The view part travels in the same chunk (src/i18n/messages.ts says why).
export { zhView } from './view';
