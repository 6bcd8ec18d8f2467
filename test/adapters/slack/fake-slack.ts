import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSocketMode } from './fake-socket-mode.js';
import { ids } from './ids.js';

/** A Web API call the fake received: method, the bearer token, the decoded arguments. */
export interface RecordedCall {
  method: string;
  token: string | undefined;
  args: Record<string, unknown>;
  at: number;
}

/** A POST to a response_url the fake handed out. */
export interface RecordedResponse {
  path: string;
  body: Record<string, unknown>;
  at: number;
}

type Body = Record<string, unknown>;

async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return {};
  if ((request.headers['content-type'] ?? '').includes('json')) return JSON.parse(raw) as Body;
  const args: Body = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends blocks and attachments as JSON inside the form.
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

/**
 * A recording fake of Slack on 127.0.0.1: the Web API methods sipbot uses, response_urls and,
 * through FakeSocketMode, a Socket Mode WebSocket. Failures are scripted per method.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly socket = new FakeSocketMode();
  /** Scripted answers, consumed first-in first-out per method (a 429, an error code). */
  readonly #script = new Map<string, ({ status: 429; retryAfter: number } | { error: string })[]>();
  readonly #server = createServer((request, response) => void this.#handle(request, response));
  #nextTs = 1_700_000_000_000_100;
  #nextResponse = 0;
  url = '';

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    fake.#server.on('upgrade', (request, socket, head) => fake.socket.upgrade(request, socket, head));
    fake.#server.listen(0, '127.0.0.1');
    await once(fake.#server, 'listening');
    fake.url = `http://127.0.0.1:${(fake.#server.address() as AddressInfo).port}`;
    return fake;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh response_url, as Slack puts in each slash command and interaction. */
  responseUrl(): string {
    this.#nextResponse += 1;
    return `${this.url}/commands/${ids.team}/${this.#nextResponse}/scrubbed`;
  }

  rateLimitOnce(method: string, retryAfter: number): void {
    this.#queue(method).push({ status: 429, retryAfter });
  }

  failNext(method: string, error: string, times = 1): void {
    for (let i = 0; i < times; i++) this.#queue(method).push({ error });
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Every message sipbot sent anywhere: posts, ephemerals and response_url posts. */
  get replies(): Body[] {
    return [
      ...this.calls.filter((call) => call.method.startsWith('chat.post')).map((call) => call.args),
      ...this.responses.map((response) => response.body),
    ];
  }

  async close(): Promise<void> {
    await this.socket.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #queue(method: string) {
    const queue = this.#script.get(method) ?? [];
    this.#script.set(method, queue);
    return queue;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const body = await readBody(request);
    if (path.startsWith('/commands/')) {
      this.responses.push({ path, body, at: Date.now() });
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
    const token = request.headers.authorization?.replace(/^Bearer /, '');
    const scripted = this.#script.get(method)?.shift();
    if (scripted && 'status' in scripted) {
      this.calls.push({ method: `${method}#429`, token, args: body, at: Date.now() });
      response
        .writeHead(429, { 'content-type': 'application/json', 'retry-after': String(scripted.retryAfter) })
        .end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    this.calls.push({ method, token, args: body, at: Date.now() });
    const answer = scripted ? { ok: false, error: scripted.error } : this.#answer(method, body);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  }

  #answer(method: string, args: Body): Body {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Example',
          user: 'sipbot',
          ...ids.authTest,
        };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
      case 'chat.postMessage':
        this.#nextTs += 1;
        return {
          ok: true,
          channel: args.channel,
          ts: `${String(this.#nextTs).slice(0, 10)}.${String(this.#nextTs).slice(10)}`,
        };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1700000000.000200' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
