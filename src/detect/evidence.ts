import {
  countFollows,
  identifiedAfter,
  identifierBefore,
  japaneseResponse,
  judgeProse,
  namedCodeAfter,
  pluralSuffix,
  startsStatement,
} from './context.js';
import {
  classifyKey,
  kamailioErrorReply,
  keyBefore,
  replyFunctionArgument,
  sipPrefixedValue,
  sofiaCallState,
} from './fields.js';
import { isHttpStatus } from './lists.js';
import { linkedPhraseEnd, namesPhrase, phraseEnd, phrasePrecedes } from './phrases.js';
import type { MessageScan } from './scan.js';
import {
  followsSipVersion,
  followsSipVersionInLine,
  insideLinkOrMention,
  reasonProtocol,
} from './sip-message.js';
import {
  isAlnumCode,
  isAsciiLetterCode,
  isDigitCode,
  isJoinerCode,
  isThreeDigits,
  type Line,
} from './text-scan.js';

/** The kinds of evidence, strongest first. Mirrors `Evidence` in index.ts. */
export type EvidenceKind = 'status-line' | 'reason-phrase' | 'reason-header' | 'log-field' | 'sip-context';

/** How a number sits among its neighbours: on its own, only as a cell of a comma list, or inside something. */
export type Standing = 'alone' | 'cell' | 'embedded';

/** `file.c:` before a line number: a dot and one to four letters end the five characters before `colon`. */
function fileExtensionBefore(text: string, colon: number): boolean {
  const floor = Math.max(0, colon - 5);
  let i = colon - 1;
  while (i >= floor && isAsciiLetterCode(text.charCodeAt(i))) i--;
  const letters = colon - 1 - i;
  return letters >= 1 && letters <= 4 && i >= floor && text.charCodeAt(i) === 46;
}

const MAX_SLASHED = 8;

/**
 * Where the slash list of three-digit groups holding the digits at `offset` starts ("486/600/603"),
 * or -1 when they are in none: a date, a time or a fraction has other groups or other joiners.
 */
export function slashListStart(text: string, offset: number): number {
  // At most eight groups: a longer run is no list of codes, and the bound keeps every number's look linear.
  let start = offset;
  for (let n = 0; text.charCodeAt(start - 1) === 47 && isThreeDigits(text, start - 4); n++) {
    if (n === MAX_SLASHED) return -1;
    start -= 4;
  }
  let end = offset + 3;
  for (let n = 0; text.charCodeAt(end) === 47 && isThreeDigits(text, end + 1); n++) {
    if (n === MAX_SLASHED) return -1;
    end += 4;
  }
  if (end - start < 7) return -1;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const joinedBefore =
    isAlnumCode(before) || (isJoinerCode(before) && isDigitCode(text.charCodeAt(start - 2)));
  const joinedAfter = isAlnumCode(after) || (isJoinerCode(after) && isDigitCode(text.charCodeAt(end + 1)));
  return joinedBefore || joinedAfter || isDigitCode(before) ? -1 : start;
}

/**
 * `kamailio[412]:` is a process id; `~300` an estimate (`~~503~~` is strikethrough); `5060(415)` a
 * length or a count printed against the number before it (Cisco SPA syslog).
 */
function idOrEstimate(text: string, offset: number, before: number): boolean {
  if (before === 126) return text.charCodeAt(offset - 2) !== 126;
  if (before === 40) return text.charCodeAt(offset + 3) === 41 && isDigitCode(text.charCodeAt(offset - 2));
  return text.charCodeAt(offset + 3) === 93 && isAlnumCode(text.charCodeAt(offset - 2));
}

/**
 * Whether the digits at `offset` stand alone: not part of a longer number, a version, an IP address, a
 * decimal, a time, a `file.c:415` line number, an identifier like `OPS-486` or `v486`, or a size like
 * `486ms`. Plurals (`503s`, `486er`) are allowed. Digits joined to others only by commas may still be a CSV cell.
 */
