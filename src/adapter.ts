/** A started platform adapter; `stop` stops taking input and finishes replies in flight. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}

/**
 * An expected start-up failure (a token the platform refuses, an intent not enabled): its
 * message says what to change, and the program prints it and stops, without a stack trace.
 */
export class AdapterStartError extends Error {
  override name = 'AdapterStartError';
}
