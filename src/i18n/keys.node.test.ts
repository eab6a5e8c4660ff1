import { describe, expect, it } from 'vitest';
import { RULE_IDS, SCENARIO_IDS, TCP_STATES } from '../engine';
import { TIMER_NAMES } from '../engine/tcb';
import { en } from './en';
import { zhCore } from './zh';
import { zhView } from './zh/view';
import { zhDetails } from './zh/details';

/** Chinese in full, as a reader has it once both parts have loaded. */
const zh = { ...zhCore, ...zhView, ...zhDetails };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['en', en as Record<string, string>],
    ['zh', zh as Record<string, string>],
  ])('no %s message is empty', (_name, messages) => {
    const empty = Object.entries(messages).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('a translation uses the same placeholders as the English text', () => {
    const mismatched = Object.entries(en)
      .filter(([key, value]) => placeholders(value).join() !== placeholders((zh as Record<string, string>)[key] ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('every engine rule has a what and a why', () => {
    const missing = RULE_IDS.flatMap((id) => [`rule.${id}.what`, `rule.${id}.why`]).filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('every scenario has a title and a summary', () => {
    const missing = SCENARIO_IDS.flatMap((id) => [`scenario.${id}.title`, `scenario.${id}.summary`]).filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('every timer has a name (the step announcement reads it aloud)', () => {
    const missing = TIMER_NAMES.map((timer) => `timer.${timer}`).filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('every TCP state has a description', () => {
    const missing = TCP_STATES.map((state) => `state.${state}.desc`).filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});