export function standing(text: string, offset: number): Standing {
  let cell = false;
  if (offset > 0) {
    const before = text.charCodeAt(offset - 1);
    if (isAlnumCode(before) || before === 35 || before === 36 || before === 8364 || before === 163)
      return 'embedded';
    if ((before === 91 || before === 126 || before === 40) && idOrEstimate(text, offset, before))
      return 'embedded';
    if (isJoinerCode(before)) {
      const twoBack = text.charCodeAt(offset - 2);
      if (isDigitCode(twoBack)) {
        if (before === 47 && slashListStart(text, offset) >= 0) return 'alone';
        if (before !== 44) return 'embedded';
        cell = true;
      }
      if ((before === 45 || before === 46) && isAlnumCode(twoBack)) return 'embedded';
      if (before === 58 && fileExtensionBefore(text, offset - 1)) return 'embedded';
    }
  }
  // Plurals stand alone: "503s", "486er".
  if (pluralSuffix(text, offset + 3) > 0) return cell ? 'cell' : 'alone';
  const after = text.charCodeAt(offset + 3);
  if (isAlnumCode(after) || after === 37 || after === 64) return 'embedded';
  if (isJoinerCode(after) && isDigitCode(text.charCodeAt(offset + 4))) {
    if (after === 47 && slashListStart(text, offset) >= 0) return 'alone';
    if (after !== 44) return 'embedded';
    cell = true;
  }
  return cell ? 'cell' : 'alone';
}

/** Judges a number that stands as a cell of a comma list, at `offset` of `line` (message offsets). */
export function judgeCell(
  scan: MessageScan,
  code: number,
  offset: number,
  line: Line,
): Judgement | undefined {
  const column = scan.tables.columnKind(offset, line);
  if (column === 'sip-status') return found['log-field'];
  if (column === 'status' && scan.known.has(code) && scan.messageIsSip()) return found['log-field'];
  if (column !== undefined) return undefined;
  // A list after a field name: `FailoverResponseCodes : 408,503,504`, `failover_codes=408,503`.
  const local = offset - scan.enter(line);
  const key = keyBefore(scan.text, listStart(scan.text, local), 0);
  const kind = key === undefined ? undefined : classifyKey(key.name);
  if (kind === 'sip-status') return found['log-field'];
  if (kind === 'status' && scan.known.get(code) === true && scan.sipFavoured(scan.line, local))
    return found['log-field'];
  return undefined;
}

/** Where the list of numbers holding the number at `offset` starts: back over digits, commas and spaces. */
function listStart(text: string, offset: number): number {
  let start = offset;
  for (let i = offset - 1; i >= 0 && offset - i <= 64; i--) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) start = i;
    else if (c !== 44 && c !== 32) {
      // A quoted list: `-FailoverResponseCodes "408,503,504"`.
      if (c === 34 || c === 39) start = i;
      break;
    }
  }
  return start;
}

/**
 * A status line (`SIP/2.0 486`) read from the text, before any lowercasing: what `judge` would answer
 * first. Undefined when the number is not right after `SIP/2.0`, and `judge` must decide.
 */
export function judgeStatusLine(text: string, offset: number, line: Line): Judgement | undefined {
  if (!followsSipVersionInLine(text, offset, line) || insideLinkOrMention(text, offset, line.start))
    return undefined;
  return found['status-line'];
}

/**
 * Decides what, if anything, makes the number standing alone at `offset` a SIP response code.
 * `offset` and `line` are local to the line the scan has entered (see `MessageScan.enter`).
 */
