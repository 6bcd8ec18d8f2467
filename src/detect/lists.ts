import { pluralSuffix } from './context.js';
import type { EvidenceKind } from './evidence.js';
import type { PhraseIndex } from './phrases.js';
import { isDigitCode, isRegexSpace } from './text-scan.js';

/**
 * Codes written as a list ("INVITE, 100, 180, then 487", "401 vs 407", "407 statt 401") share their
 * evidence: a number that nothing rules out is a code when a neighbour joined to it only by a comma,
 * a slash or a connecting word is one. The left code's own reason phrase may stand between them
 * ("401 Unauthorized then 403", "606 Not Acceptable, the same as 488"), and a code rewritten to
 * another ("rewriting 503 to 500").
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
  'same',
  'as',
  'the',
  'like',
  'to',
  'into',
  'kein',
  'keine',
  'keinen',
  'geen',
  'niet',
  'non',
  'nie',
  'en',
  'invece',
  'di',
  'anziché',
  'anziche',
  'plutôt',
  'anstatt',
  'zamiast',
]);

interface Listed {
  code: number;
  offset: number;
  evidence: EvidenceKind | undefined;
}

/** The longest the text between two listed numbers may be, reason phrase included. */
const MAX_BETWEEN = 64;

/**
 * Whether the text between two numbers on one line only joins them: connecting words, after the
 * left number's reason phrase (or an alias) if it comes first.
 */
