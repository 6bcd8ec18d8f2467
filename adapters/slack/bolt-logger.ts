import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

/**
 * Bolt's and the Socket Mode client's logs, through sipbot's logger, so they are JSON lines too
 * and scrubbed of secrets like everything else.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  let name = 'bolt';
  const line = (parts: unknown[]) => parts.map(describe).join(' ');
  return {
    debug: (...parts: unknown[]) => logger.debug(line(parts), { source: name }),
    info: (...parts: unknown[]) => logger.info(line(parts), { source: name }),
    warn: (...parts: unknown[]) => logger.warn(line(parts), { source: name }),
    error: (...parts: unknown[]) => logger.error(line(parts), { source: name }),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}
