import type { Command } from '../src/command.js';
import { resolveQuery } from '../src/query/resolve.js';

/** `/sip <query>`: codes, classes, words, Q.850 causes and pasted text. */
export const sipCommand: Command = {
  name: 'sip',
  summary: 'Explain a SIP response code, a class, words or a Q.850 cause, or every code in pasted text.',
  examples: ['603', '486 603', '4xx', 'busy', 'q850 17', 'SIP/2.0 503 Service Unavailable'],
  run: (args, { catalogue, detect, search }) => resolveQuery({ catalogue, detect, search }, args),
};
