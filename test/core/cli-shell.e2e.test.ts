import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cliPath = join(root, 'dist', 'sipbot.mjs');
const mainPath = join(root, 'dist', 'src', 'main.js');

/** The environment a user's terminal would have, minus anything that could connect a platform. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
  return env;
}

function sipbot(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    input,
    encoding: 'utf8',
    env: cleanEnv(),
    timeout: 15_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built CLI', () => {
  it('explains 603 as Decline and exits 0', () => {
    const result = sipbot(['603']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('603 Decline');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('prints JSON that parses with --json', () => {
    const result = sipbot(['--json', '486']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      outcome: 'answered',
      cards: [{ title: '486 Busy Here' }],
    });
  });

  it('exits 1 when nothing is found and 2 on a usage error', () => {
    expect(sipbot(['999']).status).toBe(1);
    expect(sipbot([]).status).toBe(2);
    expect(sipbot(['--bogus']).status).toBe(2);
    expect(sipbot(['scan', 'a', 'b']).status).toBe(2);
  });

  it('scans a log file and lists codes with line numbers', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sipbot-scan-'));
    const log = join(folder, 'calls.log');
    await writeFile(
      log,
      ['INVITE sip:100@pbx SIP/2.0', 'CSeq: 102 INVITE', 'SIP/2.0 486 Busy Here', 'we have 200 users'].join(
        '\n',
      ),
    );
    const result = sipbot(['scan', log]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s+3: 486 Busy Here/m);
    expect(result.stdout).not.toMatch(/102|200/);
  });

  it('scans stdin with - and reports a missing file as a usage error', () => {
    const scanned = sipbot(['scan', '-', '--json'], 'sip_term_status=503\n');
    expect(JSON.parse(scanned.stdout)).toMatchObject([{ line: 1, code: 503 }]);
    const missing = sipbot(['scan', join(tmpdir(), 'no-such-file.log')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/ENOENT/);
  });

  it('runs the shell on npm start with no credentials, one answer per piped line', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sipbot-shell-'));
    const result = spawnSync(process.execPath, [mainPath], {
      input:
        '/sip 603\n/sip busy\nwe onboarded 200 users on port 5060\nSIP/2.0 480 Temporarily Unavailable\nexit\n',
      encoding: 'utf8',
      env: cleanEnv({ DATA_DIR: dataDir }),
      cwd: dataDir,
      timeout: 15_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/SLACK_BOT_TOKEN|DISCORD_TOKEN/);
    const decline = result.stdout.indexOf('603 Decline');
    const busy = result.stdout.indexOf('486 Busy Here');
    const unavailable = result.stdout.indexOf('480 Temporarily Unavailable');
    expect(decline).toBeGreaterThan(-1);
    expect(busy).toBeGreaterThan(decline);
    expect(unavailable).toBeGreaterThan(busy);
    expect(result.stdout).not.toMatch(/5060/);
  });

  it('stops at start with one message naming every bad variable', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sipbot-config-'));
    const result = spawnSync(process.execPath, [mainPath], {
      input: '',
      encoding: 'utf8',
      env: cleanEnv({ PORT: 'eighty', SLACK_BOT_TOKEN: 'xoxb-secret-value-123', LOG_LEVEL: 'loud' }),
      cwd: dataDir,
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PORT/);
    expect(result.stderr).toMatch(/LOG_LEVEL/);
    expect(result.stderr).toMatch(/SLACK_APP_TOKEN or SLACK_SIGNING_SECRET/);
    expect(result.stderr).not.toContain('xoxb-secret-value-123');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
