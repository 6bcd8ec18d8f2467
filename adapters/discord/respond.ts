import {
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { APOLOGY } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';

/** Discord drops an interaction not answered within 3 s; past this, sipbot defers first. */
export const DEFER_AFTER_MS = 2_000;

/** A response body that can be both a first reply and an edit of a deferred one. */
export type ResponseBody = Pick<InteractionReplyOptions, 'content' | 'embeds' | 'components'> &
  Pick<InteractionEditReplyOptions, 'content' | 'embeds' | 'components'>;

export interface RespondOptions {
  ephemeral: boolean;
  logger: Logger;
  deferAfterMs?: number;
}

const NO_MENTIONS = { parse: [], repliedUser: false } as const;

/**
 * Answers an interaction with what `work` produces. When `work` takes longer than
 * `deferAfterMs` the interaction is deferred (Discord shows "thinking…") and edited later, so it
 * is always acknowledged within Discord's 3 s. Any failure becomes an ephemeral apology.
 */
export async function respond(
  interaction: RepliableInteraction,
  work: () => Promise<ResponseBody>,
  options: RespondOptions,
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const pending = work();
  pending.catch(() => undefined); // awaited below; this only stops an early exit leaving it unhandled
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), options.deferAfterMs ?? DEFER_AFTER_MS);
  });
  try {
    const first = await Promise.race([pending, late]);
    if (first !== 'late') {
      await interaction.reply({ ...first, allowedMentions: NO_MENTIONS, ...(flags ? { flags } : {}) });
      return;
    }
    await interaction.deferReply(flags ? { flags } : {});
    await interaction.editReply({ ...(await pending), allowedMentions: NO_MENTIONS });
  } catch (error) {
    options.logger.error('failed to answer a Discord interaction', {
      cause: error,
      interactionId: interaction.id,
    });
    await apologise(interaction, options.logger);
  } finally {
    clearTimeout(timer);
  }
}

/** The apology, by whichever route is still open for this interaction. */
export async function apologise(interaction: RepliableInteraction, logger: Logger): Promise<void> {
  try {
    if (interaction.deferred && !interaction.replied) await interaction.editReply({ content: APOLOGY });
    else if (interaction.replied)
      await interaction.followUp({ content: APOLOGY, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ content: APOLOGY, flags: MessageFlags.Ephemeral });
  } catch (error) {
    logger.error('could not even apologise to a Discord interaction', {
      cause: error,
      interactionId: interaction.id,
    });
  }
}
