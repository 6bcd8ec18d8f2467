import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_LIMIT,
  EMBED_DESCRIPTION_LIMIT,
  EMBED_FIELD_NAME_LIMIT,
  EMBED_FIELD_VALUE_LIMIT,
  EMBED_FIELDS_LIMIT,
  EMBED_TITLE_LIMIT,
  EMBEDS_PER_MESSAGE_LIMIT,
  EMBEDS_TOTAL_LIMIT,
  embedLength,
  escapeMarkdown,
  renderDiscord,
  TONE_COLOUR,
  truncate,
} from '../../../adapters/discord/render.js';
import { ShareButtons } from '../../../adapters/discord/share.js';
import { createSipbot } from '../../../commands/index.js';
import type { Card, Reply, Tone } from '../../../src/reply.js';
import { command } from '../../helpers.js';

const tones = Object.keys(TONE_COLOUR) as Tone[];
const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme-ascii' });
const card: fc.Arbitrary<Card> = fc.record({
  title: text(400),
  tone: fc.constantFrom(...tones),
  summary: fc.option(text(6000), { nil: undefined }),
  fields: fc.array(fc.record({ label: text(300), value: text(1500) }), { maxLength: 30 }),
  sections: fc.array(
    fc.record({ heading: text(300), lines: fc.array(text(900), { maxLength: 12 }), bullets: fc.boolean() }),
    { maxLength: 8 },
  ),
  links: fc.array(fc.record({ label: text(80), url: fc.webUrl() }), { maxLength: 3 }),
  related: fc.array(text(60), { maxLength: 20 }),
  footer: fc.option(text(2500), { nil: undefined }),
});
const reply: fc.Arbitrary<Reply> = fc.record({
  outcome: fc.constantFrom('answered', 'not-found', 'usage', 'error'),
  text: text(3000),
  intro: fc.option(text(300), { nil: undefined }),
  cards: fc.array(card, { maxLength: 14 }),
  more: fc.option(text(300), { nil: undefined }),
});

describe('Discord rendering', () => {
  it('keeps every reply within all of Discord’s message and embed limits', () => {
    fc.assert(
      fc.property(reply, (any) => {
        const message = renderDiscord(any);
        expect(message.content?.length ?? 0).toBeLessThanOrEqual(CONTENT_LIMIT);
        if (message.embeds.length === 0) expect(message.content?.trim()).not.toBe('');
        expect(message.embeds.length).toBeLessThanOrEqual(EMBEDS_PER_MESSAGE_LIMIT);
        expect(message.embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
          EMBEDS_TOTAL_LIMIT,
        );
        for (const embed of message.embeds) {
          expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_TITLE_LIMIT);
          expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_DESCRIPTION_LIMIT);
          expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_FIELDS_LIMIT);
          for (const field of embed.fields ?? []) {
            expect(field.name.trim()).not.toBe('');
            expect(field.value.trim()).not.toBe('');
            expect(field.name.length).toBeLessThanOrEqual(EMBED_FIELD_NAME_LIMIT);
            expect(field.value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_LIMIT);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('colours an embed by class: 6xx purple, 4xx yellow, 5xx red', async () => {
    const bot = createSipbot();
    const colour = async (query: string) =>
      renderDiscord((await bot.handle(command(query, 'discord'))) as Reply).embeds[0]?.color;
    expect(await colour('603')).toBe(TONE_COLOUR['global-failure']);
    expect(await colour('486')).toBe(TONE_COLOUR['client-error']);
    expect(await colour('503')).toBe(TONE_COLOUR['server-error']);
  });

  it('says how many cards were left out when a reply has more than ten', () => {
    const one: Card = { title: 't', tone: 'neutral', fields: [], sections: [], links: [], related: [] };
    const message = renderDiscord({ outcome: 'answered', text: '', cards: Array(12).fill(one) });
    expect(message.embeds).toHaveLength(10);
    expect(message.content).toContain('2 more not shown');
  });

  it('shows markdown characters literally and never cuts an escape in half', () => {
    expect(escapeMarkdown('device_state *busy* `x`')).toBe('device\\_state \\*busy\\* \\`x\\`');
    expect(escapeMarkdown('# not a heading\n> not a quote')).toBe('\\# not a heading\n\\> not a quote');
    expect(truncate('abc\\_def', 5)).toBe('abc…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('Share buttons', () => {
  it('carries short queries in the custom_id and long ones in a map that forgets', () => {
    let now = 0;
    const share = new ShareButtons(() => now, 1_000, 10);
    expect(share.customId({ kind: 'command', text: '603' })).toBe('sip-share:q:603');
    expect(share.resolve('sip-share:q:603')).toEqual({ kind: 'command', text: '603' });
    const long = { kind: 'shortcut' as const, text: 'SIP/2.0 486 Busy Here\n'.repeat(20) };
    const id = share.customId(long);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(share.resolve(id)).toEqual(long);
    now = 1_001;
    expect(share.resolve(id)).toBeUndefined();
    expect(share.resolve('something-else')).toBeUndefined();
  });
});
