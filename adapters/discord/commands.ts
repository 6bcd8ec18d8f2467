import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * The application commands, as Discord's API takes them. `npm run discord:register` sends this
 * list and the interaction router looks commands up by these names: one list, never two.
 */

/** `/sip query:<text>`: every query of the core, with autocomplete on `query`. */
export const sipCommand = {
  name: 'sip',
  type: ApplicationCommandType.ChatInput,
  description: 'Explain a SIP response code, class, reason phrase or Q.850 cause',
  options: [
    {
      name: 'query',
      description: 'A code (486), a class (4xx), words (busy), a Q.850 cause (q850 17) or a pasted trace',
      type: ApplicationCommandOptionType.String,
      required: true,
      autocomplete: true,
      max_length: 6000,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The modes `/sipauto` offers; the core's `auto` command takes the same words. */
export const AUTO_MODES = ['on', 'off', 'status'] as const;

/** `/sipauto mode:on|off|status`: the channel's auto-explain switch, for channel managers. */
export const sipautoCommand = {
  name: 'sipauto',
  type: ApplicationCommandType.ChatInput,
  description: 'Switch automatic explanations of pasted SIP codes on or off for this channel',
  default_member_permissions: PermissionFlagsBits.ManageChannels.toString(),
  contexts: [InteractionContextType.Guild],
  options: [
    {
      name: 'mode',
      description: 'on, off, or status to see the current setting',
      type: ApplicationCommandOptionType.String,
      required: true,
      choices: AUTO_MODES.map((mode) => ({ name: mode, value: mode })),
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The message context menu: explains the codes in any message, no privileged intent needed. */
export const explainMenuCommand = {
  name: 'Explain SIP codes',
  type: ApplicationCommandType.Message,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export type CommandDefinition =
  | RESTPostAPIChatInputApplicationCommandsJSONBody
  | RESTPostAPIContextMenuApplicationCommandsJSONBody;

/** Everything registered with Discord, in the order the register script sends it. */
export const commandDefinitions: readonly CommandDefinition[] = [
  sipCommand,
  sipautoCommand,
  explainMenuCommand,
];

/** The names the router answers; registration and routing share them. */
export type CommandName =
  | typeof sipCommand.name
  | typeof sipautoCommand.name
  | typeof explainMenuCommand.name;
