import { ExpiringMap } from './auto/expiring-map.js';
import { AutoExplainPolicy, type AutoExplainSettings } from './auto/policy.js';
import { createMemorySettingsStore, type SettingsStore } from './auto/settings-store.js';
import { type Catalogue, loadCatalogue } from './catalogue/index.js';
import type { Command, CommandContext } from './command.js';
import { createDetector, type Detector } from './detect/index.js';
import type { CommandInvocation, ExplainInvocation, Invocation, MessageInvocation } from './invocation.js';
import { type Logger, silentLogger } from './log.js';
import { distinctCodes, explainDetection } from './query/explain.js';
import { createSearch, type Search } from './query/search.js';
import { type Suggestion, suggest } from './query/suggest.js';
import { type Reply, textReply } from './reply.js';

export interface BotOptions {
  catalogue?: Catalogue;
  /** The `/sip` sub-commands (see commands/index.ts). */
  commands?: () => Command[];
  settings?: SettingsStore;
  autoExplain?: Partial<AutoExplainSettings>;
  logger?: Logger;
  /** The clock, in milliseconds; tests move it to cross cooldowns. */
  now?: () => number;
}

/** The one door into sipbot: every adapter turns platform input into `handle` calls. */
export interface Bot {
  readonly catalogue: Catalogue;
  /** The message detector the bot uses for auto-explain: `sipbot scan` shares it. */
  readonly detect: Detector;
  /**
   * Answers an invocation. Resolves to null when the bot should stay quiet (auto-explain found
   * nothing new, the author is a bot, the message was already answered). Never rejects:
   * unexpected failures are logged and answered with a short apology (or, for a channel
   * message nobody addressed to the bot, with silence).
   */
  handle(invocation: Invocation): Promise<Reply | null>;
  /** Autocomplete choices for a partly typed `/sip` query. */
  suggest(partial: string, limit?: number): Suggestion[];
}

export const APOLOGY =
  'Sorry, something went wrong while answering that. It has been logged; please try again.';

const DEFAULT_AUTO_EXPLAIN: AutoExplainSettings = {
  defaults: { slack: true, discord: false, shell: true, cli: false },
  cooldownSeconds: 600,
  maxRepliesPerMinute: 5,
  allowedBotIds: new Set(),
};

/** Messages are remembered this long so a redelivery or a mention+message pair answers once. */
const DEDUPE_MS = 10 * 60_000;

/** Builds the bot: validates the catalogue, indexes it and wires the auto-explain policy. */
export function createBot(options: BotOptions = {}): Bot {
  const catalogue = options.catalogue ?? loadCatalogue();
  // Built on first use: `sipbot 603` needs neither, and every CLI start pays for what it builds.
  const detect: Detector = lazyFunction(() => createDetector(catalogue));
  const search: Search = lazyFunction(() => createSearch(catalogue));
  const commands = options.commands?.() ?? [];
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const policy = new AutoExplainPolicy(
    { ...DEFAULT_AUTO_EXPLAIN, ...options.autoExplain },
    options.settings ?? createMemorySettingsStore(),
  );
  const answered = new ExpiringMap<true>(DEDUPE_MS);

  const messageKey = (invocation: MessageInvocation | ExplainInvocation): string | undefined =>
    invocation.messageId === undefined
      ? undefined
      : `${invocation.platform}:${invocation.channelId}:${invocation.messageId}`;
  /** Whether this message was answered already: a redelivery, or the twin of a mention event. */
  const alreadyAnswered = (key: string | undefined): boolean =>
    key !== undefined && answered.get(key, now()) === true;
  const remember = (key: string | undefined): void => {
    if (key !== undefined) answered.set(key, true, now());
  };

  const runCommand = (invocation: CommandInvocation): Reply | Promise<Reply> => {
    const text = invocation.text.trim();
    const [first = '', ...rest] = text.split(/\s+/);
    const named = commands.find((command) => command.name !== 'sip' && command.name === first.toLowerCase());
    const command = named ?? commands.find((candidate) => candidate.name === 'sip');
    if (!command) return textReply('error', 'sipbot has no commands configured.');
    const context: CommandContext = {
      catalogue,
      detect,
      search,
      invocation,
      autoExplain: {
        status: () => policy.status(invocation.platform, invocation.channelId),
        set: (on) => policy.setSwitch(invocation.platform, invocation.channelId, on),
      },
    };
    return command.run(named ? rest.join(' ') : text, context);
  };

  const autoExplain = (message: MessageInvocation): Reply | null => {
    if (!policy.listensTo(message.author)) return null;
    if (!policy.status(message.platform, message.channelId).on) return null;
    const detection = detect(message.text);
    const codes = distinctCodes(detection);
    if (codes.length === 0) return null;
    const key = messageKey(message);
    if (alreadyAnswered(key)) return null;
    const fresh = policy.claim(message, codes, now());
    if (fresh.length === 0) return null;
    remember(key);
    return explainDetection(catalogue, detection, fresh);
  };

  const explain = (invocation: ExplainInvocation): Reply | Promise<Reply> | null => {
    if (invocation.kind === 'mention') {
      const key = messageKey(invocation);
      // Bots that mention sipbot get the same rule as for auto-explain: no bot-to-bot loops.
      if (!policy.listensTo(invocation.author) || alreadyAnswered(key)) return null;
      remember(key);
      return runCommand({ ...invocation, kind: 'command' });
    }
    const detection = detect(invocation.text);
    if (detection.codes.length === 0 && detection.causes.length === 0) {
      return textReply('not-found', 'No SIP response codes or Q.850 causes found in that message.');
    }
    return explainDetection(catalogue, detection);
  };

  return {
    catalogue,
    detect,
    async handle(invocation) {
      try {
        switch (invocation.kind) {
          case 'command':
            return await runCommand(invocation);
          case 'message':
            return autoExplain(invocation);
          default:
            return await explain(invocation);
        }
      } catch (error) {
        logger.error('failed to answer', {
          cause: error,
          platform: invocation.platform,
          kind: invocation.kind,
        });
        // Nobody asked the bot about a channel message: an apology there would only be noise.
        return invocation.kind === 'message' ? null : textReply('error', APOLOGY);
      }
    },
    suggest: (partial, limit) => suggest(catalogue, search, partial, limit),
  };
}

/** A function whose implementation is built by `build` on its first call. */
function lazyFunction<A extends unknown[], R>(build: () => (...args: A) => R): (...args: A) => R {
  let built: ((...args: A) => R) | undefined;
  return (...args) => {
    built ??= build();
    return built(...args);
  };
}
