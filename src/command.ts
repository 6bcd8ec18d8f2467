import type { Catalogue } from './catalogue/index.js';
import type { Detector } from './detect/index.js';
import type { CommandInvocation } from './invocation.js';
import type { Search } from './query/search.js';
import type { Reply } from './reply.js';

/** Reads and writes the per-channel auto-explain switch for the channel a command came from. */
export interface ChannelAutoExplain {
  /** Whether auto-explain is on here, and whether that is the default or an explicit switch. */
  status(): { on: boolean; explicit: boolean };
  set(on: boolean): Promise<void>;
}

/** What a command may use: the catalogue, the detector, the word search and the channel it was typed in. */
export interface CommandContext {
  catalogue: Catalogue;
  detect: Detector;
  search: Search;
  invocation: CommandInvocation;
  autoExplain: ChannelAutoExplain;
}

/**
 * One `/sip` sub-command. `name` is the first word that selects it (`/sip auto on`); the
 * command whose name is `sip` takes everything no other command claims.
 */
export interface Command {
  name: string;
  /** One line for the help text. */
  summary: string;
  /** Example invocations, without the leading `/sip`. */
  examples: string[];
  run(args: string, context: CommandContext): Reply | Promise<Reply>;
}
