import type {
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  Message,
  MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Bot } from '../../src/bot.js';
import type { CommandInvocation } from '../../src/invocation.js';
import type { Logger } from '../../src/log.js';
import { type Reply, textReply } from '../../src/reply.js';
import { answerAutocomplete } from './autocomplete.js';
import { type CommandName, explainMenuCommand, sipautoCommand, sipCommand } from './commands.js';
import { CONTENT_LIMIT, renderDiscord, truncate } from './render.js';
import { apologise, type RespondOptions, type ResponseBody, respond } from './respond.js';
import { isShareButton, type ShareButtons, type SharedQuery } from './share.js';
import {
  contextMenuInvocation,
  type DiscordMessageFacts,
  type DiscordPlace,
  discordPlace,
  sipautoInvocation,
  sipInvocation,
  switchesAutoExplainOn,
} from './to-invocation.js';

/** What the interaction handlers share; built once by startDiscord. */
export interface DiscordContext {
  bot: Bot;
  logger: Logger;
  share: ShareButtons;
  /** Whether the Message Content intent is requested: auto-explain needs it. */
  messageContent: boolean;
  deferAfterMs?: number;
}

export const MESSAGE_CONTENT_HINT =
  'Auto-explain reads new messages, which needs Discord\'s privileged Message Content intent, and this sipbot runs without it. To turn it on: Developer Portal > Applications > sipbot > Bot > Privileged Gateway Intents > enable Message Content Intent; set DISCORD_MESSAGE_CONTENT=true and restart sipbot; then run /sipauto mode:on again. /sip and the "Explain SIP codes" menu work meanwhile.';

export const SHARE_EXPIRED =
  'This Share button has expired (long queries are kept for an hour). Run /sip again to share it.';

export const UNKNOWN_COMMAND =
  'This sipbot does not know that command: its registration is out of date. Ask whoever runs it to run npm run discord:register.';

function placeOfInteraction(interaction: Interaction): DiscordPlace {
  return discordPlace(interaction.channelId ?? interaction.user.id, interaction.channel);
}

/** The facts of a message the core needs: its text (content and embed text) and author. */
export function messageFacts(message: Message): DiscordMessageFacts {
  return {
    ...discordPlace(message.channelId, message.channel),
    id: message.id,
    content: message.content,
    embedTexts: message.embeds.flatMap((embed) => [embed.title ?? '', embed.description ?? '']),
    authorId: message.author.id,
    authorIsBot: message.author.bot,
    webhookId: message.webhookId,
  };
}

function options(context: DiscordContext, ephemeral: boolean): RespondOptions {
  return {
    ephemeral,
    logger: context.logger,
    ...(context.deferAfterMs === undefined ? {} : { deferAfterMs: context.deferAfterMs }),
  };
}

/** Auto-explain cannot work without the Message Content intent: say how to get it instead of switching on. */
function needsMessageContentHint(invocation: CommandInvocation, context: DiscordContext): boolean {
  return (
    !context.messageContent && invocation.canManageChannel !== false && switchesAutoExplainOn(invocation)
  );
}

/** A reply rendered for Discord, with the Share button when there is something to share. */
function body(reply: Reply | null, context: DiscordContext, shared?: SharedQuery): ResponseBody {
  const rendered = renderDiscord(reply ?? textReply('not-found', 'Nothing to explain there.'));
  const shareable = shared && reply?.outcome === 'answered' && reply.cards.length > 0;
  return { ...rendered, components: shareable ? [context.share.row(shared)] : [] };
}

/** `/sip` and `/sipauto`: both are core commands, answered ephemerally; only `/sip` offers Share. */
async function answerCommand(
  interaction: ChatInputCommandInteraction,
  context: DiscordContext,
  invocation: CommandInvocation,
  shareQuery?: string,
): Promise<void> {
  await respond(
    interaction,
    async () =>
      needsMessageContentHint(invocation, context)
        ? body(textReply('usage', MESSAGE_CONTENT_HINT), context)
        : body(
            await context.bot.handle(invocation),
            context,
            shareQuery === undefined ? undefined : { kind: 'command', text: shareQuery },
          ),
    options(context, true),
  );
}

