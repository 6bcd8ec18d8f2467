import type {
  Author,
  CommandInvocation,
  ExplainInvocation,
  MessageInvocation,
} from '../../src/invocation.js';

/**
 * Pure translations from what Discord says (as discord.js exposes it) to the core's invocations.
 * They take plain shapes, so tests feed them recorded payload values without a client.
 */

/** The channel something happened in; a thread names its parent, whose switch applies. */
export interface DiscordPlace {
  channelId: string;
  /** Set when the channel is a thread: the channel the thread belongs to. */
  threadParentId?: string | null;
}

/** Discord's MANAGE_CHANNELS permission bit (1 << 4). */
const MANAGE_CHANNELS = 1n << 4n;
/** ADMINISTRATOR implies every permission. */
const ADMINISTRATOR = 1n << 3n;

/** Whether a member's resolved permissions (the interaction's `member.permissions`) allow managing the channel. */
export function canManageChannel(permissions: bigint | null | undefined): boolean | undefined {
  if (permissions === null || permissions === undefined) return undefined;
  return (permissions & (MANAGE_CHANNELS | ADMINISTRATOR)) !== 0n;
}

/** The core's channel and thread for a Discord channel: threads share their parent's settings. */
function placeOf(place: DiscordPlace): { channelId: string; threadId?: string } {
  return place.threadParentId
    ? { channelId: place.threadParentId, threadId: place.channelId }
    : { channelId: place.channelId };
}

function person(userId: string): Author {
  return { id: userId, isBot: false, isSelf: false };
}

/**
 * `/sip query:<text>`. The member's permissions go along because `/sip query:auto on` reaches the
 * same switch as `/sipauto`.
 */
export function sipInvocation(
  place: DiscordPlace,
  userId: string,
  query: string,
  permissions?: bigint | null,
): CommandInvocation {
  const manage = canManageChannel(permissions);
  return {
    kind: 'command',
    platform: 'discord',
    channelId: placeOf(place).channelId,
    author: person(userId),
    text: query,
    ...(manage === undefined ? {} : { canManageChannel: manage }),
  };
}

/** Whether a command's text switches auto-explain on (`/sipauto mode:on` or `/sip query:auto on`). */
export function switchesAutoExplainOn(invocation: CommandInvocation): boolean {
  return /^auto\s+on$/i.test(invocation.text.trim());
}

/** `/sipauto mode:<mode>`: the core's `auto <mode>`, with the member's right to change the channel. */
export function sipautoInvocation(
  place: DiscordPlace,
  userId: string,
  mode: string,
  permissions: bigint | null | undefined,
): CommandInvocation {
  return sipInvocation(place, userId, `auto ${mode.trim()}`, permissions);
}

/** The message a context menu was used on, or a message posted in a channel. */
export interface DiscordMessageFacts extends DiscordPlace {
  id: string;
  content: string;
  /** Embed titles and descriptions: alerting bots often put the SIP code there. */
  embedTexts?: readonly string[];
  authorId: string;
  authorIsBot: boolean;
  webhookId?: string | null;
}

function messageText(message: DiscordMessageFacts): string {
  return [message.content, ...(message.embedTexts ?? [])].filter((text) => text !== '').join('\n');
}

/** "Explain SIP codes" on a message: always answered, to the user who asked. */
export function contextMenuInvocation(
  place: DiscordPlace,
  userId: string,
  target: DiscordMessageFacts,
): ExplainInvocation {
  const { channelId, threadId } = placeOf(place);
  return {
    kind: 'shortcut',
    platform: 'discord',
    channelId,
    author: person(userId),
    text: messageText(target),
    messageId: target.id,
    ...(threadId ? { threadId } : {}),
  };
}

/**
 * A new message, for auto-explain. Bots and webhooks carry their id as `botId`, so the core's
 * policy can let allow-listed ones through; `selfId` is sipbot's own user id.
 */
export function messageInvocation(
  message: DiscordMessageFacts,
  selfId: string | undefined,
): MessageInvocation {
  const { channelId, threadId } = placeOf(message);
  const isWebhook = Boolean(message.webhookId);
  const isBot = message.authorIsBot || isWebhook;
  return {
    kind: 'message',
    platform: 'discord',
    channelId,
    author: {
      id: message.authorId,
      isBot,
      isSelf: selfId !== undefined && message.authorId === selfId,
      ...(isWebhook ? { isWebhook: true } : {}),
      ...(isBot ? { botId: message.webhookId || message.authorId } : {}),
    },
    text: messageText(message),
    messageId: message.id,
    ...(threadId ? { threadId } : {}),
  };
}

/** The shape of a discord.js channel this module needs: whether it is a thread, and its parent. */
export interface ChannelLike {
  isThread(): boolean;
  parentId?: string | null;
}

/** Where an interaction or message happened, from its channel id and the cached channel, if any. */
export function discordPlace(channelId: string, channel: ChannelLike | null | undefined): DiscordPlace {
  return channel?.isThread() ? { channelId, threadParentId: channel.parentId ?? null } : { channelId };
}
