import { describe, expect, it } from 'vitest';
import { command, replyText, testBot, titles } from '../helpers.js';

const bot = testBot();
const ask = (text: string) => bot.handle(command(text));

describe('/sip queries', () => {
  it('explains 603 as Decline with meaning, causes, checks and the RFC section', async () => {
    const reply = await ask('603');
    expect(reply?.outcome).toBe('answered');
    expect(titles(reply)).toEqual(['603 Decline']);
    const text = replyText(reply);
    expect(text).toContain('What to check');
    expect(text).toContain('Common causes');
    expect(text).toContain('https://www.rfc-editor.org/rfc/rfc3261#section-21.6.2');
  });

  it.each(['SIP 603', 'sip/2.0 603 decline', 'SIP/2.0 603 Decline', '  603  '])(
    'reads %j as the card for 603',
    async (query) => {
      expect(titles(await ask(query))).toEqual(['603 Decline']);
    },
  );

  it('answers two codes with two compact cards', async () => {
    const reply = await ask('486 603');
    expect(titles(reply)).toEqual(['486 Busy Here', '603 Decline']);
    expect(reply?.cards.every((card) => card.sections.length <= 1)).toBe(true);
  });

  it.each(['6xx', '6XX'])('lists class 6xx with its codes for %j', async (query) => {
    const reply = await ask(query);
    expect(titles(reply)).toEqual(['6xx Global Failure']);
    const text = replyText(reply);
    expect(text).toContain('603 Decline');
    expect(text).toContain('600 Busy Everywhere');
    expect(text).toMatch(/authoritative|everywhere/i);
  });

  it('lists only the registered codes 480-489 for 48x', async () => {
    const reply = await ask('48x');
    const codes = [...replyText(reply).matchAll(/^(4\d\d) /gm)].map((match) => Number(match[1]));
    expect(codes).toContain(486);
    expect(codes.every((code) => code >= 480 && code <= 489)).toBe(true);
  });

  it('shows the card for a clear word match such as "request terminated"', async () => {
    expect(titles(await ask('request terminated'))).toEqual(['487 Request Terminated']);
  });

  it.each([
    ['forbiden', '403 Forbidden'],
    ['Request Timeout', '408 Request Timeout'],
  ])('forgives typos and case: %j finds %s', async (query, title) => {
    expect(titles(await ask(query))).toEqual([title]);
  });

  it('finds busy codes for "busy", 486 first', async () => {
    const text = replyText(await ask('busy'));
    expect(text).toContain('486 Busy Here');
    expect(text.indexOf('486 Busy Here')).toBeLessThan(
      text.indexOf('600 Busy Everywhere') === -1 ? Infinity : text.indexOf('600 Busy Everywhere'),
    );
  });

  it('offers a short list when a typo matches several phrases ("unavailible")', async () => {
    const text = replyText(await ask('unavailible'));
    expect(text).toContain('480 Temporarily Unavailable');
    expect(text).toContain('503 Service Unavailable');
  });

  it.each(['q850 17', 'cause 17', 'Q.850;cause=17', 'Q.850 17'])(
    'explains Q.850 cause 17 for %j with its SIP mapping',
    async (query) => {
      const reply = await ask(query);
      expect(titles(reply)).toEqual(['Q.850 cause 17: User busy']);
      expect(replyText(reply)).toContain('486 Busy Here');
    },
  );

  it('says 499 is not registered, what 4xx means and the nearest registered codes', async () => {
    const reply = await ask('499');
    expect(reply?.outcome).toBe('answered');
    const text = replyText(reply);
    expect(text).toMatch(/not a registered/i);
    expect(text).toContain('Client Failure');
    expect(reply?.cards[0]?.related.length).toBeGreaterThan(0);
  });

  it.each([
    ['what is 486?', ['486 Busy Here']],
    ['why do I get 503s', ['503 Service Unavailable']],
    ['difference between 401 and 407', ['401 Unauthorized', '407 Proxy Authentication Required']],
  ])('treats a number in a direct question (%j) as a SIP code', async (query, expected) => {
    expect(titles(await ask(query))).toEqual(expected);
  });

  it('marks 409 Conflict as unregistered, with where it comes from', async () => {
    const reply = await ask('409');
    expect(titles(reply)).toEqual(['409 Conflict']);
    expect(replyText(reply)).toMatch(/Not in the IANA registry: .*RFC 2543/);
  });

  it.each(['999', 'abc!!', '42'])('answers %j with nothing found and a usage hint', async (query) => {
    const reply = await ask(query);
    expect(reply?.outcome).toBe('not-found');
    expect(reply?.text).toMatch(/\/sip 486|100 to 699/);
  });

  it('answers 10 KB of junk with nothing found, quickly and without a crash', async () => {
    const junk = Array.from({ length: 10_240 }, (_, i) => '#@!x7Zq'[i % 7]).join('');
    const reply = await ask(junk);
    expect(reply?.outcome).toBe('not-found');
    expect(reply?.text.length).toBeLessThan(400);
  });

  it.each(['', 'help', '   '])('shows usage with examples for %j', async (query) => {
    const reply = await ask(query);
    expect(reply?.outcome).toBe('usage');
    expect(replyText(reply)).toContain('/sip 603');
  });

  it('explains every code found in a pasted SIP trace', async () => {
    const trace = [
      'SIP/2.0 100 Trying',
      'Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK776',
      'CSeq: 102 INVITE',
      'Content-Length: 0',
      '',
      'SIP/2.0 486 Busy Here',
      'CSeq: 102 INVITE',
    ].join('\n');
    const reply = await ask(trace);
    expect(titles(reply)).toEqual(['100 Trying', '486 Busy Here']);
  });

  it('explains a pasted log line', async () => {
    const reply = await ask(
      '2026-11-24 03:12:09 [WARNING] res_pjsip: Got SIP response 503 "Service Unavailable" back from 198.51.100.7',
    );
    expect(titles(reply)).toContain('503 Service Unavailable');
  });
});
