import { afterEach, describe, expect, it } from 'vitest';
import {
  commandDefinitions,
  explainMenuCommand,
  sipautoCommand,
  sipCommand,
} from '../../../adapters/discord/commands.js';
import { commandRoutes } from '../../../adapters/discord/interactions.js';
import { describeRegistration, registerCommands } from '../../../adapters/discord/register.js';
import type { FakeDiscord } from './fake-discord.js';
import { discordConfig, startFakeDiscord } from './harness.js';
import { ids } from './ids.js';

const MANAGE_CHANNELS = String(1n << 4n);

describe('Discord command registration', () => {
  let fake: FakeDiscord;
  afterEach(async () => {
    await fake?.close();
  });

  it('routes exactly the commands it registers', () => {
    expect(Object.keys(commandRoutes).sort()).toEqual(
      commandDefinitions.map((definition) => definition.name).sort(),
    );
  });

  it('registers to one guild with DISCORD_GUILD_ID the very definitions the bot routes by', async () => {
    fake = await startFakeDiscord();
    const registration = await registerCommands(discordConfig(fake, { guildId: ids.guild }));
    const puts = fake.requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.path)).toEqual([
      `/api/v10/applications/${ids.application}/guilds/${ids.guild}/commands`,
    ]);
    expect(puts[0]?.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions)));
    expect(((puts[0]?.body ?? []) as { name: string }[]).map((definition) => definition.name)).toEqual(
      Object.keys(commandRoutes),
    );
    expect(describeRegistration(registration)).toBe(
      `Registered 3 commands in server ${ids.guild} (visible now): /sip, /sipauto, "Explain SIP codes".`,
    );
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    fake = await startFakeDiscord();
    const registration = await registerCommands(discordConfig(fake));
    expect(fake.requests.find((request) => request.method === 'PUT')?.path).toBe(
      `/api/v10/applications/${ids.application}/commands`,
    );
    expect(describeRegistration(registration)).toMatch(/^Registered 3 commands globally/);
  });

  it('declares /sip query with autocomplete, /sipauto for channel managers and the message menu', () => {
    expect(sipCommand.options[0]).toMatchObject({ name: 'query', required: true, autocomplete: true });
    expect(sipautoCommand.default_member_permissions).toBe(MANAGE_CHANNELS);
    expect(sipautoCommand.options[0].choices.map((choice) => choice.value)).toEqual(['on', 'off', 'status']);
    expect(explainMenuCommand).toEqual({ name: 'Explain SIP codes', type: 3 });
  });

  it('fails with the REST status when the token is refused', async () => {
    fake = await startFakeDiscord();
    await expect(
      registerCommands(discordConfig(fake, { token: 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.wrong.token-value' })),
    ).rejects.toMatchObject({ status: 401 });
  });
});
