import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_TEXT_MAX,
  HEADER_TEXT_MAX,
  MAX_BLOCKS,
  renderReply,
  SECTION_TEXT_MAX,
  TONE_EMOJI,
} from '../../../adapters/slack/render.js';
import { escapeText, slackToPlain, stripMention, truncate } from '../../../adapters/slack/text.js';
import type { Card, Reply } from '../../../src/reply.js';
import { command, testBot } from '../../helpers.js';

type Json = Record<string, unknown>;

const card = (overrides: Partial<Card> = {}): Card => ({
  title: '486 Busy Here',
  tone: 'client-error',
  summary: 'The callee is busy.',
  fields: [{ label: 'Class', value: '4xx Client Failure' }],
  sections: [{ heading: 'What to check', lines: ['call limits', 'trunk channels'], bullets: true }],
  links: [{ label: 'RFC 3261 §21.4.24', url: 'https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24' }],
  related: ['600 Busy Everywhere'],
  ...overrides,
});
const reply = (cards: Card[], extra: Partial<Reply> = {}): Reply => ({
  outcome: 'answered',
  text: 'answer',
  cards,
  ...extra,
});

/** Every text Slack would read in a rendered message. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value as Json).flatMap(texts);
  return [];
}

describe('Block Kit rendering', () => {
  it('marks the header with the class emoji and links the RFC section', async () => {
    const answer = await testBot().handle(command('603', 'slack'));
    const message = renderReply(answer ?? reply([]));
    const [header] = message.blocks as unknown as Json[];
    expect(JSON.stringify(header)).toContain(`${TONE_EMOJI['global-failure']} 603 Decline`);
    expect(JSON.stringify(message.blocks)).toContain(
      '<https://www.rfc-editor.org/rfc/rfc3261#section-21.6.2|RFC 3261 §21.6.2>',
    );
    expect(JSON.stringify(message.blocks)).toContain('*Related:* 486 Busy Here');
    expect(message.text).toBe('603 Decline');
  });

  it('escapes pasted mentions everywhere, so <!channel> is shown, not sent', () => {
    const hostile = '<!channel> <!here> <@U123> & <https://evil.example|click>';
    const message = renderReply(
      reply(
        [
          card({
            title: hostile,
            summary: hostile,
            fields: [{ label: hostile, value: hostile }],
            related: [hostile],
          }),
        ],
        {
          text: hostile,
          intro: hostile,
          more: hostile,
        },
      ),
    );
    for (const text of texts(message)) {
      expect(text).not.toMatch(/<[!@]/);
      expect(text).not.toContain('<https://evil');
    }
    expect(message.text).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &amp; &lt;https://evil.example|click&gt;',
    );
  });

  it('lists every code of a long class, splitting the list between blocks rather than cutting it', async () => {
    const answer = await testBot().handle(command('4xx', 'slack'));
    const codes = answer?.cards[0]?.sections.find((part) => part.heading.startsWith('Codes'))?.lines ?? [];
    expect(codes.length).toBeGreaterThan(20);
    const shown = texts(renderReply(answer ?? reply([])).blocks).join('\n');
    for (const line of codes) expect(shown).toContain(escapeText(line));
  });

  it('keeps a text-only reply to one section plus its button', () => {
    const message = renderReply(
      { outcome: 'usage', text: 'Use /sip auto on.', cards: [] },
      { shareValue: 'x' },
    );
    expect(message.blocks.map((block) => block.type)).toEqual(['section', 'actions']);
  });

  it('stays within 50 blocks and names the cards it left out', () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      card({ title: `4${String(index).padStart(2, '0')} Code` }),
    );
    const message = renderReply(reply(many, { more: 'and more' }), { shareValue: 'v', note: 'n' });
    expect(message.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(JSON.stringify(message.blocks.at(-4))).toContain('411 Code');
    expect(message.blocks.at(-1)?.type).toBe('context');
  });

  it('never exceeds Slack limits on headers, sections or the fallback text, whatever the reply', () => {
    const anyText = fc.string({
      unit: fc.constantFrom('a', '<', '>', '&', ' ', 'é', '😀', '\n'),
      maxLength: 4000,
    });
    fc.assert(
      fc.property(anyText, anyText, (title, body) => {
        const message = renderReply(
          reply([card({ title, summary: body, sections: [{ heading: title, lines: [body, body] }] })], {
            text: body,
          }),
        );
        expect(message.text.length).toBeLessThanOrEqual(FALLBACK_TEXT_MAX);
        for (const block of message.blocks as unknown as Json[]) {
          const text = (block.text as Json | undefined)?.text;
          if (typeof text !== 'string') continue;
          expect(text.length).toBeLessThanOrEqual(
            block.type === 'header' ? HEADER_TEXT_MAX : SECTION_TEXT_MAX,
          );
          expect(text).not.toMatch(/&[a-z]{0,3}…$/);
          expect(text).not.toMatch(/[<>]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('Slack text', () => {
  it('turns Slack markup back into the plain text people pasted', () => {
    expect(
      slackToPlain('&lt;sip:alice@example.com&gt; got 486 &amp; then <https://x.example/a|the log>'),
    ).toBe('<sip:alice@example.com> got 486 & then the log');
    expect(slackToPlain('<!here> <@U0BOB00001> <#C0VOIP0001|voip>')).toBe('@here @U0BOB00001 voip');
  });

  it('strips only the bot mention', () => {
    expect(stripMention('<@U0SIPBOT01> 486 for <@U0BOB00001>', 'U0SIPBOT01')).toBe('486 for <@U0BOB00001>');
    expect(stripMention('<@U0SIPBOT01|sipbot>   603', 'U0SIPBOT01')).toBe('603');
  });

  it('truncates without splitting an entity', () => {
    expect(truncate(escapeText('a&b'), 4)).toBe('a…');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});
