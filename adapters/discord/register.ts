import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, type DiscordConfig, parseConfig } from '../../src/config.js';
import { type CommandDefinition, commandDefinitions } from './commands.js';
import { restApiBase } from './index.js';

/** What the register script did, for its report. */
export interface Registration {
  scope: 'global' | 'guild';
  guildId?: string;
  route: string;
  names: string[];
}

/**
 * Sends the command definitions to Discord, replacing the application's commands: in one guild
 * when `guildId` is set (visible at once, for development), otherwise globally (may take up to
 * an hour to appear everywhere). The same list the bot routes by: commands.ts.
 */
export async function registerCommands(
  config: Pick<DiscordConfig, 'token' | 'applicationId' | 'guildId' | 'apiUrl'>,
  definitions: readonly CommandDefinition[] = commandDefinitions,
): Promise<Registration> {
  const rest = new REST(config.apiUrl ? { api: restApiBase(config.apiUrl) } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  await rest.put(route, { body: definitions });
  return {
    scope: config.guildId ? 'guild' : 'global',
    ...(config.guildId ? { guildId: config.guildId } : {}),
    route,
    names: definitions.map((definition) => definition.name),
  };
}

/** The report printed after a registration. */
export function describeRegistration(registration: Registration): string {
  const where =
    registration.scope === 'guild'
      ? `in server ${registration.guildId} (visible now)`
      : 'globally (Discord may take up to an hour to show them everywhere; set DISCORD_GUILD_ID for instant updates while developing)';
  return `Registered ${registration.names.length} commands ${where}: ${registration.names.map((name) => (name.includes(' ') ? `"${name}"` : `/${name}`)).join(', ')}.`;
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  let discord: DiscordConfig | undefined;
  try {
    discord = parseConfig(process.env).discord;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (!discord) {
    process.stderr.write(
      'Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal > Bot and > General Information) to register the commands.\n',
    );
    return 1;
  }
  try {
    process.stdout.write(`${describeRegistration(await registerCommands(discord))}\n`);
    return 0;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    const hint =
      status === 401
        ? 'Discord rejected DISCORD_TOKEN: copy it again from Developer Portal > Bot > Reset Token.'
        : status === 403 || status === 404
          ? 'Check DISCORD_APPLICATION_ID (General Information) and, if set, that DISCORD_GUILD_ID is a server the bot was invited to with the applications.commands scope.'
          : 'Check the network and DISCORD_API_URL.';
    const message = (error instanceof Error ? error.message : String(error))
      .split(discord.token)
      .join('[redacted]');
    process.stderr.write(`Could not register the Discord commands: ${message}. ${hint}\n`);
    return 1;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(realpathSync(entry)).href) {
  process.exitCode = await main();
}
