import type { webApi } from '@slack/bolt';
import type { Bot } from '../../src/bot.js';
import type { Invocation } from '../../src/invocation.js';
import type { Logger } from '../../src/log.js';
import type { Reply } from '../../src/reply.js';
import { type RenderOptions, renderReply, type SlackMessage } from './render.js';
import { SHARE_TTL_MINUTES, type ShareButtons, type SharedQuery, sharedInvocation } from './share.js';
import type { SlackCalls } from './slack-calls.js';
import type { SelfIdentity } from './to-invocation.js';

/** Everything the Slack listeners need, built once by startSlack. */
export interface SlackContext {
  bot: Bot;
  logger: Logger;
  self: SelfIdentity;
  web: webApi.WebClient;
  calls: SlackCalls;
  share: ShareButtons;
}

/** Where an ephemeral answer goes: the interaction's response_url, else chat.postEphemeral. */
export interface EphemeralTarget {
  responseUrl?: string;
  channelId: string;
  userId: string;
}

const noUnfurl = { unfurl_links: false, unfurl_media: false } as const;

/** Only answers with cards are worth sharing: not usage hints, settings or apologies. */
const shareable = (reply: Reply) => reply.outcome === 'answered' && reply.cards.length > 0;

/** Auto-explain and mentions: the answer goes in the message's thread, never broadcast. */
export async function answerInThread(
  context: SlackContext,
  invocation: Invocation,
  threadTs: string,
): Promise<void> {
  const reply = await context.bot.handle(invocation);
  if (!reply) return;
  const message = renderReply(reply);
  await context.calls.call(
    { method: 'chat.postMessage', channel: invocation.channelId, kind: invocation.kind },
    () =>
      context.web.chat.postMessage({
        channel: invocation.channelId,
        thread_ts: threadTs,
        ...message,
        ...noUnfurl,
      }),
  );
}

async function postEphemeral(
  context: SlackContext,
  target: EphemeralTarget,
  message: SlackMessage,
  kind: string,
): Promise<void> {
  const where = { channel: target.channelId, kind };
  if (target.responseUrl) {
    await context.calls.respond(
      target.responseUrl,
      { response_type: 'ephemeral', replace_original: false, ...message },
      where,
    );
    return;
  }
  await context.calls.call({ ...where, method: 'chat.postEphemeral' }, () =>
    context.web.chat.postEphemeral({ channel: target.channelId, user: target.userId, ...message }),
  );
}

/** An answer only the asker sees, with a "Share in channel" button when it is worth sharing. */
export function ephemeralMessage(context: SlackContext, invocation: Invocation, reply: Reply): SlackMessage {
  const options: RenderOptions = {};
  if (shareable(reply) && (invocation.kind === 'command' || invocation.kind === 'shortcut')) {
    const { value, stored } = context.share.encode({ kind: invocation.kind, text: invocation.text });
    options.shareValue = value;
    if (stored)
      options.note = `This query is too long to keep in the button: sharing works for ${SHARE_TTL_MINUTES} minutes.`;
  }
  return renderReply(reply, options);
}

/** `/sip` answered after its ack, and the shortcut: ephemeral, through the response_url. */
export async function answerEphemerally(
  context: SlackContext,
  invocation: Invocation,
  target: EphemeralTarget,
  answering: Promise<Reply | null> = context.bot.handle(invocation),
): Promise<void> {
  const reply = await answering;
  if (!reply) return;
  await postEphemeral(context, target, ephemeralMessage(context, invocation, reply), invocation.kind);
}

/** "Share in channel": the same answer again, for everyone, replacing the ephemeral one. */
export async function answerShare(
  context: SlackContext,
  value: string,
  target: EphemeralTarget,
): Promise<void> {
  const query: SharedQuery | undefined = context.share.decode(value);
  if (!query) {
    const expired = renderReply({
      outcome: 'usage',
      text: 'That answer can no longer be shared (it expired). Ask again with /sip to share it.',
      cards: [],
    });
    await postEphemeral(context, target, expired, 'share');
    return;
  }
  const author = { id: target.userId, isBot: false, isSelf: false };
  const reply = await context.bot.handle(sharedInvocation(query, target.channelId, author));
  if (!reply || !shareable(reply)) return;
  const message = renderReply(reply, { sharedBy: target.userId });
  const where = { channel: target.channelId, kind: 'share' };
  if (target.responseUrl) {
    await context.calls.respond(
      target.responseUrl,
      { response_type: 'in_channel', delete_original: true, ...message },
      where,
    );
    return;
  }
  await context.calls.call({ ...where, method: 'chat.postMessage' }, () =>
    context.web.chat.postMessage({ channel: target.channelId, ...message, ...noUnfurl }),
  );
}
