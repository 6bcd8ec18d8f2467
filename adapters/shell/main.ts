import type { Bot } from '../../src/bot.js';
import { wantsColour } from '../cli/render.js';
import { startShell } from './index.js';

const BANNER =
  'sipbot local shell: /sip 603, /sip busy, or paste a log line. help, exit or Ctrl-D to leave. To connect Slack or Discord, set SLACK_BOT_TOKEN or DISCORD_TOKEN (see README).';

/** The shell on this process's terminal (or piped stdin), as `npm start` runs it with no credentials. */
export async function runShell(bot: Bot): Promise<void> {
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const width = interactive ? Math.min(process.stdout.columns || 100, 100) : 0;
  await startShell(bot, {
    input: process.stdin,
    output: process.stdout,
    interactive,
    style: { colour: wantsColour(process.stdout, process.env), width },
    banner: BANNER,
  });
}
