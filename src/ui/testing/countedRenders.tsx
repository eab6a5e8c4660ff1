import type { ComponentType } from 'react';

/**
 * `Component` wrapped so that `count` runs each time it renders: a plain wrapper renders exactly
 * when its parent renders it, so tests of "a step renders only what it changes" (issue 8) can
 * count a part's renders. For `vi.mock` factories, which must import it themselves (they run
 * before this file's imports): `const { countedRenders } = await import('…/ui/testing/countedRenders')`.
 */
export function countedRenders<P extends object>(Component: ComponentType<P>, count: () => void): ComponentType<P> {
  return function Counted(props: P) {
    count();
    return <Component {...props} />;
  };
}
