import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSipbot } from '../../../commands/index.js';
import { createMemorySettingsStore, openFileSettingsStore } from '../../../src/auto/settings-store.js';
import type { Bot } from '../../../src/bot.js';
import type { FakeDiscord } from './fake-discord.js';
import {
  adapters,
  callbackOf,
  channelPosts,
  discordConfig,
  settle,
  startFakeDiscord,
  waitFor,
} from './harness.js';
import { ids } from './ids.js';
import { botUser, fixture, freshId, messagePayload, sipautoPayload } from './payloads.js';

const MESSAGE_CONTENT = 1 << 15;

interface Post {
  content?: string;
  embeds?: { title?: string }[];
  message_reference?: { message_id: string };
  allowed_mentions?: { parse: string[]; replied_user: boolean };
}

describe('Discord auto-explain', () => {
  let fake: FakeDiscord;
  let dataDir: string;
  const running = adapters();

  beforeEach(async () => {
    fake = await startFakeDiscord({ allowedPrivilegedIntents: MESSAGE_CONTENT });
    dataDir = await mkdtemp(join(tmpdir(), 'sipbot-discord-'));
  });
  afterEach(async () => {
    await running.stopAll();
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function start(bot: Bot) {
    await running.start(bot, discordConfig(fake, { messageContent: true }));
    await waitFor(() => fake.gateway.ready, 'the gateway session');
  }

  async function switchOn(channelMode = 'on') {
    const payload = sipautoPayload(channelMode);
    fake.interact(payload);
    const callback = await callbackOf(fake, payload.id);
    return (callback.body as { data: { content: string } }).data.content;
  }

  function postsBody(): Post[] {
    return channelPosts(fake).map((request) => request.body as Post);
  }

  it('stays quiet by default on Discord, then explains once /sipauto mode:on was used', async () => {
    await start(createSipbot({ settings: createMemorySettingsStore() }));
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      messagePayload('carrier sends SIP/2.0 486 Busy Here on every call'),
    );
    await settle();
    expect(channelPosts(fake)).toHaveLength(0);

    expect(await switchOn()).toMatch(/Auto-explain is now on/);
    const message = messagePayload('carrier sends SIP/2.0 486 Busy Here on every call');
    fake.gateway.dispatch('MESSAGE_CREATE', message);
    const [post] = await waitFor(
      () => channelPosts(fake).length === 1 && postsBody(),
      'the auto-explain reply',
    );
    expect(channelPosts(fake)[0]?.path).toBe(`/api/v10/channels/${ids.opsChannel}/messages`);
    expect(post?.message_reference?.message_id).toBe(message.id);
    expect(post?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(post?.embeds?.[0]?.title).toBe('486 Busy Here');
  });

  it('never answers its own replies, which Discord echoes back as new messages', async () => {
    await start(createSipbot({ settings: createMemorySettingsStore() }));
    await switchOn();
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      messagePayload('SIP/2.0 503 Service Unavailable from carrier-de'),
    );
    await waitFor(() => channelPosts(fake).length === 1, 'the auto-explain reply');
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      messagePayload('SIP/2.0 480 Temporarily Unavailable from the trunk', (payload) => {
        payload.author = botUser;
      }),
    );
    await settle();
    expect(channelPosts(fake)).toHaveLength(1);
  });

  it('ignores other bots and webhooks', async () => {
    await start(createSipbot({ settings: createMemorySettingsStore() }));
    await switchOn();
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      messagePayload('SIP trunk alert: 503 Service Unavailable', (payload) => {
        payload.author = {
          id: ids.alertBot,
          username: 'alerts',
          discriminator: '0',
          bot: true,
          avatar: null,
        };
      }),
    );
    fake.gateway.dispatch('MESSAGE_CREATE', { ...fixture('message_create_webhook'), id: freshId() });
    fake.gateway.dispatch('MESSAGE_CREATE', messagePayload('and a person: SIP/2.0 404 Not Found on +4930'));
    const posts = await waitFor(
      () => channelPosts(fake).length > 0 && postsBody(),
      'the reply to the person',
    );
    await settle();
    expect(posts.map((post) => post.embeds?.[0]?.title)).toEqual(['404 Not Found']);
    expect(channelPosts(fake)).toHaveLength(1);
  });

  it('answers a webhook whose id is in ALLOWED_BOT_IDS', async () => {
    const bot = createSipbot({
      settings: createMemorySettingsStore(),
      autoExplain: { allowedBotIds: new Set([ids.alertWebhook]) },
    });
    await start(bot);
    await switchOn();
    fake.gateway.dispatch('MESSAGE_CREATE', { ...fixture('message_create_webhook'), id: freshId() });
    const posts = await waitFor(
      () => channelPosts(fake).length === 1 && postsBody(),
      'the auto-explain reply',
    );
    expect(posts[0]?.embeds?.[0]?.title).toBe('503 Service Unavailable');
  });

  it('replies inside a thread, under the switch of the thread’s channel', async () => {
    await start(createSipbot({ settings: createMemorySettingsStore() }));
    await switchOn();
    fake.gateway.dispatch(
      'MESSAGE_CREATE',
      messagePayload('still getting SIP/2.0 487 Request Terminated on the trunk', (payload) => {
        payload.channel_id = ids.opsThread;
      }),
    );
    await waitFor(() => channelPosts(fake).length === 1, 'the reply in the thread');
    expect(channelPosts(fake)[0]?.path).toBe(`/api/v10/channels/${ids.opsThread}/messages`);
  });

  it('remembers /sipauto mode:on across a restart with a new client', async () => {
    await start(createSipbot({ settings: await openFileSettingsStore(dataDir) }));
    await switchOn();
    await running.stopAll();
    await waitFor(() => fake.gateway.connections === 0, 'the first client to disconnect');

    await start(createSipbot({ settings: await openFileSettingsStore(dataDir) }));
    fake.gateway.dispatch('MESSAGE_CREATE', messagePayload('SIP/2.0 486 Busy Here again after the restart'));
    const posts = await waitFor(
      () => channelPosts(fake).length === 1 && postsBody(),
      'the reply after the restart',
    );
    expect(posts[0]?.embeds?.[0]?.title).toBe('486 Busy Here');
  });

  it('switches off again with /sipauto mode:off', async () => {
    await start(createSipbot({ settings: createMemorySettingsStore() }));
    await switchOn();
    expect(await switchOn('off')).toMatch(/Auto-explain is now off/);
    fake.gateway.dispatch('MESSAGE_CREATE', messagePayload('SIP/2.0 486 Busy Here'));
    await settle();
    expect(channelPosts(fake)).toHaveLength(0);
  });
});
