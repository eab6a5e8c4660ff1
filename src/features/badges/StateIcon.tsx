import type { StatePhase } from '../../ui/seq-format';

/**
 * A shape per phase of the connection, so the badge does not rely on colour: hollow circle =
 * closed, half circle = opening, filled circle = open, diamond = closing, hourglass = waiting.
 */
export function StateIcon({ phase }: { phase: StatePhase }) {
  return (
    <svg className="state-icon" viewBox="0 0 20 20" width="1.2em" height="1.2em" aria-hidden="true" focusable="false">
      {iconShape(phase)}
    </svg>
  );
}

function iconShape(phase: StatePhase) {
  switch (phase) {
    case 'closed':
      return <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="2.5" />;
    case 'opening':
      return (
        <>
          <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M10 3 A7 7 0 0 1 10 17 Z" fill="currentColor" />
        </>
      );
    case 'open':
      return <circle cx="10" cy="10" r="8" fill="currentColor" />;
    case 'closing':
      return <path d="M10 2 L18 10 L10 18 L2 10 Z" fill="none" stroke="currentColor" strokeWidth="2.5" />;
    case 'waiting':
      return <path d="M4 2 H16 L10 10 L16 18 H4 L10 10 Z" fill="currentColor" />;
  }
}
