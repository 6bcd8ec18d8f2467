/**
 * Low-level, allocation-light helpers over the input: lowercasing that keeps offsets, line bounds,
 * and reading a few words before or after a position. Every helper is bounded, so the detector stays
 * linear however long a line is.
 */

export interface Line {
  start: number;
  end: number;
}

export interface Word {
  word: string;
  start: number;
}

/** Lowercases without moving any offset: falls back to ASCII-only when Unicode folding changes length. */
export function lowerKeepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

/** Line bounds for increasing offsets, amortised linear over a whole scan. */
export class LineCursor {
  private line: Line = { start: 0, end: -1 };
  constructor(private readonly text: string) {}

  at(offset: number): Line {
    const current = this.line;
    if (offset >= current.start && offset <= current.end) return current;
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    const newline = this.text.indexOf('\n', offset);
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

/** Trailing sentence punctuation is not part of a word ("trunk." -> "trunk"). */
function trimWord(text: string, start: number, end: number): [number, number] {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 46 || c === 45 || c === 47) e--;
    else break;
  }
  let s = start;
  while (s < e) {
    const c = text.charCodeAt(s);
    if (c === 46 || c === 45 || c === 47) s++;
    else break;
  }
  return [s, e];
}

/**
 * Up to `count` words before `from`, nearest first, not crossing `limit` or a newline and looking at
 * most `span` characters back.
 */
export function wordsBefore(lower: string, from: number, limit: number, count: number, span = 80): Word[] {
  const out: Word[] = [];
  const floor = Math.max(limit, from - span);
  let i = from - 1;
  while (i >= floor && out.length < count) {
    const c = lower.charCodeAt(i);
    if (c === 10) break;
    if (!isWordCode(c)) {
      i--;
      continue;
    }
    const end = i + 1;
    while (i >= floor && isWordCode(lower.charCodeAt(i))) i--;
    const [s, e] = trimWord(lower, i + 1, end);
    if (e > s) out.push({ word: lower.slice(s, e), start: s });
  }
  return out;
}

/** Up to `count` words from `from` on, nearest first, not crossing `limit` or a newline. */
export function wordsAfter(lower: string, from: number, limit: number, count: number, span = 80): Word[] {
  const out: Word[] = [];
  const ceiling = Math.min(limit, from + span);
  let i = from;
  while (i < ceiling && out.length < count) {
    const c = lower.charCodeAt(i);
    if (c === 10) break;
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < ceiling && isWordCode(lower.charCodeAt(i))) i++;
    const [s, e] = trimWord(lower, start, i);
    if (e > s) out.push({ word: lower.slice(s, e), start: s });
  }
  return out;
}

/** The nearest character before `from` that is not a space or tab (-1 at the line start). */
export function previousMark(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= limit && i > from - 40; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

/** A one-line excerpt of at most 80 characters around a match. */
export function snippetAt(text: string, line: Line, offset: number): string {
  const start = Math.max(line.start, offset - 32);
  const end = Math.min(line.end, offset + 44);
  const excerpt = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return excerpt.length > 80 ? excerpt.slice(0, 80) : excerpt;
}
