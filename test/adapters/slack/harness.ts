import { type RunningSlack, type StartSlackOptions, startSlack } from '../../../adapters/slack/index.js';
import { createSipbot } from '../../../commands/index.js';
import type { Bot, BotOptions } from '../../../src/bot.js';
import type { SlackConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { FakeSlack } from './fake-slack.js';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from './ids.js';
import { httpTransport, socketTransport, type Transport } from './transport.js';

export type Mode = 'http' | 'socket';

/** A fake Slack, sipbot's Slack adapter connected to it, and a way to deliver payloads. */
export interface Harness extends Transport {
  fake: FakeSlack;
  slack: RunningSlack;
  bot: Bot;
  /** Every JSON log line the adapter wrote. */
  logs: string[];
  eventsUrl: string;
  /** Starts another adapter (a restart) on the same fake, with a new bot built from `botOptions`. */
  restart(botOptions?: Omit<BotOptions, 'commands'>): Promise<void>;
  close(): Promise<void>;
}

export function slackConfig(fake: FakeSlack, mode: Mode): SlackConfig {
  return mode === 'socket'
    ? { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl, port: 0 }
    : { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl: fake.apiUrl, port: 0 };
}

export interface HarnessOptions {
  start?: StartSlackOptions;
  /** Wraps the bot, e.g. to make it slow. */
  wrapBot?: (bot: Bot) => Bot;
}

export async function startHarness(
  mode: Mode,
  botOptions: Omit<BotOptions, 'commands'> = {},
  harnessOptions: HarnessOptions = {},
): Promise<Harness> {
  const fake = await FakeSlack.start();
  const logs: string[] = [];
  const logger = createLogger({
    level: 'debug',
    secrets: [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET],
    write: (line) => logs.push(line),
  });
  const launch = async (options: Omit<BotOptions, 'commands'>) => {
    const created = createSipbot({ logger, ...options });
    const bot = harnessOptions.wrapBot?.(created) ?? created;
    const slack = await startSlack(bot, slackConfig(fake, mode), logger, {
      host: '127.0.0.1',
      startTimeoutMs: 5000,
      ...harnessOptions.start,
    });
    const eventsUrl = `http://127.0.0.1:${slack.port ?? 0}/slack/events`;
    const transport = mode === 'http' ? httpTransport(eventsUrl) : socketTransport(fake);
    return { bot, slack, eventsUrl, transport };
  };
  let current = await launch(botOptions);
  const harness: Harness = {
    fake,
    logs,
    get slack() {
      return current.slack;
    },
    get bot() {
      return current.bot;
    },
    get eventsUrl() {
      return current.eventsUrl;
    },
    command: (payload) => current.transport.command(payload),
    event: (envelope, retryNum) => current.transport.event(envelope, retryNum),
    interactive: (payload) => current.transport.interactive(payload),
    restart: async (options = botOptions) => {
      await current.slack.stop();
      current = await launch(options);
    },
    close: async () => {
      await current.slack.stop();
      await fake.close();
    },
  };
  return harness;
}
