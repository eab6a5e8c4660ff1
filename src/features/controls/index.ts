export { Controls } from './Controls';
export { COMMANDS, commandForKey, type Command, type CommandId, type CommandContext } from './commands';
export { Icon, type IconName } from './Icon';
