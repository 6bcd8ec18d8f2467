import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { waitFor } from '../wait.js';
import { ids } from './ids.js';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

/**
 * The Socket Mode side of the fake: accepts the WebSocket that apps.connections.open pointed
 * at, says hello, sends envelopes and records the acks sipbot sends back.
 */
export class FakeSocketMode {
  readonly acks: SocketAck[] = [];
  readonly #server = new WebSocketServer({ noServer: true });
  #client: WebSocket | undefined;
  connections = 0;

  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (request.url !== '/socket') {
      socket.destroy();
      return;
    }
    this.#server.handleUpgrade(request, socket, head, (client) => {
      this.#client = client;
      this.connections += 1;
      client.on('message', (data) => this.acks.push(JSON.parse(String(data)) as SocketAck));
      client.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake-slack', approximate_connection_time: 18060 },
          connection_info: { app_id: ids.app },
        }),
      );
    });
  }

  get connected(): boolean {
    return this.#client?.readyState === 1;
  }

  /** Sends one envelope and resolves with sipbot's ack for it. */
  async send(type: EnvelopeType, payload: unknown, retryAttempt = 0): Promise<SocketAck> {
    const client = await waitFor(() => (this.connected ? this.#client : undefined), 'a Socket Mode client');
    const envelopeId = randomUUID();
    client.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        retry_attempt: retryAttempt,
        retry_reason: retryAttempt > 0 ? 'timeout' : '',
      }),
    );
    return waitFor(
      () => this.acks.find((ack) => ack.envelope_id === envelopeId),
      `the ack of a ${type} envelope`,
    );
  }

  async close(): Promise<void> {
    for (const client of this.#server.clients) client.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
