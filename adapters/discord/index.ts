import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { RunningAdapter } from '../../src/adapter.js';
import type { Bot } from '../../src/bot.js';
import type { DiscordConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { autoExplainMessage } from './auto-explain.js';
import { type DiscordContext, handleInteraction } from './interactions.js';
import { DiscordStartError, explainLoginFailure } from './login-errors.js';
import { ShareButtons } from './share.js';

export { DiscordStartError } from './login-errors.js';

export interface StartDiscordOptions {
  /** Give up connecting after this long (default 60 s): login must not hang the program. */
  startTimeoutMs?: number;
  /** Defer an interaction whose answer is not ready after this long (default 2 s). */
  deferAfterMs?: number;
  /** How long stop() waits for replies in flight before destroying the client. */
  drainTimeoutMs?: number;
}

/** The gateway intents sipbot needs: guilds and their messages, and message text only when asked. */
export function intentsFor(config: Pick<DiscordConfig, 'messageContent'>): GatewayIntentBits[] {
  return [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    ...(config.messageContent ? [GatewayIntentBits.MessageContent] : []),
  ];
}

/** discord.js adds the API version itself: accept `https://discord.com/api` with or without `/v10`. */
export function restApiBase(apiUrl: string): string {
  return apiUrl.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

/**
 * Connects sipbot to Discord and answers `/sip`, `/sipauto`, "Explain SIP codes" and, with the
 * Message Content intent, auto-explain. Resolves once the gateway is ready; rejects with a
 * DiscordStartError saying what to change when Discord refuses the token or the intents.
 * Commands are registered separately (`npm run discord:register`), never on start.
 */
export async function startDiscord(
  bot: Bot,
  config: DiscordConfig,
  logger: Logger,
  options: StartDiscordOptions = {},
): Promise<RunningAdapter> {
  const client = new Client({
    intents: intentsFor(config),
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.apiUrl ? { rest: { api: restApiBase(config.apiUrl) } } : {}),
  });
  const context: DiscordContext = {
    bot,
    logger,
    share: new ShareButtons(),
    messageContent: config.messageContent,
    ...(options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs }),
  };
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  let lastCloseCode: number | undefined;
  client.on(Events.ShardDisconnect, (event, shardId) => {
    lastCloseCode = event.code;
    logger.warn('Discord gateway disconnected for good', { code: event.code, shardId });
  });
  client.on(Events.ShardReconnecting, (shardId) => logger.info('Discord gateway reconnecting', { shardId }));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info('Discord gateway resumed', { shardId, replayed }),
  );
  client.on(Events.ShardError, (error, shardId) =>
    logger.warn('Discord gateway error', { cause: error, shardId }),
  );
  client.on(Events.Error, (error) => logger.error('Discord client error', { cause: error }));
  client.on(Events.Warn, (message) => logger.warn('Discord client warning', { message }));
  client.on(Events.InteractionCreate, (interaction) => track(handleInteraction(interaction, context)));
  if (config.messageContent) {
    client.on(Events.MessageCreate, (message) => track(autoExplainMessage(message, bot, logger)));
  }

  const abort = new AbortController();
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new DiscordStartError(
            `Discord did not finish connecting within ${startTimeoutMs / 1000} s. Check the network and DISCORD_API_URL, then start again.`,
          ),
        ),
      startTimeoutMs,
    );
  });
  timedOut.catch(() => undefined);
  try {
    const ready = once(client, Events.ClientReady, { signal: abort.signal });
    ready.catch(() => undefined);
    await Promise.race([Promise.all([client.login(config.token), ready]), timedOut]);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    throw error instanceof DiscordStartError ? error : explainLoginFailure(error, lastCloseCode, config);
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  logger.info('connected to Discord', {
    user: client.user?.tag,
    guilds: client.guilds.cache.size,
    autoExplain: config.messageContent,
  });

  return {
    name: 'discord',
    async stop() {
      client.removeAllListeners(Events.InteractionCreate);
      client.removeAllListeners(Events.MessageCreate);
      const drained = Promise.allSettled([...inFlight]);
      let drainTimer: NodeJS.Timeout | undefined;
      await Promise.race([
        drained,
        new Promise((resolve) => {
          drainTimer = setTimeout(resolve, options.drainTimeoutMs ?? 5_000);
        }),
      ]);
      clearTimeout(drainTimer);
      await client.destroy();
    },
  };
}
