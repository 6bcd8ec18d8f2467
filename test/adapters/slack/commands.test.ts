import { afterEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot.js';
import { waitFor } from '../wait.js';
import { slashCommand } from './fixtures.js';
import { type Harness, type HarnessOptions, type Mode, startHarness } from './harness.js';
import { ackMessage } from './transport.js';

const modes: Mode[] = ['http', 'socket'];

/** A bot that takes `ms` to answer, to push answers past the ack budget. */
const slow =
  (ms: number) =>
  (bot: Bot): Bot => ({
    ...bot,
    handle: async (invocation) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return bot.handle(invocation);
    },
  });

describe.each(modes)('/sip in %s mode', (mode) => {
  let slack: Harness | undefined;
  afterEach(async () => {
    await slack?.close();
    slack = undefined;
  });

  const start = async (options: HarnessOptions = {}) => {
    slack = await startHarness(mode, {}, options);
    return slack;
  };

  /** Sends `/sip <text>` and returns the ephemeral answer, from the ack or the response_url. */
  async function sip(text: string) {
    const harness = slack ?? (await start());
    const responseUrl = harness.fake.responseUrl();
    const ack = await harness.command(slashCommand({ text, response_url: responseUrl }));
    expect(ack.ok).toBe(true);
    const inAck = ackMessage(ack);
    const path = new URL(responseUrl).pathname;
    const body =
      inAck ??
      (await waitFor(() => harness.fake.responses.find((response) => response.path === path), 'the answer'))
        .body;
    return { inAck: inAck !== undefined, body, all: JSON.stringify(body) };
  }

  it('explains 603 as Decline, ephemerally, with a Share in channel button, in the ack itself', async () => {
    const { inAck, body, all } = await sip('603');
    expect(inAck).toBe(true);
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('603 Decline');
    expect(all).toContain('Decline');
    expect(all).toContain('Share in channel');
    expect(all).toContain('https://www.rfc-editor.org/rfc/rfc3261#section-21.6.2');
  });

  it('acks at once and answers on the response_url when the answer is slower than the ack budget', async () => {
    await start({ start: { ackBudgetMs: 20 }, wrapBot: slow(100) });
    const { inAck, body } = await sip('603');
    expect(inAck).toBe(false);
    expect(body.response_type).toBe('ephemeral');
    expect(String(body.text)).toContain('603 Decline');
  });

  it('finds 486 Busy Here for the word busy', async () => {
    const { body } = await sip('busy');
    expect(String(body.text)).toContain('486 Busy Here');
  });

  it('says 999 is not a SIP response code, without a share button', async () => {
    const { body, all } = await sip('999');
    expect(String(body.text)).toContain('999 is not a SIP response code');
    expect(all).not.toContain('Share in channel');
  });

  it('answers an empty /sip with usage', async () => {
    const { all } = await sip('');
    expect(all).toContain('/sip 603');
    expect(all).not.toContain('Share in channel');
  });

  it('switches auto-explain with /sip auto off and reports it with /sip auto status', async () => {
    expect(String((await sip('auto off')).body.text)).toContain('now off');
    expect(String((await sip('auto status')).body.text)).toContain('Auto-explain is off');
  });

  it('posts nothing in the channel for a slash command', async () => {
    await sip('603');
    expect(slack?.fake.callsOf('chat.postMessage')).toHaveLength(0);
    expect(slack?.fake.callsOf('auth.test')[0]?.token).toMatch(/^xoxb-/);
  });
});
