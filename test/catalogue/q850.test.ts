import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { q850Causes, sipToQ850 } from '../../src/catalogue/data/q850-causes.js';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { catalogueSchemas } from '../../src/catalogue/schema.js';

const { q850CauseEntry, sipToQ850Entry } = catalogueSchemas();

/** RFC 3398 section 7.2.4.1, transcribed independently of the data file (29: see the data file). */
const rfc3398CauseToSip: Record<number, number> = {
  1: 404,
  2: 404,
  3: 404,
  17: 486,
  18: 408,
  19: 480,
  20: 480,
  21: 403,
  22: 410,
  23: 410,
  26: 404,
  27: 502,
  28: 484,
  29: 501,
  31: 480,
  34: 503,
  38: 503,
  41: 503,
  42: 503,
  47: 503,
  55: 403,
  57: 403,
  58: 503,
  65: 488,
  70: 488,
  79: 501,
  87: 403,
  88: 503,
  102: 504,
  111: 500,
  127: 500,
};

/** RFC 3398 section 8.2.6.1, transcribed independently of the data file. */
const rfc3398SipToCause: Record<number, number> = {
  400: 41,
  401: 21,
  402: 21,
  403: 21,
  404: 1,
  405: 63,
  406: 79,
  407: 21,
  408: 102,
  410: 22,
  413: 127,
  414: 127,
  415: 79,
  416: 127,
  420: 127,
  421: 127,
  423: 127,
  480: 18,
  481: 41,
  482: 25,
  483: 25,
  484: 28,
  485: 1,
  486: 17,
  500: 41,
  501: 79,
  502: 38,
  503: 41,
  504: 102,
  505: 127,
  513: 127,
  600: 17,
  603: 21,
  604: 1,
};

const standardCauses = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 17, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 34, 38, 39, 40, 41,
  42, 43, 44, 46, 47, 49, 50, 53, 55, 57, 58, 62, 63, 65, 66, 69, 70, 79, 81, 82, 83, 84, 85, 86, 87, 88, 90,
  91, 95, 96, 97, 98, 99, 100, 101, 102, 103, 110, 111, 127,
];

const causeOf = (cause: number) => q850Causes.find((c) => c.cause === cause);
const mappingOf = (code: number) => sipToQ850.find((m) => m.code === code);

describe('Q.850 cause data', () => {
  it('satisfies the zod schemas as raw arrays', () => {
    expect(() => z.array(q850CauseEntry).parse(q850Causes)).not.toThrow();
    expect(() => z.array(sipToQ850Entry).parse(sipToQ850)).not.toThrow();
  });

  it('lists every standard Q.850 cause value exactly once, in ascending order', () => {
    const causes = q850Causes.map((c) => c.cause);
    expect(new Set(causes).size).toBe(causes.length);
    expect(causes).toEqual(standardCauses);
  });

  it('uses the Q.850 names for well-known causes', () => {
    expect(causeOf(16)?.name).toBe('Normal call clearing');
    expect(causeOf(17)?.name).toBe('User busy');
    expect(causeOf(19)?.name).toBe('No answer from user (user alerted)');
    expect(causeOf(28)?.name).toBe('Invalid number format (address incomplete)');
    expect(causeOf(34)?.name).toBe('No circuit/channel available');
    expect(causeOf(47)?.name).toBe('Resource unavailable, unspecified');
    expect(causeOf(127)?.name).toBe('Interworking, unspecified');
  });

  it('explains each cause instead of repeating its name', () => {
    for (const entry of q850Causes) {
      expect(entry.meaning.toLowerCase()).not.toBe(entry.name.toLowerCase());
      expect(entry.meaning.length).toBeGreaterThan(entry.name.length);
    }
  });

  it('maps busy, no answer, rejection, congestion and timer expiry as RFC 3398 7.2.4.1 does', () => {
    expect(causeOf(17)?.sipCode).toBe(486);
    expect(causeOf(18)?.sipCode).toBe(408);
    expect(causeOf(21)?.sipCode).toBe(403);
    expect(causeOf(34)?.sipCode).toBe(503);
    expect(causeOf(102)?.sipCode).toBe(504);
  });

  it('sets a SIP code for exactly the causes RFC 3398 7.2.4.1 lists', () => {
    const mapped = Object.fromEntries(
      q850Causes.filter((c) => c.sipCode !== undefined).map((c) => [c.cause, c.sipCode]),
    );
    expect(mapped).toEqual(rfc3398CauseToSip);
  });

  it('gives normal call clearing no SIP response, since it becomes a BYE or CANCEL', () => {
    expect(causeOf(16)?.sipCode).toBeUndefined();
  });
});

describe('SIP to Q.850 mapping', () => {
  it('maps busy, not found, unavailable and decline as RFC 3398 8.2.6.1 does', () => {
    expect(mappingOf(486)?.cause).toBe(17);
    expect(mappingOf(404)?.cause).toBe(1);
    expect(mappingOf(503)?.cause).toBe(41);
    expect(mappingOf(603)?.cause).toBe(21);
  });

  it('holds exactly the RFC 3398 8.2.6.1 table', () => {
    const mapped = Object.fromEntries(sipToQ850.map((m) => [m.code, m.cause]));
    expect(mapped).toEqual(rfc3398SipToCause);
  });

  it('has no duplicate SIP codes', () => {
    const codes = sipToQ850.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('leaves out the codes the RFC gives no fixed cause for', () => {
    for (const code of [487, 488, 606]) expect(mappingOf(code)).toBeUndefined();
  });

  it('maps only to causes the Q.850 data lists', () => {
    const known = new Set(q850Causes.map((c) => c.cause));
    for (const mapping of sipToQ850) expect(known.has(mapping.cause)).toBe(true);
  });
});

describe('Q.850 data against the full catalogue', () => {
  it('names only response codes that the catalogue holds', () => {
    const catalogue = loadCatalogue();
    const missing = [
      ...q850Causes.flatMap((c) => (c.sipCode === undefined ? [] : [c.sipCode])),
      ...sipToQ850.map((m) => m.code),
    ].filter((code) => catalogue.code(code) === undefined);
    expect(missing).toEqual([]);
  });

  it('attaches the RFC 3398 cause to the catalogue entry for 486', () => {
    expect(loadCatalogue().code(486)?.q850Cause).toBe(17);
  });
});
