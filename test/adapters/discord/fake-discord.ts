import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type FakeGatewayOptions } from './fake-gateway.js';
import { FAKE_TOKEN, ids } from './ids.js';
import { botUser, freshId } from './payloads.js';

/** One request the fake REST API received, body parsed. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  at: number;
}

/** Discord drops an interaction not acknowledged within 3 s: the fake does too. */
const INTERACTION_WINDOW_MS = 3_000;

export interface FakeDiscord {
  /** For DiscordConfig.apiUrl / `rest.api`: http://127.0.0.1:<port>/api */
  apiUrl: string;
  gateway: FakeGateway;
  requests: RecordedRequest[];
  /** Emits 'request' with each RecordedRequest as it arrives (for benchmarks that must not poll). */
  events: EventEmitter;
  /** Sends INTERACTION_CREATE and remembers when, for the 3 s window. */
  interact(payload: Record<string, unknown>): void;
  close(): Promise<void>;
}

function json(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  return (request.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : text;
}

function messageFrom(channelId: string, body: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    id: freshId(),
    channel_id: channelId,
    author: botUser,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    type: body.message_reference ? 19 : 0,
    flags: body.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    ...(body.message_reference ? { message_reference: body.message_reference } : {}),
    ...extra,
  };
}

/**
 * Discord's REST API and gateway on 127.0.0.1, recording every request: the endpoints sipbot
 * and discord.js use (gateway/bot, interaction callbacks, webhook follow-ups and edits, channel
 * messages, command registration) and nothing else (404, recorded too).
 */
export async function startFakeDiscord(options: FakeGatewayOptions & { echoOwnMessages?: boolean } = {}) {
  const requests: RecordedRequest[] = [];
  const events = new EventEmitter();
  const dispatchedAt = new Map<string, number>();
  const acknowledged = new Set<string>();
  let gateway: FakeGateway | undefined;

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const body = await readBody(request);
    const recorded = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      body,
      at: Date.now(),
    };
    requests.push(recorded);
    events.emit('request', recorded);
    const authorised = request.headers.authorization === `Bot ${FAKE_TOKEN}`;
    const path = recorded.path;
    const match = (method: string, pattern: RegExp) =>
      recorded.method === method ? pattern.exec(path) : null;

    if (match('GET', /^\/api\/v10\/gateway\/bot$/)) {
      if (!authorised) return json(response, 401, { message: '401: Unauthorized', code: 0 });
      return json(response, 200, {
        url: gateway?.url() ?? '',
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    const callback = match('POST', /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (callback) {
      const [, interactionId = '', token] = callback;
      const sent = dispatchedAt.get(interactionId);
      if (
        sent === undefined ||
        Date.now() - sent > INTERACTION_WINDOW_MS ||
        token !== `scrubbed-token-${interactionId}`
      ) {
        return json(response, 404, { message: 'Unknown interaction', code: 10062 });
      }
      if (acknowledged.has(interactionId)) {
        return json(response, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      }
      acknowledged.add(interactionId);
      return url.searchParams.get('with_response') === 'true'
        ? json(response, 200, { interaction: { id: interactionId, type: 2 } })
        : json(response, 204);
    }
    if (
      match('POST', /^\/api\/v10\/webhooks\/\d+\/[^/]+$/) ||
      match('PATCH', /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/)
    ) {
      const message = messageFrom(ids.opsChannel, (body ?? {}) as Record<string, unknown>, {
        webhook_id: ids.application,
      });
      return json(response, 200, message);
    }
    const channelMessage = match('POST', /^\/api\/v10\/channels\/(\d+)\/messages$/);
    if (channelMessage) {
      if (!authorised) return json(response, 401, { message: '401: Unauthorized', code: 0 });
      const message = messageFrom(channelMessage[1] ?? '', (body ?? {}) as Record<string, unknown>, {
        guild_id: ids.guild,
      });
      json(response, 200, message);
      if (options.echoOwnMessages !== false && gateway?.ready) gateway.dispatch('MESSAGE_CREATE', message);
      return;
    }
    if (
      match('PUT', /^\/api\/v10\/applications\/\d+\/commands$/) ||
      match('PUT', /^\/api\/v10\/applications\/\d+\/guilds\/\d+\/commands$/)
    ) {
      if (!authorised) return json(response, 401, { message: '401: Unauthorized', code: 0 });
      const definitions: Record<string, unknown>[] = Array.isArray(body) ? body : [];
      return json(
        response,
        200,
        definitions.map((definition) => ({
          id: freshId(),
          application_id: ids.application,
          version: freshId(),
          ...definition,
        })),
      );
    }
    return json(response, 404, { message: '404: Not Found', code: 0 });
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) =>
      json(response, 500, { message: String(error), code: 0 }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  gateway = new FakeGateway(server, () => `ws://127.0.0.1:${port}/gateway`, options);
  const live = gateway;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gateway: live,
    requests,
    events,
    interact(payload) {
      dispatchedAt.set(String(payload.id), Date.now());
      live.dispatch('INTERACTION_CREATE', payload);
    },
    async close() {
      await live.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } satisfies FakeDiscord;
}
