import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../engine';
import { en } from '../../i18n/en';
import { LESSON_IDS, MISCONCEPTION_IDS } from './lessonIds';
import { SCENARIO_NOTES } from './notesByScenario';

const keysWith = (prefix: string, suffix: string) =>
  Object.keys(en)
    .filter((key) => key.startsWith(prefix) && key.endsWith(suffix))
    .map((key) => key.slice(prefix.length, -suffix.length));

describe('lessons and misconceptions', () => {
  it('lists every lesson in the catalogue, each once, each with a title and body', () => {
    expect([...LESSON_IDS].sort()).toEqual(keysWith('lesson.', '.title').sort());
    expect(new Set(LESSON_IDS).size).toBe(LESSON_IDS.length);
    expect(LESSON_IDS.filter((id) => !(`lesson.${id}.body` in en))).toEqual([]);
  });

  it('lists every misconception, each once, each with a claim and the truth', () => {
    expect([...MISCONCEPTION_IDS].sort()).toEqual(keysWith('misconception.', '.claim').sort());
    expect(new Set(MISCONCEPTION_IDS).size).toBe(MISCONCEPTION_IDS.length);
    expect(MISCONCEPTION_IDS.filter((id) => !(`misconception.${id}.truth` in en))).toEqual([]);
  });
});

describe('notes beside each scenario', () => {
  it.each(SCENARIO_IDS)('%s has 1–3 notes, none twice', (id) => {
    const notes = SCENARIO_NOTES[id];
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(notes.length).toBeLessThanOrEqual(3);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it('every note points at text that exists', () => {
    const missing = Object.values(SCENARIO_NOTES)
      .flat()
      .map((note) => (note.kind === 'lesson' ? `lesson.${note.id}.title` : `misconception.${note.id}.claim`))
      .filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('puts each common misconception beside the scenario that disproves it', () => {
    const ids = (scenario: keyof typeof SCENARIO_NOTES) => SCENARIO_NOTES[scenario].map((n) => n.id);
    expect(ids('handshake')).toEqual(['third-handshake-is-syn', 'client-established-early', 'third-ack-carries-isn']);
    expect(ids('close')).toEqual(['bare-fin', 'time-wait-both-sides', 'four-way-is-improved-three']);
    expect(ids('close-fin-ack')).toContain('bare-fin');
    expect(ids('half-close')).toContain('fin-wait-2-sends-ack');
    expect(ids('port-scan')).toEqual(['syn-scan-insecure']);
    expect(ids('last-ack-lost')).toContain('why-time-wait');
    for (const why of ['old-duplicate-syn', 'two-way-handshake'] as const) {
      expect(SCENARIO_NOTES[why]).toEqual([{ kind: 'lesson', id: 'why-three' }]);
    }
  });
});
