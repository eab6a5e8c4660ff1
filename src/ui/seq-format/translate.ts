/**
 * The shape of i18n's `t`, as features see it. Views take it as a prop so they can be tested
 * with a plain dictionary; the connected components pass the real `useT().t`.
 */
export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (key: string, params?: TranslateParams) => string;
