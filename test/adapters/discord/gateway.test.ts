import { afterEach, describe, expect, it } from 'vitest';
import { DiscordStartError, startDiscord } from '../../../adapters/discord/index.js';
import { createSipbot } from '../../../commands/index.js';
import { createMemorySettingsStore } from '../../../src/auto/settings-store.js';
import type { FakeDiscord } from './fake-discord.js';
import {
  adapters,
  callbackOf,
  discordConfig,
  recordingLogger,
  startFakeDiscord,
  waitFor,
} from './harness.js';
import { FAKE_TOKEN } from './ids.js';
import { sipCommandPayload } from './payloads.js';

const GUILDS = 1 << 0;
const GUILD_MESSAGES = 1 << 9;
const MESSAGE_CONTENT = 1 << 15;

describe('Discord gateway: connecting, surviving drops, stopping', () => {
  let fake: FakeDiscord | undefined;
  const running = adapters();
  const bot = createSipbot({ settings: createMemorySettingsStore() });
  afterEach(async () => {
    await running.stopAll();
    await fake?.close();
    fake = undefined;
  });

  async function answered(live: FakeDiscord, query: string): Promise<string> {
    const payload = sipCommandPayload(query);
    live.interact(payload);
    return JSON.stringify((await callbackOf(live, payload.id)).body);
  }

  it('asks only for Guilds and GuildMessages without DISCORD_MESSAGE_CONTENT', async () => {
    fake = await startFakeDiscord();
    await running.start(bot, discordConfig(fake));
    expect(fake.gateway.identifies.map((identify) => identify.intents)).toEqual([GUILDS | GUILD_MESSAGES]);
  });

  it('adds the Message Content intent only when DISCORD_MESSAGE_CONTENT=true', async () => {
    fake = await startFakeDiscord({ allowedPrivilegedIntents: MESSAGE_CONTENT });
    await running.start(bot, discordConfig(fake, { messageContent: true }));
    expect(fake.gateway.identifies.map((identify) => identify.intents)).toEqual([
      GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT,
    ]);
  });

  it('resumes after the gateway drops the connection and still answers commands', async () => {
    const live = await startFakeDiscord();
    fake = live;
    await running.start(bot, discordConfig(live));
    await waitFor(() => live.gateway.ready, 'the gateway session');
    expect(await answered(live, '603')).toContain('603 Decline');

    live.gateway.drop(4000);
    await waitFor(() => live.gateway.resumes.length === 1 && live.gateway.ready, 'the resume', 10_000);
    expect(await answered(live, '486')).toContain('486 Busy Here');
    expect(live.gateway.identifies).toHaveLength(1);
  });

  it('reconnects when the gateway asks (op 7) and still answers commands', async () => {
    const live = await startFakeDiscord();
    fake = live;
    await running.start(bot, discordConfig(live));
    await waitFor(() => live.gateway.ready, 'the gateway session');
    live.gateway.requestReconnect();
    await waitFor(() => live.gateway.resumes.length === 1 && live.gateway.ready, 'the resume', 10_000);
    expect(await answered(live, 'busy')).toContain('486 Busy Here');
  });

  it('closes the gateway connection cleanly on stop', async () => {
    const live = await startFakeDiscord();
    fake = live;
    const { adapter } = await running.start(bot, discordConfig(live));
    await adapter.stop();
    await waitFor(() => live.gateway.connections === 0, 'the connection to close');
    expect(live.gateway.clientCloses).toEqual([1000]);
  });

  it('rejects a token the REST API refuses, saying where to get a new one', async () => {
    fake = await startFakeDiscord();
    const wrong = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.wrong.revoked-token-value';
    const start = startDiscord(bot, discordConfig(fake, { token: wrong }), recordingLogger());
    await expect(start).rejects.toThrow(DiscordStartError);
    await expect(start).rejects.toThrow(/DISCORD_TOKEN.*Bot > Reset Token/);
    await expect(start).rejects.not.toThrow(wrong);
  });

  it('rejects a token the gateway refuses with close 4004, the same way', async () => {
    fake = await startFakeDiscord({ rejectIdentify: true });
    const start = startDiscord(bot, discordConfig(fake), recordingLogger());
    await expect(start).rejects.toThrow(/Discord rejected DISCORD_TOKEN/);
  });

  it('explains a disallowed Message Content intent (close 4014): the portal toggle, or unset DISCORD_MESSAGE_CONTENT', async () => {
    fake = await startFakeDiscord({ allowedPrivilegedIntents: 0 });
    const start = startDiscord(bot, discordConfig(fake, { messageContent: true }), recordingLogger());
    await expect(start).rejects.toThrow(
      /Bot > Privileged Gateway Intents > Message Content Intent.*unset DISCORD_MESSAGE_CONTENT/,
    );
  });

  it('explains where it could not connect when nothing listens at DISCORD_API_URL', async () => {
    const closed = await startFakeDiscord();
    const apiUrl = closed.apiUrl;
    await closed.close();
    const start = startDiscord(bot, discordConfig({ apiUrl }), recordingLogger(), { startTimeoutMs: 10_000 });
    await expect(start).rejects.toThrow(/DISCORD_API_URL/);
  });

  it('never writes the bot token or an interaction token to the log', async () => {
    const live = await startFakeDiscord();
    fake = live;
    const { logger } = await running.start(bot, discordConfig(live));
    await waitFor(() => live.gateway.ready, 'the gateway session');
    const payload = sipCommandPayload('603');
    live.interact(payload);
    await callbackOf(live, payload.id);
    live.gateway.drop(4000);
    await waitFor(() => live.gateway.resumes.length === 1 && live.gateway.ready, 'the resume', 10_000);
    const written = JSON.stringify(logger.lines);
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(written).not.toContain(FAKE_TOKEN);
    expect(written).not.toContain(String(payload.token));
  });
});
