import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, webApi } from '@slack/bolt';
import type { RunningAdapter } from '../../src/adapter.js';
import type { Bot } from '../../src/bot.js';
import type { SlackConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { SlackContext } from './answers.js';
import { boltLogger } from './bolt-logger.js';
import { registerListeners } from './listeners.js';
import { ShareButtons } from './share.js';
import { SlackCalls } from './slack-calls.js';
import { identify, SlackStartError } from './start-errors.js';
import { within } from './within.js';

export { SHORTCUT_CALLBACK_ID } from './listeners.js';
export { SlackStartError } from './start-errors.js';

export interface StartSlackOptions {
  /** HTTP mode: the interface to listen on (default: all, like Bolt). */
  host?: string;
  /** Give up connecting after this long (default 60 s): a bad network must not hang the start. */
  startTimeoutMs?: number;
  /** How long stop() waits for replies in flight (default 10 s). */
  drainTimeoutMs?: number;
  /**
   * A `/sip` answer ready within this long rides in the ack (default 1 s, well inside Slack's
   * 3 s); a slower one is acked at once and answered on the response_url.
   */
  ackBudgetMs?: number;
}

/** The running Slack adapter; in HTTP mode `port` is the port actually listened on. */
export interface RunningSlack extends RunningAdapter {
  mode: 'socket' | 'http';
  port?: number;
}

/** Network failures are retried a little; rate limits are handled per reply (slack-calls.ts). */
const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 };
const REQUEST_TIMEOUT_MS = 10_000;
const RECEIVER_STOP_MS = 5_000;

/**
 * Connects sipbot to Slack: Socket Mode when `config.appToken` is set, otherwise HTTP mode on
 * `config.port` at `/slack/events`, verified with the signing secret. Checks the bot token with
 * auth.test first and rejects with a SlackStartError that says what to fix.
 *
 * @example
 * const slack = await startSlack(bot, config.slack, logger);
 * process.once('SIGTERM', () => void slack.stop().then(() => process.exit(0)));
 */
export async function startSlack(
  bot: Bot,
  config: SlackConfig,
  logger: Logger,
  options: StartSlackOptions = {},
): Promise<RunningSlack> {
  const slackLogger = boltLogger(logger);
  // Each client gets its own options object: the Socket Mode client writes into the one it gets.
  const clientOptions = (): webApi.WebClientOptions => ({
    logger: slackLogger,
    retryConfig: { ...RETRY_CONFIG },
    timeout: REQUEST_TIMEOUT_MS,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  });
  const web = new webApi.WebClient(config.botToken, { ...clientOptions(), rejectRateLimitedCalls: true });
  const self = await identify(web, config);
  const mode = config.appToken ? 'socket' : 'http';
  if (mode === 'http' && !config.signingSecret)
    throw new SlackStartError(
      'SLACK_SIGNING_SECRET is needed for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode).',
    );

  const app = new App({
    token: config.botToken,
    botUserId: self.userId,
    ...(self.botId ? { botId: self.botId } : {}),
    logger: slackLogger,
    clientOptions: clientOptions(),
    ...(config.appToken
      ? { socketMode: true, appToken: config.appToken }
      : { signingSecret: config.signingSecret ?? '' }),
  });
  const stopping = new AbortController();
  const context: SlackContext = {
    bot,
    logger,
    self,
    web,
    calls: new SlackCalls(logger, stopping.signal),
    share: new ShareButtons(),
  };
  const inFlight = new Set<Promise<void>>();
  registerListeners(
    app,
    context,
    (work) => {
      inFlight.add(work);
      return work.finally(() => inFlight.delete(work));
    },
    options.ackBudgetMs ?? 1000,
  );

  const started = app.start(
    mode === 'http' ? { port: config.port, ...(options.host ? { host: options.host } : {}) } : config.port,
  );
  const outcome = await within(started, options.startTimeoutMs ?? 60_000).catch((error: unknown) => {
    throw SlackStartError.fromConnect(error, mode);
  });
  if (outcome === 'timeout') {
    await within(app.stop(), RECEIVER_STOP_MS).catch(() => undefined);
    throw new SlackStartError(
      `Slack did not accept the ${mode === 'socket' ? 'Socket Mode' : 'HTTP'} connection in time; check the network and the tokens.`,
    );
  }
  const server = mode === 'http' ? (outcome as Server) : undefined;
  const port = server ? (server.address() as AddressInfo).port : undefined;
  logger.info('Slack connected', { mode, botUserId: self.userId, ...(port === undefined ? {} : { port }) });

  let stopped: Promise<void> | undefined;
  const stop = async () => {
    const receiverStopped = await within(app.stop(), RECEIVER_STOP_MS).catch((error: unknown) => {
      logger.warn('Slack receiver did not stop cleanly', { cause: error });
    });
    if (receiverStopped === 'timeout') server?.closeAllConnections();
    const drained = await within(Promise.allSettled([...inFlight]), options.drainTimeoutMs ?? 10_000);
    if (drained === 'timeout') logger.warn('Slack replies still in flight at stop', { count: inFlight.size });
    stopping.abort();
    logger.info('Slack stopped', { mode });
  };
  return {
    name: 'slack',
    mode,
    ...(port === undefined ? {} : { port }),
    stop: () => {
      stopped ??= stop();
      return stopped;
    },
  };
}
