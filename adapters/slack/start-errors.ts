import type { webApi } from '@slack/bolt';
import { AdapterStartError } from '../../src/adapter.js';
import type { SlackConfig } from '../../src/config.js';
import { slackErrorCode } from './slack-calls.js';
import type { SelfIdentity } from './to-invocation.js';

/** Slack refused to start: the message says what to change. Never contains a token. */
export class SlackStartError extends AdapterStartError {
  override name = 'SlackStartError';

  /** Explains a failed Socket Mode connection or HTTP listen. */
  static fromConnect(error: unknown, mode: 'socket' | 'http'): SlackStartError {
    const code = slackErrorCode(error);
    if (mode === 'http') {
      return new SlackStartError(
        `sipbot cannot listen for Slack requests (${code}). Check that PORT is free, or use Socket Mode with SLACK_APP_TOKEN.`,
        { cause: error },
      );
    }
    const tokenProblem = ['invalid_auth', 'not_authed', 'token_revoked', 'not_allowed_token_type'].includes(
      code,
    );
    return new SlackStartError(
      tokenProblem
        ? `Slack refused SLACK_APP_TOKEN (${code}). Create an app-level token with the connections:write scope (Basic Information > App-Level Tokens) and turn on Socket Mode.`
        : `sipbot cannot open a Socket Mode connection (${code}). Check that Socket Mode is on for the app and that Slack is reachable.`,
      { cause: error },
    );
  }
}

const TOKEN_ERRORS: Record<string, string> = {
  invalid_auth: 'the token is not valid',
  not_authed: 'no token was sent',
  token_revoked: 'the token was revoked',
  token_expired: 'the token expired',
  account_inactive: 'the app was uninstalled or its user deactivated',
};

/** Checks the bot token with auth.test and learns sipbot's own user and bot ids. */
export async function identify(
  web: webApi.WebClient,
  config: Pick<SlackConfig, 'apiUrl'>,
): Promise<SelfIdentity> {
  let result: webApi.AuthTestResponse;
  try {
    result = await web.auth.test();
  } catch (error) {
    const code = slackErrorCode(error);
    const reason = TOKEN_ERRORS[code];
    throw new SlackStartError(
      reason
        ? `Slack refused SLACK_BOT_TOKEN: ${reason} (${code}). Copy the Bot User OAuth Token (xoxb-) from OAuth & Permissions, reinstalling the app if needed.`
        : `sipbot cannot reach Slack at ${config.apiUrl ?? 'https://slack.com/api/'} (${code}). Check the network${config.apiUrl ? ' and SLACK_API_URL' : ''}.`,
      { cause: error },
    );
  }
  if (!result.user_id)
    throw new SlackStartError(
      'Slack auth.test did not name the bot user; is SLACK_BOT_TOKEN a bot token (xoxb-)?',
    );
  return { userId: result.user_id, ...(result.bot_id ? { botId: result.bot_id } : {}) };
}
