import { z } from 'zod';
import type { LogLevel } from './log.js';

/** An unset or blank variable is absent; anything else is trimmed and checked. */
const blankIsUnset = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' && value.trim() === ''
        ? undefined
        : typeof value === 'string'
          ? value.trim()
          : value,
    schema,
  );
const optional = (schema: z.ZodType<string>) => blankIsUnset(schema.optional());

const onOff = z.enum(['on', 'off'], { error: 'must be on or off' });
const bool = z
  .enum(['true', 'false'], { error: 'must be true or false' })
  .transform((value) => value === 'true');
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' });
const seconds = (fallback: number) =>
  blankIsUnset(
    z.coerce
      .number({ error: 'must be a whole number of seconds' })
      .int('must be a whole number of seconds')
      .min(0, 'must be 0 or more')
      .default(fallback),
  );

/** Every environment variable sipbot reads; `.env.example` documents each. */
const environment = z.object({
  SLACK_BOT_TOKEN: optional(
    z.string().startsWith('xoxb-', 'must be a bot token starting with xoxb- (OAuth & Permissions page)'),
  ),
  SLACK_APP_TOKEN: optional(
    z
      .string()
      .startsWith(
        'xapp-',
        'must be an app-level token starting with xapp- (Basic Information > App-Level Tokens, scope connections:write)',
      ),
  ),
  SLACK_SIGNING_SECRET: optional(
    z
      .string()
      .regex(/^[0-9a-f]{16,}$/i, 'must be the hex Signing Secret from Basic Information > App Credentials'),
  ),
  SLACK_API_URL: optional(url),
  PORT: blankIsUnset(
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a port number 1-65535')
      .min(1, 'must be a port number 1-65535')
      .max(65535, 'must be a port number 1-65535')
      .default(3000),
  ),
  DISCORD_TOKEN: optional(
    z.string().min(20, 'must be the bot token from the Developer Portal (Bot > Reset Token)'),
  ),
  DISCORD_APPLICATION_ID: optional(
    z
      .string()
      .regex(
        /^\d{15,22}$/,
        'must be the numeric Application ID from the Developer Portal (General Information)',
      ),
  ),
  DISCORD_GUILD_ID: optional(z.string().regex(/^\d{15,22}$/, 'must be a numeric server (guild) id')),
  DISCORD_API_URL: optional(url),
  DISCORD_MESSAGE_CONTENT: blankIsUnset(bool.default(false)),
  AUTO_EXPLAIN_DEFAULT: blankIsUnset(onOff.optional()),
  AUTO_EXPLAIN_COOLDOWN: seconds(600),
  AUTO_EXPLAIN_MAX_PER_MINUTE: blankIsUnset(
    z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .default(5),
  ),
  ALLOWED_BOT_IDS: z
    .string()
    .optional()
    .transform(
      (value) =>
        new Set(
          (value ?? '')
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean),
        ),
    ),
  DATA_DIR: z
    .string()
    .optional()
    .transform((value) => value?.trim() || './data'),
  LOG_LEVEL: blankIsUnset(
    z
      .enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' })
      .default('info'),
  ),
});

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; HTTP mode with the signing secret otherwise. */
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  port: number;
}

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  messageContent: boolean;
}

export interface Config {
  slack?: SlackConfig;
  discord?: DiscordConfig;
  /** Undefined: each platform's own default (on for Slack, off for Discord). */
  autoExplainDefault?: boolean;
  autoExplainCooldownSeconds: number;
  autoExplainMaxPerMinute: number;
  allowedBotIds: ReadonlySet<string>;
  dataDir: string;
  logLevel: LogLevel;
  /** Every secret value, for the logger to scrub. */
  secrets: string[];
}

/** Bad settings: `problems` names every variable that is wrong and how to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(
      `sipbot cannot start: ${problems.length === 1 ? 'a setting needs' : `${problems.length} settings need`} fixing (see .env.example):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

/** Parses and checks the whole environment at once; throws ConfigError listing every problem. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = environment.safeParse(env);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)),
    ...missingPartners(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    ...(e.SLACK_BOT_TOKEN
      ? {
          slack: {
            botToken: e.SLACK_BOT_TOKEN,
            ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
            ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
            ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
            port: e.PORT,
          },
        }
      : {}),
    ...(e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
            ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
            messageContent: e.DISCORD_MESSAGE_CONTENT,
          },
        }
      : {}),
    ...(e.AUTO_EXPLAIN_DEFAULT ? { autoExplainDefault: e.AUTO_EXPLAIN_DEFAULT === 'on' } : {}),
    autoExplainCooldownSeconds: e.AUTO_EXPLAIN_COOLDOWN,
    autoExplainMaxPerMinute: e.AUTO_EXPLAIN_MAX_PER_MINUTE,
    allowedBotIds: e.ALLOWED_BOT_IDS,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    secrets: [e.SLACK_BOT_TOKEN, e.SLACK_APP_TOKEN, e.SLACK_SIGNING_SECRET, e.DISCORD_TOKEN].filter(
      (value): value is string => value !== undefined,
    ),
  };
}

/** Tokens that only work with a partner: each lone one is named with what to add. */
function missingPartners(env: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  const problems: string[] = [];
  if (!set('SLACK_BOT_TOKEN') && (set('SLACK_APP_TOKEN') || set('SLACK_SIGNING_SECRET'))) {
    problems.push(
      'SLACK_BOT_TOKEN: is missing; sipbot needs the xoxb- bot token (OAuth & Permissions) to post in Slack.',
    );
  }
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')) {
    problems.push(
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: one is needed with SLACK_BOT_TOKEN. Set SLACK_APP_TOKEN (xapp-) for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode on PORT.',
    );
  }
  if (set('DISCORD_TOKEN') && !set('DISCORD_APPLICATION_ID')) {
    problems.push(
      'DISCORD_APPLICATION_ID: is missing; it goes with DISCORD_TOKEN (Developer Portal > General Information).',
    );
  }
  if (!set('DISCORD_TOKEN') && set('DISCORD_APPLICATION_ID')) {
    problems.push(
      'DISCORD_TOKEN: is missing; DISCORD_APPLICATION_ID alone cannot connect. Set the bot token (Developer Portal > Bot).',
    );
  }
  return problems;
}
