import { causeColumnValues } from './tables.js';
import { isAlnumCode, isAsciiLetterCode, isDigitCode, isRegexSpace, LineCursor } from './text-scan.js';

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

/**
 * The Q.850 names of each cause as lowercase words, with the FreeSWITCH names the catalogue gives
 * (`NORMAL_CLEARING`, `NORMAL_TEMPORARY_FAILURE`): a number followed by the start of its own name is
 * a cause ("17 user busy", "38 (network out of order)", "102 (recovery on timer expiry)").
 */
export class CauseNames {
  private readonly names = new Map<number, string[][]>();

  constructor(causes: ReadonlyArray<{ cause: number; name: string; meaning: string }>) {
    for (const { cause, name, meaning } of causes) {
      const names = [name.replace(/\([^)]*\)/g, ' ')];
      for (const match of meaning.matchAll(/FreeSWITCH: ([A-Z][A-Z_]+)/g)) names.push(match[1] as string);
      this.names.set(
        cause,
        names.map((n) =>
          n
            .toLowerCase()
            .split(/[^a-z0-9]+/)
            .filter(Boolean),
        ),
      );
    }
  }

  /** Whether `words`, read before the number, end with the whole of one of the names of `cause`. */
  namedBefore(cause: number, words: readonly string[]): boolean {
    return (this.names.get(cause) ?? []).some((name) => {
      if (name.length > words.length) return false;
      const from = words.length - name.length;
      return name.every((word, n) => words[from + n] === word);
    });
  }

  /**
   * Whether `lower` holds, in [from, to), a name of `cause` of two words or more, its words joined by
   * spaces or `_` ("NORMAL_TEMPORARY_FAILURE, cause 41"): the name says which cause the number is.
   */
  namedWithin(cause: number, lower: string, from: number, to: number): boolean {
    const window = lower.slice(from, to);
    for (const name of this.names.get(cause) ?? []) {
      // The name's last word first, a plain search: most windows hold none.
      if (name.length < 2 || !window.includes(name[name.length - 1] as string)) continue;
      if (` ${window.replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${name.join(' ')} `)) return true;
    }
    return false;
  }

  /**
   * Whether `words`, read after the number, start with the first two words of one of the names of
   * `cause` (the whole name when it has one word).
   */
  named(cause: number, words: readonly string[]): boolean {
    return (this.names.get(cause) ?? []).some((name) => {
      const needed = Math.min(2, name.length);
      for (let n = 0; n < needed; n++) if (words[n] !== name[n]) return false;
      return true;
    });
  }
}

/**
 * A number of one to three digits, standing alone, then an optional bracket or separator and a letter:
 * where a cause's name may follow, on a lowercased line.
 */
