import { lexicon, SIP_HEADER } from './lexicon.js';
import { isAlnumCode, isAsciiLetterCode, type Line } from './text-scan.js';

/**
 * Awareness of the SIP message format: status lines, header lines whose values are never codes,
 * SDP lines, and the Reason header that does carry one.
 */

/** What a line is, as far as the rules care. */
export type LineKind = 'header' | 'reason' | 'sdp' | 'text';

/** Markup and quoting that may open a pasted line: spaces, `>`, `*`, `_`, `~`, backticks, `|`. */
function firstContent(lower: string, line: Line): number {
  let i = line.start;
  while (i < line.end) {
    const c = lower.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62 || c === 42 || c === 126 || c === 96 || c === 124 || c === 13) i++;
    else break;
  }
  return i;
}

/** Classifies a line by its start: `CSeq: 102 INVITE` is a header line, `m=audio ...` an SDP line. */
export function lineKind(lower: string, line: Line): LineKind {
  const i = firstContent(lower, line);
  const c = lower.charCodeAt(i);
  if (c >= 97 && c <= 122 && lower.charCodeAt(i + 1) === 61) return 'sdp';
  let j = i;
  while (j < line.end && j - i < 40) {
    const d = lower.charCodeAt(j);
    if (isAlnumCode(d) || d === 45) j++;
    else break;
  }
  if (j === i) return 'text';
  let k = j;
  while (k < line.end && (lower.charCodeAt(k) === 32 || lower.charCodeAt(k) === 9)) k++;
  if (lower.charCodeAt(k) !== 58) return 'text';
  if (j - i === 6 && lower.startsWith('reason', i)) return 'reason';
  return (lexicon.flags(lower, i, j) & SIP_HEADER) !== 0 ? 'header' : 'text';
}

/**
 * `lineKind` read from the text itself, without lowercasing the line: undefined when a character
 * outside ASCII makes it unsure (one of them lowercases to an ASCII letter).
 */
export function lineKindOfText(text: string, line: Line): LineKind | undefined {
  const i = firstContent(text, line);
  const c = text.charCodeAt(i);
  if (c >= 128) return undefined;
  if (isAsciiLetterCode(c) && text.charCodeAt(i + 1) === 61) return 'sdp';
  let j = i;
  while (j < line.end && j - i < 40) {
    const d = text.charCodeAt(j);
    if (d >= 128) return undefined;
    if (isAlnumCode(d) || d === 45) j++;
    else break;
  }
  if (j === i) return 'text';
  let k = j;
  while (k < line.end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (text.charCodeAt(k) !== 58) return 'text';
  const name = text.slice(i, j).toLowerCase();
  if (name === 'reason') return 'reason';
  // `WARNING:` in capitals starts a log line (Kamailio, Asterisk), not a SIP Warning header.
  if (name === 'warning' && text.charCodeAt(i + 1) === 65) return 'text';
  return (lexicon.flags(name, 0, name.length) & SIP_HEADER) !== 0 ? 'header' : 'text';
}

/** `s`, `i`, `p`, `/`, `2`, `.`, `0` in any case. */
const sipVersion = [115, 105, 112, 47, 50, 46, 48];

/**
 * `followsSipVersion` read from the text itself (`SIP/2.0` in any case), within `line`: the same
 * answer as on the line lowercased alone, since only `S`, `I` and `P` fold onto `s`, `i` and `p`.
 */
export function followsSipVersionInLine(text: string, offset: number, line: Line): boolean {
  let i = offset - 1;
  if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return false;
  while (i > line.start && offset - i < 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i - line.start < 6) return false;
  for (let n = 0; n < 7; n++) {
    const c = text.charCodeAt(i - 6 + n);
    if ((n < 3 ? c | 32 : c) !== sipVersion[n]) return false;
  }
  return true;
}

/**
 * On an SDP line or a SIP header line other than Reason (`kind`), whether the number at `offset` is
 * surely no code: it follows no `SIP/2.0` and, on a header line, no `=` of a Reason-like `cause=`.
 * Read from the text, where `judge` would read the line lowercased; false when unsure.
 */
export function surelyNoCodeOnLine(text: string, offset: number, line: Line, kind: LineKind): boolean {
  if (kind === 'header') {
    let i = offset - 1;
    while (i >= line.start && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 34)) i--;
    if (text.charCodeAt(i) === 61) return false;
  } else if (kind !== 'sdp') return false;
  return !followsSipVersionInLine(text, offset, line);
}

/** `SIP/2.0 486`: the code follows the version on the same line. */
export function followsSipVersion(lower: string, offset: number): boolean {
  let i = offset - 1;
  if (lower.charCodeAt(i) !== 32 && lower.charCodeAt(i) !== 9) return false;
  while (i > 0 && offset - i < 8 && (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9)) i--;
  return i >= 6 && lower.startsWith('sip/2.0', i - 6);
}

/**
 * In a Reason header (or a log that copies one), `cause=NNN` after protocol `SIP` is a response code
 * and after `Q.850` a cause value. Returns the protocol named, or undefined when this is no cause param.
 */
export function reasonProtocol(lower: string, offset: number, lineStart: number): 'sip' | 'q850' | undefined {
  let i = offset - 1;
  while (i >= lineStart && (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 34)) i--;
  if (lower.charCodeAt(i) !== 61) return undefined;
  i--;
  while (i >= lineStart && lower.charCodeAt(i) === 32) i--;
  if (i < 4 || !lower.startsWith('cause', i - 4)) return undefined;
  const from = Math.max(lineStart, i - 80);
  const before = lower.slice(from, i - 4);
  // The protocol nearest `cause` (greedy start): two Reason headers may share a line.
  const match = /.*(?:^|[^a-z0-9_])(sip|q\.?850)\s*;[^,]*$/.exec(before);
  if (!match) return undefined;
  return match[1] === 'sip' ? 'sip' : 'q850';
}

/**
 * Digits inside a URL, a Slack or Discord mention, channel, emoji or timestamp are never codes.
 * Looks back to the start of the token (bounded), for `://`, `<@`, `<#`, `<!`, `<:` or `<t:`.
 */
export function insideLinkOrMention(lower: string, offset: number, lineStart: number): boolean {
  const floor = Math.max(lineStart, offset - 200);
  for (let i = offset - 1; i >= floor; i--) {
    const c = lower.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62 || c === 34) return false;
    if (c === 60) {
      const next = lower.charCodeAt(i + 1);
      if (next === 64 || next === 35 || next === 33 || next === 58) return true;
      // `| 32` lets the text itself be read too: only `T` and `A` fold onto `t` and `a` so.
      if ((next | 32) === 116 && lower.charCodeAt(i + 2) === 58) return true;
      if ((next | 32) === 97 && lower.charCodeAt(i + 2) === 58) return true;
      return false;
    }
    if (c === 47 && lower.charCodeAt(i - 1) === 47 && lower.charCodeAt(i - 2) === 58) return true;
    if (c === 124) return false;
  }
  return false;
}
