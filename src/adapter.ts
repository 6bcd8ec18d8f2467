/** A started platform adapter; `stop` stops taking input and finishes replies in flight. */
export interface RunningAdapter {
  name: string;
  stop(): Promise<void>;
}
