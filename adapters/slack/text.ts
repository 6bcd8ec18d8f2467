/**
 * Slack's text rules in one place. Slack reads `&`, `<` and `>` as markup (`<!channel>`,
 * `<@U123>`, `<url|label>`), so everything sipbot echoes is escaped, and everything Slack sends
 * is turned back into the plain text the core expects.
 */

/** Escapes the three characters Slack treats as markup, so pasted mentions stay inert. */
export function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** A URL placed inside `<url|label>`: the characters that would end the link are encoded. */
export function escapeUrl(url: string): string {
  return url.replaceAll('&', '&amp;').replaceAll('<', '%3C').replaceAll('>', '%3E').replaceAll('|', '%7C');
}

/**
 * Slack message text as plain text: links become their label or address, mentions become
 * `@U123`/`@here`, and the HTML entities Slack escapes are decoded (`&lt;sip:...&gt;`).
 */
export function slackToPlain(text: string): string {
  return text
    .replace(/<([^<>|]*)\|([^<>]*)>/g, (_match, _target: string, label: string) => label)
    .replace(/<([@#!])([^<>]*)>/g, (_match, sigil: string, target: string) =>
      sigil === '#' ? `#${target}` : `@${target}`,
    )
    .replace(/<((?:https?|mailto|sip|sips|tel):[^<>]*)>/g, (_match, target: string) => target)
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** Removes every `<@USERID>` (or `<@USERID|name>`) mention of the given user. */
export function stripMention(text: string, userId: string): string {
  return text
    .replace(new RegExp(`<@${userId}(?:\\|[^>]*)?>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `text` mentions the given user. */
export function mentions(text: string, userId: string): boolean {
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}

const ELLIPSIS = '…';

/**
 * Cuts already-escaped text to at most `max` characters, ending with an ellipsis: at a line break
 * when one is near the end, and never inside an entity (`&amp;`) or a surrogate pair.
 */
export function truncate(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let cut = escaped.slice(0, Math.max(0, max - ELLIPSIS.length));
  // A list loses a whole item rather than half of one, when that does not waste much room.
  const lastLine = cut.lastIndexOf('\n');
  if (lastLine > max * 0.7) cut = cut.slice(0, lastLine + 1);
  const partialEntity = cut.lastIndexOf('&');
  if (partialEntity !== -1 && !cut.slice(partialEntity).includes(';')) cut = cut.slice(0, partialEntity);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}
