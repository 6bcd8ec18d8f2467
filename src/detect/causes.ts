import { causeColumnValues } from './tables.js';
import { isAlnumCode, isDigitCode, isRegexSpace, LineCursor } from './text-scan.js';

/**
 * Q.850 cause values mentioned as such: `Reason: Q.850;cause=16`, `Q.850 cause 41`, `q850 17`,
 * `hangup_cause_q850=17`, `hangup_cause=USER_BUSY (cause 17)`, `ISDN cause 34`, `release cause 31`.
 * Driven by the markers `q850`/`q.850` and `cause`, found with `indexOf`, so text without them costs
 * two plain substring searches.
 */

export interface FoundCause {
  cause: number;
  offset: number;
}

/** After `Q.850`: separators, an optional "cause" (and "code"/"value"), then the number. */
const afterQ850 = /(?:[ \t;:=_,()"'[-]|cause|code|value|#){0,12}?(\d{1,3})(?![\d.])/y;
/** After `cause`: optional "code"/"value", a separator, then the number. */
const afterCause =
  /(?:[ \t]*(?:code|value|no\.?))?[ \t]*["']?[ \t]*(?:[:=#]|is)?[ \t]*["'([]?[ \t]*(\d{1,3})(?![\d.])/y;
/**
 * What, shortly before `cause`, says it is a Q.850 cause and not, say, a SIP Reason: one of these
 * words, or a snake_case name right before (`hangup_cause`, `q850_cause(`), see `endsWithSnakeName`.
 */
const q850Words = /q\.?\s?850|isdn|hangup|hang-up|release|disconnect|clearing|ss7|isup|pri\b|causa|ursache/;

function causeValue(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return value >= 1 && value <= 127 ? value : undefined;
}

/** `sip;` (a Reason protocol) in [from, to) with no comma after it; a `;` after the last comma first. */
function endsWithSipProtocol(lower: string, from: number, to: number): boolean {
  let semicolon = false;
  for (let i = to - 1; i >= from; i--) {
    const c = lower.charCodeAt(i);
    if (c === 44) break;
    if (c === 59) semicolon = true;
  }
  return semicolon && /(?:^|[^a-z0-9_])sip\s*;[^,]*$/.test(lower.slice(from, to));
}

const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/** [from, to) ends like `/[a-z]_[a-z]+\s*\(?$/`: a snake_case name, maybe spaces and a `(`. */
function endsWithSnakeName(lower: string, from: number, to: number): boolean {
  let i = to - 1;
  if (i >= from && lower.charCodeAt(i) === 40) i--;
  while (i >= from && isRegexSpace(lower.charCodeAt(i))) i--;
  const lettersEnd = i;
  while (i >= from && isLowerLetter(lower.charCodeAt(i))) i--;
  return (
    i < lettersEnd && i - 1 >= from && lower.charCodeAt(i) === 95 && isLowerLetter(lower.charCodeAt(i - 1))
  );
}

function q850Before(lower: string, from: number, to: number): boolean {
  return endsWithSnakeName(lower, from, to) || q850Words.test(lower.slice(from, to));
}

/** The start of `q850`, `q.850`, `q 850` or `q. 850` whose digits are at `digits`, or -1. */
function q850Start(lower: string, digits: number): number {
  const c = lower.charCodeAt(digits - 1);
  if (c === 113) return digits - 1;
  if (c === 46) return lower.charCodeAt(digits - 2) === 113 ? digits - 2 : -1;
  if (!isRegexSpace(c)) return -1;
  const d = lower.charCodeAt(digits - 2);
  if (d === 113) return digits - 2;
  return d === 46 && lower.charCodeAt(digits - 3) === 113 ? digits - 3 : -1;
}

/** The start of the next `q...850` marker at or after `from`, or -1. */
function nextQ850(lower: string, from: number): number {
  for (let at = lower.indexOf('850', from + 1); at >= 0; at = lower.indexOf('850', at + 3)) {
    const start = q850Start(lower, at);
    if (start >= from) return start;
  }
  return -1;
}

export function findCauses(text: string, lower: string): FoundCause[] {
  const found: FoundCause[] = [];
  const seen = new Set<number>();
  // The last line read as a table header, and where the rows of the last cause table end.
  let tableLine = -1;
  let rowsEnd = 0;
  const cells: FoundCause[] = [];
  const lines = new LineCursor(lower);
  let nextCause = lower.indexOf('cause');
  let q850 = nextQ850(lower, 0);
  while (nextCause >= 0 || q850 >= 0) {
    const isCause = q850 < 0 || (nextCause >= 0 && nextCause < q850);
    const at = isCause ? nextCause : q850;
    const end = isCause ? at + 5 : lower.indexOf('850', at) + 3;
    if (isCause) nextCause = lower.indexOf('cause', end);
    else q850 = nextQ850(lower, end);
    const line = lines.at(at);
    if (line.start > tableLine && line.start >= rowsEnd) {
      tableLine = line.start;
      cells.length = 0;
      rowsEnd = causeColumnValues(text, line.start, line.end, cells);
      for (const cell of cells) {
        if (!seen.has(cell.offset)) {
          seen.add(cell.offset);
          found.push(cell);
        }
      }
    }
    let match: RegExpExecArray | null;
    if (isCause) {
      if (isAlnumCode(lower.charCodeAt(end)) && lower.charCodeAt(end) !== 95) continue;
      afterCause.lastIndex = end;
      match = afterCause.exec(lower);
      if (!match) continue;
      // What precedes `cause` on its line, at most 60 characters.
      const from = Math.max(0, at - 60, line.start);
      if (endsWithSipProtocol(lower, from, at) || !q850Before(lower, from, at)) continue;
    } else {
      if (at > 0 && isAlnumCode(lower.charCodeAt(at - 1)) && lower.charCodeAt(at - 1) !== 95) continue;
      afterQ850.lastIndex = end;
      match = afterQ850.exec(lower);
    }
    if (!match) continue;
    const digits = match[1];
    const cause = causeValue(digits);
    if (cause === undefined || digits === undefined) continue;
    const offset = match.index + match[0].length - digits.length;
    if (offset > 0 && isDigitCode(lower.charCodeAt(offset - 1))) continue;
    if (seen.has(offset)) continue;
    seen.add(offset);
    found.push({ cause, offset });
  }
  return found.sort((a, b) => a.offset - b.offset);
}
