import type { Catalogue } from '../catalogue/index.js';

/**
 * Reason phrases and their aliases, taken from the catalogue at construction and reduced to letters
 * and digits, so "Request Time-out", "request timeout" and "REQUEST TIME OUT" all match one key.
 */
export interface PhraseIndex {
  /** Normalised phrases per code. */
  byCode: ReadonlyMap<number, ReadonlySet<string>>;
  /** The most words any phrase has, to bound the look-ahead. */
  maxWords: number;
  /** Per code (index), a mask of the characters its phrases start with, to reject most numbers at once. */
  firsts: Int32Array;
  /** Per code (index), a mask of the characters its phrases end with. */
  lasts: Int32Array;
}

/** One bit per letter, one for all digits. */
const bit = (c: number): number => (c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26);

const phraseKey = (phrase: string): string => phrase.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function buildPhraseIndex(catalogue: Catalogue): PhraseIndex {
  const byCode = new Map<number, Set<string>>();
  const firsts = new Int32Array(1000);
  const lasts = new Int32Array(1000);
  let maxWords = 1;
  for (const entry of catalogue.codes) {
    const keys = new Set<string>();
    for (const phrase of [entry.reasonPhrase, ...entry.aliases]) {
      const key = phraseKey(phrase);
      if (key.length < 2) continue;
      keys.add(key);
      if (entry.code >= 0 && entry.code < 1000) {
        firsts[entry.code] = (firsts[entry.code] ?? 0) | bit(key.charCodeAt(0));
        lasts[entry.code] = (lasts[entry.code] ?? 0) | bit(key.charCodeAt(key.length - 1));
      }
      maxWords = Math.max(maxWords, phrase.split(/[^A-Za-z0-9]+/).filter(Boolean).length);
    }
    byCode.set(entry.code, keys);
  }
  return { byCode, maxWords: maxWords + 1, firsts, lasts };
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Gap characters allowed between a code and its phrase: spaces, quotes, dashes, colons, brackets. */
const isGap = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 34 ||
  c === 39 ||
  c === 45 ||
  c === 58 ||
  c === 40 ||
  c === 41 ||
  c === 91 ||
  c === 93 ||
  c === 42 ||
  c === 95 ||
  c === 126 ||
  c === 96 ||
  c === 47 ||
  c === 61 ||
  c === 44 ||
  c === 8211;

const isPhraseJoin = (c: number): boolean => c === 32 || c === 45 || c === 95 || c === 9 || c === 47;

/** Whether the words right after `from` (same line) spell a phrase of `code`. */
export function phraseFollows(index: PhraseIndex, code: number, lower: string, from: number): boolean {
  const firsts = index.firsts[code] ?? 0;
  if (firsts === 0) return false;
  let i = from;
  let gap = 0;
  while (i < lower.length && isGap(lower.charCodeAt(i)) && gap < 6) {
    i++;
    gap++;
  }
  const first = lower.charCodeAt(i);
  if (!isAlnum(first) || (bit(first) & firsts) === 0) return false;
  const keys = index.byCode.get(code);
  if (!keys) return false;
  let joined = '';
  for (let n = 0; n < index.maxWords && i < lower.length; n++) {
    const start = i;
    while (i < lower.length && isAlnum(lower.charCodeAt(i))) i++;
    if (i === start) return false;
    joined += lower.slice(start, i);
    if (keys.has(joined)) return true;
    if (joined.length > 48) return false;
    // Words of one phrase are joined by a single space, hyphen, underscore or slash ("Time-out",
    // "Call/Transaction").
    if (!isPhraseJoin(lower.charCodeAt(i))) return false;
    i++;
  }
  return false;
}

/** Whether the words right before `to` (same line) spell a phrase of `code`: "Busy Here (486)". */
export function phrasePrecedes(index: PhraseIndex, code: number, lower: string, to: number): boolean {
  const lasts = index.lasts[code] ?? 0;
  if (lasts === 0) return false;
  let i = to - 1;
  let gap = 0;
  while (i >= 0 && isGap(lower.charCodeAt(i)) && gap < 4) {
    i--;
    gap++;
  }
  if (gap === 0) return false;
  const last = lower.charCodeAt(i);
  if (!isAlnum(last) || (bit(last) & lasts) === 0) return false;
  const keys = index.byCode.get(code);
  if (!keys) return false;
  let joined = '';
  for (let n = 0; n < index.maxWords && i >= 0; n++) {
    const end = i + 1;
    while (i >= 0 && isAlnum(lower.charCodeAt(i))) i--;
    if (i + 1 === end) return false;
    joined = lower.slice(i + 1, end) + joined;
    if (keys.has(joined)) return i < 0 || !isAlnum(lower.charCodeAt(i));
    if (joined.length > 48) return false;
    if (!isPhraseJoin(lower.charCodeAt(i))) return false;
    i--;
  }
  return false;
}
