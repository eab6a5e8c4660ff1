import { commandForKey, type CommandContext } from './commands';

const TEXT_ENTRY = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';
/** Elements Space activates natively: pressing Space there must press them, not toggle play. */
const SPACE_ACTIVATES = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"]';

/**
 * Decides whether a keydown is a shortcut for us. Kept separate from the listener so the
 * rules are testable: typing, modified keys (Ctrl+L, Alt+←) and open dialogs are left alone.
 */
export function shouldHandleKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'defaultPrevented' | 'isComposing'>, doc: Document): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(TEXT_ENTRY)) return false;
  if ((event.key === ' ' || event.key === 'Enter') && target?.closest(SPACE_ACTIVATES)) return false;
  if (doc.querySelector('dialog[open]')) return false;
  return true;
}

export function handleShortcut(event: KeyboardEvent, ctx: CommandContext, doc: Document): void {
  if (!shouldHandleKey(event, doc)) return;
  const command = commandForKey(event.key);
  if (!command) return;
  if (command.enabled && !command.enabled(ctx.store.getState())) {
    // Still swallow the key: PageDown at the end should not scroll the page away.
    event.preventDefault();
    return;
  }
  event.preventDefault();
  command.perform(ctx);
}
