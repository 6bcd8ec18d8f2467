/**
 * Low-level, allocation-free helpers over the input: lowercasing that keeps offsets, line bounds,
 * word bounds before or after a position, and look-ups that slice a word only when it may be in a
 * list. Every helper is bounded, so the detector stays linear however long a line is.
 */

export interface Line {
  start: number;
  end: number;
}

/** Lowercases without moving any offset: falls back to ASCII-only when Unicode folding changes length. */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/**
 * A lowercasing for pieces of `text` (whole lines, or runs of whole lines) that gives, piece by piece,
 * what `lowerKeepingOffsets(text)` gives for the whole: Unicode lowercasing, or ASCII-only when the
 * text holds U+0130, the one character whose lowercase is longer. A line break stops the only
 * context-dependent mapping (final sigma), so lines lower alike alone or in the whole text.
 */
export function pieceLowerer(text: string): (piece: string) => string {
  return text.indexOf('\u0130') < 0 ? lowerUnicode : lowerAscii;
}
const lowerUnicode = (piece: string): string => piece.toLowerCase();
const lowerAscii = (piece: string): string => piece.replace(/[A-Z]+/g, (run) => run.toLowerCase());

/**
 * Line bounds for increasing offsets, amortised linear over a whole scan: walks forward with
 * `indexOf` (cheaper than `lastIndexOf` per line) over short gaps, and searches back over long ones.
 */
export class LineCursor {
  private line: Line = { start: 0, end: -1 };
  constructor(private readonly text: string) {}

  at(offset: number): Line {
    const current = this.line;
    if (offset >= current.start && offset <= current.end) return current;
    let start: number;
    let newline: number;
    // Walk forward line by line when the offset is near; jump back from it when it is far.
    if (offset > current.end && offset - current.end < 512) {
      start = current.end + 1;
      newline = this.text.indexOf('\n', start);
      while (newline >= 0 && newline < offset) {
        start = newline + 1;
        newline = this.text.indexOf('\n', start);
      }
    } else {
      start = this.text.lastIndexOf('\n', offset - 1) + 1;
      newline = this.text.indexOf('\n', offset);
    }
    this.line = { start, end: newline < 0 ? this.text.length : newline };
    return this.line;
  }
}

/** Characters that make up a word for the rules: letters, digits and the joiners of identifiers. */
export function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    c === 95 ||
    c === 45 ||
    c === 47 ||
    c === 46 ||
    c === 36 ||
    (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7)
  );
}

export function isAlnumCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `.`, `,`, `:`, `/`, `-`: what joins digits into a longer token (IP addresses, times, dates, versions). */
export function isJoinerCode(c: number): boolean {
  return c === 46 || c === 44 || c === 58 || c === 47 || c === 45;
}

/** Three digits from `at` on. */
export const isThreeDigits = (text: string, at: number): boolean =>
  isDigitCode(text.charCodeAt(at)) &&
  isDigitCode(text.charCodeAt(at + 1)) &&
  isDigitCode(text.charCodeAt(at + 2));

/** What `\s` matches in a regular expression. */
export function isRegexSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `.`, `-` and `/` trimmed from both ends of a word ("trunk." -> "trunk"). */
const isTrimmed = (c: number): boolean => c === 46 || c === 45 || c === 47;

/**
 * Bounds of the words a scan finds, trimmed of sentence punctuation; `start` is -1 when there is none.
 * One instance is reused scan after scan: read it before the next scan.
 */
export class Span {
  start = -1;
  end = -1;
  /** Where the scan stopped, to go on from there for the next word. */
  next = -1;
}

/** Sets `span` to the word [start, end) trimmed of `.`, `-` and `/`; false when nothing is left. */
function trimmedInto(lower: string, start: number, end: number, span: Span): boolean {
  let s = start;
  let e = end;
  while (e > s && isTrimmed(lower.charCodeAt(e - 1))) e--;
  while (s < e && isTrimmed(lower.charCodeAt(s))) s++;
  if (e <= s) return false;
  span.start = s;
  span.end = e;
  return true;
}

/**
 * The nearest non-empty word before `from`, not crossing `floor` or a newline. Words are runs of word
 * characters cut at `floor`, as `wordsBefore` reads them. Continue with `wordBefore(..., span.next, ...)`.
 */
export function wordBefore(lower: string, from: number, floor: number, span: Span): Span {
  let i = from - 1;
  span.start = -1;
  while (i >= floor) {
    const c = lower.charCodeAt(i);
    if (c === 10) break;
    if (!isWordCode(c)) {
      i--;
      continue;
    }
    const end = i + 1;
    while (i >= floor && isWordCode(lower.charCodeAt(i))) i--;
    if (trimmedInto(lower, i + 1, end, span)) break;
  }
  span.next = i + 1;
  return span;
}

/** The nearest non-empty word from `from` on, not crossing `ceiling` or a newline. */
export function wordAfter(lower: string, from: number, ceiling: number, span: Span): Span {
  let i = from;
  span.start = -1;
  while (i < ceiling) {
    const c = lower.charCodeAt(i);
    if (c === 10) break;
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < ceiling && isWordCode(lower.charCodeAt(i))) i++;
    if (trimmedInto(lower, start, i, span)) break;
  }
  span.next = i;
  return span;
}

/**
 * Lowercase words, each with flags saying which lists hold it. Answers for a span of the text and
 * slices it only when its length and first and last characters match some word (a bitmap test).
 */
export class Lexicon {
  private readonly flagsOf = new Map<string, number>();
  private readonly shapes = new Uint8Array(1 << 16);
  private longest = 0;

  /** Adds every word of `words` with `flag`. */
  add(words: Iterable<string>, flag: number): this {
    for (const w of words) {
      this.flagsOf.set(w, (this.flagsOf.get(w) ?? 0) | flag);
      this.shapes[shape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
      this.longest = Math.max(this.longest, w.length);
    }
    return this;
  }

  /** The flags of `lower.slice(start, end)`, 0 when no list holds it. */
  flags(lower: string, start: number, end: number): number {
    const length = end - start;
    if (length > this.longest || length <= 0) return 0;
    if (this.shapes[shape(length, lower.charCodeAt(start), lower.charCodeAt(end - 1))] === 0) return 0;
    return this.flagsOf.get(lower.slice(start, end)) ?? 0;
  }
}

const shape = (length: number, first: number, last: number): number =>
  (length * 4099 + first * 31 + last * 257) & 0xffff;

/** Whether the original text of a span is all in capitals (`BYE`, not `bye`). */
export function isUpperSpan(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) {
      const original = text.slice(start, end);
      return original === original.toUpperCase();
    }
  }
  return true;
}

/** Up to 76 characters with no whitespace to collapse: no tab, no double space, no space at the start. */
const plainRun = /\S(?:\S| (?=\S)){0,75}/y;

/**
 * A one-line excerpt of at most 80 characters around a match. `lower` is the text lowercased with the
 * same offsets, or the text itself: only whitespace is read, which lowercasing keeps where it is. The
 * common case costs one bounded regex test.
 */
export function snippetAt(text: string, lower: string, line: Line, offset: number): string {
  const start = Math.max(line.start, offset - 32);
  const end = Math.min(line.end, offset + 44);
  plainRun.lastIndex = start;
  // Single spaces between non-spaces up to `end`: nothing to collapse, at most a last space to trim.
  if (plainRun.test(lower) && plainRun.lastIndex >= end)
    return text.slice(start, lower.charCodeAt(end - 1) === 32 ? end - 1 : end);
  const excerpt = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return excerpt.length > 80 ? excerpt.slice(0, 80) : excerpt;
}
