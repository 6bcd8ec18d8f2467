import { type StartDiscordOptions, startDiscord } from '../../../adapters/discord/index.js';
import type { RunningAdapter } from '../../../src/adapter.js';
import type { Bot } from '../../../src/bot.js';
import type { DiscordConfig } from '../../../src/config.js';
import type { Logger } from '../../../src/log.js';
import { waitFor } from '../wait.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN, ids } from './ids.js';

export { waitFor };

/** Lets a quiet period pass, for asserting that nothing was sent. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LogLine {
  level: string;
  message: string;
  context: Record<string, unknown>;
}

/** A logger that keeps every line, so tests can check that tokens never reach it. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: string) =>
    (message: string, context: Record<string, unknown> = {}) => {
      lines.push({ level, message, context });
    };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function discordConfig(
  fake: Pick<FakeDiscord, 'apiUrl'>,
  extra: Partial<DiscordConfig> = {},
): DiscordConfig {
  return {
    token: FAKE_TOKEN,
    applicationId: ids.application,
    apiUrl: fake.apiUrl,
    messageContent: false,
    ...extra,
  };
}

/** The callback Discord received for an interaction (the first, and only, acknowledgement). */
export function callbackOf(fake: FakeDiscord, interactionId: unknown): Promise<RecordedRequest> {
  return waitFor(
    () =>
      fake.requests.find(
        (request) =>
          request.method === 'POST' && request.path.includes(`/interactions/${String(interactionId)}/`),
      ),
    `the callback of interaction ${String(interactionId)}`,
  );
}

/** Channel messages sipbot posted (auto-explain replies), oldest first. */
export function channelPosts(fake: FakeDiscord): RecordedRequest[] {
  return fake.requests.filter(
    (request) => request.method === 'POST' && /\/channels\/\d+\/messages$/.test(request.path),
  );
}

export interface Running {
  adapter: RunningAdapter;
  logger: ReturnType<typeof recordingLogger>;
}

/** Starts sipbot's Discord adapter against the fake, tracking it for `stopAll`. */
export function adapters() {
  const started: RunningAdapter[] = [];
  return {
    async start(bot: Bot, config: DiscordConfig, options: StartDiscordOptions = {}): Promise<Running> {
      const logger = recordingLogger();
      const adapter = await startDiscord(bot, config, logger, { startTimeoutMs: 10_000, ...options });
      started.push(adapter);
      return { adapter, logger };
    },
    async stopAll() {
      await Promise.allSettled(started.splice(0).map((adapter) => adapter.stop()));
    },
  };
}

export { startFakeDiscord };
