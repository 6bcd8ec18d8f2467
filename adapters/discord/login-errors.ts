import { AdapterStartError } from '../../src/adapter.js';
import type { DiscordConfig } from '../../src/config.js';

/** Discord's gateway close codes that mean "change your settings", not "try again". */
export const CLOSE_AUTHENTICATION_FAILED = 4004;
export const CLOSE_INVALID_INTENTS = 4013;
export const CLOSE_DISALLOWED_INTENTS = 4014;

/** sipbot could not connect to Discord: the message says what to change. Never holds the token. */
export class DiscordStartError extends AdapterStartError {
  override name = 'DiscordStartError';
}

const TOKEN_HELP =
  'Discord rejected DISCORD_TOKEN. Copy the bot token from the Developer Portal (Applications > your app > Bot > Reset Token), put it in DISCORD_TOKEN and start sipbot again.';

const INTENT_HELP =
  'Discord refused the privileged Message Content intent that DISCORD_MESSAGE_CONTENT=true requests (gateway close 4014, disallowed intents). Either enable it in the Developer Portal (Applications > your app > Bot > Privileged Gateway Intents > Message Content Intent) and start again, or unset DISCORD_MESSAGE_CONTENT: /sip and the "Explain SIP codes" menu work without it, only auto-explain needs it.';

/**
 * Turns what discord.js throws at login (plus the last gateway close code seen) into one
 * paragraph saying what to change.
 */
export function explainLoginFailure(
  error: unknown,
  closeCode: number | undefined,
  config: Pick<DiscordConfig, 'apiUrl' | 'messageContent'>,
): DiscordStartError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | undefined)?.code;
  const status = (error as { status?: unknown } | undefined)?.status;
  if (closeCode === CLOSE_DISALLOWED_INTENTS || /disallowed intents/i.test(message)) {
    return new DiscordStartError(
      config.messageContent
        ? INTENT_HELP
        : 'Discord refused the gateway intents sipbot asked for (close 4014). Check Developer Portal > Bot > Privileged Gateway Intents.',
      { cause: error },
    );
  }
  if (
    closeCode === CLOSE_AUTHENTICATION_FAILED ||
    code === 'TokenInvalid' ||
    status === 401 ||
    /authentication failed/i.test(message)
  ) {
    return new DiscordStartError(TOKEN_HELP, { cause: error });
  }
  if (closeCode === CLOSE_INVALID_INTENTS) {
    return new DiscordStartError(`Discord says the intents are invalid (close 4013): ${message}`, {
      cause: error,
    });
  }
  const network = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET'].includes(
    String(networkCode(error)),
  );
  if (network) {
    return new DiscordStartError(
      `Cannot reach Discord's API at ${config.apiUrl ?? 'https://discord.com/api'} (${networkCode(error)}). Check the network, or DISCORD_API_URL if it is set.`,
      { cause: error },
    );
  }
  return new DiscordStartError(`Could not connect to Discord: ${message}`, { cause: error });
}

function networkCode(error: unknown): unknown {
  const direct = (error as { code?: unknown } | undefined)?.code;
  if (typeof direct === 'string' && direct.startsWith('E')) return direct;
  return (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
}
