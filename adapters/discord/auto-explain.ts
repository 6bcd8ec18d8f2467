import type { Message } from 'discord.js';
import type { Bot } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';
import { messageFacts } from './interactions.js';
import { renderDiscord } from './render.js';
import { messageInvocation } from './to-invocation.js';

/**
 * Auto-explain for one new message: the core decides (channel switch, bots, cooldowns) and the
 * answer is a reply to the message that pings nobody. Failures are logged, never posted.
 */
export async function autoExplainMessage(message: Message, bot: Bot, logger: Logger): Promise<void> {
  if (message.system || message.partial) return;
  try {
    const reply = await bot.handle(messageInvocation(messageFacts(message), message.client.user?.id));
    if (!reply) return;
    await message.reply({
      ...renderDiscord(reply),
      allowedMentions: { parse: [], repliedUser: false },
      failIfNotExists: false,
    });
  } catch (error) {
    logger.error('failed to auto-explain a Discord message', {
      cause: error,
      channelId: message.channelId,
      messageId: message.id,
    });
  }
}
