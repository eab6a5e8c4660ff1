import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, SCENARIO_IDS, type ScenarioId } from '../engine';
import { ExplanationView } from '../features/explanation';
import { MisconceptionNote } from '../features/lessons/MisconceptionNote';
import { SCENARIO_NOTES } from '../features/lessons/notesByScenario';
import { en } from '../i18n/en';
import { translate } from '../i18n/useT';
import { zhCore } from '../i18n/zh';
import { zhView } from '../i18n/zh/view';
import { zhDetails } from '../i18n/zh/details';
import { traceFor } from '../store';
import { describeStep } from './stepAnnouncement';
import { doubledPhrases, leakedKeys } from '../test/textChecks';

const CATALOGUES = { en, zh: { ...zhCore, ...zhView, ...zhDetails } } as const;

/** Every text the app shows or announces for one step: explanation, announcement, notes. */
function textsOfStep(scenario: ScenarioId, cursor: number, locale: keyof typeof CATALOGUES): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(CATALOGUES[locale], key, params);
  const trace = traceFor(scenario, DEFAULT_OPTIONS);
  const shown = renderToStaticMarkup(<ExplanationView trace={trace} cursor={cursor} seqMode="relative" t={t} />);
  const notes = SCENARIO_NOTES[scenario].map((note) =>
    note.kind === 'misconception'
      ? renderToStaticMarkup(<MisconceptionNote id={note.id} t={t} />)
      : `${t('notes.lesson')} ${t(`lesson.${note.id}.title`)} ${t(`lesson.${note.id}.body`)}`,
  );
  return [textOf(shown), describeStep(trace, cursor, t), t('notes.title'), ...notes.map(textOf)];
}

function textOf(html: string): string {
  // Each block (heading, paragraph, list item) ends a sentence; inline tags do not.
  const text = html.replace(/<\/(h\d|p|li|summary|div)>/g, '\n').replace(/<[^>]+>/g, ' ');
  return text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

const CASES = (Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[]).flatMap((locale) =>
  SCENARIO_IDS.flatMap((scenario) => {
    const steps = traceFor(scenario, DEFAULT_OPTIONS).steps.length;
    return Array.from({ length: steps + 1 }, (_, cursor) => ({ locale, scenario, cursor }));
  }),
);

describe('what every scenario step shows and announces', () => {
  it('names no message key (a string the catalogues do not translate)', () => {
    const leaks = CASES.flatMap(({ locale, scenario, cursor }) =>
      textsOfStep(scenario, cursor, locale).flatMap((text) =>
        leakedKeys(text, Object.keys(en)).map((key) => `${locale} ${scenario} step ${cursor}: ${key}`),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('names other scenarios by their menu titles, never by their ids', () => {
    // An id that is also an ordinary word of its own title ("Half-close") may be used as a word.
    const ids = SCENARIO_IDS.filter((id) => !en[`scenario.${id}.title`].toLowerCase().includes(id)).map((id) => ({
      id,
      pattern: new RegExp(`“${id}”|(?<![\\w-])${id}(?![\\w-])`),
    }));
    const named = CASES.flatMap(({ locale, scenario, cursor }) =>
      textsOfStep(scenario, cursor, locale).flatMap((text) =>
        ids
          .filter(({ id, pattern }) => (id.includes('-') || text.includes(`“${id}”`)) && pattern.test(text))
          .map(({ id }) => `${locale} ${scenario} step ${cursor}: ${id}`),
      ),
    );
    expect(named).toEqual([]);
  });

  it('never says the same word or phrase twice in a row', () => {
    const doubled = CASES.flatMap(({ locale, scenario, cursor }) =>
      textsOfStep(scenario, cursor, locale).flatMap((text) =>
        doubledPhrases(text).map((phrase) => `${locale} ${scenario} step ${cursor}: “${phrase}”`),
      ),
    );
    expect(doubled).toEqual([]);
  });
});
