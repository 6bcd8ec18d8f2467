import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDiscord } from '../adapters/discord/fake-discord.js';
import { ids as discordIds, FAKE_TOKEN } from '../adapters/discord/ids.js';
import { FakeSlack } from '../adapters/slack/fake-slack.js';
import { APP_TOKEN, BOT_TOKEN } from '../adapters/slack/ids.js';
import { waitFor } from '../adapters/wait.js';

const root = join(import.meta.dirname, '..', '..');
const mainPath = join(root, 'dist', 'src', 'main.js');
const closers: (() => Promise<void>)[] = [];

describe('npm start with Slack and Discord credentials', () => {
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  it('connects both platforms in one process, then stops cleanly on SIGTERM with exit 0', async () => {
    const slack = await FakeSlack.start();
    closers.push(() => slack.close());
    const discord = await startFakeDiscord();
    closers.push(() => discord.close());
    const child = spawn(process.execPath, [mainPath], {
      cwd: await mkdtemp(join(tmpdir(), 'sipbot-main-')),
      env: {
        PATH: process.env.PATH,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_APPLICATION_ID: discordIds.application,
        DISCORD_API_URL: discord.apiUrl,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    closers.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await waitFor(() => stderr.includes('sipbot is running'), 'sipbot to report it is running', 15_000);
    expect(stderr).toMatch(/"adapters":\["slack","discord"\]/);

    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(stderr).toContain('stopping');
    for (const secret of [BOT_TOKEN, APP_TOKEN, FAKE_TOKEN]) expect(stderr).not.toContain(secret);
  });
});
