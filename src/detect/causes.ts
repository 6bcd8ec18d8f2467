import { causeColumnValues } from './tables.js';
import { isAlnumCode, isDigitCode, LineCursor } from './text-scan.js';

/**
 * Q.850 cause values mentioned as such: `Reason: Q.850;cause=16`, `Q.850 cause 41`, `q850 17`,
 * `hangup_cause_q850=17`, `hangup_cause=USER_BUSY (cause 17)`, `ISDN cause 34`, `release cause 31`.
 * Driven by the markers `q850`/`q.850` and `cause`, so text without them costs one regex pass.
 */

export interface FoundCause {
  cause: number;
  offset: number;
}

const marker = /q\.?\s?850|cause/g;
/** After `Q.850`: separators, an optional "cause" (and "code"/"value"), then the number. */
const afterQ850 = /(?:[ \t;:=_,()"'[-]|cause|code|value|#){0,12}?(\d{1,3})(?![\d.])/y;
/** After `cause`: optional "code"/"value", a separator, then the number. */
const afterCause =
  /(?:[ \t]*(?:code|value|no\.?))?[ \t]*["']?[ \t]*(?:[:=#]|is)?[ \t]*["'([]?[ \t]*(\d{1,3})(?![\d.])/y;
/** What, shortly before `cause`, says it is a Q.850 cause and not, say, a SIP Reason. */
const q850Context =
  /q\.?\s?850|isdn|hangup|hang-up|release|disconnect|clearing|[a-z]_[a-z]+\s*\(?$|ss7|isup|pri\b|causa|ursache/;

function causeValue(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return value >= 1 && value <= 127 ? value : undefined;
}

function endsWithSipProtocol(before: string): boolean {
  return /(?:^|[^a-z0-9_])sip\s*;[^,]*$/.test(before);
}

export function findCauses(text: string, lower: string): FoundCause[] {
  const found: FoundCause[] = [];
  const seen = new Set<number>();
  const tableLines = new Set<number>();
  const lines = new LineCursor(lower);
  const finder = new RegExp(marker.source, 'g');
  for (let m = finder.exec(lower); m !== null; m = finder.exec(lower)) {
    const at = m.index;
    const end = at + m[0].length;
    const line = lines.at(at);
    if (!tableLines.has(line.start)) {
      tableLines.add(line.start);
      for (const cell of causeColumnValues(text, line.start, line.end)) {
        if (!seen.has(cell.offset)) {
          seen.add(cell.offset);
          found.push(cell);
        }
      }
    }
    let match: RegExpExecArray | null;
    if (m[0] === 'cause') {
      if (isAlnumCode(lower.charCodeAt(end)) && lower.charCodeAt(end) !== 95) continue;
      const before = lower.slice(Math.max(0, at - 60), at);
      const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
      if (endsWithSipProtocol(lineBefore) || !q850Context.test(lineBefore)) continue;
      afterCause.lastIndex = end;
      match = afterCause.exec(lower);
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
