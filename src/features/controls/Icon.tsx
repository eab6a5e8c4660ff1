/**
 * Small inline SVG icons. Not Unicode symbols: ⏮ ⏭ 🔗 are missing from many fonts (projector
 * PCs, Linux) and render as empty boxes. Always decorative: the button's text names it.
 */
export type IconName = 'start' | 'back' | 'play' | 'pause' | 'forward' | 'end' | 'help' | 'link';

const PATHS: Record<IconName, string> = {
  start: 'M5 4h2v16H5zM19 4v16L8 12z',
  back: 'M18 4v16L6 12z',
  play: 'M7 4v16l12-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  forward: 'M6 4v16l10-8zM17 4h2v16h-2z',
  end: 'M5 4v16l11-8zM17 4h2v16h-2z',
  help: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 16h-2v-2h2zm2.1-7.7-.9.9c-.7.7-1.2 1.3-1.2 2.8h-2v-.5c0-1.1.5-2.1 1.2-2.8l1.2-1.3A2 2 0 1 0 10 8H8a4 4 0 1 1 7.1 2.3z',
  link: 'M10.6 13.4a1 1 0 0 0 1.4 0l4.6-4.6a3 3 0 0 0-4.2-4.2L10 7l1.4 1.4 2.4-2.4a1 1 0 0 1 1.4 1.4l-4.6 4.6a1 1 0 0 0 0 1.4zM13.4 10.6a1 1 0 0 0-1.4 0l-4.6 4.6a3 3 0 0 0 4.2 4.2L14 17l-1.4-1.4-2.4 2.4a1 1 0 0 1-1.4-1.4l4.6-4.6a1 1 0 0 0 0-1.4z',
};

export function Icon({ name }: { name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
