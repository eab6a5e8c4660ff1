import { useSim, useSimStore } from '../../store';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n/useT';
import { Icon, type IconName } from './Icon';
import { ariaKeyShortcuts, commandById, type CommandContext, type CommandId } from './commands';

interface Props {
  readonly id: CommandId;
  readonly icon: IconName;
  /** Show only the icon (the label stays as the accessible name and tooltip). */
  readonly compact?: boolean;
  readonly ctx: CommandContext;
  /** Overrides the command's label (play/pause shows what pressing it will do). */
  readonly labelKey?: MessageKey;
  readonly primary?: boolean;
}

/** A button for one command: same label, same enabled rule and same action as its keys. */
export function CommandButton({ id, icon, ctx, labelKey, primary, compact }: Props) {
  const { t } = useT();
  const command = commandById(id);
  const store = useSimStore();
  const enabled = useSim((state) => (command.enabled ? command.enabled(state) : true));
  const label = t(labelKey ?? command.labelKey);
  const keys = command.keys.map((k) => t(`key.${k}`)).join(' / ');
  return (
    <button
      type="button"
      className={['command', primary && 'command--primary', compact && 'command--compact'].filter(Boolean).join(' ')}
      // aria-disabled, not disabled: a disabled button loses focus to the page, and Next pressed
      // at the last step (or Back at the first) would drop a keyboard user's place (WCAG 2.4.3).
      aria-disabled={!enabled}
      aria-keyshortcuts={ariaKeyShortcuts(command)}
      title={`${label} (${keys})`}
      onClick={() => {
        if (enabled) command.perform({ ...ctx, store });
      }}
    >
      <Icon name={icon} />
      {/* Compact: icon only on screen; the label stays the accessible name. */}
      <span className={compact ? 'command__label visually-hidden' : 'command__label visually-hidden-when-tight'}>{label}</span>
    </button>
  );
}
