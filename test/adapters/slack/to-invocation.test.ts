import { describe, expect, it } from 'vitest';
import {
  commandToInvocation,
  type MessagePayload,
  type MessageShortcutPayload,
  mentionToInvocation,
  messageToInvocation,
  replyThreadTs,
  type SlashCommandPayload,
  shortcutToInvocation,
} from '../../../adapters/slack/to-invocation.js';
import { eventEnvelope, interactivePayload, slashCommand } from './fixtures.js';
import { ids } from './ids.js';

const self = { userId: ids.botUser, botId: ids.bot };
const event = (name: Parameters<typeof eventEnvelope>[0], fields: Record<string, unknown> = {}) =>
  eventEnvelope(name, fields).event as MessagePayload;

describe('Slack payloads to invocations', () => {
  it('reads a slash command as a command from the channel it was typed in', () => {
    const payload = slashCommand({ text: 'auto on' }) as unknown as SlashCommandPayload;
    expect(commandToInvocation(payload)).toEqual({
      kind: 'command',
      platform: 'slack',
      channelId: ids.voip,
      author: { id: ids.alice, isBot: false, isSelf: false },
      text: 'auto on',
    });
  });

  it('reads a channel message with its ts as the message id', () => {
    const invocation = messageToInvocation(event('event_message'), self);
    expect(invocation).toMatchObject({
      kind: 'message',
      channelId: ids.voip,
      messageId: '1700000100.000100',
    });
    expect(invocation?.threadId).toBeUndefined();
    expect(invocation?.author).toEqual({ id: ids.alice, isBot: false, isSelf: false });
  });

  it('keeps the thread root of a reply, and answers there', () => {
    const reply = event('event_message', { ts: '2.0', thread_ts: '1.0' });
    expect(messageToInvocation(reply, self)?.threadId).toBe('1.0');
    expect(replyThreadTs(reply)).toBe('1.0');
    expect(replyThreadTs(event('event_message', { ts: '3.0' }))).toBe('3.0');
  });

  it('marks bots, webhooks and sipbot itself', () => {
    expect(messageToInvocation(event('event_message_bot'), self)?.author).toEqual({
      id: ids.alertBot,
      isBot: true,
      isSelf: false,
      isWebhook: true,
      botId: ids.alertBot,
    });
    const own = messageToInvocation(event('event_message', { user: ids.botUser, bot_id: ids.bot }), self);
    expect(own?.author.isSelf).toBe(true);
  });

  it('reads an alerting bot attachment as text', () => {
    expect(messageToInvocation(event('event_message_bot'), self)?.text).toContain('503 Service Unavailable');
  });

  it('ignores edits, uploads and messages that mention sipbot', () => {
    expect(messageToInvocation(event('event_message_changed'), self)).toBeNull();
    expect(messageToInvocation(event('event_message_file_share'), self)).toBeNull();
    expect(messageToInvocation(event('event_message', { text: `<@${ids.botUser}> 486` }), self)).toBeNull();
  });

  it('reads a mention with the mention removed', () => {
    expect(mentionToInvocation(event('event_app_mention'), self)).toMatchObject({
      kind: 'mention',
      text: '486',
      messageId: '1700000200.000100',
    });
  });

  it('reads the shortcut as the chosen message, asked by whoever used it', () => {
    const payload = interactivePayload('shortcut_message_action') as unknown as MessageShortcutPayload;
    expect(shortcutToInvocation(payload, self)).toMatchObject({
      kind: 'shortcut',
      channelId: ids.support,
      author: { id: ids.bob },
      messageId: '1700000550.000100',
    });
  });
});