const numberThenWord = /(?<![\p{L}\p{N}_.,$#/:-])(\d{1,3})(?!\d|[.,:]\d)[ \t]*(?:[(:=-][ \t]*)?(?=[a-z])/gu;

/** Causes given by number and name on the lowercased line `lower`, which starts at `base`. */
function namedCauses(
  lower: string,
  base: number,
  names: CauseNames,
  found: (cause: FoundCause) => void,
): void {
  numberThenWord.lastIndex = 0;
  for (let match = numberThenWord.exec(lower); match !== null; match = numberThenWord.exec(lower)) {
    const cause = causeValue(match[1]);
    if (cause === undefined) continue;
    const end = match.index + match[0].length;
    const words = lower.slice(end, end + 40).split(/[^a-z0-9]+/, 2);
    if (names.named(cause, words)) found({ cause, offset: base + match.index });
  }
  // The name first, the number in brackets: `CALL_REJECTED (21)`, `normal temporary failure (41)`.
  bracketedNumber.lastIndex = 0;
  for (let match = bracketedNumber.exec(lower); match !== null; match = bracketedNumber.exec(lower)) {
    const cause = causeValue(match[1]);
    if (cause === undefined) continue;
    const words = lower
      .slice(Math.max(0, match.index - 60), match.index)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    if (names.namedBefore(cause, words)) found({ cause, offset: base + match.index + 1 });
  }
}

/** Spaces or tabs from `from` on, then a digit. */
function isPluralBeforeNumber(lower: string, from: number): boolean {
  let i = from;
  while (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9) i++;
  return i > from && isDigitCode(lower.charCodeAt(i));
}

/** Lines at most this long are read for a list of named causes. */
const MAX_NAMED_LINE = 200;

/** A bracketed number of one to three digits: `(31)`. */
const bracketedDigits = /\(\d{1,3}\)/;

/**
 * Whether the line [start, stop) may give a cause by number and name as a list does: it opens with
 * the number (after spaces and a bullet: `- 16 ...`, `• 17 ...`) or brackets one (`unspecified (31)`).
 */
function mayNameCause(text: string, start: number, stop: number): boolean {
  let i = start;
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (
      !(
        c === 32 ||
        c === 9 ||
        c === 45 ||
        c === 42 ||
        c === 43 ||
        c === 62 ||
        c === 124 ||
        c === 0x2022 ||
        c === 0xb7
      )
    )
      break;
  }
  return isDigitCode(text.charCodeAt(i)) || bracketedDigits.test(text.slice(start, stop));
}

/**
 * Reads the lines after the one ending at `end` for causes given by number and name, one line after
 * another while each may name one (see `mayNameCause`) and does, at most 128 lines. Returns where
 * the last line read ends (`end` when the first names none).
 */
function namedListBelow(
  text: string,
  end: number,
  lowerPiece: (piece: string) => string,
  names: CauseNames,
  add: (cause: FoundCause) => void,
): number {
  let through = end;
  for (let n = 0; n < 128 && through + 1 < text.length; n++) {
    const start = through + 1;
    let stop = text.indexOf('\n', start);
    if (stop < 0) stop = text.length;
    if (stop - start > MAX_NAMED_LINE || !mayNameCause(text, start, stop)) break;
    let named = false;
    namedCauses(lowerPiece(text.slice(start, stop)), start, names, (cause) => {
      named = true;
      add(cause);
    });
    if (!named) break;
    through = stop;
  }
  return through;
}

/**
 * A cause listed after another: a comma, `&`, `/` or a connecting word, then one to three digits that
 * are no longer number, decimal or time.
 */
const listedCause =
  /(?:[ \t]*[,&/+][ \t]*|[ \t]+(?:and|or|y|e|et|und|o|ou|oder|en|ve|i)[ \t]+)(\d{1,3})(?!\d|[.,:]\d)(?![ \t]*(?:others?|more|of|out)\b)/y;

/**
 * The rest of a clause about causes, a colon, and the first of a list whose next value is a cause
 * too: `s we see: 16, 17`.
 */
const causesThenList =
  /s[ \t]+[^\d\n.;:!?]{0,60}?:[ \t]*(\d{1,3})(?=[ \t]*,[ \t]*(?:1[01]\d|12[0-7]|\d{1,2})(?![\d.]))/y;

/**
 * Examples of causes, the first of a list whose next value is a cause too: `s like 16, 17`,
 * `` ` — values such as 16 and 17`` (after a field's name, `q850_cause`).
 */
const causesLike =
  /s?[`'"]?[ \t]*(?:[-\u2013\u2014][ \t]*)?(?:values?[ \t]+)?(?:like|such as|e\.g\.,?|including)[ \t]+(\d{1,3})(?=[ \t]*(?:,|and|or)[ \t]*(?:1[01]\d|12[0-7]|\d{1,2})(?![\d.]))/y;

/** A cause, an arrow, a response code: "19 → `480 Temporarily Unavailable`", "34 -> sip 503". */
const causeToCode = /(?<![\d.,:/-])(\d{1,3})[ \t]*(?:→|->|=>)[ \t]*[`'"]?(?:sip[ \t]+)?[1-6]\d\d(?!\d)/g;
/** A response code (and its phrase), an arrow, a cause: "`600 Busy Everywhere` → 17". */
const codeToCause = /(?<![\d.])[1-6]\d\d(?!\d)[^\n→>]{0,40}?(?:→|->|=>)[ \t]*(\d{1,3})(?![\d.])/g;

/**
 * On a line that talks of causes, the causes of a mapping table written with arrows: a number on the
 * cause's side of an arrow whose other side is a response code.
 */
function mappedCauses(lower: string, base: number, found: (cause: FoundCause) => void): void {
  if (!lower.includes('→') && !lower.includes('->') && !lower.includes('=>')) return;
  for (const pattern of [causeToCode, codeToCause]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
      const cause = causeValue(match[1]);
      if (cause === undefined) continue;
      const digits = match[1] as string;
      const at = pattern === causeToCode ? match.index : match.index + match[0].length - digits.length;
      found({ cause, offset: base + at });
      // Go on from the cause's side, which may start the next pair ("503 → 41, 504 → 102").
      pattern.lastIndex = at + digits.length;
    }
  }
}

/** A number of one to three digits alone in brackets. */
const bracketedNumber = /\((\d{1,3})\)/g;

/**
 * After `Q.850`: separators (an XML tag's `>` too), an optional "cause" (and "code"/"value"), then the
 * number, not followed by more digits or a decimal part (ngrep's `..` line breaks may follow).
 */
const afterQ850 =
  /(?:[ \t]+(?![ \t])|[;:=_,()"'[>-]|cause|causa|ursache|oorzaak|code|value|#){0,12}?(\d{1,3})(?!\d|\.\d)/y;
/**
 * After `cause` (maybe closing a variable, `${HANGUPCAUSE}`): optional "code"/"value", a separator, the
 * number, which a letter must not follow (Cisco's `DisconnectCause=1F` is hexadecimal).
 */
const afterCause =
  /[)}\]]{0,2}(?:[ \t]*(?:code|value|no\.?))?[ \t]*["'`]?[ \t]*(?:[:=#]|is)?[ \t]*["'([]?[ \t]*(\d{1,3})(?!\d|\.\d|[a-z])/y;
/**
 * What, shortly before `cause`, says it is a Q.850 cause and not, say, a SIP Reason: one of these
 * words (the ISUP mapping specs RFC 3398 and TS 29.163 among them), or a snake_case name right before
 * (`hangup_cause`, `q850_cause(`), see `endsWithSnakeName`.
 */
const q850Words =
  /q\.?\s?850|isdn|rnis|rdsi|hangup|hang-up|release|disconnect|clearing|ss7|isup|pri\b|causa|ursache|\bmap(?:s|ped|ping)?\b|mapeia|mappt|3398|29\.163/;

/**
 * After the number, the names of the cause's own protocols ("cause 127 on the ISDN side"), or a SIP
 * code it maps to ("maps cause 34 to 503").
 */
const q850After = /q\.?\s?850|isdn|rnis|rdsi|isup|ss7|^\s*(?:to|->|=>|\u2192)\s*[1-6]\d\d(?!\d)/;

/**
 * The text Asterisk's AMI gives a Q.850 cause on the next line: `Cause: 16`, then
 * `Cause-txt: Normal Clearing`.
 */
const causeTextBelow = /^\r?\n[ \t]*cause-txt:/i;

/** A message about ISDN or SS7 signalling: its plain "cause 31" is a Q.850 cause. */
const isdnMessageMarker = /q\.?\s?(?:931|850|763)|isdn|rnis|rdsi|\bss7\b|\bisup\b|\bpri\b|\b[et]1\b/i;
/** After `cause`, a decoded cause: `: Normal Clearing (16)`, `value: normal call clearing (16)`. */
const afterCauseName = /[ \t]*(?:value)?[ \t]*[:=][ \t]*[a-z][a-z ,/_-]{2,40}?\((\d{1,3})\)/y;
const countAfter =
  /[ \t]*(?:weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|times|calls|channels|users|months?|years?)\b/y;

function causeValue(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return value >= 1 && value <= 127 ? value : undefined;
}

/**
 * `sip;` or 3GPP's `release_cause;` (Reason protocols whose causes are no Q.850 values) in [from, to)
 * with no comma after it; a `;` after the last comma first.
 */
function endsWithOtherProtocol(lower: string, from: number, to: number): boolean {
  let semicolon = false;
  for (let i = to - 1; i >= from; i--) {
    const c = lower.charCodeAt(i);
    if (c === 44) break;
    if (c === 59) semicolon = true;
  }
  return semicolon && /(?:^|[^a-z0-9_])(?:sip|release_cause)\s*;[^,]*$/.test(lower.slice(from, to));
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

/** `q` or `Q`: only these lowercase to `q`. */
const isQ = (c: number): boolean => (c | 32) === 113;

/** The start of `q850`, `q.850`, `q 850` or `q. 850` (any case) whose digits are at `digits`, or -1. */
function q850Start(text: string, digits: number): number {
  const c = text.charCodeAt(digits - 1);
  if (isQ(c)) return digits - 1;
  if (c === 46) return isQ(text.charCodeAt(digits - 2)) ? digits - 2 : -1;
  if (!isRegexSpace(c)) return -1;
  const d = text.charCodeAt(digits - 2);
  if (isQ(d)) return digits - 2;
  return d === 46 && isQ(text.charCodeAt(digits - 3)) ? digits - 3 : -1;
}

/** The start of the next `q...850` marker at or after `from`, or -1. */
function nextQ850(text: string, from: number): number {
  for (let at = text.indexOf('850', from + 1); at >= 0; at = text.indexOf('850', at + 3)) {
    const start = q850Start(text, at);
    if (start >= from) return start;
  }
  return -1;
}

/**
 * `cause` in any case: where the lowercased text has `cause` (no character outside ASCII lowercases
 * to one of its letters, and a case-insensitive regex folds none into them).
 */
const causeWord = /cause/gi;

function nextCauseWord(text: string, from: number): number {
  causeWord.lastIndex = from;
  return causeWord.test(text) ? causeWord.lastIndex - 5 : -1;
}

/**
 * Finds the markers in `text` itself and lowercases, with `lower` (see `pieceLowerer`), only the lines
 * around each marker: offsets in those lines are taken relative to `base`, the start of the first.
 */
export function findCauses(
  text: string,
  lowerPiece: (piece: string) => string,
  names: CauseNames,
): FoundCause[] {
  const found: FoundCause[] = [];
  const seen = new Set<number>();
  const add = (cause: FoundCause): void => {
    if (seen.has(cause.offset)) return;
    seen.add(cause.offset);
    found.push(cause);
  };
  // The last line read for causes given by name.
  let namedLine = -1;
  // Where the lines read for named causes below a marker line end.
  let namedThrough = -1;
  // The last line read as a table header, and where the rows of the last cause table end.
  let tableLine = -1;
  let rowsEnd = 0;
  const cells: FoundCause[] = [];
  const lines = new LineCursor(text);
  let nextCause = nextCauseWord(text, 0);
  let q850 = nextQ850(text, 0);
  // The lowercased lines [base, windowEnd) around the current marker.
  let base = -1;
  let windowEnd = -1;
  let lower = '';
  // Whether the message is about ISDN or SS7, read once and only when a bare "cause" needs it.
  let isdnMessage: boolean | undefined;
  const aboutIsdn = (): boolean => {
    isdnMessage ??= isdnMessageMarker.test(text);
    return isdnMessage;
  };
  while (nextCause >= 0 || q850 >= 0) {
    const isCause = q850 < 0 || (nextCause >= 0 && nextCause < q850);
    const at = isCause ? nextCause : q850;
    const end = isCause ? at + 5 : text.indexOf('850', at) + 3;
    if (isCause) nextCause = nextCauseWord(text, end);
    else q850 = nextQ850(text, end);
    const line = lines.at(at);
    if (line.start > tableLine && line.start >= rowsEnd) {
      tableLine = line.start;
      cells.length = 0;
      rowsEnd = causeColumnValues(text, line.start, line.end, cells);
      for (const cell of cells) add(cell);
    }
    // `q` may end the line before its `850`: the window then runs to the end of the digits' line.
    let lastEnd = line.end;
    if (end > line.end) {
      const newline = text.indexOf('\n', end);
      lastEnd = newline < 0 ? text.length : newline;
    }
    if (base !== line.start || windowEnd !== lastEnd) {
      base = line.start;
      windowEnd = lastEnd;
      lower = lowerPiece(text.slice(base, windowEnd));
    }
    // On a line that talks of causes, a cause may be given by its name: "causes worth memorizing: 16
    // normal clearing, 17 user busy".
    if (namedLine !== line.start && line.start > namedThrough) {
      namedLine = line.start;
      namedCauses(lower.slice(0, line.end - base), base, names, add);
      mappedCauses(lower.slice(0, line.end - base), base, add);
      // A list may follow, a cause a line ("- 16 Normal call clearing"): read on while lines name one.
      namedThrough = namedListBelow(text, line.end, lowerPiece, names, add);
    }
    const localAt = at - base;
    let localEnd = end - base;
    // "causes 16/17/18" lists causes; "causes 2 weeks ago" is ruled out as a count below.
    if (isCause && lower.charCodeAt(localEnd) === 115 && isPluralBeforeNumber(lower, localEnd + 1))
      localEnd++;
    let match: RegExpExecArray | null = null;
    // Characters the match holds after the digits: the `)` of "Normal Clearing (16)".
    let closing = 0;
    if (isCause) {
      // "Q.850 causes we see from the PRI side: 16, 17, 19": a clause about causes, then their list.
      if (lower.charCodeAt(localEnd) === 115) {
        causesThenList.lastIndex = localEnd;
        match = causesThenList.exec(lower);
      }
      if (match === null) {
        causesLike.lastIndex = localEnd;
        match = causesLike.exec(lower);
      }
      // `cause_code`, `CauseCode` (X-Asterisk-HangupCauseCode) go on; `causes`, `caused` do not.
      if (
        match === null &&
        isAlnumCode(lower.charCodeAt(localEnd)) &&
        lower.charCodeAt(localEnd) !== 95 &&
        !lower.startsWith('code', localEnd)
      )
        continue;
      if (match === null) {
        afterCause.lastIndex = localEnd;
        match = afterCause.exec(lower);
      }
      // A decoder's "Cause: Normal Clearing (16)" only where the message is about ISDN or SS7.
      const standalone = localAt === 0 || !isAsciiLetterCode(lower.charCodeAt(localAt - 1));
      if (!match && standalone && aboutIsdn()) {
        afterCauseName.lastIndex = localEnd;
        match = afterCauseName.exec(lower);
        closing = 1;
      }
      if (!match || lower.startsWith('because', localAt - 2)) continue;
      // "root cause 2 weeks ago", "cause 17 times": a count or a duration.
      countAfter.lastIndex = match.index + match[0].length;
      if (countAfter.test(lower)) continue;
      // What precedes `cause` on its line, at most 60 characters, or follows the number, at most 40
      // ("cause 127 on the ISDN side"); a standalone "cause" in a message about ISDN or SS7.
      const from = Math.max(0, localAt - 60);
      if (endsWithOtherProtocol(lower, from, localAt)) continue;
      if (!q850Before(lower, from, localAt)) {
        const numberEnd = match.index + match[0].length;
        const value = causeValue(match[1]);
        if (
          !(standalone && aboutIsdn()) &&
          !q850After.test(lower.slice(numberEnd, numberEnd + 40)) &&
          !causeTextBelow.test(text.slice(base + numberEnd, base + numberEnd + 16)) &&
          !(value !== undefined && names.namedWithin(value, lower, from, localAt))
        )
          continue;
      }
    } else {
      if (localAt > 0 && isAlnumCode(lower.charCodeAt(localAt - 1)) && lower.charCodeAt(localAt - 1) !== 95)
        continue;
      afterQ850.lastIndex = localEnd;
      match = afterQ850.exec(lower);
    }
    if (!match) continue;
    const digits = match[1];
    const cause = causeValue(digits);
    if (cause === undefined || digits === undefined) continue;
    const local = match.index + match[0].length - closing - digits.length;
    if (local > 0 && isDigitCode(lower.charCodeAt(local - 1))) continue;
    add({ cause, offset: base + local });
    // Causes listed after it: "cause 111 e 102", "disconnect cause 34, 41 y 42".
    let listEnd = match.index + match[0].length - closing;
    for (let n = 0; n < 8; n++) {
      listedCause.lastIndex = listEnd;
      const next = listedCause.exec(lower);
      const value = next === null ? undefined : causeValue(next[1]);
      if (next === null || value === undefined) break;
      listEnd = next.index + next[0].length;
      countAfter.lastIndex = listEnd;
      if (countAfter.test(lower)) break;
      add({ cause: value, offset: base + listEnd - (next[1] as string).length });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * A cause mapped to a response right after it: "maps cause 34 to 503", "cause 21 (call rejected) to
 * 403", "cause 17 -> 486". Reads from `end`, just past the cause's digits: a bracketed name of at most
 * 40 characters, `to`, `into` or an arrow, an optional `SIP`, then three digits. Returns their offset, or -1.
 */
const mappedTo =
  /[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:to|into|->|=>|\u2192)[ \t]+(?:sip[ \t]+)?([1-6]\d\d)(?![\d\p{L}])/iuy;

export function mappedCodeOffset(text: string, end: number): number {
  mappedTo.lastIndex = end;
  const match = mappedTo.exec(text);
  return match === null ? -1 : match.index + match[0].length - 3;
}

/** A response mapped to the cause right after it: "503 → cause 34", "480 -> Q.850 18", read backwards. */
const mappedFrom =
  /(?<![\d\p{L}.])([1-6]\d\d)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:->|=>|\u2192)[ \t]+(?:(?:q\.?850|isdn)[ \t]+)?(?:cause[ \t]*[:=]?[ \t]*)?$/iu;

/** The offset of a response mapped by an arrow to the cause at `offset` (see `mappedFrom`), or -1. */
export function mappingCodeOffset(text: string, offset: number): number {
  const from = Math.max(0, offset - 70);
  // Most causes have no arrow before them: a look for its last character spares the slice and regex.
  let arrow = false;
  for (let i = offset - 1; i >= from && !arrow; i--) {
    const c = text.charCodeAt(i);
    arrow = c === 62 || c === 0x2192;
  }
  if (!arrow) return -1;
  const match = mappedFrom.exec(text.slice(from, offset));
  return match === null ? -1 : from + match.index;
}
