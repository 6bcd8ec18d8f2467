import type { Author, MessageInvocation, Platform } from '../invocation.js';
import { ExpiringMap } from './expiring-map.js';
import type { SettingsStore } from './settings-store.js';

export interface AutoExplainSettings {
  /** Whether channels that were never switched explain automatically, per platform. */
  defaults: Readonly<Record<Platform, boolean>>;
  /** A code explained in a thread (or a channel's top level) is not explained again for this long. */
  cooldownSeconds: number;
  /** At most this many auto-replies per channel per minute. */
  maxRepliesPerMinute: number;
  /** Bots and webhooks whose messages are explained anyway (alerting bots). */
  allowedBotIds: ReadonlySet<string>;
}

const MINUTE_MS = 60_000;

/** The key a channel's switch is stored under. */
export function channelKey(platform: Platform, channelId: string): string {
  return `${platform}:${channelId}`;
}

/**
 * Decides whether a channel message gets an auto-explain reply, and for which codes. Holds the
 * cooldown and flood state in memory; the channel switches come from the settings store.
 */
export class AutoExplainPolicy {
  readonly #cooldown: ExpiringMap<true>;
  readonly #recentReplies = new ExpiringMap<number[]>(MINUTE_MS);

  constructor(
    private readonly settings: AutoExplainSettings,
    private readonly store: SettingsStore,
  ) {
    this.#cooldown = new ExpiringMap(settings.cooldownSeconds * 1000);
  }

  /** Whether auto-explain is on in a channel, and whether that was switched explicitly. */
  status(platform: Platform, channelId: string): { on: boolean; explicit: boolean } {
    const explicit = this.store.autoExplain(channelKey(platform, channelId));
    return { on: explicit ?? this.settings.defaults[platform], explicit: explicit !== undefined };
  }

  setSwitch(platform: Platform, channelId: string, on: boolean): Promise<void> {
    return this.store.setAutoExplain(channelKey(platform, channelId), on);
  }

  /** Never itself; other bots and webhooks only when allow-listed. */
  listensTo(author: Author): boolean {
    if (author.isSelf) return false;
    if (!author.isBot && !author.isWebhook) return true;
    return author.botId !== undefined && this.settings.allowedBotIds.has(author.botId);
  }

  /**
   * The codes of `codes` that may be explained now for this message, recording them as
   * explained. An empty result means no reply: all were explained recently, or the channel
   * has had its share of replies this minute.
   */
  claim(message: MessageInvocation, codes: readonly number[], now: number): number[] {
    const scope = `${channelKey(message.platform, message.channelId)}:${message.threadId ?? 'top'}`;
    const fresh = codes.filter((code) => this.#cooldown.get(`${scope}:${code}`, now) === undefined);
    if (fresh.length === 0) return [];
    const flood = channelKey(message.platform, message.channelId);
    const recent = (this.#recentReplies.get(flood, now) ?? []).filter((at) => at > now - MINUTE_MS);
    if (recent.length >= this.settings.maxRepliesPerMinute) return [];
    this.#recentReplies.set(flood, [...recent, now], now);
    for (const code of fresh) this.#cooldown.set(`${scope}:${code}`, true, now);
    return fresh;
  }
}