export function judge(scan: MessageScan, code: number, offset: number, line: Line): Judgement | undefined {
  const { text, lower } = scan;
  if (insideLinkOrMention(lower, offset, line.start)) return undefined;
  if (followsSipVersion(lower, offset)) return found['status-line'];

  const kind = scan.lineKind();
  if (kind === 'sdp') return undefined;
  const protocol = reasonProtocol(lower, offset, line.start);
  if (protocol === 'sip') return found['reason-header'];
  if (protocol === 'q850' || kind === 'reason') return undefined;
  if (kind === 'header') {
    scan.usedOtherwise.add(code);
    return undefined;
  }

  if (comparedTo(lower, offset, line.start) || inNumberPattern(lower, offset, line.start)) return undefined;
  if (exampleOfSipField(scan.text, lower, offset, line.start)) return found['log-field'];
  if (sipPrefixedValue(lower, offset, line.start)) return found['log-field'];
  if (sofiaCallState(lower, offset, line.start)) return found['log-field'];
  if (
    scan.continuesArgument(offset) ||
    (scan.mayHoldReplyFunction() && replyFunctionArgument(lower, offset, line.start))
  ) {
    scan.argumentEnd = scan.base + offset + 3;
    return found['log-field'];
  }
  if (kamailioErrorReply(lower, offset)) return found['log-field'];
  if (caseArm(lower, offset, line.start) && scan.known.get(code) === true && scan.sipFavoured(line, offset))
    return found['log-field'];
  if (
    (onLadderArrow(lower, offset, line) || afterScreenArrow(lower, offset, line)) &&
    scan.known.get(code) === true &&
    scan.messageIsSip()
  )
    return found['sip-context'];

  // An HTTP status line or access log: `HTTP/1.1 404`, `"GET /x.cfg HTTP/1.1" 403 153`; .NET's
  // HTTP errors, as PowerShell prints them: "The remote server returned an error: (400) Bad Request."
  if (
    followsHttpVersion(lower, offset, line.start) ||
    lower.startsWith('returned an error: (', offset - 20)
  ) {
    scan.usedOtherwise.add(code);
    return undefined;
  }
  const known = scan.known.has(code);
  const key = keyBefore(text, offset, line.start);
  // The value of a cause or a quantity field is no code, unless its reason phrase follows (`Cause: 486 Busy Here`).
  let measured = false;
  if (key !== undefined) {
    // A SIP stack's constant: `BUSY_HERE = 486`, `StatusRequestTerminated: 487`. HTTP names its
    // statuses alike (`NOT_FOUND = 404`): one it defines too needs SIP near or in the message.
    if (
      namesPhrase(scan.phrases, code, key.name) &&
      (!isHttpStatus(code) || sipConstant.test(key.name) || scan.sipFavoured(line, offset))
    )
      return found['reason-phrase'];
    const keyKind = classifyKey(key.name);
    if (keyKind === 'sip-status') return found['log-field'];
    if (keyKind === 'header' || keyKind === 'foreign') {
      scan.usedOtherwise.add(code);
      return undefined;
    }
    measured =
      keyKind === 'cause' ||
      keyKind === 'measure' ||
      (keyKind === 'other' && (key.aligned === true || scan.amongFieldValues(offset, key.name)));
    if (keyKind === 'status' && known && !countFollows(scan.tail(line, offset))) {
      if (scan.sipFavoured(line, offset)) return found['log-field'];
      // Nothing near says which protocol: SIP evidence later in the message may still say it
      // (`busy_codes: [486, 600]` in a rule file, "607 (Unwanted)" below it).
      if (scan.nearest(line, offset) === 'none') scan.undecidedAt = scan.base + offset;
    }
    // Elasticsearch's buckets of an aggregation over a SIP status field: `{"key":408,"doc_count":2211}`.
    if (key.name === 'key' && lower.startsWith(',"doc_count"', offset + 3) && scan.namesSipStatusField())
      return found['log-field'];
    // A value of some other field (`"duration": 486`, `max_channels=300`) is that field's value,
    // unless its reason phrase follows (`Inviter.onReject: 480 Temporarily Unavailable`).
    if (key.identifier && !measured)
      return byReasonPhrase(scan, code, offset, line, phraseEnd(scan.phrases, code, lower, offset + 3));
  }
  const column = measured ? undefined : scan.columnKind(offset);
  if (column === 'sip-status') return found['log-field'];
  if (column === 'status' && known && scan.sipFavoured(line, offset)) return found['log-field'];
  if (column !== undefined) return undefined;
  if (scan.messageIsSip() && scan.labelsCodeRow(offset)) return found['log-field'];

  if (uniqCountRow(lower, offset, line) && scan.countsBySipStatus()) return found['log-field'];
  if (identifierBefore(scan, offset, line) || callArgument(lower, offset, line.start)) return undefined;
  // A slash list is judged once, at its last number, by the words before its first ("sends 180/183");
  // a list neighbour then vouches for the others. It holds only codes ("Ringing 180/176" is in/out).
  let from = offset;
  if (lower.charCodeAt(offset + 3) === 47 && isDigitCode(lower.charCodeAt(offset + 4)))
    return known ? listable : undefined;
  if (lower.charCodeAt(offset - 1) === 47 && isDigitCode(lower.charCodeAt(offset - 2))) {
    from = Math.max(line.start, slashListStart(lower, offset));
    for (let at = from; at < offset; at += 4)
      if (!scan.known.has(Number(lower.slice(at, at + 3)))) return undefined;
  }
  const phraseAt = from === offset ? phraseEnd(scan.phrases, code, lower, offset + 3) : -1;
  if (phraseAt >= 0) return byReasonPhrase(scan, code, offset, line, phraseAt);
  if (startsStatement(lower, offset, line.start)) {
    // "480 is temporarily unavailable": a short phrase ("200 is OK") only where SIP is talked about.
    const linkedAt = linkedPhraseEnd(scan.phrases, code, lower, offset + 3);
    if (linkedAt >= 0) {
      const nearest = scan.nearestBeyond(line, offset, linkedAt);
      if (nearest === 'sip' || (nearest === 'none' && (linkedAt - offset > 12 || scan.messageIsSip())))
        return found['reason-phrase'];
    }
  }
  const tail = scan.tail(line, offset);
  if (
    phrasePrecedes(scan.phrases, code, lower, offset) &&
    !countFollows(tail) &&
    scan.nearest(line, offset) !== 'foreign'
  )
    return found['reason-phrase'];
  if (measured || countsCodeBefore(scan, offset, line)) return undefined;

  if (scan.known.get(code) === true && japaneseResponse(scan, offset, line)) return found['sip-context'];
  const verdict = judgeProse(scan, line, offset, tail, from);
  // Prose names an unregistered code (409, 411 and 477 are in the catalogue too) only with SIP itself
  // ("SIP 477"): "Polycom VVX 411 on REGISTER" is a phone model.
  // 429 in prose is most often HTTP's Too Many Requests (SIP's Provide Referrer Identity is rare):
  // a SIP role nearby ("calls") is not enough, the message must be about SIP.
  const registered = scan.known.get(code) === true && (code !== 429 || scan.messageIsSip());
  if (scan.foreignNear(offset)) scan.usedOtherwise.add(code);
  if (verdict.accepted && !verdict.strong && scan.usedOtherwise.has(code)) return undefined;
  if (verdict.accepted && (verdict.strong || registered))
    return identifiedAfter(scan, offset, line) ? undefined : found['sip-context'];
  // "488 is the usual answer": the sentence names it a response, where SIP is talked about.
  if (
    registered &&
    !scan.usedOtherwise.has(code) &&
    namedCodeAfter(scan, offset, line) &&
    scan.sipFavoured(line, offset)
  )
    return found['sip-context'];
  return verdict.listable && registered ? listable : undefined;
}

