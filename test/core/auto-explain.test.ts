import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileSettingsStore } from '../../src/auto/settings-store.js';
import { command, message, replyText, testBot, titles } from '../helpers.js';

function clock(start = 1_700_000_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('auto-explain', () => {
  it('explains a pasted status line in a Slack channel by default', async () => {
    const reply = await testBot().handle(
      message('carrier says SIP/2.0 503 Service Unavailable on every INVITE'),
    );
    expect(titles(reply)).toEqual(['503 Service Unavailable']);
    expect(replyText(reply)).toContain('Check first');
  });

  it('stays quiet on "we onboarded 200 users on port 5060"', async () => {
    expect(await testBot().handle(message('we onboarded 200 users on port 5060'))).toBeNull();
  });

  it('is off by default on Discord and on once switched', async () => {
    const bot = testBot();
    const discord = { platform: 'discord' as const, channelId: 'D1' };
    expect(await bot.handle(message('SIP/2.0 486 Busy Here', discord))).toBeNull();
    const switched = await bot.handle(command('auto on', 'discord', { channelId: 'D1' }));
    expect(switched?.text).toMatch(/now on/);
    expect(titles(await bot.handle(message('SIP/2.0 486 Busy Here', discord)))).toEqual(['486 Busy Here']);
  });

  it('reports and changes the switch with /sip auto status|off', async () => {
    const bot = testBot();
    expect((await bot.handle(command('auto status', 'slack')))?.text).toMatch(/is on .*default/);
    await bot.handle(command('auto off', 'slack'));
    expect((await bot.handle(command('auto', 'slack')))?.text).toMatch(/is off .*switched/);
    expect(await bot.handle(message('SIP/2.0 486 Busy Here'))).toBeNull();
    expect((await bot.handle(command('auto maybe', 'slack')))?.outcome).toBe('usage');
  });

  it('refuses to switch for members who cannot manage the channel', async () => {
    const reply = await testBot().handle(command('auto off', 'discord', { canManageChannel: false }));
    expect(reply?.text).toMatch(/manage/);
  });

  it('does not explain a code twice in the same thread within the cooldown, and does after it', async () => {
    const time = clock();
    const bot = testBot({ now: time.now, autoExplain: { cooldownSeconds: 600 } });
    const inThread = { threadId: 'T1' };
    expect(titles(await bot.handle(message('SIP/2.0 486 Busy Here', inThread)))).toEqual(['486 Busy Here']);
    expect(await bot.handle(message('again SIP/2.0 486 Busy Here', inThread))).toBeNull();
    const mixed = await bot.handle(
      message('SIP/2.0 486 Busy Here then SIP/2.0 480 Temporarily Unavailable', inThread),
    );
    expect(titles(mixed)).toEqual(['480 Temporarily Unavailable']);
    expect(titles(await bot.handle(message('SIP/2.0 486 Busy Here', { threadId: 'T2' })))).toEqual([
      '486 Busy Here',
    ]);
    time.advance(601_000);
    expect(titles(await bot.handle(message('SIP/2.0 486 Busy Here', inThread)))).toEqual(['486 Busy Here']);
  });

  it('limits auto-replies per channel per minute', async () => {
    const time = clock();
    const bot = testBot({ now: time.now, autoExplain: { maxRepliesPerMinute: 2 } });
    const codes = [480, 486, 503];
    const replies = [];
    for (const code of codes)
      replies.push(await bot.handle(message(`SIP/2.0 ${code} x`, { threadId: `T${code}` })));
    expect(replies.filter(Boolean)).toHaveLength(2);
    time.advance(61_000);
    expect(await bot.handle(message('SIP/2.0 503 x', { threadId: 'T503' }))).not.toBeNull();
  });

  it('never answers itself, ignores other bots and webhooks, except allowed bot ids', async () => {
    const bot = testBot({ autoExplain: { allowedBotIds: new Set(['B_ALERTS']) } });
    const trace = 'SIP/2.0 503 Service Unavailable';
    expect(
      await bot.handle(message(trace, { author: { id: 'UBOT', isBot: true, isSelf: true } })),
    ).toBeNull();
    expect(
      await bot.handle(
        message(trace, { author: { id: 'U9', isBot: true, isSelf: false, botId: 'B_OTHER' } }),
      ),
    ).toBeNull();
    expect(
      await bot.handle(
        message(trace, { author: { id: 'W1', isBot: false, isSelf: false, isWebhook: true, botId: 'W1' } }),
      ),
    ).toBeNull();
    const alert = await bot.handle(
      message(trace, { author: { id: 'U8', isBot: true, isSelf: false, botId: 'B_ALERTS' } }),
    );
    expect(titles(alert)).toEqual(['503 Service Unavailable']);
  });

  it('does not answer mentions from other bots, so two bots cannot loop', async () => {
    const bot = testBot();
    const fromBot = {
      ...message('603', { author: { id: 'U7', isBot: true, isSelf: false, botId: 'B7' } }),
      kind: 'mention' as const,
    };
    expect(await bot.handle(fromBot)).toBeNull();
    const fromPerson = { ...message('603'), kind: 'mention' as const };
    expect(titles(await bot.handle(fromPerson))).toEqual(['603 Decline']);
  });

  it('answers a redelivered message or its mention twin once', async () => {
    const bot = testBot();
    const first = message('SIP/2.0 486 Busy Here', { messageId: '1700.01' });
    expect(await bot.handle(first)).not.toBeNull();
    expect(await bot.handle({ ...first, threadId: 'T9' })).toBeNull();
    const mention = { ...first, kind: 'mention' as const };
    expect(await bot.handle(mention)).toBeNull();
    const fresh = { ...mention, messageId: '1700.02', text: '603' };
    expect(titles(await bot.handle(fresh))).toEqual(['603 Decline']);
  });

  it('shows at most five codes and then the command that shows the rest', async () => {
    const paste = [480, 481, 482, 483, 484, 486, 487].map((code) => `SIP/2.0 ${code} x`).join('\n');
    const reply = await testBot().handle(message(paste));
    expect(reply?.cards).toHaveLength(5);
    expect(reply?.more).toBe('and 2 more: /sip 486 487');
  });

  it('explains the codes of a message shortcut even where auto-explain is off, and says when there are none', async () => {
    const bot = testBot();
    await bot.handle(command('auto off', 'slack'));
    const base = {
      kind: 'shortcut' as const,
      platform: 'slack' as const,
      channelId: 'C1',
      author: { id: 'U1', isBot: false, isSelf: false },
    };
    expect(titles(await bot.handle({ ...base, text: 'REGISTER gets 401 then 403' }))).toEqual([
      '401 Unauthorized',
      '403 Forbidden',
    ]);
    expect((await bot.handle({ ...base, text: 'lunch at 12?' }))?.outcome).toBe('not-found');
  });
});

describe('the settings file', () => {
  it('keeps a channel switch across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sipbot-'));
    const first = testBot({ settings: await openFileSettingsStore(dataDir) });
    await first.handle(command('auto off', 'slack'));
    const second = testBot({ settings: await openFileSettingsStore(dataDir) });
    expect((await second.handle(command('auto status', 'slack')))?.text).toMatch(/is off/);
    expect(JSON.parse(await readFile(join(dataDir, 'channel-settings.json'), 'utf8'))).toEqual({
      version: 1,
      autoExplain: { 'slack:C1': false },
    });
  });

  it('refuses to open a corrupt file instead of resetting the settings', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sipbot-'));
    await writeFile(join(dataDir, 'channel-settings.json'), '{"version":1,"autoExplain":{"slack:C1":fal');
    await expect(openFileSettingsStore(dataDir)).rejects.toThrow(/corrupt/);
  });

  it('refuses a folder it cannot write', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sipbot-'));
    const blocker = join(dataDir, 'not-a-folder');
    await writeFile(blocker, 'x');
    await expect(openFileSettingsStore(join(blocker, 'data'))).rejects.toThrow(/DATA_DIR/);
  });
});
