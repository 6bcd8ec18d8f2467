import { createHmac } from 'node:crypto';
import type { FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './ids.js';

/** What sipbot answered on the connection itself: the HTTP response or the Socket Mode ack. */
export interface Ack {
  ok: boolean;
  status?: number;
  payload?: unknown;
}

/** How a test delivers payloads to sipbot: signed HTTP requests or Socket Mode envelopes. */
export interface Transport {
  command(payload: Record<string, string>): Promise<Ack>;
  event(envelope: Record<string, unknown>, retryNum?: number): Promise<Ack>;
  interactive(payload: Record<string, unknown>): Promise<Ack>;
}

/** The message an ack carried (a `/sip` answer), whichever way it travelled. */
export function ackMessage(ack: Ack): Record<string, unknown> | undefined {
  if (typeof ack.payload === 'string') return JSON.parse(ack.payload) as Record<string, unknown>;
  if (ack.payload && typeof ack.payload === 'object' && Object.keys(ack.payload).length > 0)
    return ack.payload as Record<string, unknown>;
  return undefined;
}

export interface SignedRequestOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
}

/** Slack's v0 request signature over `v0:timestamp:body`. */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a body to /slack/events signed as Slack would (or wrongly, when a test asks). */
export async function signedPost(
  url: string,
  body: string,
  contentType: string,
  options: SignedRequestOptions = {},
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
  return { status: response.status, text: await response.text() };
}

const toAck = ({ status, text }: { status: number; text: string }): Ack => ({
  ok: status === 200,
  status,
  payload: text === '' ? undefined : text,
});

export function httpTransport(eventsUrl: string): Transport {
  return {
    command: async (payload) =>
      toAck(
        await signedPost(
          eventsUrl,
          new URLSearchParams(payload).toString(),
          'application/x-www-form-urlencoded',
        ),
      ),
    event: async (envelope, retryNum) =>
      toAck(
        await signedPost(eventsUrl, JSON.stringify(envelope), 'application/json', {
          headers: retryNum
            ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_timeout' }
            : {},
        }),
      ),
    interactive: async (payload) =>
      toAck(
        await signedPost(
          eventsUrl,
          new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
          'application/x-www-form-urlencoded',
        ),
      ),
  };
}

export function socketTransport(fake: FakeSlack): Transport {
  const ack = async (promise: ReturnType<FakeSlack['socket']['send']>): Promise<Ack> => {
    const received = await promise;
    return { ok: true, payload: received.payload };
  };
  return {
    command: (payload) => ack(fake.socket.send('slash_commands', payload)),
    event: (envelope, retryNum) => ack(fake.socket.send('events_api', envelope, retryNum ?? 0)),
    interactive: (payload) => ack(fake.socket.send('interactive', payload)),
  };
}