/**
 * The reason phrase of `code` right after it, ending at `phraseAt` (-1 when there is none), unless it
 * stands near HTTP ("nginx throwing 504 Gateway Timeout", "nginx 502 on the portal, 504 Gateway Timeout
 * from the upstream"): the nearest marker, or the nearest before the number, is foreign.
 */
function byReasonPhrase(
  scan: MessageScan,
  code: number,
  offset: number,
  line: Line,
  phraseAt: number,
): Judgement | undefined {
  if (phraseAt < 0) return undefined;
  // A code HTTP does not define, with its SIP reason phrase, is SIP whatever protocol is named near
  // it (`437 Unsupported Credential` ... "the cert URL is http"): STUN, TURN and RTSP phrase theirs otherwise.
  if (!isHttpStatus(code)) return found['reason-phrase'];
  const nearest = scan.foreignSourceAfter(line, phraseAt)
    ? 'foreign'
    : scan.nearestBeyond(line, offset, phraseAt);
  // STUN and TURN share `401 Unauthorized`: a coturn log with no SIP in the message is theirs.
  if (nearest === 'none' && scan.aboutStunOrTurn()) {
    scan.usedOtherwise.add(code);
    return undefined;
  }
  // Only a SIP word after the phrase can hide a nearer foreign one before the number.
  const http =
    nearest === 'foreign' || (nearest === 'sip' && scan.nearestBeyond(line, offset, line.end) === 'foreign');
  if (!http) return found['reason-phrase'];
  scan.usedOtherwise.add(code);
  return undefined;
}

