import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../wait.js';
import { eventEnvelope, slashCommand } from './fixtures.js';
import { type Harness, startHarness } from './harness.js';
import { APP_TOKEN } from './ids.js';

describe('Socket Mode', () => {
  let slack: Harness;
  beforeEach(async () => {
    slack = await startHarness('socket');
  });
  afterEach(async () => {
    await slack.close();
  });

  it('opens the connection through apps.connections.open at SLACK_API_URL with the app token', async () => {
    const [open] = slack.fake.callsOf('apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    expect(slack.fake.socket.connections).toBe(1);
    expect(slack.slack.mode).toBe('socket');
  });

  it('acks each envelope by its envelope_id, a /sip answer riding in the ack', async () => {
    const ack = await slack.fake.socket.send(
      'slash_commands',
      slashCommand({ text: '486', response_url: slack.fake.responseUrl() }),
    );
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: '486 Busy Here' });
    const eventAck = await slack.fake.socket.send('events_api', eventEnvelope('event_message'));
    expect(eventAck.payload ?? {}).toEqual({});
    await waitFor(() => slack.fake.callsOf('chat.postMessage').length === 1, 'the thread reply');
  });

  it('closes the WebSocket on stop()', async () => {
    await slack.slack.stop();
    await waitFor(() => !slack.fake.socket.connected, 'the socket to close');
  });
});
