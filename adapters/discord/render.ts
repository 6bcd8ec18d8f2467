import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Card, Reply, Section, Tone } from '../../src/reply.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const CONTENT_LIMIT = 2000;
export const EMBED_TITLE_LIMIT = 256;
export const EMBED_DESCRIPTION_LIMIT = 4096;
export const EMBED_FIELD_NAME_LIMIT = 256;
export const EMBED_FIELD_VALUE_LIMIT = 1024;
export const EMBED_FOOTER_LIMIT = 2048;
export const EMBED_FIELDS_LIMIT = 25;
export const EMBEDS_PER_MESSAGE_LIMIT = 10;
/** Titles, descriptions, field names and values and footers of every embed of one message together. */
export const EMBEDS_TOTAL_LIMIT = 6000;

/** Class colours, as in the terminal: 4xx yellow, 5xx red, 6xx purple. */
export const TONE_COLOUR: Record<Tone, number> = {
  provisional: 0x3498db,
  success: 0x57f287,
  redirect: 0x1abc9c,
  'client-error': 0xfee75c,
  'server-error': 0xed4245,
  'global-failure': 0x9b59b6,
  neutral: 0x99aab5,
  warning: 0xe67e22,
};

/** What a reply becomes on Discord: the body of a message or an interaction response. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

const ELLIPSIS = '…';

/** Cuts `text` to `limit` characters with an ellipsis, never leaving a dangling escape. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text
    .slice(0, limit - ELLIPSIS.length)
    .replace(/[\uD800-\uDBFF]$/, '')
    .replace(/\\+$/, (slashes) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes));
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Discord rejects empty or blank names, values and messages: this stands in for them. */
const BLANK = '\u200b';
const orBlank = (text: string) => (text.trim() === '' ? BLANK : text);

/** Plain text as Discord markdown that shows literally (Reply strings are plain text). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]<]/g, '\\$&').replace(/^(\s*)([>#-]|\d+\.)/gm, '$1\\$2');
}

/** Joins lines until the next would pass `limit`; says how many were left out. */
function fitLines(lines: readonly string[], limit: number): string {
  const kept: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index - 1;
    const note = left > 0 ? `\n${ELLIPSIS} and ${left} more` : '';
    const next = length + (kept.length > 0 ? 1 : 0) + line.length;
    if (next + note.length > limit) {
      if (kept.length === 0) return truncate(line, limit);
      return `${kept.join('\n')}\n${ELLIPSIS} and ${lines.length - index} more`;
    }
    kept.push(line);
    length = next;
  }
  return kept.join('\n');
}

function sectionField(section: Section): APIEmbedField {
  const lines = section.lines.map((line) =>
    section.bullets ? `• ${escapeMarkdown(line)}` : escapeMarkdown(line),
  );
  return {
    name: orBlank(truncate(section.heading, EMBED_FIELD_NAME_LIMIT)),
    value: orBlank(fitLines(lines, EMBED_FIELD_VALUE_LIMIT)),
  };
}

/** One card as one embed, each part within its own limit. */
export function renderCard(card: Card): APIEmbed {
  const fields: APIEmbedField[] = [
    ...card.fields.map((field) => ({
      name: orBlank(truncate(field.label, EMBED_FIELD_NAME_LIMIT)),
      value: orBlank(truncate(escapeMarkdown(field.value), EMBED_FIELD_VALUE_LIMIT)),
      inline: true,
    })),
    ...card.sections.map(sectionField),
  ];
  if (card.related.length > 0) {
    fields.push({
      name: 'Related',
      value: orBlank(truncate(escapeMarkdown(card.related.join(', ')), EMBED_FIELD_VALUE_LIMIT)),
    });
  }
  if (card.links.length > 0) {
    const links = card.links.map((link) => `[${escapeMarkdown(link.label)}](${link.url})`);
    fields.push({ name: 'Reference', value: fitLines(links, EMBED_FIELD_VALUE_LIMIT) });
  }
  const first = card.links[0];
  const title = truncate(card.title, EMBED_TITLE_LIMIT);
  const summary = card.summary?.trim() ? card.summary : undefined;
  return {
    // An embed needs some text: the title stands in when everything else is empty.
    title: orBlank(title),
    color: TONE_COLOUR[card.tone],
    ...(first ? { url: first.url } : {}),
    ...(summary ? { description: truncate(escapeMarkdown(summary), EMBED_DESCRIPTION_LIMIT) } : {}),
    fields: fields.slice(0, EMBED_FIELDS_LIMIT),
    ...(card.footer?.trim() ? { footer: { text: truncate(card.footer, EMBED_FOOTER_LIMIT) } } : {}),
  };
}

/** The characters of an embed that count towards EMBEDS_TOTAL_LIMIT. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    fields +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Drops fields from the end, then shortens the description, until the embed fits `budget`. */
function shrinkTo(embed: APIEmbed, budget: number): APIEmbed | undefined {
  const shrunk: APIEmbed = { ...embed, fields: [...(embed.fields ?? [])] };
  while (embedLength(shrunk) > budget && (shrunk.fields?.length ?? 0) > 0) shrunk.fields?.pop();
  const over = embedLength(shrunk) - budget;
  if (over > 0 && shrunk.description && shrunk.description.length - over >= 80) {
    shrunk.description = truncate(shrunk.description, shrunk.description.length - over);
  }
  return embedLength(shrunk) <= budget ? shrunk : undefined;
}

/**
 * A reply as a Discord message: text replies as content, cards as embeds (one per card). Every
 * limit is applied here, so Discord never rejects a reply: cards past ten, or past the 6,000
 * characters all embeds share, are dropped with a note saying how many.
 */
export function renderDiscord(reply: Reply): DiscordMessage {
  if (reply.cards.length === 0) {
    return { content: orBlank(truncate(escapeMarkdown(reply.text), CONTENT_LIMIT)), embeds: [] };
  }
  const embeds: APIEmbed[] = [];
  let budget = EMBEDS_TOTAL_LIMIT;
  for (const card of reply.cards.slice(0, EMBEDS_PER_MESSAGE_LIMIT)) {
    const embed = shrinkTo(renderCard(card), budget);
    if (!embed) break;
    embeds.push(embed);
    budget -= embedLength(embed);
  }
  const left = reply.cards.length - embeds.length;
  const lines = [
    ...(reply.intro?.trim() ? [escapeMarkdown(reply.intro)] : []),
    ...(reply.more?.trim() ? [escapeMarkdown(reply.more)] : []),
    ...(left > 0 ? [`${left} more not shown: ask about them one at a time.`] : []),
  ];
  return lines.length > 0 ? { content: truncate(lines.join('\n'), CONTENT_LIMIT), embeds } : { embeds };
}
