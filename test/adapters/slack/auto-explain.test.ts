import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFileSettingsStore } from '../../../src/auto/settings-store.js';
import { settle, waitFor } from '../wait.js';
import { eventEnvelope, slashCommand } from './fixtures.js';
import { type Harness, type Mode, startHarness } from './harness.js';
import { ids } from './ids.js';
import { ackMessage } from './transport.js';

const modes: Mode[] = ['http', 'socket'];

describe.each(modes)('auto-explain in %s mode', (mode) => {
  let slack: Harness | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    await slack?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    slack = undefined;
    dataDir = undefined;
  });

  const posts = () => slack?.fake.callsOf('chat.postMessage') ?? [];

  it('explains a pasted 603 in a new thread under the message, never broadcast', async () => {
    slack = await startHarness(mode);
    await slack.event(eventEnvelope('event_message', { ts: '1700000100.000100' }));
    const [post] = await waitFor(() => posts().length > 0 && posts(), 'a thread reply');
    expect(post?.args.channel).toBe(ids.voip);
    expect(post?.args.thread_ts).toBe('1700000100.000100');
    expect(post?.args.reply_broadcast).toBeUndefined();
    expect(String(post?.args.text)).toContain('603 Decline');
    expect(post?.token).toMatch(/^xoxb-/);
  });

  it('answers a message inside a thread in that same thread', async () => {
    slack = await startHarness(mode);
    await slack.event(
      eventEnvelope('event_message', {
        ts: '1700000150.000200',
        thread_ts: '1700000100.000100',
        text: 'now SIP/2.0 486 Busy Here',
      }),
    );
    const [post] = await waitFor(() => posts().length > 0 && posts(), 'a thread reply');
    expect(post?.args.thread_ts).toBe('1700000100.000100');
  });

  it('stays quiet about "we onboarded 200 users on port 5060"', async () => {
    slack = await startHarness(mode);
    await slack.event(eventEnvelope('event_message', { text: 'we onboarded 200 users on port 5060' }));
    await settle();
    expect(posts()).toHaveLength(0);
  });

  it('stays quiet about other bots, its own posts, edits and uploads', async () => {
    slack = await startHarness(mode);
    const text = 'SIP/2.0 486 Busy Here';
    await slack.event(eventEnvelope('event_message_bot'));
    await slack.event(
      eventEnvelope('event_message', { text, user: undefined, bot_id: 'B0OTHER001', app_id: 'A0OTHER001' }),
    );
    await slack.event(
      eventEnvelope('event_message', { text, user: ids.botUser, bot_id: ids.bot, app_id: ids.app }),
    );
    await slack.event(eventEnvelope('event_message_changed'));
    await slack.event(eventEnvelope('event_message_file_share'));
    await settle();
    expect(posts()).toHaveLength(0);
  });

  it('explains an allow-listed alerting bot, reading its attachment', async () => {
    slack = await startHarness(mode, { autoExplain: { allowedBotIds: new Set([ids.alertBot]) } });
    await slack.event(eventEnvelope('event_message_bot'));
    const [post] = await waitFor(() => posts().length > 0 && posts(), 'a thread reply');
    expect(String(post?.args.text)).toContain('503');
  });

  it('gives one reply when Slack retries the delivery', async () => {
    slack = await startHarness(mode);
    const envelope = eventEnvelope('event_message');
    await slack.event(envelope);
    await slack.event(envelope, 1);
    await slack.event(envelope, 2);
    await waitFor(() => posts().length > 0, 'a reply');
    await settle();
    expect(posts()).toHaveLength(1);
  });

  it('gives exactly one reply to a mention in a channel where auto-explain is on', async () => {
    slack = await startHarness(mode);
    const post = { ts: '1700000200.000100', text: `<@${ids.botUser}> we see SIP/2.0 486 Busy Here` };
    await slack.event(eventEnvelope('event_message', post));
    await slack.event(eventEnvelope('event_app_mention', post));
    await waitFor(() => posts().length > 0, 'a reply');
    await settle();
    expect(posts()).toHaveLength(1);
    expect(posts()[0]?.args.thread_ts).toBe('1700000200.000100');
    expect(String(posts()[0]?.args.text)).toContain('486 Busy Here');
  });

  it('answers a mention with a query, in the thread, even where auto-explain is off', async () => {
    slack = await startHarness(mode, {
      autoExplain: { defaults: { slack: false, discord: false, shell: false, cli: false } },
    });
    await slack.event(eventEnvelope('event_app_mention'));
    const [post] = await waitFor(() => posts().length > 0 && posts(), 'a reply');
    expect(post?.args.thread_ts).toBe('1700000200.000100');
    expect(String(post?.args.text)).toContain('486 Busy Here');
  });

  it('does not explain the same code twice in a thread within the cooldown, and does after it', async () => {
    let clock = 1_700_000_000_000;
    slack = await startHarness(mode, { now: () => clock, autoExplain: { cooldownSeconds: 600 } });
    const inThread = (ts: string) =>
      eventEnvelope('event_message', {
        ts,
        thread_ts: '1700000000.000001',
        text: 'SIP/2.0 603 Decline again',
      });
    await slack.event(inThread('1700000001.000001'));
    await waitFor(() => posts().length === 1, 'the first reply');
    clock += 60_000;
    await slack.event(inThread('1700000002.000001'));
    await settle();
    expect(posts()).toHaveLength(1);
    clock += 600_000;
    await slack.event(inThread('1700000003.000001'));
    await waitFor(() => posts().length === 2, 'a reply after the cooldown');
  });

  it('keeps /sip auto off across a restart, and explains again after /sip auto on', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'sipbot-slack-'));
    slack = await startHarness(mode, { settings: await openFileSettingsStore(dataDir) });
    const off = await slack.command(
      slashCommand({ text: 'auto off', response_url: slack.fake.responseUrl() }),
    );
    expect(String(ackMessage(off)?.text)).toContain('now off');

    await slack.restart({ settings: await openFileSettingsStore(dataDir) });
    await slack.event(eventEnvelope('event_message', { ts: '1700000900.000100' }));
    await settle();
    expect(posts()).toHaveLength(0);

    const on = await slack.command(slashCommand({ text: 'auto on', response_url: slack.fake.responseUrl() }));
    expect(String(ackMessage(on)?.text)).toContain('now on');
    await slack.event(eventEnvelope('event_message', { ts: '1700000901.000100' }));
    await waitFor(() => posts().length === 1, 'a reply once auto-explain is on');
  });
});