/**
 * A bound, not a value: `Expected: > 100`, `sip_status >= 400`, `< 300`, `toBeGreaterThan(100)`.
 * The operator stands apart (`<@U12> 486` closes a mention); an arrow (`->`, `=>`) is none, nor a
 * `>` quoting its line.
 */
function comparedTo(lower: string, offset: number, lineStart: number): boolean {
  let i = offset - 1;
  if (lower.charCodeAt(i) === 32) i--;
  let c = lower.charCodeAt(i);
  if (c === 0x2265 || c === 0x2264) return true;
  // Test matchers: `toBeGreaterThan(100)`, `isLessThanOrEqual(300)`.
  if (c === 40) return lower.startsWith('than', i - 4) || lower.startsWith('thanorequal', i - 11);
  if (c === 61) c = lower.charCodeAt(--i);
  if ((c !== 62 && c !== 60) || lower.charCodeAt(i - 1) !== 32) return false;
  for (let j = i - 2; j >= lineStart; j--)
    if (lower.charCodeAt(j) !== 32 && lower.charCodeAt(j) !== 9) return true;
  return false;
}

/** Digits in a regular expression's group of numbers, as routing patterns hold: `^\+1(425|206|253)\d{7}$`. */
function inNumberPattern(lower: string, offset: number, lineStart: number): boolean {
  // A group of at most a dozen numbers: the look stays short whatever the line holds.
  const floor = Math.max(lineStart, offset - 48);
  let open = offset - 1;
  while (open >= floor && (isDigitCode(lower.charCodeAt(open)) || lower.charCodeAt(open) === 124)) open--;
  if (lower.charCodeAt(open) !== 40) return false;
  let close = offset + 3;
  const ceiling = offset + 48;
  while (close < ceiling && (isDigitCode(lower.charCodeAt(close)) || lower.charCodeAt(close) === 124))
    close++;
  if (lower.charCodeAt(close) !== 41) return false;
  const before = lower.charCodeAt(open - 1);
  const after = lower.charCodeAt(close + 1);
  return (
    isDigitCode(before) ||
    before === 94 ||
    (after === 92 && lower.charCodeAt(close + 2) === 100) ||
    after === 91 ||
    after === 123
  );
}

/**
 * An example of a SIP status field's values, on the line that names the field: a mapping document's
 * `sip_final_code   last final resp to INVITE   e.g. 200, 487`, `= sip_final_response  # e.g. 486`.
 * The field is named within the 100 characters before, so the look stays short on any line.
 */
