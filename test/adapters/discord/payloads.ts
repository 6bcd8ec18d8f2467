import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ids } from './ids.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/discord');

/** A recorded, scrubbed payload from test/fixtures/discord, parsed afresh on every call. */
export function fixture<T extends object = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as T;
}

export const botUser = {
  id: ids.bot,
  username: 'sipbot',
  discriminator: '4821',
  global_name: null,
  avatar: null,
  bot: true,
  verified: true,
  flags: 0,
  mfa_enabled: false,
};

const everyonePermissions = String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n));

function role(id: string, name: string, position: number, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: everyonePermissions,
    managed: false,
    mentionable: false,
    flags: 0,
    ...extra,
  };
}

function textChannel(id: string, name: string, position: number) {
  return {
    id,
    type: 0,
    guild_id: ids.guild,
    name,
    position,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    parent_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** The guild the fake bot is in: two text channels, a thread, @everyone and the bot's role. */
export function guildCreate() {
  return {
    id: ids.guild,
    name: 'VoIP Ops',
    icon: null,
    owner_id: ids.engineer,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    mfa_level: 0,
    system_channel_id: ids.opsChannel,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      role(ids.guild, '@everyone', 0),
      role(ids.botRole, 'sipbot', 1, { managed: true, tags: { bot_id: ids.bot } }),
    ],
    joined_at: '2025-01-10T12:00:00.000000+00:00',
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [
      {
        user: botUser,
        roles: [ids.botRole],
        joined_at: '2025-01-10T12:00:00.000000+00:00',
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
      },
    ],
    channels: [textChannel(ids.opsChannel, 'voip-oncall', 0), textChannel(ids.nocChannel, 'noc', 1)],
    threads: [
      {
        id: ids.opsThread,
        type: 11,
        guild_id: ids.guild,
        parent_id: ids.opsChannel,
        owner_id: ids.engineer,
        name: 'carrier-de 486 storm',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 3,
        member_count: 2,
        flags: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: '2025-05-12T03:00:00.000000+00:00',
          locked: false,
        },
      },
    ],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

let next = 0;
/** A new snowflake-shaped id: every dispatched interaction and message gets its own. */
export function freshId(): string {
  next += 1;
  return String(1200000000000000000n + BigInt(Date.now() % 1_000_000) * 1000n + BigInt(next));
}

type Json = Record<string, unknown>;

/** An interaction fixture with a fresh id and token, and the given changes. */
export function interactionFrom(name: string, change: (payload: Json) => void = () => {}): Json {
  const payload = fixture<Json>(name);
  payload.id = freshId();
  payload.token = `scrubbed-token-${payload.id}`;
  change(payload);
  return payload;
}

/** `/sip query:<query>` from the recorded slash-command payload. */
export function sipCommandPayload(query: string): Json {
  return interactionFrom('interaction_sip_command', (payload) => {
    (payload.data as { options: { value: string }[] }).options[0] = {
      name: 'query',
      type: 3,
      value: query,
    } as never;
  });
}

/** `/sipauto mode:<mode>` by a member who may (or may not) manage the channel. */
export function sipautoPayload(mode: string, canManage = true): Json {
  return interactionFrom('interaction_sipauto_command', (payload) => {
    (payload.data as { options: unknown[] }).options[0] = { name: 'mode', type: 3, value: mode };
    if (!canManage) {
      const member = payload.member as Json;
      member.permissions = String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n));
    }
  });
}

/** Autocomplete while typing `partial` into `/sip query`. */
export function autocompletePayload(partial: string): Json {
  return interactionFrom('interaction_autocomplete', (payload) => {
    (payload.data as { options: unknown[] }).options[0] = {
      name: 'query',
      type: 3,
      value: partial,
      focused: true,
    };
  });
}

/** A MESSAGE_CREATE from the recorded one, with a fresh id and the given changes. */
export function messagePayload(content: string, change: (payload: Json) => void = () => {}): Json {
  const payload = fixture<Json>('message_create');
  payload.id = freshId();
  payload.content = content;
  change(payload);
  return payload;
}
