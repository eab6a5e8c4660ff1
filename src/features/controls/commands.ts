import { otherLocale } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/messages';
import { nextSpeed, selectCanStepBack, selectCanStepForward, type SimState, type SimStore } from '../../store';

/** What presenter mode (its own feature) lets the keys do; app/ hands it to the controls. */
export interface PresenterHooks {
  /** Enter presenter mode, or leave it. Called from the key's handler: a user gesture, so fullscreen may start. */
  readonly toggle: () => void;
  readonly leave: () => void;
  /** Black out the projected picture, as slide software does; again (or any key) brings it back. */
  readonly toggleBlank: () => void;
  readonly isBlank: () => boolean;
}

export interface CommandContext {
  readonly store: SimStore;
  readonly openHelp: () => void;
  /** Absent where there is no presenter mode (tests, a view without it). */
  readonly presenter?: PresenterHooks;
  /**
   * True while keys follow slide software (presenter mode and its speaker notes): Space steps,
   * B and . blank the screen, Escape leaves. A function: the mode changes while the listener lives.
   */
  readonly slideMode?: () => boolean;
}

/**
 * One user command. The same list feeds the buttons, the keyboard shortcuts and the help
 * overlay, so a key can never do something the help does not list.
 */
export interface Command {
  readonly id: CommandId;
  readonly labelKey: MessageKey;
  /** KeyboardEvent.key values, with ' ' spelled 'Space' and letters in lower case. */
  readonly keys: readonly ShortcutKey[];
  /** Keys that mean this command only in slide mode (CommandContext.slideMode); they win over `keys`. */
  readonly slideKeys?: readonly ShortcutKey[];
  readonly perform: (ctx: CommandContext) => void;
  readonly enabled?: (state: SimState) => boolean;
}

/** A key the help can name: one with a `key.<name>` message (a key without one does not compile). */
export type ShortcutKey = KeyNameOf<MessageKey>;
type KeyNameOf<Key> = Key extends `key.${infer Name}` ? Name : never;

export type CommandId =
  'stepForward' | 'stepBack' | 'togglePlay' | 'start' | 'end' | 'slower' | 'faster' | 'help' | 'language' | 'present' | 'blank';

export const COMMANDS: readonly Command[] = [
  {
    id: 'stepForward',
    labelKey: 'cmd.stepForward',
    // Presentation clickers send PageDown / PageUp.
    keys: ['ArrowRight', 'PageDown'],
    // Slide software advances on Space, and some clickers send it.
    slideKeys: ['Space'],
    perform: ({ store }) => {
      const state = store.getState();
      state.pause();
      state.stepForward();
    },
    enabled: selectCanStepForward,
  },
  {
    id: 'stepBack',
    labelKey: 'cmd.stepBack',
    keys: ['ArrowLeft', 'PageUp'],
    perform: ({ store }) => store.getState().stepBack(),
    enabled: selectCanStepBack,
  },
  {
    id: 'togglePlay',
    labelKey: 'cmd.togglePlay',
    keys: ['Space'],
    perform: ({ store }) => store.getState().togglePlay(),
  },
  {
    id: 'start',
    labelKey: 'cmd.start',
    keys: ['Home'],
    perform: ({ store }) => store.getState().goToStart(),
    enabled: selectCanStepBack,
  },
  {
    id: 'end',
    labelKey: 'cmd.end',
    keys: ['End'],
    perform: ({ store }) => store.getState().goToEnd(),
    enabled: selectCanStepForward,
  },
  {
    id: 'slower',
    labelKey: 'cmd.slower',
    keys: ['['],
    perform: ({ store }) => store.getState().setSpeed(nextSpeed(store.getState().speed, -1)),
  },
  {
    id: 'faster',
    labelKey: 'cmd.faster',
    keys: [']'],
    perform: ({ store }) => store.getState().setSpeed(nextSpeed(store.getState().speed, 1)),
  },
  {
    id: 'help',
    labelKey: 'cmd.help',
    keys: ['?'],
    perform: ({ openHelp }) => openHelp(),
  },
  {
    id: 'language',
    labelKey: 'cmd.language',
    keys: ['l'],
    perform: ({ store }) => store.getState().setLocale(otherLocale(store.getState().locale)),
  },
  {
    id: 'present',
    labelKey: 'cmd.present',
    keys: ['p'],
    // Escape leaves, as it leaves a slide show; P again does too.
    slideKeys: ['Escape'],
    perform: ({ presenter }) => presenter?.toggle(),
  },
  {
    id: 'blank',
    labelKey: 'cmd.blank',
    keys: [],
    slideKeys: ['b', '.'],
    perform: ({ presenter }) => presenter?.toggleBlank(),
  },
];

export function commandById(id: CommandId): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown command ${id}`);
  return command;
}

/** The name a KeyboardEvent's key has in Command.keys. */
export function keyName(key: string): string {
  if (key === ' ' || key === 'Spacebar') return 'Space';
  return key.length === 1 ? key.toLowerCase() : key;
}

export function commandForKey(key: string, slideMode = false): Command | undefined {
  const name = keyName(key);
  return (
    (slideMode ? COMMANDS.find((command) => (command.slideKeys as readonly string[] | undefined)?.includes(name)) : undefined) ??
    COMMANDS.find((command) => (command.keys as readonly string[]).includes(name))
  );
}

/** Value for aria-keyshortcuts ("ArrowRight PageDown"). */
export function ariaKeyShortcuts(command: Command): string {
  return [...command.keys, ...(command.slideKeys ?? [])].map((k) => (k.length === 1 ? k.toUpperCase() : k)).join(' ');
}
