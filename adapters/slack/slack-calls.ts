import type { Logger } from '../../src/log.js';
import type { SlackMessage } from './render.js';

/** How often, and how long at most, a rate-limited reply waits before trying again. */
export const RATE_LIMIT_RETRIES = 3;
export const MAX_RETRY_AFTER_SECONDS = 30;
/** A response_url post that hangs is given up after this long. */
export const RESPONSE_URL_TIMEOUT_MS = 10_000;

export interface ResponseUrlBody extends SlackMessage {
  response_type: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
}

class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limited, retry after ${retryAfterSeconds} s`);
  }
}

/** The Slack error code of a failed Web API call (`not_in_channel`), or the error's own code. */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') return data.error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}

function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof RateLimited) return error.retryAfterSeconds;
  const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
  return (error as { code?: unknown }).code === 'slack_webapi_rate_limited_error' &&
    typeof retryAfter === 'number'
    ? retryAfter
    : undefined;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Makes Slack calls for replies. A 429 is waited out as Retry-After says (a few times, never
 * longer than MAX_RETRY_AFTER_SECONDS); any other failure (not_in_channel, is_archived, an
 * expired response_url) is logged with its context and dropped. Nothing here ever rejects.
 */
export class SlackCalls {
  constructor(
    private readonly logger: Logger,
    private readonly stopSignal: AbortSignal,
  ) {}

  /** Runs a Web API call; resolves true when Slack accepted it. */
  async call(context: Record<string, unknown>, run: () => Promise<unknown>): Promise<boolean> {
    for (let attempt = 0; ; attempt++) {
      try {
        await run();
        return true;
      } catch (error) {
        const retryAfter = retryAfterOf(error);
        const canWait =
          retryAfter !== undefined &&
          retryAfter <= MAX_RETRY_AFTER_SECONDS &&
          attempt < RATE_LIMIT_RETRIES &&
          !this.stopSignal.aborted;
        if (canWait) {
          this.logger.warn('Slack rate-limited a reply; waiting', {
            ...context,
            retryAfterSeconds: retryAfter,
          });
          await delay(retryAfter * 1000, this.stopSignal);
          continue;
        }
        this.logger.warn('Slack refused a reply', { ...context, error: slackErrorCode(error) });
        return false;
      }
    }
  }

  /** Posts to an interaction's response_url (ephemeral answers, shared answers). */
  respond(responseUrl: string, body: ResponseUrlBody, context: Record<string, unknown>): Promise<boolean> {
    return this.call({ ...context, method: 'response_url' }, async () => {
      const response = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
      });
      const text = await response.text();
      if (response.status === 429) {
        const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
        throw new RateLimited(Number.isNaN(seconds) ? 1 : seconds);
      }
      if (!response.ok) {
        const error = new Error(`response_url answered ${response.status}`);
        Object.assign(error, { code: text.slice(0, 60) || `http_${response.status}` });
        throw error;
      }
    });
  }
}
