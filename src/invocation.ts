/** Where an invocation came from; adapters set it, the core uses it only for defaults. */
export type Platform = 'shell' | 'cli' | 'slack' | 'discord';

export interface Author {
  id: string;
  /** Posted by a bot or an integration (Slack bot_id, Discord author.bot). */
  isBot: boolean;
  /** Posted by sipbot itself. */
  isSelf: boolean;
  /** Posted through a webhook (Discord webhook_id, Slack incoming webhook). */
  isWebhook?: boolean;
  /** The bot or webhook id that ALLOWED_BOT_IDS is matched against. */
  botId?: string;
}

interface Base {
  platform: Platform;
  /** Channel (Slack channel id, Discord channel id, "shell"). */
  channelId: string;
  author: Author;
  text: string;
}

/**
 * `/sip <text>` (and `/sip auto on`). `canManageChannel` is false when the platform says the
 * user may not change channel settings; adapters that cannot tell leave it undefined.
 */
export interface CommandInvocation extends Base {
  kind: 'command';
  canManageChannel?: boolean;
}

/** A message posted in a channel: the auto-explain path. */
export interface MessageInvocation extends Base {
  kind: 'message';
  /** The message's own id (Slack ts, Discord snowflake). */
  messageId: string;
  /** The thread root the message belongs to, when it is a reply in a thread. */
  threadId?: string;
}

/** `@sipbot ...` or the "Explain SIP codes" shortcut/context menu: always answered. */
export interface ExplainInvocation extends Base {
  kind: 'mention' | 'shortcut';
  messageId?: string;
  threadId?: string;
}

export type Invocation = CommandInvocation | MessageInvocation | ExplainInvocation;
