import { afterEach, describe, expect, it } from 'vitest';
import { SlackStartError, startSlack } from '../../../adapters/slack/index.js';
import { createSipbot } from '../../../commands/index.js';
import { silentLogger } from '../../../src/log.js';
import { settle, waitFor } from '../wait.js';
import { FakeSlack } from './fake-slack.js';
import { eventEnvelope, slashCommand } from './fixtures.js';
import { type Harness, slackConfig, startHarness } from './harness.js';
import { APP_TOKEN, BOT_TOKEN, ids, SIGNING_SECRET } from './ids.js';

describe('on a real workspace', () => {
  let slack: Harness | undefined;
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await slack?.close();
    await fake?.close();
    slack = undefined;
    fake = undefined;
  });

  const posts = () => slack?.fake.callsOf('chat.postMessage') ?? [];

  it('waits out a 429 as Retry-After says and still replies exactly once', async () => {
    slack = await startHarness('http');
    slack.fake.rateLimitOnce('chat.postMessage', 1);
    await slack.event(eventEnvelope('event_message'));
    await waitFor(() => posts().length === 1, 'the reply after the rate limit', 5000);
    const [limited] = slack.fake.callsOf('chat.postMessage#429');
    expect(limited).toBeDefined();
    expect((posts()[0]?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(900);
    await settle();
    expect(posts()).toHaveLength(1);
    expect(
      slack.logs.some((line) => line.includes('rate-limited') && line.includes('"retryAfterSeconds":1')),
    ).toBe(true);
  });

  it.each(['not_in_channel', 'channel_not_found', 'is_archived'])(
    'logs %s with its channel, does not retry, and keeps answering',
    async (error) => {
      slack = await startHarness('http');
      slack.fake.failNext('chat.postMessage', error);
      await slack.event(eventEnvelope('event_message', { channel: ids.support }));
      const line = await waitFor(
        () => slack?.logs.find((entry) => entry.includes(`"error":"${error}"`)),
        'the log line',
      );
      expect(line).toContain(ids.support);
      expect(line).toContain('chat.postMessage');
      await slack.event(eventEnvelope('event_message', { ts: '1700000999.000100' }));
      await waitFor(() => posts().length === 2, 'the next reply');
      expect(posts()).toHaveLength(2);
    },
  );

  it('finishes a reply in flight before stop() resolves', async () => {
    slack = await startHarness('http');
    slack.fake.rateLimitOnce('chat.postMessage', 1);
    await slack.event(eventEnvelope('event_message'));
    await waitFor(() => slack?.fake.callsOf('chat.postMessage#429').length === 1, 'the rate-limited call');
    await slack.slack.stop();
    expect(posts()).toHaveLength(1);
  });

  it('never echoes pasted <!channel>, <!here> or user mentions live', async () => {
    slack = await startHarness('http');
    const ack = await slack.command(
      slashCommand({ text: `<!channel> <!here> <@${ids.bob}> ping`, response_url: slack.fake.responseUrl() }),
    );
    await slack.event(
      eventEnvelope('event_message', { text: `<!channel> <@${ids.bob}> SIP/2.0 603 Decline` }),
    );
    await waitFor(() => slack?.fake.replies.length === 1, 'the thread reply');
    const everything = JSON.stringify([ack.payload, slack.fake.replies]);
    expect(everything).toContain('@here');
    for (const live of ['<!channel>', '<!here>', `<@${ids.bob}>`]) expect(everything).not.toContain(live);
  });

  it('keeps tokens and the signing secret out of the logs and out of Slack', async () => {
    slack = await startHarness('socket');
    slack.fake.failNext('chat.postMessage', 'invalid_auth');
    await slack.event(eventEnvelope('event_message'));
    await waitFor(() => slack?.logs.some((line) => line.includes('invalid_auth')), 'the failure log');
    const everything = [...slack.logs, JSON.stringify(slack.fake.replies)].join('\n');
    for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(everything).not.toContain(secret);
  });

  it('refuses to start with a bot token Slack rejects, naming SLACK_BOT_TOKEN', async () => {
    fake = await FakeSlack.start();
    fake.failNext('auth.test', 'invalid_auth');
    const starting = startSlack(createSipbot(), slackConfig(fake, 'http'), silentLogger, {
      host: '127.0.0.1',
    });
    await expect(starting).rejects.toBeInstanceOf(SlackStartError);
    await expect(starting).rejects.toThrow(/SLACK_BOT_TOKEN/);
  });

  it('refuses to start with an app token Slack rejects, naming SLACK_APP_TOKEN', async () => {
    fake = await FakeSlack.start();
    fake.failNext('apps.connections.open', 'invalid_auth');
    const starting = startSlack(createSipbot(), slackConfig(fake, 'socket'), silentLogger);
    await expect(starting).rejects.toThrow(/SLACK_APP_TOKEN/);
    expect(fake.socket.connections).toBe(0);
  });
});
