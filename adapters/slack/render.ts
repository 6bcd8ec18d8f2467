import type { types } from '@slack/bolt';
import type { Card, Reply, Section, Tone } from '../../src/reply.js';
import { escapeText, escapeUrl, truncate } from './text.js';

type KnownBlock = types.KnownBlock;

/** Slack's Block Kit limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const MAX_BLOCKS = 50;
export const HEADER_TEXT_MAX = 150;
export const SECTION_TEXT_MAX = 3000;
export const SECTION_FIELDS_MAX = 10;
/** sipbot's own cap: one card section never takes more than this many blocks. */
export const SECTION_BLOCKS_MAX = 4;
export const FIELD_TEXT_MAX = 2000;
export const CONTEXT_TEXT_MAX = 2000;
export const BUTTON_TEXT_MAX = 75;
/** Slack truncates longer message text; notifications show far less. */
export const FALLBACK_TEXT_MAX = 3000;

/** Class-coloured marks for headers: 4xx yellow, 5xx red, 6xx black, as on most dashboards. */
export const TONE_EMOJI: Record<Tone, string> = {
  provisional: ':large_blue_circle:',
  success: ':large_green_circle:',
  redirect: ':large_purple_circle:',
  'client-error': ':large_yellow_circle:',
  'server-error': ':red_circle:',
  'global-failure': ':black_circle:',
  neutral: ':information_source:',
  warning: ':warning:',
};

export const SHARE_ACTION_ID = 'sipbot_share';

export interface SlackMessage {
  /** The notification and screen-reader text; escaped like the blocks. */
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** Adds a "Share in channel" button carrying this value. */
  shareValue?: string;
  /** A line under the button (e.g. how long sharing keeps working). */
  note?: string;
  /** The Slack user id of whoever shared the answer for everyone. */
  sharedBy?: string;
}

const mrkdwn = (text: string, max: number) => ({ type: 'mrkdwn' as const, text: truncate(text, max) });
const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text, SECTION_TEXT_MAX) });
const context = (texts: string[]): KnownBlock => ({
  type: 'context',
  elements: texts.map((text) => mrkdwn(text, CONTEXT_TEXT_MAX)),
});

/**
 * A card section as one section block, or a few when its lines (a class's list of codes) are
 * longer than one block may be: split between lines, never inside one.
 */
function sectionBlocks(part: Section): KnownBlock[] {
  const lines = part.lines.map((line) => (part.bullets ? `• ${escapeText(line)}` : escapeText(line)));
  const chunks: string[] = [];
  let current = `*${escapeText(part.heading)}*`;
  for (const line of lines) {
    if (current.length + 1 + line.length > SECTION_TEXT_MAX) {
      chunks.push(current);
      current = line;
    } else current = `${current}\n${line}`;
  }
  chunks.push(current);
  const kept = chunks.slice(0, SECTION_BLOCKS_MAX);
  if (chunks.length > kept.length) kept[kept.length - 1] = `${kept.at(-1)}\n…`;
  return kept.map(section);
}

/** The blocks of one card: header, summary, fields, sections, then links and related codes. */
export function renderCard(card: Card): KnownBlock[] {
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: truncate(`${TONE_EMOJI[card.tone]} ${escapeText(card.title)}`, HEADER_TEXT_MAX),
        emoji: true,
      },
    },
  ];
  if (card.summary) blocks.push(section(escapeText(card.summary)));
  if (card.fields.length > 0) {
    blocks.push({
      type: 'section',
      fields: card.fields
        .slice(0, SECTION_FIELDS_MAX)
        .map((field) => mrkdwn(`*${escapeText(field.label)}*\n${escapeText(field.value)}`, FIELD_TEXT_MAX)),
    });
  }
  for (const part of card.sections) blocks.push(...sectionBlocks(part));
  const notes: string[] = [];
  if (card.links.length > 0)
    notes.push(card.links.map((link) => `<${escapeUrl(link.url)}|${escapeText(link.label)}>`).join(' · '));
  if (card.related.length > 0) notes.push(`*Related:* ${card.related.map(escapeText).join(', ')}`);
  if (card.footer) notes.push(escapeText(card.footer));
  if (notes.length > 0) blocks.push(context(notes));
  return blocks;
}

/**
 * A Reply as a Slack message: Block Kit for the layout and an escaped `text` fallback. Cards
 * that would break the 50-block limit are left out and named in a closing line instead, so
 * Slack never rejects the message.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const text = truncate(escapeText(reply.text), FALLBACK_TEXT_MAX);
  const tail: KnownBlock[] = [];
  if (reply.more) tail.push(context([escapeText(reply.more)]));
  if (options.sharedBy && /^[A-Z0-9]+$/.test(options.sharedBy))
    tail.push(context([`Shared by <@${options.sharedBy}>`]));
  if (options.shareValue !== undefined) {
    tail.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: SHARE_ACTION_ID,
          text: { type: 'plain_text', text: truncate('Share in channel', BUTTON_TEXT_MAX) },
          value: options.shareValue,
        },
      ],
    });
  }
  if (options.note) tail.push(context([escapeText(options.note)]));

  if (reply.cards.length === 0) return { text, blocks: [section(escapeText(reply.text)), ...tail] };

  const blocks: KnownBlock[] = reply.intro ? [section(`*${escapeText(reply.intro)}*`)] : [];
  // One block stays free for the line naming cards that did not fit.
  const budget = MAX_BLOCKS - tail.length - 1;
  const left: string[] = [];
  for (const [index, card] of reply.cards.entries()) {
    const cardBlocks = [...(index > 0 ? [{ type: 'divider' } as const] : []), ...renderCard(card)];
    if (left.length > 0 || blocks.length + cardBlocks.length > budget) left.push(card.title);
    else blocks.push(...cardBlocks);
  }
  if (left.length > 0)
    blocks.push(context([`Not shown to stay within Slack's limits: ${left.map(escapeText).join(', ')}`]));
  return { text, blocks: [...blocks, ...tail] };
}
