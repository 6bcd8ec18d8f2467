import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHORTCUT_CALLBACK_ID } from '../../../adapters/slack/index.js';
import { waitFor } from '../wait.js';
import { interactivePayload, slashCommand, withButtonValue } from './fixtures.js';
import { type Harness, type Mode, startHarness } from './harness.js';
import { ids } from './ids.js';
import { ackMessage } from './transport.js';

const modes: Mode[] = ['http', 'socket'];

type Json = Record<string, unknown>;

/** The value of the first "Share in channel" button in a message body. */
function shareValue(body: Json): string {
  const actions = (body.blocks as Json[]).find((block) => block.type === 'actions');
  const [button] = (actions?.elements ?? []) as Json[];
  return String(button?.value);
}

describe.each(modes)('shortcut and share button in %s mode', (mode) => {
  let slack: Harness;
  beforeEach(async () => {
    slack = await startHarness(mode, {
      autoExplain: { defaults: { slack: false, discord: false, shell: false, cli: false } },
    });
  });
  afterEach(async () => {
    await slack.close();
  });

  const answerAt = (responseUrl: string, index = 0) => {
    const path = new URL(responseUrl).pathname;
    return waitFor(
      () => slack.fake.responses.filter((response) => response.path === path)[index],
      'an answer',
    );
  };

  it('explains the codes of a message through the shortcut, only to whoever asked', async () => {
    const responseUrl = slack.fake.responseUrl();
    const ack = await slack.interactive(
      interactivePayload('shortcut_message_action', { response_url: responseUrl }),
    );
    expect(ack.ok).toBe(true);
    const { body } = await answerAt(responseUrl);
    expect(body.response_type).toBe('ephemeral');
    const all = JSON.stringify(body);
    expect(all).toContain('480 Temporarily Unavailable');
    expect(all).toContain('408 Request Timeout');
    expect(slack.fake.callsOf('chat.postMessage')).toHaveLength(0);
    expect(SHORTCUT_CALLBACK_ID).toBe('explain_sip_codes');
  });

  it('says so when the shortcut is used on a message without codes', async () => {
    const responseUrl = slack.fake.responseUrl();
    const message = { type: 'message', user: ids.alice, text: 'lunch at noon?', ts: '1700000550.000100' };
    await slack.interactive(
      interactivePayload('shortcut_message_action', { response_url: responseUrl, message }),
    );
    const { body } = await answerAt(responseUrl);
    expect(String(body.text)).toContain('No SIP response codes');
  });

  it('shares the same answer with the channel when Share in channel is pressed', async () => {
    const ephemeral =
      ackMessage(
        await slack.command(slashCommand({ text: '603', response_url: slack.fake.responseUrl() })),
      ) ?? {};

    const actionUrl = slack.fake.responseUrl();
    const click = withButtonValue(
      interactivePayload('block_actions_share', { response_url: actionUrl }),
      shareValue(ephemeral),
    );
    expect((await slack.interactive(click)).ok).toBe(true);
    const shared = (await answerAt(actionUrl)).body;
    expect(shared.response_type).toBe('in_channel');
    expect(shared.delete_original).toBe(true);
    expect(shared.text).toBe(ephemeral.text);
    expect(JSON.stringify(shared)).toContain(`Shared by <@${ids.alice}>`);
    expect(JSON.stringify(shared)).not.toContain('Share in channel');
  });

  it('keeps a query too long for a button in memory, says so, and still shares it', async () => {
    const trace = `INVITE sip:bob@example.com SIP/2.0\n${'X-Padding: filler header line\n'.repeat(80)}SIP/2.0 486 Busy Here`;
    const ephemeral =
      ackMessage(
        await slack.command(slashCommand({ text: trace, response_url: slack.fake.responseUrl() })),
      ) ?? {};
    expect(JSON.stringify(ephemeral)).toContain('sharing works for 30 minutes');
    expect(shareValue(ephemeral).length).toBeLessThanOrEqual(2000);

    const actionUrl = slack.fake.responseUrl();
    await slack.interactive(
      withButtonValue(
        interactivePayload('block_actions_share', { response_url: actionUrl }),
        shareValue(ephemeral),
      ),
    );
    expect(JSON.stringify((await answerAt(actionUrl)).body)).toContain('486 Busy Here');
  });

  it('explains, privately, that an expired share cannot be posted', async () => {
    const actionUrl = slack.fake.responseUrl();
    const click = withButtonValue(
      interactivePayload('block_actions_share', { response_url: actionUrl }),
      '{"id":"gone"}',
    );
    await slack.interactive(click);
    const { body } = await answerAt(actionUrl);
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain('can no longer be shared');
  });

  it('never lets a share button switch auto-explain', async () => {
    const actionUrl = slack.fake.responseUrl();
    await slack.interactive(
      withButtonValue(
        interactivePayload('block_actions_share', { response_url: actionUrl }),
        '{"k":"c","q":"auto on"}',
      ),
    );
    await answerAt(actionUrl);
    expect(slack.bot).toBeDefined();
    const status = ackMessage(
      await slack.command(slashCommand({ text: 'auto status', response_url: slack.fake.responseUrl() })),
    );
    expect(String(status?.text)).toContain('Auto-explain is off');
  });
});
