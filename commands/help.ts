import type { Command } from '../src/command.js';
import { usageReply } from '../src/query/usage.js';

/** `/sip help`: what sipbot understands. */
export const helpCommand: Command = {
  name: 'help',
  summary: 'Show what sipbot understands, with examples.',
  examples: ['help'],
  run: () => usageReply(),
};
