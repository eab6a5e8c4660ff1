import { commandForKey, keyName, type CommandContext, type CommandId } from './commands';
import { anyDialogOpen } from '../../ui/openDialogs';
import { KEYBOARD_FOCUS_ONLY, type FocusOrigin } from './focusOrigin';

/** Where typing happens: every key belongs to the field. */
const TEXT_FIELD = [
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  'input:not([type="range"], [type="radio"], [type="checkbox"], [type="button"], [type="submit"], [type="reset"], [type="color"], [type="file"])',
].join(', ');
/** Controls that use keys of their own (arrows move a slider, a menu or a radio group). */
const OWN_KEYS_CONTROL = 'input, select';
/** Elements Space activates natively. */
const SPACE_ACTIVATES =
  'button, a[href], summary, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"]';

/** The commands a presentation clicker sends (PageDown/PageUp, some send → ← and Space too). */
const CLICKER_COMMANDS: ReadonlySet<CommandId> = new Set(['stepForward', 'stepBack', 'togglePlay']);
/** Keys no control of ours needs, and a clicker's main ones: always the lesson's. */
const ALWAYS_LESSON_KEYS: ReadonlySet<string> = new Set(['PageDown', 'PageUp']);

type KeyEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target' | 'defaultPrevented' | 'isComposing'>;

/**
 * Decides whether a keydown is a shortcut for us. Kept separate from the listener so the rules
 * are testable. The design, for a teacher with a clicker and for keyboard and screen-reader users:
 * - never while typing in a text field, with a modifier (Ctrl+L, Alt+←) or with a dialog open;
 * - Page Down / Page Up always step the lesson, whatever has focus (a menu or a slider keeps its
 *   arrow keys for moving through its values);
 * - → ← and Space step / play the lesson when the focused control was clicked or tapped (the
 *   teacher changed a setting with the mouse), and belong to the control when it was reached with
 *   Tab (a keyboard user moving through a radio group, a menu, the slider, or pressing a button);
 * - other shortcuts ([ ] ? L Home End) are left to any slider, menu or radio that has focus;
 * - in slide mode (presenter mode, speaker notes) Space steps like → does, under the same rules.
 * The help dialog says this in words.
 */
export function shouldHandleKey(
  event: KeyEvent,
  doc: Document,
  focus: Pick<FocusOrigin, 'pointerFocused'> = KEYBOARD_FOCUS_ONLY,
  slideMode = false,
): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (anyDialogOpen(doc)) return false;
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return true;
  if (target.closest(TEXT_FIELD)) return false;
  const command = commandForKey(event.key, slideMode);
  if (command && CLICKER_COMMANDS.has(command.id)) {
    if (ALWAYS_LESSON_KEYS.has(event.key) || focus.pointerFocused(target)) return true;
    if (keyName(event.key) === 'Space' && target.closest(SPACE_ACTIVATES)) return false;
  }
  return !target.closest(OWN_KEYS_CONTROL);
}

export function handleShortcut(
  event: KeyboardEvent,
  ctx: CommandContext,
  doc: Document,
  focus?: Pick<FocusOrigin, 'pointerFocused'>,
): void {
  // A blanked screen comes back on any key, as in slide software, and that key does nothing else:
  // the class sees again what it saw before.
  if (ctx.presenter?.isBlank()) {
    event.preventDefault();
    event.stopPropagation();
    ctx.presenter.toggleBlank();
    return;
  }
  const slideMode = ctx.slideMode?.() ?? false;
  if (!shouldHandleKey(event, doc, focus, slideMode)) return;
  const command = commandForKey(event.key, slideMode);
  if (!command) return;
  // The key is ours: the focused control (a clicked menu, toggle, slider or button) must not act
  // on it too, natively (preventDefault) or in its own handler (the listener captures, so stop it).
  event.preventDefault();
  event.stopPropagation();
  // Disabled: still swallowed, so PageDown at the end does not scroll the page away.
  if (command.enabled && !command.enabled(ctx.store.getState())) return;
  command.perform(ctx);
}
