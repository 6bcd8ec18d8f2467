import type { CommandInvocation, ExplainInvocation, MessageInvocation } from '../../src/invocation.js';
import { mentions, slackToPlain, stripMention } from './text.js';

/** The fields of a slash command payload sipbot reads. */
export interface SlashCommandPayload {
  command: string;
  text: string;
  user_id: string;
  channel_id: string;
  response_url?: string;
}

/** A legacy attachment: alerting integrations often put the interesting text here. */
export interface Attachment {
  pretext?: string;
  title?: string;
  text?: string;
  fields?: { title?: string; value?: string }[];
}

/** The fields of a `message` or `app_mention` event (and a shortcut's message) sipbot reads. */
export interface MessagePayload {
  type?: string;
  subtype?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  ts: string;
  thread_ts?: string;
  channel?: string;
  attachments?: Attachment[];
}

/** The fields of a `message_action` (message shortcut) payload sipbot reads. */
export interface MessageShortcutPayload {
  callback_id: string;
  user: { id: string };
  channel: { id: string };
  message: MessagePayload;
  response_url?: string;
}

/** Who sipbot is in this workspace, from auth.test. */
export interface SelfIdentity {
  userId: string;
  botId?: string;
}

/**
 * Message subtypes that are someone posting: edits (`message_changed`), deletions, joins and
 * file uploads (`file_share`) never trigger auto-explain. `bot_message` is kept so that
 * allow-listed alerting integrations can be explained; the core ignores other bots.
 */
const POSTED_SUBTYPES = new Set([undefined, 'thread_broadcast', 'bot_message']);

/** The message's text with its attachments, as plain text. */
export function messageText(message: MessagePayload): string {
  const parts = [message.text ?? ''];
  for (const attachment of message.attachments ?? []) {
    parts.push(attachment.pretext ?? '', attachment.title ?? '', attachment.text ?? '');
    for (const field of attachment.fields ?? []) parts.push(`${field.title ?? ''} ${field.value ?? ''}`);
  }
  return slackToPlain(parts.filter((part) => part.trim() !== '').join('\n'));
}

function author(message: MessagePayload, self: SelfIdentity) {
  const botId = message.bot_id ?? message.app_id;
  const isSelf =
    (message.user !== undefined && message.user === self.userId) ||
    (message.bot_id !== undefined && message.bot_id === self.botId);
  return {
    id: message.user ?? botId ?? 'unknown',
    isBot: message.bot_id !== undefined || message.subtype === 'bot_message',
    isSelf,
    ...(message.subtype === 'bot_message' ? { isWebhook: true } : {}),
    ...(botId === undefined ? {} : { botId }),
  };
}

/** A thread reply's root; undefined for a top-level message. */
function threadOf(message: MessagePayload): string | undefined {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts ? message.thread_ts : undefined;
}

/** Where sipbot answers a channel message: in its thread, or in a new thread under it. */
export function replyThreadTs(message: Pick<MessagePayload, 'ts' | 'thread_ts'>): string {
  return message.thread_ts ?? message.ts;
}

/** `/sip <text>`, including `/sip auto on`, which the core routes to the auto command. */
export function commandToInvocation(payload: SlashCommandPayload): CommandInvocation {
  return {
    kind: 'command',
    platform: 'slack',
    channelId: payload.channel_id,
    author: { id: payload.user_id, isBot: false, isSelf: false },
    text: slackToPlain(payload.text),
  };
}

/**
 * A channel message for auto-explain, or null when it must not be considered: an edit, a
 * deletion, an upload, a message with no text, or one that mentions sipbot (the `app_mention`
 * event for the same post answers it, so a mention gets exactly one reply).
 */
export function messageToInvocation(event: MessagePayload, self: SelfIdentity): MessageInvocation | null {
  if (!POSTED_SUBTYPES.has(event.subtype) || event.channel === undefined) return null;
  if (mentions(event.text ?? '', self.userId)) return null;
  const text = messageText(event);
  if (text.trim() === '') return null;
  const thread = threadOf(event);
  return {
    kind: 'message',
    platform: 'slack',
    channelId: event.channel,
    author: author(event, self),
    text,
    messageId: event.ts,
    ...(thread === undefined ? {} : { threadId: thread }),
  };
}

/** `@sipbot <query or pasted trace>`, with the mention removed. */
export function mentionToInvocation(event: MessagePayload, self: SelfIdentity): ExplainInvocation | null {
  if (event.channel === undefined) return null;
  const thread = threadOf(event);
  return {
    kind: 'mention',
    platform: 'slack',
    channelId: event.channel,
    author: author(event, self),
    text: messageText({ ...event, text: stripMention(event.text ?? '', self.userId) }),
    messageId: event.ts,
    ...(thread === undefined ? {} : { threadId: thread }),
  };
}

/** The "Explain SIP codes" message shortcut: the codes in the chosen message. */
export function shortcutToInvocation(payload: MessageShortcutPayload, self: SelfIdentity): ExplainInvocation {
  return {
    kind: 'shortcut',
    platform: 'slack',
    channelId: payload.channel.id,
    author: { id: payload.user.id, isBot: false, isSelf: payload.user.id === self.userId },
    text: messageText(payload.message),
    messageId: payload.message.ts,
  };
}
