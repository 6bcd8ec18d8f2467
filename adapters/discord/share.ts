import { randomUUID } from 'node:crypto';
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { ExpiringMap } from '../../src/auto/expiring-map.js';

/** Discord's limit on a component's custom_id. */
export const CUSTOM_ID_LIMIT = 100;
export const SHARE_PREFIX = 'sip-share:';
/** How long a Share button whose query did not fit its custom_id keeps working. */
export const SHARE_TTL_MS = 60 * 60_000;
/** Long queries remembered at once; the oldest go first. */
export const SHARE_MAX_ENTRIES = 2_000;

/** What a Share button re-answers, publicly: a `/sip` query or a message's text. */
export interface SharedQuery {
  kind: 'command' | 'shortcut';
  text: string;
}

const KIND_TAG = { command: 'q', shortcut: 'm' } as const;

/**
 * Share buttons carry their query in the custom_id when it fits in 100 characters, so they
 * survive a restart; longer ones point into a bounded map that forgets after SHARE_TTL_MS.
 */
export class ShareButtons {
  readonly #long: ExpiringMap<SharedQuery>;

  constructor(
    private readonly now: () => number = Date.now,
    ttlMs = SHARE_TTL_MS,
    maxEntries = SHARE_MAX_ENTRIES,
  ) {
    this.#long = new ExpiringMap(ttlMs, maxEntries);
  }

  customId(query: SharedQuery): string {
    const inline = `${SHARE_PREFIX}${KIND_TAG[query.kind]}:${query.text}`;
    if (inline.length <= CUSTOM_ID_LIMIT) return inline;
    const key = randomUUID();
    this.#long.set(key, query, this.now());
    return `${SHARE_PREFIX}k:${key}`;
  }

  /** The query behind a Share button; undefined when it is not one, or it has expired. */
  resolve(customId: string): SharedQuery | undefined {
    if (!customId.startsWith(SHARE_PREFIX)) return undefined;
    const rest = customId.slice(SHARE_PREFIX.length);
    const tag = rest.slice(0, 2);
    const value = rest.slice(2);
    if (tag === 'q:') return { kind: 'command', text: value };
    if (tag === 'm:') return { kind: 'shortcut', text: value };
    if (tag === 'k:') return this.#long.get(value, this.now());
    return undefined;
  }

  /** The row with the Share button under an ephemeral answer. */
  row(query: SharedQuery): APIActionRowComponent<APIButtonComponent> {
    return {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          label: 'Share',
          custom_id: this.customId(query),
        },
      ],
    };
  }
}

export function isShareButton(customId: string): boolean {
  return customId.startsWith(SHARE_PREFIX);
}
