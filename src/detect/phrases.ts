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

/** Where the phrase of `code` spelled by the words right after `from` (same line) ends, or -1. */
export function phraseEnd(index: PhraseIndex, code: number, lower: string, from: number): number {
  const firsts = index.firsts[code] ?? 0;
  if (firsts === 0) return -1;
  let i = from;
  let gap = 0;
  while (i < lower.length && isGap(lower.charCodeAt(i)) && gap < 6) {
    i++;
    gap++;
  }
  const first = lower.charCodeAt(i);
  if (!isAlnum(first) || (bit(first) & firsts) === 0) return -1;
  const keys = index.byCode.get(code);
  if (!keys) return -1;
  let joined = '';
  for (let n = 0; n < index.maxWords && i < lower.length; n++) {
    const start = i;
    while (i < lower.length && isAlnum(lower.charCodeAt(i))) i++;
    if (i === start) return -1;
    joined += lower.slice(start, i);
    if (keys.has(joined)) return i;
    if (joined.length > 48) return -1;
    if (cutShort(lower, i) && joined.length >= 8 && startsSome(keys, joined)) return i;
    // Words of one phrase are joined by a single space, hyphen, underscore or slash ("Time-out",
    // "Call/Transaction").
    if (!isPhraseJoin(lower.charCodeAt(i))) return -1;
    i++;
  }
  return -1;
}

/**
 * Whether a phrase stops at `at` as tools cut it to a column: `407 Proxy Authenticat..` (sngrep),
 * `503 Service Unavail     3` (a padded table), or the line's end.
 */
function cutShort(lower: string, at: number): boolean {
  const c = lower.charCodeAt(at);
  if (c === 46) return lower.charCodeAt(at + 1) === 46;
  if (c === 8230 || c === 10 || c === 9 || Number.isNaN(c)) return true;
  return c === 32 && (lower.charCodeAt(at + 1) === 32 || lower.charCodeAt(at + 1) === 9);
}

function startsSome(keys: ReadonlySet<string>, prefix: string): boolean {
  for (const key of keys) if (key.startsWith(prefix)) return true;
  return false;
}

/** Words that say what a code means: "480 is Temporarily Unavailable", "486 means busy here". */
const linkWords = new Set(['is', 'means', 'es', 'significa', 'é', 'ist', 'bedeutet', 'est', 'signifie']);

/**
 * Where the phrase of `code` ends when a linking word stands between the code and the phrase
 * ("480 is temporarily unavailable"), or -1. `from` is right after the digits.
 */
export function linkedPhraseEnd(index: PhraseIndex, code: number, lower: string, from: number): number {
  if ((index.firsts[code] ?? 0) === 0) return -1;
  let i = from;
  if (lower.charCodeAt(i) !== 32) return -1;
  while (lower.charCodeAt(i) === 32 && i - from < 4) i++;
  const start = i;
  while (i - start < 10 && i < lower.length && lower.charCodeAt(i) !== 32) i++;
  if (lower.charCodeAt(i) !== 32 || !linkWords.has(lower.slice(start, i))) return -1;
  return phraseEnd(index, code, lower, i);
}

/** What constant names put before a phrase: `SIP_BUSY_HERE`, `StatusBusyHere`, `Response.RINGING`. */
const constantPrefix = /^(?:pj|sip|status|sc|response|resp|code)+/;

/**
 * Whether a field or constant name spells a phrase of `code`: `BUSY_HERE = 486`, `TRYING = 100`,
 * `StatusRequestTerminated: 487`, as SIP stacks name their response codes.
 */
export function namesPhrase(index: PhraseIndex, code: number, name: string): boolean {
  // Most names end in no phrase's last letter (`sip_term_status` for 503): said before normalising.
  let last = name.length - 1;
  while (last >= 0 && !isAlnum(name.charCodeAt(last) | 32)) last--;
  if (last < 0 || (bit(name.charCodeAt(last) | 32) & (index.lasts[code] ?? 0)) === 0) return false;
  const keys = index.byCode.get(code);
  if (keys === undefined) return false;
  const key = phraseKey(name);
  return keys.has(key) || keys.has(key.replace(constantPrefix, ''));
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
