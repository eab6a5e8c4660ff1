import { otherLocale } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/messages';
import { nextSpeed, selectCanStepBack, selectCanStepForward, type SimState, type SimStore } from '../../store';

export interface CommandContext {
  readonly store: SimStore;
  readonly openHelp: () => void;
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
  readonly perform: (ctx: CommandContext) => void;
  readonly enabled?: (state: SimState) => boolean;
}

/** A key the help can name: one with a `key.<name>` message (a key without one does not compile). */
export type ShortcutKey = KeyNameOf<MessageKey>;
type KeyNameOf<Key> = Key extends `key.${infer Name}` ? Name : never;

export type CommandId =
  | 'stepForward' | 'stepBack' | 'togglePlay' | 'start' | 'end' | 'slower' | 'faster' | 'help' | 'language';

export const COMMANDS: readonly Command[] = [
  {
    id: 'stepForward',
    labelKey: 'cmd.stepForward',
    // Presentation clickers send PageDown / PageUp.
    keys: ['ArrowRight', 'PageDown'],
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

export function commandForKey(key: string): Command | undefined {
  const name = keyName(key);
  return COMMANDS.find((command) => (command.keys as readonly string[]).includes(name));
}

/** Value for aria-keyshortcuts ("ArrowRight PageDown"). */
export function ariaKeyShortcuts(command: Command): string {
  return command.keys.map((k) => (k.length === 1 ? k.toUpperCase() : k)).join(' ');
}
