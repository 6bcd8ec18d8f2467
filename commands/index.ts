import { type Bot, type BotOptions, createBot } from '../src/bot.js';
import type { Command } from '../src/command.js';
import { autoCommand } from './auto.js';
import { helpCommand } from './help.js';
import { sipCommand } from './sip.js';

/** Every `/sip` sub-command, listed explicitly. The `sip` command takes what the others do not. */
export function createCommands(): Command[] {
  return [autoCommand, helpCommand, sipCommand];
}

/** The bot with sipbot's commands: what main, the adapters' tests and the benchmarks start from. */
export function createSipbot(options: Omit<BotOptions, 'commands'> = {}): Bot {
  return createBot({ ...options, commands: createCommands });
}
