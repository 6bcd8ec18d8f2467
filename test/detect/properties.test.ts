import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { createDetector } from '../../src/detect/index.js';

const detect = createDetector(loadCatalogue());

const pieces = [
  'SIP/2.0 ',
  '486',
  '503s',
  ' Busy Here',
  'INVITE',
  ' gets a ',
  'CSeq: ',
  '\n',
  ' ',
  'Reason: SIP;cause=',
  'Q.850;cause=',
  'sip_term_status=',
  '<@U123>',
  '<https://x.example/486|label>',
  '```',
  '> ',
  ',',
  '|',
  '\t',
  '1.2.3.',
  'trunk',
  ' from the carrier',
  'é',
  'İ',
  '\u{1F600}',
];
const sipish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
const digitHeavy = fc
  .array(fc.constantFrom('0', '1', '4', '5', '6', '9', ' ', '.', ',', ':', '-', 's', '\n'), {
    maxLength: 300,
  })
  .map((chars) => chars.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  sipish,
  digitHeavy,
);

describe('the detector on arbitrary input', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        detect(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every code at an offset where its digits appear', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const found of detect(text).codes) {
          expect(text.slice(found.offset, found.offset + 3)).toBe(String(found.code));
          expect(found.code).toBeGreaterThanOrEqual(100);
          expect(found.code).toBeLessThanOrEqual(699);
          expect(found.snippet.length).toBeLessThanOrEqual(80);
          expect(found.snippet.includes('\n')).toBe(false);
        }
        for (const found of detect(text).causes) {
          expect(text.startsWith(String(found.cause), found.offset)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reports codes in offset order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const offsets = detect(text).codes.map((c) => c.offset);
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      }),
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(detect(text)).toEqual(detect(text));
      }),
      { numRuns: 500 },
    );
  });
});
