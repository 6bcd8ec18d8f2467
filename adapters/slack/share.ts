import { randomUUID } from 'node:crypto';
import { ExpiringMap } from '../../src/auto/expiring-map.js';
import type { Author, CommandInvocation, ExplainInvocation } from '../../src/invocation.js';

/** Slack's limit on a button's value. */
export const BUTTON_VALUE_MAX = 2000;
/** Queries too long for a button are kept this long, and at most this many at once. */
export const SHARE_TTL_MINUTES = 30;
export const SHARE_MAX_STORED = 1000;

/** What a "Share in channel" button re-runs: a `/sip` query or a shortcut's message text. */
export interface SharedQuery {
  kind: 'command' | 'shortcut';
  text: string;
}

/**
 * The query behind each "Share in channel" button. It travels in the button value when it fits
 * (so sharing survives a restart); a longer one (a pasted trace) waits here for a while, bounded.
 */
export class ShareButtons {
  readonly #stored: ExpiringMap<SharedQuery>;

  constructor(private readonly now: () => number = Date.now) {
    this.#stored = new ExpiringMap(SHARE_TTL_MINUTES * 60_000, SHARE_MAX_STORED);
  }

  /** The button value for a query; `stored` says it only works for SHARE_TTL_MINUTES. */
  encode(query: SharedQuery): { value: string; stored: boolean } {
    const inline = JSON.stringify({ k: query.kind === 'command' ? 'c' : 's', q: query.text });
    if (inline.length <= BUTTON_VALUE_MAX) return { value: inline, stored: false };
    const id = randomUUID();
    this.#stored.set(id, query, this.now());
    return { value: JSON.stringify({ id }), stored: true };
  }

  /** The query behind a button value, or undefined when it expired or is not sipbot's. */
  decode(value: string): SharedQuery | undefined {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { k, q, id } = parsed as { k?: unknown; q?: unknown; id?: unknown };
    if (typeof id === 'string') return this.#stored.get(id, this.now());
    if (typeof q !== 'string') return undefined;
    // Sharing re-runs a lookup; it must never be a way to switch a channel's settings.
    if (k === 'c' && !/^auto\b/i.test(q.trim())) return { kind: 'command', text: q };
    if (k === 's') return { kind: 'shortcut', text: q };
    return undefined;
  }
}

/** The invocation a share button re-runs, on behalf of whoever pressed it. */
export function sharedInvocation(
  query: SharedQuery,
  channelId: string,
  author: Author,
): CommandInvocation | ExplainInvocation {
  return query.kind === 'command'
    ? { kind: 'command', platform: 'slack', channelId, author, text: query.text }
    : { kind: 'shortcut', platform: 'slack', channelId, author, text: query.text };
}
