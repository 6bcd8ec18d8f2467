import type { App } from '@slack/bolt';
import { ExpiringMap } from '../../src/auto/expiring-map.js';
import {
  answerEphemerally,
  answerInThread,
  answerShare,
  ephemeralMessage,
  type SlackContext,
} from './answers.js';
import { SHARE_ACTION_ID } from './render.js';
import {
  commandToInvocation,
  type MessagePayload,
  type MessageShortcutPayload,
  mentionToInvocation,
  messageToInvocation,
  replyThreadTs,
  shortcutToInvocation,
} from './to-invocation.js';
import { within } from './within.js';

/** The message shortcut's callback id, as in manifest.yaml. */
export const SHORTCUT_CALLBACK_ID = 'explain_sip_codes';
/** Slack redelivers an event for up to about an hour; ids are remembered for longer, bounded. */
const EVENT_ID_TTL_MS = 2 * 60 * 60_000;
const EVENT_IDS_MAX = 20_000;

/** Runs reply work so stop() can wait for it; the work itself never rejects. */
export type Track = (work: Promise<void>) => Promise<void>;

/**
 * Wires Bolt to sipbot: every listener acks first (events are acked by Bolt itself), turns the
 * payload into an invocation and hands the answer to answers.ts. Nothing here throws.
 */
export function registerListeners(app: App, context: SlackContext, track: Track, ackBudgetMs: number): void {
  const { logger, self } = context;
  const seenEvents = new ExpiringMap<true>(EVENT_ID_TTL_MS, EVENT_IDS_MAX);

  // A retried delivery (X-Slack-Retry-Num, or a Socket Mode redelivery) carries the same event_id.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string') {
      const now = Date.now();
      if (seenEvents.get(eventId, now)) {
        logger.debug('ignoring a redelivered Slack event', { eventId });
        return;
      }
      seenEvents.set(eventId, true, now);
    }
    await next();
  });

  // A lookup is ready in well under a millisecond, so the ack itself carries the answer (Slack
  // shows it ephemerally); anything slower is acked empty and answered on the response_url.
  app.command(/.*/, async ({ command, ack }) => {
    const invocation = commandToInvocation(command);
    const answering = context.bot.handle(invocation);
    const quick = await within(answering, ackBudgetMs);
    if (quick !== 'timeout') {
      await ack(
        quick ? { response_type: 'ephemeral', ...ephemeralMessage(context, invocation, quick) } : undefined,
      );
      return;
    }
    await ack();
    await track(
      answerEphemerally(
        context,
        invocation,
        { responseUrl: command.response_url, channelId: command.channel_id, userId: command.user_id },
        answering,
      ),
    );
  });

  app.event('message', async ({ event }) => {
    const message = event as unknown as MessagePayload;
    const invocation = messageToInvocation(message, self);
    if (invocation) await track(answerInThread(context, invocation, replyThreadTs(message)));
  });

  app.event('app_mention', async ({ event }) => {
    const mention = event as unknown as MessagePayload;
    const invocation = mentionToInvocation(mention, self);
    if (invocation) await track(answerInThread(context, invocation, replyThreadTs(mention)));
  });

  app.shortcut({ callback_id: SHORTCUT_CALLBACK_ID, type: 'message_action' }, async ({ shortcut, ack }) => {
    await ack();
    const payload = shortcut as unknown as MessageShortcutPayload;
    await track(
      answerEphemerally(context, shortcutToInvocation(payload, self), {
        ...(payload.response_url ? { responseUrl: payload.response_url } : {}),
        channelId: payload.channel.id,
        userId: payload.user.id,
      }),
    );
  });

  app.action({ action_id: SHARE_ACTION_ID, type: 'block_actions' }, async ({ ack, body, action }) => {
    await ack();
    const value = (action as { value?: unknown }).value;
    const channelId = body.channel?.id;
    if (typeof value !== 'string' || channelId === undefined) return;
    await track(
      answerShare(context, value, {
        ...(body.response_url ? { responseUrl: body.response_url } : {}),
        channelId,
        userId: body.user.id,
      }),
    );
  });

  app.error(async (error) => {
    logger.error('Slack listener failed', { cause: error });
  });
}
