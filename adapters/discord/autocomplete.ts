import type { APIApplicationCommandOptionChoice, AutocompleteInteraction } from 'discord.js';
import type { Bot } from '../../src/bot.js';
import { sipCommand } from './commands.js';
import type { DiscordContext } from './interactions.js';
import { truncate } from './render.js';

/** Discord's limits on autocomplete answers. */
export const AUTOCOMPLETE_CHOICES_LIMIT = 25;
export const CHOICE_NAME_LIMIT = 100;
export const CHOICE_VALUE_LIMIT = 100;

/** Autocomplete choices for a partly typed `/sip` query, within Discord's limits. */
export function autocompleteChoices(bot: Bot, partial: string): APIApplicationCommandOptionChoice<string>[] {
  return bot
    .suggest(partial, AUTOCOMPLETE_CHOICES_LIMIT)
    .slice(0, AUTOCOMPLETE_CHOICES_LIMIT)
    .filter((suggestion) => suggestion.value !== '' && suggestion.label !== '')
    .map((suggestion) => ({
      name: truncate(suggestion.label, CHOICE_NAME_LIMIT),
      value: suggestion.value.slice(0, CHOICE_VALUE_LIMIT),
    }));
}

/** Answers at once from memory; a failure answers no choices rather than leaving the user waiting. */
export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  context: Pick<DiscordContext, 'bot' | 'logger'>,
): Promise<void> {
  try {
    const focused = interaction.commandName === sipCommand.name ? interaction.options.getFocused() : '';
    await interaction.respond(autocompleteChoices(context.bot, focused));
  } catch (error) {
    context.logger.error('failed to answer a Discord autocomplete', { cause: error });
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}