function exampleOfSipField(text: string, lower: string, offset: number, lineStart: number): boolean {
  const before = lower.charCodeAt(offset - 1) === 32 ? offset - 1 : offset;
  if (!lower.startsWith('e.g.', before - 4) && !lower.startsWith('e.g.:', before - 5)) return false;
  const span = text.slice(Math.max(lineStart, before - 100), before);
  if (!/sip/i.test(span)) return false;
  for (const name of span.split(/[^A-Za-z0-9_.]+/))
    if (name.length > 3 && classifyKey(name.replace(/^\.+|\.+$/g, '')) === 'sip-status') return true;
  return false;
}

/**
 * A row of `uniq -c`: spaces, a count, one space, then the number, which ends the row or a word.
 * The count's column is narrow: the look stops after 24 characters, whatever the line holds.
 */
function uniqCountRow(lower: string, offset: number, line: Line): boolean {
  if (offset - line.start > 24) return false;
  let i = line.start;
  while (i < offset && lower.charCodeAt(i) === 32) i++;
  const digits = i;
  while (i < offset && isDigitCode(lower.charCodeAt(i))) i++;
  const after = lower.charCodeAt(offset + 3);
  return (
    i > digits && i === offset - 1 && lower.charCodeAt(i) === 32 && (offset + 3 >= line.end || after === 32)
  );
}

/** An arm of a `switch` over response codes in code: `case 486:`. */
function caseArm(lower: string, offset: number, lineStart: number): boolean {
  return (
    offset - 5 >= lineStart &&
    lower.startsWith('case ', offset - 5) &&
    !isAlnumCode(lower.charCodeAt(offset - 6)) &&
    lower.charCodeAt(offset + 3) === 58
  );
}

/** `http/1.1`, `http/2` and a closing quote, then spaces, right before `offset`. */
function followsHttpVersion(lower: string, offset: number, lineStart: number): boolean {
  let i = offset - 1;
  while (i >= lineStart && offset - i <= 3 && lower.charCodeAt(i) === 32) i--;
  if (i === offset - 1) return false;
  if (lower.charCodeAt(i) === 34) i--;
  if (!isDigitCode(lower.charCodeAt(i))) return false;
  if (lower.charCodeAt(i - 1) === 46 && isDigitCode(lower.charCodeAt(i - 2))) i -= 2;
  return i - 5 >= lineStart && lower.startsWith('http/', i - 5);
}

const isArrowShaft = (c: number): boolean => c === 45 || c === 61;

/**
 * A response drawn on an arrow of a call ladder, as Homer and hand-drawn flows show it: `|<--407----|`,
 * `--183 + SDP--->`, `<== 200 OK ==`. Two arrow characters right before the number (a space
 * between at most), and after it, past a short label of letters, `+` and brackets, two more.
 */
function onLadderArrow(lower: string, offset: number, line: Line): boolean {
  let i = offset - 1;
  if (lower.charCodeAt(i) === 32) i--;
  const shaftEnd = i;
  while (
    i >= line.start &&
    shaftEnd - i < 4 &&
    (isArrowShaft(lower.charCodeAt(i)) || lower.charCodeAt(i) === 60)
  )
    i--;
  // The arrow starts the drawing: "2024-03-12--100--" joins a date to a number.
  if (shaftEnd - i < 2 || !isArrowShaft(lower.charCodeAt(shaftEnd)) || isAlnumCode(lower.charCodeAt(i)))
    return false;
  let j = offset + 3;
  const labelEnd = Math.min(line.end, j + 24);
  while (j < labelEnd) {
    const c = lower.charCodeAt(j);
    if (!((c >= 97 && c <= 122) || c === 32 || c === 43 || c === 40 || c === 41)) break;
    j++;
  }
  const c = lower.charCodeAt(j);
  const d = lower.charCodeAt(j + 1);
  return isArrowShaft(c) && (isArrowShaft(d) || d === 62);
}

