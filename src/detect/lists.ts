import type { EvidenceKind } from './evidence.js';

/**
 * Codes written as a list ("INVITE, 100, 180, then 487", "401 vs 407", "407 statt 401") share their
 * evidence: a number that nothing rules out is a code when a neighbour joined to it only by a comma,
 * a slash or a connecting word is one.
 */

const connectors = new Set([
  'and',
  'or',
  'vs',
  'versus',
  'then',
  'not',
  'nor',
  'but',
  'plus',
  'y',
  'luego',
  'o',
  'e',
  'ou',
  'et',
  'puis',
  'und',
  'oder',
  'statt',
  'dann',
  'instead',
  'of',
  'also',
  'depois',
  'después',
  'despues',
]);

interface Listed {
  code: number;
  offset: number;
  evidence: EvidenceKind | undefined;
}

/** Whether the text between two numbers on one line only joins them. */
function joins(text: string, lowerPiece: (piece: string) => string, from: number, to: number): boolean {
  if (to - from > 24 || to <= from) return false;
  // A digit or a line break between them: no connector holds either.
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c >= 48 && c <= 57)) return false;
  }
  // Lowercased alone, a few characters may differ from the whole text lowercased only around a
  // final sigma, which no connector holds.
  const between = lowerPiece(text.slice(from, to));
  const words = between.split(/[\s,;/&+()*_~`]+/).filter(Boolean);
  if (words.length > 3) return false;
  return words.every((w) => connectors.has(w));
}

/** Gives list neighbours of evidenced codes the evidence 'sip-context', sweeping both ways. */
export function vouchForListed(text: string, lowerPiece: (piece: string) => string, found: Listed[]): void {
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let n = 1; n < found.length; n++) {
      const left = found[n - 1] as Listed;
      const right = found[n] as Listed;
      if ((left.evidence === undefined) === (right.evidence === undefined)) continue;
      // `s` or `S` after the digits: only these lowercase to `s`.
      const plural = (text.charCodeAt(left.offset + 3) | 32) === 115;
      const linked = joins(text, lowerPiece, left.offset + 3 + (plural ? 1 : 0), right.offset);
      if (!linked) continue;
      if (left.evidence === undefined) left.evidence = 'sip-context';
      else right.evidence = 'sip-context';
    }
    for (let n = found.length - 2; n >= 0; n--) {
      const left = found[n] as Listed;
      const right = found[n + 1] as Listed;
      if (left.evidence !== undefined || right.evidence === undefined) continue;
      if (joins(text, lowerPiece, left.offset + 3, right.offset)) left.evidence = 'sip-context';
    }
  }
}
