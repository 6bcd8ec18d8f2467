import { createSipbot } from '../commands/index.js';
import type { BotOptions } from '../src/bot.js';
import type { Author, CommandInvocation, MessageInvocation, Platform } from '../src/invocation.js';
import type { Reply } from '../src/reply.js';

export const person: Author = { id: 'U1', isBot: false, isSelf: false };

/** A bot as the adapters build it, with an in-memory store unless one is given. */
export function testBot(options: Omit<BotOptions, 'commands'> = {}) {
  return createSipbot(options);
}

export function command(
  text: string,
  platform: Platform = 'shell',
  extra: Partial<CommandInvocation> = {},
): CommandInvocation {
  return { kind: 'command', platform, channelId: 'C1', author: person, text, ...extra };
}

let nextMessageId = 1;
export function message(text: string, extra: Partial<MessageInvocation> = {}): MessageInvocation {
  nextMessageId += 1;
  return {
    kind: 'message',
    platform: 'slack',
    channelId: 'C1',
    author: person,
    text,
    messageId: `m${nextMessageId}`,
    ...extra,
  };
}

/** Every word a reply shows, for assertions that do not care about layout. */
export function replyText(reply: Reply | null): string {
  if (!reply) return '';
  const cards = reply.cards.map((card) =>
    [
      card.title,
      card.summary ?? '',
      ...card.fields.map((field) => `${field.label}: ${field.value}`),
      ...card.sections.flatMap((section) => [section.heading, ...section.lines]),
      ...card.related,
      ...card.links.map((link) => `${link.label} ${link.url}`),
      card.footer ?? '',
    ].join('\n'),
  );
  return [reply.text, reply.intro ?? '', ...cards, reply.more ?? ''].join('\n');
}

export function titles(reply: Reply | null): string[] {
  return reply?.cards.map((card) => card.title) ?? [];
}
