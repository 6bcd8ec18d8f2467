import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod/mini';

/**
 * Where per-channel auto-explain switches live. Narrow on purpose: a shared store (Redis, SQL)
 * for several replicas only has to implement these two calls.
 */
export interface SettingsStore {
  /** The explicit switch for a channel, or undefined when it was never switched. */
  autoExplain(channelKey: string): boolean | undefined;
  setAutoExplain(channelKey: string, on: boolean): Promise<void>;
}

/** The store cannot be read or written: the program must stop rather than reset settings. */
export class SettingsStoreError extends Error {
  override name = 'SettingsStoreError';
}

/** Keeps switches in memory: the CLI, and tests that do not care about restarts. */
export function createMemorySettingsStore(): SettingsStore {
  const switches = new Map<string, boolean>();
  return {
    autoExplain: (channelKey) => switches.get(channelKey),
    setAutoExplain: async (channelKey, on) => {
      switches.set(channelKey, on);
    },
  };
}

const fileFormat = z.object({ version: z.literal(1), autoExplain: z.record(z.string(), z.boolean()) });

const FILE_NAME = 'channel-settings.json';

/**
 * A JSON file under `dataDir`, replaced atomically (write a temporary file, fsync, rename) so a
 * crash mid-write leaves either the old or the new settings, never half of them. Opening checks
 * that the folder is writable and the file parses; either failure throws SettingsStoreError.
 */
export async function openFileSettingsStore(dataDir: string): Promise<SettingsStore> {
  const path = join(dataDir, FILE_NAME);
  const switches = new Map<string, boolean>(Object.entries(await readSettings(path)));
  await writeAtomically(path, switches).catch((error: unknown) => {
    throw new SettingsStoreError(
      `DATA_DIR ${dataDir} is not writable (${(error as Error).message}). Point DATA_DIR at a folder sipbot may write to.`,
      { cause: error },
    );
  });
  let pending: Promise<void> = Promise.resolve();
  return {
    autoExplain: (channelKey) => switches.get(channelKey),
    setAutoExplain: (channelKey, on) => {
      switches.set(channelKey, on);
      const snapshot = new Map(switches);
      // Writes are chained so two quick switches can never land out of order.
      pending = pending.catch(() => undefined).then(() => writeAtomically(path, snapshot));
      return pending;
    },
  };
}

async function readSettings(path: string): Promise<Record<string, boolean>> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new SettingsStoreError(
      `cannot read ${path} (${(error as Error).message}). Point DATA_DIR at a folder sipbot may read and write.`,
      { cause: error },
    );
  }
  try {
    return fileFormat.parse(JSON.parse(raw)).autoExplain;
  } catch (error) {
    throw new SettingsStoreError(
      `${path} is corrupt, so the per-channel auto-explain settings cannot be trusted. Restore it from a backup, or delete it to start again from the defaults.`,
      { cause: error },
    );
  }
}

async function writeAtomically(path: string, switches: Map<string, boolean>): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const content = `${JSON.stringify({ version: 1, autoExplain: Object.fromEntries(switches) }, null, 2)}\n`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}
