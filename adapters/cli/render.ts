import type { Card, Reply, Tone } from '../../src/reply.js';

/** ANSI colour per tone: 4xx yellow, 5xx red, 6xx magenta, as in most log viewers. */
const TONE_COLOUR: Record<Tone, string> = {
  provisional: '36',
  success: '32',
  redirect: '34',
  'client-error': '33',
  'server-error': '31',
  'global-failure': '35',
  neutral: '39',
  warning: '33',
};

export interface TerminalStyle {
  colour: boolean;
  /** Wrap width for paragraphs; 0 disables wrapping. */
  width: number;
}

/** Whether to colour output: a TTY, unless NO_COLOR is set (https://no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb';
}

/** Wraps at `width` (0: no wrapping); continuation lines take `hangingIndent`. */
function wrap(text: string, width: number, indent: string, hangingIndent = indent): string {
  if (width <= 0) return indent + text;
  const lines: string[] = [];
  let line = '';
  let prefix = indent;
  for (const word of text.split(/\s+/)) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
      lines.push(prefix + line);
      prefix = hangingIndent;
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(prefix + line);
  return lines.join('\n');
}

function renderCard(card: Card, style: TerminalStyle): string {
  const paint = (code: string, text: string) => (style.colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const out: string[] = [paint(`1;${TONE_COLOUR[card.tone]}`, card.title)];
  if (card.summary) out.push(wrap(card.summary, style.width, ''));
  if (card.fields.length > 0)
    out.push(card.fields.map((field) => `${paint('2', `${field.label}:`)} ${field.value}`).join('\n'));
  for (const section of card.sections) {
    const body = section.lines
      .map((line) =>
        section.bullets ? wrap(line, style.width, '  • ', '    ') : wrap(line, style.width, '  '),
      )
      .join('\n');
    out.push(`${paint('1', section.heading)}\n${body}`);
  }
  if (card.related.length > 0) out.push(`${paint('1', 'Related:')} ${card.related.join(', ')}`);
  for (const link of card.links) out.push(`${paint('2', `${link.label}:`)} ${link.url}`);
  if (card.footer) out.push(paint('2', card.footer));
  return out.join('\n');
}

/** A reply as terminal text: cards separated by blank lines, colour only when asked. */
export function renderTerminal(reply: Reply, style: TerminalStyle): string {
  if (reply.cards.length === 0) return wrap(reply.text, style.width, '');
  const parts = [
    ...(reply.intro ? [reply.intro] : []),
    ...reply.cards.map((card) => renderCard(card, style)),
    ...(reply.more ? [reply.more] : []),
  ];
  return parts.join('\n\n');
}
