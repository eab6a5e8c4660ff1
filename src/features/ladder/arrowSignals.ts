import type { StoreView } from '../../playback';
import type { SimState } from '../../store';

/** What an arrow follows: its segment, the step that sends it, and what to call when either flips. */
interface Follower {
  readonly id: number;
  readonly sentStep: number;
  readonly changed: () => void;
}

/**
 * One store subscription for every arrow of a diagram (issue 8). Each arrow subscribed twice
 * ("has my sending step been applied?", "am I selected?"), so every store change ran two checks
 * per arrow, about fifty in syn-flood, in the key's task. This one looks at the cursor and the
 * selection once and calls only the arrows whose answer flipped: those sent by a step the cursor
 * crossed, and the arrows selected before and after.
 */
export interface ArrowSignals {
  /** Calls `changed` when segment `id`, sent by step `sentStep`, is sent or unsent, selected or not. */
  follow(id: number, sentStep: number, changed: () => void): () => void;
}

export function arrowSignals(store: StoreView): ArrowSignals {
  const followers = new Set<Follower>();
  let unsubscribe: (() => void) | null = null;
  const onChange = (state: SimState, prev: SimState) => {
    if (state.cursor === prev.cursor && state.selectedSegment === prev.selectedSegment) return;
    for (const follower of followers) if (flipped(follower, state, prev)) follower.changed();
  };
  return {
    follow(id, sentStep, changed) {
      const follower = { id, sentStep, changed };
      followers.add(follower);
      unsubscribe ??= store.subscribe(onChange);
      return () => {
        followers.delete(follower);
        if (followers.size === 0) {
          unsubscribe?.();
          unsubscribe = null;
        }
      };
    },
  };
}

/** Whether the store's change flipped what `follower` shows: sent (cursor > sentStep) or selected. */
function flipped({ id, sentStep }: Follower, state: SimState, prev: SimState): boolean {
  const sentFlipped = state.cursor > sentStep !== prev.cursor > sentStep;
  const selectionFlipped = (state.selectedSegment === id) !== (prev.selectedSegment === id);
  return sentFlipped || selectionFlipped;
}