function answerSip(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const query = interaction.options.getString('query', true);
  const place = placeOfInteraction(interaction);
  const invocation = sipInvocation(
    place,
    interaction.user.id,
    query,
    interaction.memberPermissions?.bitfield,
  );
  return answerCommand(interaction, context, invocation, query);
}

function answerSipauto(interaction: ChatInputCommandInteraction, context: DiscordContext): Promise<void> {
  const mode = interaction.options.getString('mode', true);
  const place = placeOfInteraction(interaction);
  const invocation = sipautoInvocation(
    place,
    interaction.user.id,
    mode,
    interaction.memberPermissions?.bitfield,
  );
  return answerCommand(interaction, context, invocation);
}

async function answerExplainMenu(
  interaction: MessageContextMenuCommandInteraction,
  context: DiscordContext,
): Promise<void> {
  const target = messageFacts(interaction.targetMessage);
  const invocation = contextMenuInvocation(placeOfInteraction(interaction), interaction.user.id, target);
  await respond(
    interaction,
    async () =>
      body(await context.bot.handle(invocation), context, { kind: 'shortcut', text: invocation.text }),
    options(context, true),
  );
}

async function answerShare(interaction: ButtonInteraction, context: DiscordContext): Promise<void> {
  const shared = context.share.resolve(interaction.customId);
  if (!shared) {
    await respond(interaction, async () => ({ content: SHARE_EXPIRED }), options(context, true));
    return;
  }
  const place = placeOfInteraction(interaction);
  const userId = interaction.user.id;
  const invocation =
    shared.kind === 'command'
      ? sipInvocation(place, userId, shared.text, interaction.memberPermissions?.bitfield)
      : contextMenuInvocation(place, userId, {
          ...place,
          id: interaction.message.id,
          content: shared.text,
          authorId: userId,
          authorIsBot: false,
        });
  await respond(
    interaction,
    async () => {
      const rendered = body(await context.bot.handle(invocation), context);
      const byline = `Shared by <@${userId}>`;
      return {
        ...rendered,
        content: truncate(rendered.content ? `${byline}\n${rendered.content}` : byline, CONTENT_LIMIT),
      };
    },
    options(context, false),
  );
}

type CommandRoute = (interaction: Interaction, context: DiscordContext) => Promise<void>;

/**
 * The command router, keyed by the names in commands.ts: the registered definitions and the
 * routes cannot drift apart (a test checks both directions).
 */
export const commandRoutes: Record<CommandName, CommandRoute> = {
  [sipCommand.name]: (interaction, context) =>
    interaction.isChatInputCommand() ? answerSip(interaction, context) : Promise.resolve(),
  [sipautoCommand.name]: (interaction, context) =>
    interaction.isChatInputCommand() ? answerSipauto(interaction, context) : Promise.resolve(),
  [explainMenuCommand.name]: (interaction, context) =>
    interaction.isMessageContextMenuCommand() ? answerExplainMenu(interaction, context) : Promise.resolve(),
};

function routeOf(name: string): CommandRoute | undefined {
  return Object.hasOwn(commandRoutes, name) ? commandRoutes[name as CommandName] : undefined;
}

/** Every interaction sipbot receives: answered, deferred or apologised for, never left hanging. */
export async function handleInteraction(interaction: Interaction, context: DiscordContext): Promise<void> {
  if (interaction.isAutocomplete()) return answerAutocomplete(interaction, context);
  if (interaction.isButton() && isShareButton(interaction.customId)) return answerShare(interaction, context);
  if (interaction.isCommand()) {
    const route = routeOf(interaction.commandName);
    if (route) return route(interaction, context);
    context.logger.warn('an unknown Discord command was used', { command: interaction.commandName });
    await respond(interaction, async () => ({ content: UNKNOWN_COMMAND }), options(context, true));
    return;
  }
  if (interaction.isRepliable()) await apologise(interaction, context.logger);
}
