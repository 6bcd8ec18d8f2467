import type { IncomingMessage, Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { FAKE_TOKEN, ids } from './ids.js';
import { botUser, guildCreate } from './payloads.js';

/** Discord's privileged intents: GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT. */
const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

export interface FakeGatewayOptions {
  /** Privileged intents the application may use (Developer Portal toggles); none by default. */
  allowedPrivilegedIntents?: number;
  heartbeatIntervalMs?: number;
  /** Close every IDENTIFY with 4004, as Discord does for a revoked token that REST still took. */
  rejectIdentify?: boolean;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

interface Session {
  id: string;
  seq: number;
  socket?: WebSocket;
  ready: boolean;
}

/**
 * A Discord gateway on the fake's HTTP server: HELLO, IDENTIFY -> READY + GUILD_CREATE,
 * heartbeat acks, RESUME -> RESUMED, RECONNECT on request, and dispatches driven by the test.
 * Plain JSON text frames; no compression (sipbot does not ask for it).
 */
export class FakeGateway {
  readonly received: GatewayFrame[] = [];
  readonly identifies: { intents: number }[] = [];
  readonly resumes: { session_id: string; seq: number }[] = [];
  /** Close codes of connections the client closed (1000 for a clean destroy). */
  readonly clientCloses: number[] = [];
  readonly #wss: WebSocketServer;
  #session: Session | undefined;
  #sessions = 0;

  constructor(
    server: Server,
    readonly url: () => string,
    private readonly options: FakeGatewayOptions = {},
  ) {
    this.#wss = new WebSocketServer({ server, path: '/gateway' });
    this.#wss.on('connection', (socket, request) => this.#accept(socket, request));
  }

  /** Whether a client is identified (or resumed) and receiving dispatches. */
  get ready(): boolean {
    return this.#session?.ready === true && this.#session.socket?.readyState === 1;
  }

  get connections(): number {
    return this.#wss.clients.size;
  }

  /** Sends a dispatch (op 0) on the live session; throws when no client is ready. */
  dispatch(type: string, data: unknown): void {
    const session = this.#session;
    if (!session?.ready || !session.socket) throw new Error(`fake gateway: no ready session to send ${type}`);
    session.seq += 1;
    session.socket.send(JSON.stringify({ op: 0, t: type, s: session.seq, d: data }));
  }

  /** Closes the live connection from Discord's side, keeping the session resumable. */
  drop(code = 4000): void {
    const session = this.#session;
    if (session) session.ready = false;
    session?.socket?.close(code, 'fake gateway drop');
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does before moving a session. */
  requestReconnect(): void {
    this.#session?.socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  close(): Promise<void> {
    for (const socket of this.#wss.clients) socket.terminate();
    return new Promise((resolve) => this.#wss.close(() => resolve()));
  }

  #send(socket: WebSocket, frame: GatewayFrame): void {
    if (socket.readyState === 1) socket.send(JSON.stringify(frame));
  }

  #accept(socket: WebSocket, request: IncomingMessage): void {
    const query = new URL(request.url ?? '/', 'http://fake').searchParams;
    if (query.get('encoding') !== 'json' || query.has('compress')) {
      socket.close(4002, 'fake gateway speaks uncompressed JSON only');
      return;
    }
    socket.on('close', (code) => this.clientCloses.push(code));
    socket.on('message', (raw) => this.#onFrame(socket, JSON.parse(String(raw)) as GatewayFrame));
    this.#send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs ?? 41_250 } });
  }

  #onFrame(socket: WebSocket, frame: GatewayFrame): void {
    this.received.push(frame);
    switch (frame.op) {
      case 1:
        this.#send(socket, { op: 11, d: null });
        return;
      case 2:
        this.#identify(socket, frame.d as { token: string; intents: number });
        return;
      case 6:
        this.#resume(socket, frame.d as { token: string; session_id: string; seq: number });
        return;
      default:
        return;
    }
  }

  #identify(socket: WebSocket, data: { token: string; intents: number }): void {
    this.identifies.push({ intents: data.intents });
    if (data.token !== FAKE_TOKEN || this.options.rejectIdentify) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const privileged = data.intents & PRIVILEGED_INTENTS;
    if ((privileged & ~(this.options.allowedPrivilegedIntents ?? 0)) !== 0) {
      socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.#sessions += 1;
    const session: Session = { id: `fake-session-${this.#sessions}`, seq: 0, socket, ready: true };
    this.#session?.socket?.terminate();
    this.#session = session;
    this.dispatch('READY', {
      v: 10,
      user: botUser,
      guilds: [{ id: ids.guild, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.url(),
      shard: [0, 1],
      application: { id: ids.application, flags: 0 },
    });
    this.dispatch('GUILD_CREATE', guildCreate());
  }

  #resume(socket: WebSocket, data: { token: string; session_id: string; seq: number }): void {
    this.resumes.push({ session_id: data.session_id, seq: data.seq });
    const session = this.#session;
    if (data.token !== FAKE_TOKEN || !session || session.id !== data.session_id) {
      this.#send(socket, { op: 9, d: false });
      return;
    }
    if (session.socket !== socket) session.socket?.terminate();
    session.socket = socket;
    session.ready = true;
    this.dispatch('RESUMED', {});
  }
}
