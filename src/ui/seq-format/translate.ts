import type { MessageParams, TFunction } from '../../i18n';

/**
 * The shape of i18n's `t`, as features see it: keys are the English table's, so a misspelt or
 * missing key is a compile error. Views take it as a prop so they can be tested with a plain
 * dictionary; the connected components pass the real `useT().t`.
 */
export type TranslateParams = MessageParams;
export type Translate = TFunction;
