/** The scrubbed snowflakes the fixtures and the fake Discord share. */
export const ids = {
  application: '1100000000000000001',
  /** Discord gives a bot user the application's id. */
  bot: '1100000000000000001',
  botRole: '1100000000000000011',
  guild: '1100000000000000100',
  opsChannel: '1100000000000000200',
  nocChannel: '1100000000000000201',
  opsThread: '1100000000000000300',
  engineer: '1100000000000000400',
  alertBot: '1100000000000000500',
  alertWebhook: '1100000000000000600',
} as const;

/** A token of the right shape; the fake accepts only this one. */
export const FAKE_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.scrubbed.fake-bot-token-for-tests';

/** Permission bits as Discord sends them (decimal strings). */
export const permissions = {
  /** VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | USE_APPLICATION_COMMANDS */
  member: String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n)),
  /** member | MANAGE_CHANNELS */
  manager: String((1n << 4n) | (1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n)),
} as const;
