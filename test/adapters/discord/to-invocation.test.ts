import { describe, expect, it } from 'vitest';
import {
  canManageChannel,
  contextMenuInvocation,
  discordPlace,
  messageInvocation,
  sipautoInvocation,
  sipInvocation,
} from '../../../adapters/discord/to-invocation.js';
import { ids, permissions } from './ids.js';
import { fixture } from './payloads.js';

interface RecordedMessage {
  id: string;
  channel_id: string;
  content: string;
  author: { id: string; bot?: boolean };
  webhook_id?: string;
}

const notThread = { isThread: () => false };
const thread = { isThread: () => true, parentId: ids.opsChannel };

function facts(message: RecordedMessage, channel = notThread) {
  return {
    ...discordPlace(message.channel_id, channel),
    id: message.id,
    content: message.content,
    authorId: message.author.id,
    authorIsBot: message.author.bot === true,
    webhookId: message.webhook_id ?? null,
  };
}

describe('Discord payloads to invocations', () => {
  it('turns /sip query into a discord command with the query as text', () => {
    const place = discordPlace(ids.opsChannel, notThread);
    expect(sipInvocation(place, ids.engineer, '603')).toEqual({
      kind: 'command',
      platform: 'discord',
      channelId: ids.opsChannel,
      author: { id: ids.engineer, isBot: false, isSelf: false },
      text: '603',
    });
  });

  it('turns /sipauto into `auto <mode>` and reads Manage Channels from the member permissions', () => {
    const place = discordPlace(ids.opsChannel, notThread);
    const manager = sipautoInvocation(place, ids.engineer, 'on', BigInt(permissions.manager));
    expect(manager).toMatchObject({ text: 'auto on', canManageChannel: true });
    expect(sipautoInvocation(place, ids.engineer, 'on', BigInt(permissions.member)).canManageChannel).toBe(
      false,
    );
    expect(sipautoInvocation(place, ids.engineer, 'status', null)).not.toHaveProperty('canManageChannel');
    expect(canManageChannel(1n << 3n)).toBe(true);
  });

  it('gives a thread its parent channel, so the parent’s auto-explain switch applies', () => {
    const message = fixture<RecordedMessage>('message_create');
    const invocation = messageInvocation(facts({ ...message, channel_id: ids.opsThread }, thread), ids.bot);
    expect(invocation).toMatchObject({
      channelId: ids.opsChannel,
      threadId: ids.opsThread,
      messageId: message.id,
    });
  });

  it('marks a person’s message as neither bot nor self', () => {
    const message = fixture<RecordedMessage>('message_create');
    expect(messageInvocation(facts(message), ids.bot).author).toEqual({
      id: ids.engineer,
      isBot: false,
      isSelf: false,
    });
  });

  it('marks a webhook post with its webhook id, for ALLOWED_BOT_IDS', () => {
    const message = fixture<RecordedMessage>('message_create_webhook');
    expect(messageInvocation(facts(message), ids.bot).author).toEqual({
      id: ids.alertWebhook,
      isBot: true,
      isSelf: false,
      isWebhook: true,
      botId: ids.alertWebhook,
    });
  });

  it('marks sipbot’s own messages as self', () => {
    const message = fixture<RecordedMessage>('message_create');
    const own = { ...message, author: { id: ids.bot, bot: true } };
    expect(messageInvocation(facts(own), ids.bot).author).toMatchObject({ isSelf: true, botId: ids.bot });
  });

  it('explains the target message of the context menu, with embed text too', () => {
    const recorded = fixture<{
      data: { target_id: string; resolved: { messages: Record<string, RecordedMessage> } };
    }>('interaction_context_menu');
    const target = recorded.data.resolved.messages[recorded.data.target_id];
    if (!target) throw new Error('fixture has no target message');
    const invocation = contextMenuInvocation(discordPlace(ids.opsChannel, notThread), ids.engineer, {
      ...facts(target),
      embedTexts: ['Alert: 503 from carrier-de'],
    });
    expect(invocation.kind).toBe('shortcut');
    expect(invocation.text).toContain('SIP/2.0 486 Busy Here');
    expect(invocation.text).toContain('Alert: 503 from carrier-de');
    expect(invocation.messageId).toBe(target.id);
  });
});
