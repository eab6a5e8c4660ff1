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
 * The first part of the Chinese text (the twin of en/core.ts), loaded with a dynamic import so
 * English readers never download it: all the prerendered Chinese page's header and controls show
 * (src/app/renderFirstScreen.node.test.ts). The diagram's and the panels' text is zh/view.ts, the
 * longer teaching text zh/details.ts. Exactly the keys of the English first part: a new area adds
 * its zh/<area>.ts here, one line, as en/base.ts adds its English.
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
