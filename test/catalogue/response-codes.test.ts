import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.js';

/**
 * The IANA "Session Initiation Protocol (SIP) Parameters / Response Codes" registry, written out so
 * that no registered code can silently disappear from the catalogue.
 */
const ianaRegisteredCodes = [
  100, 180, 181, 182, 183, 199, 200, 202, 204, 300, 301, 302, 305, 380, 400, 401, 402, 403, 404, 405, 406,
  407, 408, 410, 412, 413, 414, 415, 416, 417, 420, 421, 422, 423, 424, 425, 428, 429, 430, 433, 436, 437,
  438, 439, 440, 469, 470, 480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 493, 494, 500, 501, 502,
  503, 504, 505, 513, 555, 580, 600, 603, 604, 606, 607, 608,
];

const rfcSectionUrl = /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-\d+(\.\d+)*$/;

describe('response code catalogue', () => {
  it('loads and validates without throwing', () => {
    expect(() => loadCatalogue()).not.toThrow();
  });

  const catalogue = loadCatalogue();
  const registered = catalogue.codes.filter((entry) => entry.registered);

  it('holds exactly the codes in the IANA registry as registered codes', () => {
    expect(registered.map((entry) => entry.code)).toEqual(ianaRegisteredCodes);
  });

  it('counts 75 registered codes', () => {
    expect(ianaRegisteredCodes).toHaveLength(75);
    expect(registered).toHaveLength(75);
  });

  it('keeps every code between 100 and 699 with a status class equal to its first digit', () => {
    for (const entry of catalogue.codes) {
      expect(entry.code).toBeGreaterThanOrEqual(100);
      expect(entry.code).toBeLessThanOrEqual(699);
      expect(entry.statusClass).toBe(Number(String(entry.code)[0]));
      expect(catalogue.statusClass(entry.statusClass)?.name).toBeTruthy();
    }
  });

  it('has no duplicate codes', () => {
    const codes = catalogue.codes.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('relates every code only to codes that exist, never to itself', () => {
    for (const entry of catalogue.codes) {
      for (const related of entry.related) {
        expect(catalogue.code(related), `${entry.code} -> ${related}`).toBeDefined();
        expect(related).not.toBe(entry.code);
      }
    }
  });

  it('links every code to an rfc-editor.org section', () => {
    for (const entry of catalogue.codes) {
      expect(entry.url, String(entry.code)).toMatch(rfcSectionUrl);
    }
  });

  it.each([
    [408, 'Request Timeout'],
    [504, 'Server Time-out'],
    [603, 'Decline'],
    [480, 'Temporarily Unavailable'],
    [487, 'Request Terminated'],
    [607, 'Unwanted'],
    [608, 'Rejected'],
    [199, 'Early Dialog Terminated'],
    [437, 'Unsupported Credential'],
    [555, 'Push Notification Service Not Supported'],
  ])('spells the reason phrase of %i as %s', (code, phrase) => {
    expect(catalogue.code(code)?.reasonPhrase).toBe(phrase);
  });

  it('cites RFC 3261 section 21.6.2 for 603 Decline', () => {
    expect(catalogue.code(603)?.url).toBe('https://www.rfc-editor.org/rfc/rfc3261#section-21.6.2');
  });

  it('never writes a summary that merely restates the reason phrase', () => {
    for (const entry of catalogue.codes) {
      const summary = entry.summary.toLowerCase();
      const phrase = entry.reasonPhrase.toLowerCase();
      expect(summary, String(entry.code)).not.toBe(phrase);
      expect(summary.startsWith(phrase), `${entry.code}: ${entry.summary}`).toBe(false);
    }
  });

  it('never lists the registered phrase among the aliases', () => {
    for (const entry of catalogue.codes) {
      const phrase = entry.reasonPhrase.toLowerCase();
      expect(
        entry.aliases.map((alias) => alias.toLowerCase()),
        String(entry.code),
      ).not.toContain(phrase);
    }
  });

  it('gives every unregistered code an origin', () => {
    const unregistered = catalogue.codes.filter((entry) => !entry.registered);
    expect(unregistered.map((entry) => entry.code)).toEqual([409, 411, 477]);
    for (const entry of unregistered) {
      expect(entry.origin, String(entry.code)).toBeTruthy();
    }
  });

  it('gives every code at least one check', () => {
    for (const entry of catalogue.codes) {
      expect(entry.checks.length, String(entry.code)).toBeGreaterThan(0);
    }
  });

  it('mentions the deprecation of 202 Accepted', () => {
    expect(catalogue.code(202)?.meaning).toMatch(/deprecated/i);
  });
});
