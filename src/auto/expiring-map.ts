/**
 * A map whose entries expire after `ttlMs` and which never holds more than `maxEntries`:
 * cooldown and dedupe state must stay bounded however busy a workspace is.
 */
export class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  get(key: string, now: number): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, now: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: now + this.ttlMs });
    this.#evict(now);
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * Every entry has the same ttl and `set` re-inserts, so insertion order is expiry order:
   * dropping from the front until a live entry fits keeps this amortised O(1).
   */
  #evict(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now && this.#entries.size <= this.maxEntries) break;
      this.#entries.delete(key);
    }
  }
}