function joins(
  text: string,
  lowerPiece: (piece: string) => string,
  from: number,
  to: number,
  leftPhrases: ReadonlySet<string> | undefined,
): boolean {
  if (to - from > MAX_BETWEEN || to <= from) return false;
  // A share or a count after the left code: "503 (61%), 480 (22%)", "200: 4,112 | 486: 903".
  from = afterCount(text, afterBracketed(text, from, to), to);
  // A digit or a line break between them: no connector holds either. Only separators: joined.
  // With no phrase to pass over, anything but letters and separators (`)|(`, `.`) is in no connector.
  let separatorsOnly = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c >= 48 && c <= 57)) return false;
    if (isSeparator(c)) continue;
    separatorsOnly = false;
    // Vertical tab and form feed are whitespace the split drops too.
    if (leftPhrases === undefined && !isLetterCode(c) && c !== 11 && c !== 12) return false;
  }
  if (separatorsOnly) return true;
  if (leftPhrases === undefined || !mayOpenPhrase(text, from, to, leftPhrases))
    return onlyConnectors(text, lowerPiece, from, to);
  // Lowercased alone, a few characters may differ from the whole text lowercased only around a
  // final sigma, which no connector holds.
  const words = lowerPiece(text.slice(from, to))
    .split(/[\s,;/&+()*_~`]+/)
    .filter(Boolean);
  let rest = 0;
  let phrase = '';
  for (let n = 0; n < words.length && leftPhrases !== undefined; n++) {
    phrase += (words[n] as string).replace(/[^a-z0-9]+/g, '');
    if (leftPhrases.has(phrase)) rest = n + 1;
  }
  const connecting = words.slice(rest);
  if (connecting.length > 3 || connecting.join(' ').length > 24) return false;
  return connecting.every((w) => connectors.has(w));
}

/** What the split in `joins` cuts words at: whitespace and `,;/&+()*_~` and backquotes. */
const isWordGap = (c: number): boolean =>
  isSeparator(c) || c === 10 || c === 11 || c === 12 || (c > 127 && isRegexSpace(c));

/**
 * Whether the words in [from, to), cut as `joins` cuts them, are at most three connectors of at most
 * 24 characters with their spaces: `joins` with no phrase to pass over, word by word, and stopping
 * at the first word that is none ("the carrier sends" stops at "carrier").
 */
function onlyConnectors(
  text: string,
  lowerPiece: (piece: string) => string,
  from: number,
  to: number,
): boolean {
  let count = 0;
  let length = -1;
  let i = from;
  while (i < to) {
    while (i < to && isWordGap(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isWordGap(text.charCodeAt(i))) i++;
    count++;
    length += i - start + 1;
    if (count > 3 || length > 24) return false;
    if (!connectors.has(lowerPiece(text.slice(start, i)))) return false;
  }
  return true;
}

/**
 * Whether the first word in [from, to), lowercased and kept to letters and digits, begins one of
 * `phrases` (which are kept so too): only then may the words open with the left code's phrase.
 */
function mayOpenPhrase(text: string, from: number, to: number, phrases: ReadonlySet<string>): boolean {
  let i = from;
  while (i < to && isWordGap(text.charCodeAt(i))) i++;
  let first = '';
  for (; i < to && !isWordGap(text.charCodeAt(i)); i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return true;
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) first += String.fromCharCode(lower);
  }
  if (first === '') return true;
  for (const phrase of phrases) if (phrase.startsWith(first)) return true;
  return false;
}

/** ASCII letters and everything past ASCII (a connector may hold `é`). */
const isLetterCode = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c >= 128;

/** What the split below drops: whitespace, `,;/&+()*_~` and backquotes. */
const isSeparator = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 13 ||
  c === 44 ||
  c === 59 ||
  c === 47 ||
  c === 38 ||
  c === 43 ||
  c === 40 ||
  c === 41 ||
  c === 42 ||
  c === 95 ||
  c === 126 ||
  c === 96;

/** Where a bracketed group of at most 12 characters right after `from` ends, or `from` when there is none. */
function afterBracketed(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 40) return from;
  for (let close = i + 1; close < to && close - i <= 12; close++) {
    const c = text.charCodeAt(close);
    if (c === 41) return close + 1;
    if (c === 10) break;
  }
  return from;
}

/**
 * Where a count given right after `from` ends ("200: 4,112 | 486: 903", "401 - 5,420; 407 - 811"):
 * a `:`, `-` or `=`, then digits with `,` or `.` and maybe a `%`, and a `|` parting it from the next
 * pair. Returns `from` when there is none.
 */
function afterCount(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === 32) i++;
  const mark = text.charCodeAt(i);
  if (mark !== 58 && mark !== 45 && mark !== 61) return from;
  i++;
  while (i < to && text.charCodeAt(i) === 32) i++;
  // The right number itself is no count: "486 - 603" is a range.
  if (i >= to || !isDigitCode(text.charCodeAt(i))) return from;
  while (
    i < to &&
    (isDigitCode(text.charCodeAt(i)) ||
      ((text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46) && isDigitCode(text.charCodeAt(i + 1))))
  )
    i++;
  if (text.charCodeAt(i) === 37) i++;
  // The pairs may be parted by pipes, as a one-line summary parts them.
  let j = i;
  while (j < to && text.charCodeAt(j) === 32) j++;
  return text.charCodeAt(j) === 124 ? j + 1 : i;
}

/** Gives list neighbours of evidenced codes the evidence 'sip-context', sweeping both ways. */
export function vouchForListed(
  text: string,
  lowerPiece: (piece: string) => string,
  phrases: PhraseIndex,
  found: Listed[],
): void {
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let n = 1; n < found.length; n++) {
      const left = found[n - 1] as Listed;
      const right = found[n] as Listed;
      if ((left.evidence === undefined) === (right.evidence === undefined)) continue;
      const from = left.offset + 3 + pluralSuffix(text, left.offset + 3);
      const linked = joins(text, lowerPiece, from, right.offset, phrases.byCode.get(left.code));
      if (!linked) continue;
      if (left.evidence === undefined) left.evidence = 'sip-context';
      else right.evidence = 'sip-context';
    }
    for (let n = found.length - 2; n >= 0; n--) {
      const left = found[n] as Listed;
      const right = found[n + 1] as Listed;
      if (left.evidence !== undefined || right.evidence === undefined) continue;
      if (joins(text, lowerPiece, left.offset + 3, right.offset, phrases.byCode.get(left.code)))
        left.evidence = 'sip-context';
    }
  }
}

/** The fewest registered codes a list must hold to be read as a list of codes on its own. */
const MIN_LISTED = 3;

/**
 * The statuses HTTP defines (the IANA HTTP Status Code Registry). A registered SIP code outside them
 * (486, 487, 603, ...) names SIP wherever it is listed.
 */
const httpStatuses = new Set([
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306,
  307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418,
  421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]);

/** Whether HTTP defines the status `code` too. */
export const isHttpStatus = (code: number): boolean => httpStatuses.has(code);

/**
 * Lists of registered codes that nothing else vouches for: "counted as network failure: 500, 503,
 * 408, 404", "we treat 486/600/603 as busy". At least three numbers joined as a list, every one a
 * registered code that no rule ruled out, and from two classes or more: extensions, rooms and
 * amounts ("480, 481, 482", "301, 302, 305") step within one hundred. `accepts(offset, sipOnly)`
 * says whether the list stands where SIP is talked about: no foreign protocol nearest, and the
 * message about SIP unless the list holds a code HTTP does not define (`sipOnly`).
 */
export function vouchForCodeLists(
  text: string,
  lowerPiece: (piece: string) => string,
  found: Listed[],
  registered: (code: number) => boolean,
  accepts: (offset: number, sipOnly: boolean) => boolean,
): void {
  let runStart = 0;
  for (let n = 1; n <= found.length; n++) {
    const left = found[n - 1] as Listed;
    const right = found[n];
    // A run holds registered codes only: an unregistered one ends it before any text is read.
    const joined =
      right !== undefined &&
      registered(left.code) &&
      registered(right.code) &&
      joins(text, lowerPiece, left.offset + 3 + pluralSuffix(text, left.offset + 3), right.offset, undefined);
    if (joined) continue;
    vouchForRun(found, runStart, n, registered, accepts);
    runStart = n;
  }
}

function vouchForRun(
  found: Listed[],
  start: number,
  end: number,
  registered: (code: number) => boolean,
  accepts: (offset: number, sipOnly: boolean) => boolean,
): void {
  if (end - start < MIN_LISTED) return;
  let missing = false;
  let classes = 0;
  let sipOnly = false;
  for (let n = start; n < end; n++) {
    const { code, evidence } = found[n] as Listed;
    if (!registered(code)) return;
    classes |= 1 << Math.floor(code / 100);
    missing ||= evidence === undefined;
    sipOnly ||= !httpStatuses.has(code);
  }
  // Two classes at least: more than one bit set.
  if (!missing || (classes & (classes - 1)) === 0) return;
  if (!accepts((found[start] as Listed).offset, sipOnly)) return;
  for (let n = start; n < end; n++) {
    const entry = found[n] as Listed;
    entry.evidence ??= 'sip-context';
  }
}

/**
 * A code the message already gives evidence for, mentioned again where nothing rules it out: "606 Not
 * Acceptable ... weird that it's 606 and not 488". Counts and identifiers are ruled out before this;
 * so is a number among other numbers (`value="10, 50, 100, 500"`), whose neighbours say what it is.
 */
export function vouchForRepeated(text: string, found: Listed[]): void {
  const evidenced = new Set<number>();
  for (const entry of found) if (entry.evidence !== undefined) evidenced.add(entry.code);
  for (const entry of found) {
    if (entry.evidence !== undefined || !evidenced.has(entry.code)) continue;
    if (!amongNumbers(text, entry.offset)) entry.evidence = 'sip-context';
  }
}

/** Whether a digit is the nearest thing before or after the number, across separators only. */
function amongNumbers(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && offset - i <= 4 && isSeparator(text.charCodeAt(i))) i--;
  if (i >= 0 && isDigitCode(text.charCodeAt(i))) return true;
  let j = offset + 3;
  while (j < text.length && j - offset <= 7 && isSeparator(text.charCodeAt(j))) j++;
  return isDigitCode(text.charCodeAt(j));
}
