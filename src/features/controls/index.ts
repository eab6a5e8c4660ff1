export { Controls } from './Controls';
export { COMMANDS, commandForKey, type Command, type CommandId, type CommandContext, type PresenterHooks } from './commands';
export { Icon, type IconName } from './Icon';
