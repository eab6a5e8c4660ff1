/**
 * Checks on text a person reads or hears, shared by the tests that render it.
 */

/**
 * Words joined by dots that are message keys, or that sit in a key family of the catalogues
 * ("timer.synQueue" when "timer.retransmit" exists): a key the app printed instead of its text.
 * Section numbers ("§3.10.7.4") and abbreviations ("e.g.") are not key-shaped and pass.
 */
export function leakedKeys(text: string, keys: readonly string[]): string[] {
  const families = new Set(keys.map((key) => key.split('.')[0]));
  const keySet = new Set(keys);
  const candidates = text.match(/\b[a-zA-Z][\w-]*(?:\.[a-zA-Z][\w-]*)+/g) ?? [];
  const unfilled = text.match(/\{\w+\}/g) ?? [];
  return [...candidates.filter((word) => keySet.has(word) || families.has(word.split('.')[0] ?? '')), ...unfilled];
}

/**
 * A word or a phrase of up to four words said twice in a row ("SYN,ACK SYN, ACK", "the the"),
 * compared case-blind, with spaces after commas and punctuation at word ends ignored; numbers
 * may repeat.
 * Chinese counts each run of Chinese characters as one word.
 */
export function doubledPhrases(text: string): string[] {
  // A repeat across a sentence or a bracket ("… in all). All that …") is not a slip.
  return text.split(/[.!?;:()“”"‘’\n。！？；：（）]+(?:\s|$)|[()“”"（）]/).flatMap(doubledInClause);
}

function doubledInClause(clause: string): string[] {
  const words = clause
    .replace(/,\s+/g, ',')
    // A run of Chinese characters is one word: "LISTEN，服务器 LISTEN" repeats nothing.
    .replace(/[\u4e00-\u9fff]+/g, ' $& ')
    .split(/[\s\u3000-\u303f\uff01-\uff1f]+/)
    .map((word) => word.replace(/^[("“‘]+|[)"”’.,;:!?]+$/g, '').toLowerCase())
    .filter((word) => word !== '');
  const found: string[] = [];
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + 2 * n <= words.length; i++) {
      const first = words.slice(i, i + n).join(' ');
      // A list of numbers may well repeat one ("1、1、1 秒").
      if (first === words.slice(i + n, i + 2 * n).join(' ') && !/^[\d ]+$/.test(first)) found.push(`${first} ${first}`);
    }
  }
  return found;
}
