import type { ReactNode } from 'react';
import { TCP_STATES } from '../engine';

/** The state names with a hyphen (RFC 9293 §3.3.2), which a browser may otherwise break after it. */
const HYPHENATED_STATE = new RegExp(`(${TCP_STATES.filter((state) => state.includes('-')).join('|')})`);

/**
 * `text` with each hyphenated state name kept on one line: "CLOSE-" at a line's end and "WAIT" at
 * the next's read as two words to a student (and a narrow column breaks there often). The text
 * itself is unchanged: copied or read aloud it is the same string.
 */
export function WholeStateNames({ text }: { readonly text: string }): ReactNode {
  const parts = text.split(HYPHENATED_STATE);
  if (parts.length === 1) return text;
  // split() with a capturing group: the names are at the odd places.
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} className="state-name">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
