import { config as loadDotenv } from 'dotenv';
import { createSipbot } from '../commands/index.js';
import { AdapterStartError, type RunningAdapter } from './adapter.js';
import { openFileSettingsStore, SettingsStoreError } from './auto/settings-store.js';
import { type Config, ConfigError, parseConfig } from './config.js';
import { createLogger, type Logger } from './log.js';

/**
 * The composition root: reads the configuration, opens the settings store, builds the bot and
 * starts each configured platform. Platform SDKs are imported only when configured, so the
 * shell starts without paying for them.
 */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, secrets: config.secrets });
  let settings: Awaited<ReturnType<typeof openFileSettingsStore>>;
  try {
    settings = await openFileSettingsStore(config.dataDir);
  } catch (error) {
    if (error instanceof SettingsStoreError) return fail(`sipbot cannot start: ${error.message}`);
    throw error;
  }
  const sharedDefault = config.autoExplainDefault;
  const bot = createSipbot({
    settings,
    logger,
    autoExplain: {
      defaults: {
        slack: sharedDefault ?? true,
        discord: sharedDefault ?? false,
        shell: sharedDefault ?? true,
        cli: false,
      },
      cooldownSeconds: config.autoExplainCooldownSeconds,
      maxRepliesPerMinute: config.autoExplainMaxPerMinute,
      allowedBotIds: config.allowedBotIds,
    },
  });

  const running: RunningAdapter[] = [];
  try {
    if (config.slack) {
      const { startSlack } = await import('../adapters/slack/index.js');
      running.push(await startSlack(bot, config.slack, logger));
    }
    if (config.discord) {
      const { startDiscord } = await import('../adapters/discord/index.js');
      running.push(await startDiscord(bot, config.discord, logger));
    }
  } catch (error) {
    await Promise.allSettled(running.map((adapter) => adapter.stop()));
    if (error instanceof AdapterStartError) return fail(`sipbot cannot start: ${error.message}`);
    throw error;
  }
  if (running.length === 0) {
    // As PID 1 in a container node has no default SIGTERM action; the shell holds nothing in flight.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
    const { runShell } = await import('../adapters/shell/main.js');
    await runShell(bot);
    return;
  }
  logger.info('sipbot is running', { adapters: running.map((adapter) => adapter.name) });
  stopOnSignals(running, logger);
}

function stopOnSignals(running: RunningAdapter[], logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    const results = await Promise.allSettled(running.map((adapter) => adapter.stop()));
    for (const result of results) {
      if (result.status === 'rejected')
        logger.error('an adapter did not stop cleanly', { cause: result.reason });
    }
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

function fail(message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `sipbot stopped on an unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
