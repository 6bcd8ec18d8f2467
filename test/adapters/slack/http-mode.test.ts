import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settle } from '../wait.js';
import { eventEnvelope, slashCommand } from './fixtures.js';
import { type Harness, startHarness } from './harness.js';
import { signedPost } from './transport.js';

describe('HTTP mode', () => {
  let slack: Harness;
  beforeEach(async () => {
    slack = await startHarness('http');
  });
  afterEach(async () => {
    await slack.close();
  });

  const form = (text: string) =>
    new URLSearchParams(slashCommand({ text, response_url: slack.fake.responseUrl() })).toString();

  it('acks a slash command with the ephemeral answer as the JSON body of the 200', async () => {
    const response = await signedPost(slack.eventsUrl, form('603'), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ response_type: 'ephemeral', text: '603 Decline' });
    expect(slack.fake.responses).toHaveLength(0);
  });

  it('rejects a request with a bad signature and answers nothing', async () => {
    const response = await signedPost(slack.eventsUrl, form('603'), 'application/x-www-form-urlencoded', {
      secret: 'ffffffffffffffffffffffffffffffff',
    });
    expect(response.status).toBe(401);
    const event = await signedPost(
      slack.eventsUrl,
      JSON.stringify(eventEnvelope('event_message')),
      'application/json',
      {
        secret: 'ffffffffffffffffffffffffffffffff',
      },
    );
    expect(event.status).toBe(401);
    await settle();
    expect(slack.fake.replies).toHaveLength(0);
  });

  it('rejects a correctly signed request older than 5 minutes and answers nothing', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await signedPost(slack.eventsUrl, form('603'), 'application/x-www-form-urlencoded', {
      timestamp: sixMinutesAgo,
    });
    expect(response.status).toBe(401);
    await settle();
    expect(slack.fake.replies).toHaveLength(0);
  });

  it("answers Slack's url_verification challenge", async () => {
    const body = JSON.stringify({ token: 'scrubbed', challenge: 'c0ffee', type: 'url_verification' });
    const response = await signedPost(slack.eventsUrl, body, 'application/json');
    expect(response.status).toBe(200);
    expect(response.text).toContain('c0ffee');
  });

  it('stops listening on stop() and resolves', async () => {
    await slack.slack.stop();
    await expect(
      signedPost(slack.eventsUrl, form('603'), 'application/x-www-form-urlencoded'),
    ).rejects.toThrow();
  });
});
