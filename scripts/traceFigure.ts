/**
 * `npm run trace -- <id> --format svg`: the app's figure, drawn by the same function as its
 * Export dialog (features/figures/figureSvg.ts) from the same language tables, so the file is the
 * one the app would download for the same scenario, options, language, theme and step.
 */
import type { Trace } from '../src/engine';
import { figureSvg } from '../src/features/figures/figureSvg';
import { en } from '../src/i18n/en';
import { format } from '../src/i18n/format';
import type { Locale } from '../src/i18n/locale';
import { zhCore } from '../src/i18n/zh';
import { zhView } from '../src/i18n/zh/view';
import { zhDetails } from '../src/i18n/zh/details';
import type { Translate } from '../src/ui/seq-format';
import { scenarioTextId } from '../src/ui/scenarioTextId';
import type { FigureArgs } from './traceArgs';

const CATALOGUES: Record<Locale, Readonly<Record<string, string>>> = { en, zh: { ...zhCore, ...zhView, ...zhDetails } };

/** `t` over a whole catalogue, English where a key is missing, as the app's translate does. */
export function cliTranslate(locale: Locale): Translate {
  const table = CATALOGUES[locale];
  const fallback: Readonly<Record<string, string>> = en;
  return (key, params) => format(table[key] ?? fallback[key] ?? key, params);
}

export type FigureOutput = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

export function renderFigure(trace: Trace, relative: boolean, { locale, theme, upTo }: FigureArgs): FigureOutput {
  const n = trace.steps.length;
  if (upTo !== undefined && upTo > n)
    return { ok: false, message: `--step ${upTo} is past the end: ${trace.scenario} has ${n} steps (0 to ${n})` };
  const t = cliTranslate(locale);
  const title = t(`scenario.${scenarioTextId(trace)}.title`);
  return { ok: true, text: figureSvg({ trace, title, seqMode: relative ? 'relative' : 'absolute', locale, theme, upTo, t }) };
}
