/** Severity of a log line, in increasing order. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogContext = Record<string, unknown>;

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never be printed (tokens, signing secrets); replaced by [redacted]. */
  secrets?: readonly string[];
  write?: (line: string) => void;
}

function describe(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    const described: Record<string, unknown> = { name: value.name, message: value.message };
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) described.code = code;
    if (value.stack) described.stack = value.stack.split('\n').slice(0, 8).join('\n');
    if (value.cause !== undefined && depth < 3) described.cause = describe(value.cause, depth + 1);
    return described;
  }
  return value;
}

/**
 * A JSON-lines logger on stderr. Every line is scrubbed of the configured secrets, whatever
 * put them there (an error message echoing a token, a request dump).
 */
export function createLogger(options: LoggerOptions): Logger {
  const threshold = order[options.level];
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 6);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const scrub = (line: string) =>
    secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
  const log =
    (level: LogLevel) =>
    (message: string, context: LogContext = {}) => {
      if (order[level] < threshold) return;
      const entries = Object.entries(context).map(([key, value]) => [key, describe(value)]);
      const line = JSON.stringify({
        time: new Date().toISOString(),
        level,
        message,
        ...Object.fromEntries(entries),
      });
      write(scrub(line));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A logger that drops everything: for the CLI, whose stdout is the answer. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