/** What a function's name holds when its argument is a response: `reject(486)`, `sendResponse(404)`. */
const answeringName = /repl|respon|reject|answer|status|code|send|declin|hangup|terminat|busy|fail|error|sip/;

/**
 * The one argument of a call, right after the function's name: `setDefaultRegistrationTime(300)`,
 * `sleep(500)`, an enum's value `NORMAL(100)`. It is the function's own value unless the name, with
 * its qualifiers, says the function answers (`reject(486)`, `StatusCode::Other(486)`); the reply
 * functions of Kamailio are read before this.
 */
function callArgument(lower: string, offset: number, lineStart: number): boolean {
  if (lower.charCodeAt(offset - 1) !== 40 || lower.charCodeAt(offset + 3) !== 41) return false;
  const end = offset - 1;
  let i = end - 1;
  while (
    i >= lineStart &&
    end - i <= 48 &&
    (isAlnumCode(lower.charCodeAt(i)) || lower.charCodeAt(i) === 46 || lower.charCodeAt(i) === 58)
  )
    i--;
  const first = lower.charCodeAt(i + 1);
  if (i === end - 1 || first < 97 || first > 122) return false;
  return !answeringName.test(lower.slice(i + 1, end));
}

/**
 * A number right after the code taken last and its phrase counts that code's responses: "404 Not
 * Found 301, 486 Busy Here 12k". Only spaces or a colon stand between the phrase and the number.
 */
function countsCodeBefore(scan: MessageScan, offset: number, line: Line): boolean {
  const { lower } = scan;
  const previous = scan.lastAccepted - scan.base;
  if (previous < line.start || previous >= offset || offset - previous > 48) return false;
  const phraseAt = phraseEnd(scan.phrases, Number(lower.slice(previous, previous + 3)), lower, previous + 3);
  if (phraseAt < 0 || phraseAt > offset) return false;
  for (let i = phraseAt; i < offset; i++) {
    const c = lower.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 58) return false;
  }
  return true;
}

/** A constant of a SIP stack, by its prefix: pjsip's `PJSIP_SC_NOT_FOUND`, `SIP_NOT_FOUND`. */
const sipConstant = /^(?:pj)?sip_/i;

/**
 * A response row of SIPp's screen on the answering side: `<---------- 180    48211    0`, the arrow
 * (SIPp draws ten dashes) opening the line and a space before the number. The other side's rows,
 * `180 <----------`, put the arrow after it (see `arrowFollows`).
 */
function afterScreenArrow(lower: string, offset: number, line: Line): boolean {
  let i = offset - 1;
  const spacesEnd = i;
  while (i >= line.start && lower.charCodeAt(i) === 32 && spacesEnd - i < 12) i--;
  if (i === spacesEnd) return false;
  const dashesEnd = i;
  while (i >= line.start && lower.charCodeAt(i) === 45 && dashesEnd - i < 16) i--;
  if (dashesEnd - i < 4 || lower.charCodeAt(i) !== 60) return false;
  const arrowStart = i;
  for (i--; i >= line.start && arrowStart - i <= 24; i--) {
    const c = lower.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return i < line.start;
}

/** A rule's answer: the evidence found, or none yet but a list neighbour may vouch for the number. */
export interface Judgement {
  readonly evidence: EvidenceKind | undefined;
  readonly listable: boolean;
}

/** Shared answers: a judgement is read, never changed. */
const found: Readonly<Record<EvidenceKind, Judgement>> = {
  'status-line': { evidence: 'status-line', listable: true },
  'reason-phrase': { evidence: 'reason-phrase', listable: true },
  'reason-header': { evidence: 'reason-header', listable: true },
  'log-field': { evidence: 'log-field', listable: true },
  'sip-context': { evidence: 'sip-context', listable: true },
};
const listable: Judgement = { evidence: undefined, listable: true };
