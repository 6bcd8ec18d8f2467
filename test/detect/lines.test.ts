import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { createDetector } from '../../src/detect/index.js';
import { lineKind, lineKindOfText } from '../../src/detect/sip-message.js';
import { lowerKeepingOffsets, pieceLowerer } from '../../src/detect/text-scan.js';

/** The detector reads lines lowercased one at a time: they must agree with the whole text lowercased. */

const detect = createDetector(loadCatalogue());

const lineChars = fc.constantFrom(
  'a',
  'A',
  'K',
  '\u212a',
  '\u0130',
  'Σ',
  'σ',
  '=',
  ':',
  ' ',
  '-',
  '>',
  '*',
  '1',
  'é',
);
const line = fc.array(lineChars, { maxLength: 20 }).map((cs) => cs.join(''));
const text = fc.array(line, { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n'));

describe('lowering line by line', () => {
  it('gives each line what lowering the whole text gives it', () => {
    fc.assert(
      fc.property(text, (t) => {
        const lowerPiece = pieceLowerer(t);
        expect(t.split('\n').map(lowerPiece).join('\n')).toBe(lowerKeepingOffsets(t));
      }),
    );
  });

  it('reads a line kind from the text as from the line lowercased, or says it is unsure', () => {
    fc.assert(
      fc.property(line, (l) => {
        const bounds = { start: 0, end: l.length };
        const kind = lineKindOfText(l, bounds);
        if (kind !== undefined) expect(kind).toBe(lineKind(pieceLowerer(l)(l), bounds));
      }),
    );
  });

  it('keeps finding codes when the text holds U+0130, lowered ASCII-only', () => {
    const found = detect('İstanbul trunk\nSIP/2.0 486 BUSY HERE\nCSeq: 102 INVITE');
    expect(found.codes.map((c) => [c.code, c.evidence])).toEqual([[486, 'status-line']]);
  });
});

describe('long lines', () => {
  // Lines over 1 KB are searched once for protocol words: numbers far from any skip the word walk.
  const filler = 'id 4242, '.repeat(150);
  const codesOf = (t: string) => detect(t).codes.map((c) => [c.code, c.evidence]);

  it('still reads the protocol words next to each number', () => {
    expect(codesOf(`${filler}the carrier answers 486, ${filler}nginx answers 502, ${filler}`)).toEqual([
      [486, 'sip-context'],
    ]);
    expect(
      codesOf(`SIP/2.0 200 OK, ${filler}nginx answers 502, ${filler}then answers 503, ${filler}`),
    ).toEqual([
      [200, 'status-line'],
      [503, 'sip-context'],
    ]);
  });

  it('finds nothing where no word says SIP', () => {
    expect(codesOf(`${filler}answers 486, ${filler}`)).toEqual([]);
  });
});
