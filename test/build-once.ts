import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Vitest global setup: builds dist/ once before any test file runs, so the end-to-end tests
 * spawn what `npm start` and the `sipbot` bin run, and never race each other building it.
 */
export default function buildOnce(): void {
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: join(import.meta.dirname, '..'),
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
}
