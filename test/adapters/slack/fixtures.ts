import { readFileSync } from 'node:fs';

const dir = new URL('../../fixtures/slack/', import.meta.url);

type Json = Record<string, unknown>;

function readJson(name: string): Json {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as Json;
}

let nextEventId = 100;

/** The recorded `/sip` payload with some fields replaced (text, response_url, channel_id...). */
export function slashCommand(overrides: Record<string, string> = {}): Record<string, string> {
  const recorded = Object.fromEntries(
    new URLSearchParams(readFileSync(new URL('slash_command.urlencoded', dir), 'utf8')),
  );
  return { ...recorded, ...overrides };
}

/**
 * A recorded Events API envelope with the inner event's fields replaced. Each call gets a fresh
 * event_id unless one is given, as Slack gives each post its own.
 */
export function eventEnvelope(
  name:
    | 'event_message'
    | 'event_app_mention'
    | 'event_message_bot'
    | 'event_message_changed'
    | 'event_message_file_share',
  event: Json = {},
  envelope: Json = {},
): Json {
  const recorded = readJson(`${name}.json`);
  nextEventId += 1;
  return {
    ...recorded,
    event_id: `Ev${String(nextEventId).padStart(10, '0')}`,
    ...envelope,
    event: { ...(recorded.event as Json), ...event },
  };
}

/** A recorded interactive payload (shortcut or button) with top-level fields replaced. */
export function interactivePayload(
  name: 'shortcut_message_action' | 'block_actions_share',
  overrides: Json = {},
): Json {
  return { ...readJson(`${name}.json`), ...overrides };
}

/** The share button's value as recorded in block_actions_share.json, replaced. */
export function withButtonValue(payload: Json, value: string): Json {
  const actions = payload.actions as Json[];
  return { ...payload, actions: actions.map((action) => ({ ...action, value })) };
}
