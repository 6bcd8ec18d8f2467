import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGE_CONTENT_HINT, UNKNOWN_COMMAND } from '../../../adapters/discord/interactions.js';
import { createSipbot } from '../../../commands/index.js';
import { createMemorySettingsStore } from '../../../src/auto/settings-store.js';
import { APOLOGY, type Bot } from '../../../src/bot.js';
import type { FakeDiscord } from './fake-discord.js';
import { adapters, callbackOf, discordConfig, startFakeDiscord, waitFor } from './harness.js';
import { autocompletePayload, interactionFrom, sipautoPayload, sipCommandPayload } from './payloads.js';

interface Embed {
  title?: string;
  color?: number;
  description?: string;
  fields?: { name: string; value: string }[];
}
interface Callback {
  type: number;
  data: {
    flags?: number;
    content?: string;
    embeds?: Embed[];
    components?: { components: { custom_id: string; label: string }[] }[];
    choices?: { name: string; value: string }[];
    allowed_mentions?: { parse: string[] };
  };
}

const EPHEMERAL = 64;
const CHANNEL_MESSAGE = 4;
const DEFERRED_CHANNEL_MESSAGE = 5;
const AUTOCOMPLETE_RESULT = 8;

function words(callback: Callback): string {
  return [
    callback.data.content ?? '',
    ...(callback.data.embeds ?? []).flatMap((embed) => [
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ].join('\n');
}

describe('Discord slash commands, autocomplete and the context menu', () => {
  let fake: FakeDiscord;
  const running = adapters();
  const bot = createSipbot({ settings: createMemorySettingsStore() });

  async function start(options: { bot?: Bot; deferAfterMs?: number } = {}) {
    await running.start(
      options.bot ?? bot,
      discordConfig(fake),
      options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs },
    );
    await waitFor(() => fake.gateway.ready, 'the gateway session');
  }

  async function send(payload: Record<string, unknown>): Promise<Callback> {
    fake.interact(payload);
    return (await callbackOf(fake, payload.id)).body as Callback;
  }

  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await running.stopAll();
    await fake.close();
  });

  it('explains /sip 603 as Decline, ephemerally, in a coloured embed with a Share button', async () => {
    await start();
    const callback = await send(sipCommandPayload('603'));
    expect(callback.type).toBe(CHANNEL_MESSAGE);
    expect(callback.data.flags).toBe(EPHEMERAL);
    const [embed] = callback.data.embeds ?? [];
    expect(embed?.title).toBe('603 Decline');
    expect(embed?.color).toBeTypeOf('number');
    expect(embed?.fields?.map((field) => field.name)).toEqual(
      expect.arrayContaining(['Common causes', 'What to check', 'Reference']),
    );
    expect(words(callback)).toContain('rfc-editor.org/rfc/rfc3261');
    expect(callback.data.components?.[0]?.components[0]).toMatchObject({
      label: 'Share',
      custom_id: 'sip-share:q:603',
    });
  });

  it('answers /sip busy with 486 Busy Here', async () => {
    await start();
    const callback = await send(sipCommandPayload('busy'));
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(words(callback)).toContain('486 Busy Here');
  });

  it('says that 999 is not a SIP response code, without a Share button', async () => {
    await start();
    const callback = await send(sipCommandPayload('999'));
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(words(callback)).toMatch(/999 is not a SIP response code/);
    expect(callback.data.components ?? []).toEqual([]);
  });

  it('offers 480, 486 and 487 when 48 is typed, at most 25 choices within 100 characters', async () => {
    await start();
    const callback = await send(autocompletePayload('48'));
    expect(callback.type).toBe(AUTOCOMPLETE_RESULT);
    const choices = callback.data.choices ?? [];
    expect(choices.map((choice) => choice.value)).toEqual(expect.arrayContaining(['480', '486', '487']));
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('explains the codes of a pasted trace from the message context menu, ephemerally', async () => {
    await start();
    const callback = await send(interactionFrom('interaction_context_menu'));
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(words(callback)).toContain('486 Busy Here');
    expect(callback.data.components?.[0]?.components[0]?.label).toBe('Share');
  });

  it('posts the answer publicly when Share is pressed, naming who shared it without pinging', async () => {
    await start();
    const callback = await send(interactionFrom('interaction_share_button'));
    expect(callback.type).toBe(CHANNEL_MESSAGE);
    expect(callback.data.flags ?? 0).toBe(0);
    expect(callback.data.content).toContain('Shared by <@1100000000000000400>');
    expect(callback.data.allowed_mentions?.parse).toEqual([]);
    expect(callback.data.embeds?.[0]?.title).toBe('603 Decline');
  });

  it('shares a query too long for a custom_id through the remembered-query map', async () => {
    await start();
    const query = `SIP/2.0 487 Request Terminated ${'x'.repeat(120)}`;
    const asked = await send(sipCommandPayload(query));
    const customId = asked.data.components?.[0]?.components[0]?.custom_id ?? '';
    expect(customId.length).toBeLessThanOrEqual(100);
    const shared = await send(
      interactionFrom('interaction_share_button', (payload) => {
        payload.data = { component_type: 2, custom_id: customId };
      }),
    );
    expect(shared.data.flags ?? 0).toBe(0);
    expect(words(shared)).toContain('487 Request Terminated');
  });

  it('tells /sipauto on how to enable the Message Content intent when it is not requested', async () => {
    await start();
    const callback = await send(sipautoPayload('on'));
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.content).toContain('Message Content Intent');
    expect(callback.data.content).toContain('DISCORD\\_MESSAGE\\_CONTENT=true');
    expect(MESSAGE_CONTENT_HINT).toContain('DISCORD_MESSAGE_CONTENT=true');
  });

  it('refuses /sipauto to a member who cannot manage the channel', async () => {
    await start();
    const callback = await send(sipautoPayload('off', false));
    expect(callback.data.content).toMatch(/Only members who can manage this channel/);
  });

  it('refuses /sip query:auto off to a member who cannot manage the channel, as /sipauto does', async () => {
    await start();
    const callback = await send(
      interactionFrom('interaction_sip_command', (payload) => {
        (payload.data as { options: unknown[] }).options[0] = { name: 'query', type: 3, value: 'auto off' };
      }),
    );
    expect(callback.data.content).toMatch(/Only members who can manage this channel/);
  });

  it('answers /sip query:auto on with the Message Content steps too', async () => {
    await start();
    const callback = await send(
      interactionFrom('interaction_sipauto_command', (payload) => {
        payload.data = {
          id: '1',
          name: 'sip',
          type: 1,
          options: [{ name: 'query', type: 3, value: 'auto on' }],
        };
      }),
    );
    expect(callback.data.content).toContain('Message Content Intent');
  });

  it('defers an answer that is slow and edits it in when ready', async () => {
    const slow: Bot = {
      ...bot,
      handle: async (invocation) => {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return bot.handle(invocation);
      },
    };
    await start({ bot: slow, deferAfterMs: 50 });
    const payload = sipCommandPayload('603');
    const callback = await send(payload);
    expect(callback.type).toBe(DEFERRED_CHANNEL_MESSAGE);
    expect(callback.data.flags).toBe(EPHEMERAL);
    const edit = await waitFor(
      () =>
        fake.requests.find(
          (request) =>
            request.method === 'PATCH' &&
            request.path.endsWith(`/${String(payload.token)}/messages/@original`),
        ),
      'the edit of the deferred reply',
    );
    expect(JSON.stringify(edit.body)).toContain('603 Decline');
  });

  it('answers with an ephemeral apology when handling fails, never leaving the interaction unanswered', async () => {
    const broken: Bot = {
      ...bot,
      handle: () => Promise.reject(new Error('catalogue on fire')),
    };
    await start({ bot: broken });
    const callback = await send(sipCommandPayload('603'));
    expect(callback.type).toBe(CHANNEL_MESSAGE);
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.content).toBe(APOLOGY);
  });

  it('answers a command it does not route with how to re-register, not silence', async () => {
    await start();
    const callback = await send(
      interactionFrom('interaction_sip_command', (payload) => {
        payload.data = { id: '1', name: 'sipold', type: 1, options: [] };
      }),
    );
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect(callback.data.content).toContain('discord:register');
    expect(UNKNOWN_COMMAND).toContain('npm run discord:register');
  });
});
