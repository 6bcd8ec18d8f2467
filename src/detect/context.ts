import {
  CODE_LINK,
  CODE_NOUN,
  COUNT_NOUN,
  END_VERB,
  FOLLOWER,
  ID_NOUN,
  INTRODUCER,
  LINKING_VERB,
  lexicon,
  NUMERIC_HEADER,
  QUANTITY_BEFORE,
  RESPONSE_VERB,
  ROLE,
  STRONG_FOLLOWER,
} from './lexicon.js';
import { isSipSpan } from './markers.js';
import type { MessageScan } from './scan.js';
import {
  isAlnumCode,
  isDigitCode,
  isThreeDigits,
  type Line,
  Span,
  wordAfter,
  wordBefore,
} from './text-scan.js';

/**
 * The prose rules: what the words around a number say about it. A number is a response code in
 * prose when a SIP role or method is near, something introduces it as a response ("gets a", "returns",
 * "SIP"), and what follows is not a unit or a noun it counts ("503 from the carrier", not "200 users").
 */

/** What comes right after the three digits. One instance per message, refilled for each number. */
export class Tail {
  offset = -1;
  plural = false;
  /** Bounds of the next word; `start` is -1 when punctuation, a line end or the text end follows. */
  readonly next = new Span();
  /** The lexicon flags of the next word, 0 when there is none. */
  nextFlags = 0;
  /** Another group of digits follows, as in a phone number "486 1234". */
  digitsFollow = false;
}

/**
 * The length of a plural suffix at `at`, right after the digits, or 0: `503s`, `408's`, German `486er`,
 * a code quoted in Markdown (`` `480`s ``), in any case. The suffix must end the word.
 */
export function pluralSuffix(text: string, at: number): number {
  const c = text.charCodeAt(at) | 32;
  const d = text.charCodeAt(at + 1) | 32;
  let length = 0;
  if (c === 115) length = 1;
  else if ((c === 39 || c === 96) && d === 115) length = 2;
  else if (c === 101 && d === 114) length = 2;
  return length > 0 && !isAlnumCode(text.charCodeAt(at + length)) ? length : 0;
}

/** Spaces, markup and closing quotes between the number and the next word. */
const isTailGap = (c: number): boolean =>
  c === 32 || c === 9 || c === 42 || c === 95 || c === 126 || c === 96 || c === 34 || c === 39 || c === 41;

export function readTail(lower: string, offset: number, line: Line, tail: Tail): Tail {
  if (tail.offset === offset) return tail;
  tail.offset = offset;
  let i = offset + 3;
  const suffix = pluralSuffix(lower, i);
  tail.plural = suffix > 0;
  i += suffix;
  const gapStart = i;
  while (i < line.end && isTailGap(lower.charCodeAt(i)) && i - gapStart < 6) i++;
  tail.digitsFollow =
    (i - gapStart === 1 && isDigitCode(lower.charCodeAt(i))) ||
    (lower.charCodeAt(gapStart) === 45 && isDigitCode(lower.charCodeAt(gapStart + 1)));
  const next = wordAfter(lower, i, Math.min(line.end, i + 30), tail.next);
  if (next.start !== i) next.start = -1;
  tail.nextFlags = next.start >= 0 ? lexicon.flags(lower, next.start, next.end) : 0;
  // A unit in parentheses measures the number too: "lifetime hint: 300 (seconds)".
  if (next.start < 0 && lower.charCodeAt(i) === 40) {
    const unit = wordAfter(lower, i + 1, Math.min(line.end, i + 30), tail.next);
    const flags = unit.start === i + 1 ? lexicon.flags(lower, unit.start, unit.end) : 0;
    if ((flags & COUNT_NOUN) !== 0 && lower.charCodeAt(unit.end) === 41) tail.nextFlags = flags;
    else unit.start = -1;
  }
  return tail;
}

const nextIs = (tail: Tail, flag: number): boolean => (tail.nextFlags & flag) !== 0;

/** A noun that counts ("200 users") or measures ("180 seconds") follows the number. */
export function countFollows(tail: Tail): boolean {
  return !tail.plural && nextIs(tail, COUNT_NOUN);
}

/** What may stand between a number and the end of its clause: `,`, `;`, `.`, `!` and `?`. */
const isClauseEnd = (c: number): boolean => c === 44 || c === 59 || c === 46 || c === 33 || c === 63;

/** What `linkedClause` read: the flags of the clause's last word, and of all its words after the verb. */
const clause = { last: 0, all: 0 };

/**
 * Reads the clause after the number: a linking verb among its first `within` words, then the words
 * up to the clause's end (at most ten words in all, 80 characters). Fills `clause` and returns true
 * when there is such a verb and, after it, a word the lexicon lists.
 */
function linkedClause(scan: MessageScan, offset: number, line: Line, within: number): boolean {
  const { lower } = scan;
  const ceiling = Math.min(line.end, offset + 3 + 80);
  const word = scan.words[0];
  let at = offset + 3;
  // Where the last word read ends, trimmed: a word's trailing `.` may end the clause.
  let gapFrom = at;
  let linked = false;
  clause.last = 0;
  clause.all = 0;
  for (let n = 0; n < 10; n++) {
    wordAfter(lower, at, ceiling, word);
    if (word.start < 0) break;
    let ended = false;
    for (let i = gapFrom; i < word.start && !ended; i++) ended = isClauseEnd(lower.charCodeAt(i));
    if (ended) break;
    at = word.next;
    gapFrom = word.end;
    if (!linked) {
      if (n >= within) return false;
      linked = (lexicon.flags(lower, word.start, word.end) & CODE_LINK) !== 0;
      continue;
    }
    clause.last = lexicon.flags(lower, word.start, word.end);
    clause.all |= clause.last;
  }
  return linked && clause.all !== 0;
}

/**
 * "404 is the route id", "the `404` in the alert title is the LCR route id": within its clause, a
 * linking verb after the number, then words that end in an identifier's noun, and no code noun.
 */
export function identifiedAfter(scan: MessageScan, offset: number, line: Line): boolean {
  return (
    linkedClause(scan, offset, line, 6) && (clause.last & ID_NOUN) !== 0 && (clause.all & CODE_NOUN) === 0
  );
}

/** "488 is the usual answer", "200 was the final response": a linking verb right after the number, a code noun ending the clause. */
export function namedCodeAfter(scan: MessageScan, offset: number, line: Line): boolean {
  return linkedClause(scan, offset, line, 1) && (clause.last & CODE_NOUN) !== 0;
}

/** Codes that name places, not responses: "area code", "country codes", "zip code", "NPA". */
const placeCodes = /(?:^|[^a-z])(?:(?:area|country|zip|postal|post)[ -]?codes?|npas?)(?![a-z])/;
const placeCodesEnd = new RegExp(`${placeCodes.source}[ \\t:]*$`);

/**
 * Whether the line before `offset` names places' codes: right before it ("area code 480") or, for a
 * list, anywhere in the 80 characters before ("area code check on the numbers: 480 (AZ), 503 (OR)").
 */
export function afterPlaceCodes(lower: string, offset: number, lineStart: number, right: boolean): boolean {
  const before = lower.slice(Math.max(lineStart, offset - (right ? 24 : 80)), offset);
  return (right ? placeCodesEnd : placeCodes).test(before);
}

/** "extension 486", "ticket 503", "port 600", "+44 20 7946 0958"-like groupings. */
export function identifierBefore(scan: MessageScan, offset: number, line: Line): boolean {
  const { lower } = scan;
  const prev = wordBefore(lower, offset, Math.max(line.start, offset - 24), scan.words[0]);
  if (prev.start < 0) return false;
  // An arrow leads from the word to the number ("policy → 403"): the number is what it maps to.
  if (arrowBetween(lower, prev.end, offset)) return false;
  // A word never holds '#', so only a '#' right before the number marks a ticket ("#486").
  const flags = lexicon.flags(lower, prev.start, prev.end);
  if ((flags & ID_NOUN) !== 0) return true;
  // "No. 486" numbers something; "no 200 OK ever" is a negation.
  if (spanIs(lower, prev, 'no') && lower.charCodeAt(prev.end) === 46) return true;
  if (
    (spanIs(lower, prev, 'code') || spanIs(lower, prev, 'codes')) &&
    afterPlaceCodes(lower, prev.end, line.start, true)
  )
    return true;
  // "the server room is 503": an identifier's noun, then a linking verb.
  if ((flags & LINKING_VERB) !== 0) {
    const noun = wordBefore(lower, prev.next, Math.max(line.start, prev.next - 24), scan.words[1]);
    if (noun.start >= 0 && (lexicon.flags(lower, noun.start, noun.end) & ID_NOUN) !== 0) return true;
  }
  const c = lower.charCodeAt(offset - 1);
  if (c === 35) return true;
  // A digit group right before, separated by one space: phone numbers, dates, sizes; not an IP
  // address, after which logs print the code ("198.51.100.20 486 Busy Here").
  return (
    c === 32 &&
    isDigitCode(lower.charCodeAt(offset - 2)) &&
    isDigitCode(lower.charCodeAt(prev.start)) &&
    !isDottedQuad(lower, prev.start, prev.end)
  );
}

/** Whether `→`, `->` or `=>` stands in [from, to). */
function arrowBetween(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c === 8594 || (c === 62 && (lower.charCodeAt(i - 1) === 45 || lower.charCodeAt(i - 1) === 61)))
      return true;
  }
  return false;
}

/** Four dot-separated groups of digits, as an IPv4 address is written. */
function isDottedQuad(lower: string, start: number, end: number): boolean {
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c === 46) dots++;
    else if (!isDigitCode(c)) return false;
  }
  return dots === 3;
}

export interface ContextVerdict {
  accepted: boolean;
  /** "SIP 486", "SIP error 503": SIP itself introduces the number. */
  strong: boolean;
  /** Nothing rules the number out; a neighbouring code in a list may still vouch for it. */
  listable: boolean;
}

/** The eight verdicts, shared: a verdict is read, never changed. */
const verdicts: readonly ContextVerdict[] = Array.from({ length: 8 }, (_, n) => ({
  accepted: (n & 4) !== 0,
  strong: (n & 2) !== 0,
  listable: (n & 1) !== 0,
}));
const verdict = (accepted: boolean, strong: boolean, listable: boolean): ContextVerdict =>
  verdicts[(accepted ? 4 : 0) + (strong ? 2 : 0) + (listable ? 1 : 0)] as ContextVerdict;
const reject = verdict(false, false, false);

/** Whether the word `span` is `word`. */
const spanIs = (lower: string, span: Span, word: string): boolean =>
  span.start >= 0 && span.end - span.start === word.length && lower.startsWith(word, span.start);

const flagsOf = (lower: string, span: Span): number =>
  span.start >= 0 ? lexicon.flags(lower, span.start, span.end) : 0;

const pairNoun = new Span();

/** "the 480 and 602 numbers": a noun that counts after the second number of a pair counts both. */
function sharedCountNoun(lower: string, tail: Tail, line: Line): boolean {
  if (!spanIs(lower, tail.next, 'and') && !spanIs(lower, tail.next, 'or')) return false;
  const at = tail.next.end + 1;
  if (
    lower.charCodeAt(tail.next.end) !== 32 ||
    !isThreeDigits(lower, at) ||
    isDigitCode(lower.charCodeAt(at + 3))
  )
    return false;
  const noun = wordAfter(lower, at + 3, Math.min(line.end, at + 3 + 24), pairNoun);
  return noun.start === at + 4 && (lexicon.flags(lower, noun.start, noun.end) & COUNT_NOUN) !== 0;
}

/** Words between a header's name and a value it is set to: "Expires from 300", "Min-SE to 90". */
const valuePrepositions = new Set([
  'from',
  'to',
  'of',
  'at',
  'de',
  'a',
  'von',
  'auf',
  'van',
  'naar',
  'da',
  'à',
]);

/** Words between a quantity's noun and a value it is set to; not `a`, an article after "than". */
const quantityPrepositions = new Set(['to', 'from', 'of', 'at']);

/**
 * Judges a number by the prose around it, with the tail already read. `from` is where the words
 * before are read from: the first number of a slash list ("sends 180/183") when judging its last.
 */
export function judgeProse(
  scan: MessageScan,
  line: Line,
  offset: number,
  tail: Tail,
  from = offset,
): ContextVerdict {
  const { text, lower } = scan;
  if (tail.digitsFollow || countFollows(tail) || sharedCountNoun(lower, tail, line)) return reject;
  // tshark's packet list: "SIP 389 Status: 100 Trying", the frame length before the Info column.
  if (
    lower.charCodeAt(tail.next.end) === 58 &&
    (spanIs(lower, tail.next, 'status') || spanIs(lower, tail.next, 'request'))
  )
    return reject;
  const [w1, w2, w3] = scan.words;
  // "the 300 in Retry-After": a header's value, named after it (w3 is free until read below).
  if (spanIs(lower, tail.next, 'in') || spanIs(lower, tail.next, 'of')) {
    const header = wordAfter(lower, tail.next.next, Math.min(line.end, tail.next.next + 24), w3);
    if ((flagsOf(lower, header) & NUMERIC_HEADER) !== 0) return reject;
  }
  const floor = Math.max(line.start, from - 48);
  // The three words before the number, nearest first: p1, p2, p3.
  wordBefore(lower, from, floor, w1);
  if (w1.start >= 0) wordBefore(lower, w1.next, floor, w2);
  else w2.start = -1;
  if (w2.start >= 0) wordBefore(lower, w2.next, floor, w3);
  else w3.start = -1;
  const has1 = w1.start >= 0;
  const f1 = flagsOf(lower, w1);
  const f2 = flagsOf(lower, w2);
  const p1Sip = spanIs(lower, w1, 'sip');
  const p2Sip = spanIs(lower, w2, 'sip');
  const mark = previousMark(lower, from, line.start);
  const nextToPrev = has1 && mark === -2 && adjacent(lower, w1.end, from);
  // A header's value: "Content-Length 486", "Content-Length says 486", "Expires from 300 to 600",
  // "Geolocation-Error codes 100, 200".
  if (
    (f1 & NUMERIC_HEADER) !== 0 ||
    ((f2 & NUMERIC_HEADER) !== 0 &&
      ((f1 & (RESPONSE_VERB | CODE_NOUN)) !== 0 ||
        (w1.start >= 0 && valuePrepositions.has(lower.slice(w1.start, w1.end))))) ||
    // A quantity set to a value: "the session ttl to 300", "raise the limit to 500".
    ((f2 & QUANTITY_BEFORE) !== 0 && w1.start >= 0 && quantityPrepositions.has(lower.slice(w1.start, w1.end)))
  )
    return reject;
  // "every call ends in 487": the verb makes "in" introduce a code, not a duration.
  const endsIn = nextToPrev && (f2 & END_VERB) !== 0 && endLinks.has(lower.slice(w1.start, w1.end));
  if (nextToPrev && !endsIn) {
    if ((f1 & QUANTITY_BEFORE) !== 0) return reject;
    // "the platform limit is 500": a quantity's noun, then a linking verb.
    if ((f2 & QUANTITY_BEFORE) !== 0 && (f1 & LINKING_VERB) !== 0) return reject;
    // "trunk 101", "carrier 2": a role right before a number names an instance of it; a plural
    // ("carrier 500s") counts its responses.
    if (!p1Sip && (f1 & ROLE) !== 0 && !tail.plural) return reject;
  }
  const nextEmpty = tail.next.start < 0;
  // "480s and 404s": a plural joined to a code taken just before is listed with it.
  const listedPlural =
    tail.plural &&
    (spanIs(lower, w1, 'and') || spanIs(lower, w1, 'or')) &&
    w2.start >= 0 &&
    scan.acceptedAt(w2.start);
  if (
    tail.plural &&
    !listedPlural &&
    (nextEmpty || nextIs(tail, COUNT_NOUN)) &&
    has1 &&
    (f1 & INTRODUCER) === 0
  )
    return reject;
  const codeNoun1 = (f1 & CODE_NOUN) !== 0;
  const strong =
    p1Sip ||
    (codeNoun1 && (p2Sip || ((f2 & CODE_NOUN) !== 0 && spanIs(lower, w3, 'sip')))) ||
    (codeNoun1 && (spanIs(lower, w2, 'final') || spanIs(lower, w2, 'provisional'))) ||
    (spanIs(lower, w1, 'code') && spanIs(lower, w2, 'reply')) ||
    (nextToPrev && w1.end - w1.start >= 6 && lower.startsWith('_reply', w1.end - 6));
  // An arrow in a call ladder ("BYE -> 481") introduces a registered code; "300 → 450" is a change of a number.
  // After a number, only when that number was taken as a code: "INVITE -> 100 -> 180", not "numbers 200 -> 500".
  const arrowFrom = mark === 62 ? numberBeforeArrow(lower, from, line.start) : -1;
  const arrow = mark === 62 && (arrowFrom < 0 || scan.acceptedAt(arrowFrom));
  const clauseStart = mark === -1 || mark === 58 || mark === 40 || mark === 91;
  // "returns 486", "INVITE gets 407", "rejects with 403", "sends back a 486".
  const verb =
    endsIn ||
    (nextToPrev &&
      ((f1 & RESPONSE_VERB) !== 0 ||
        (w2.start >= 0 &&
          (f2 & RESPONSE_VERB) !== 0 &&
          (isSipSpan(text, lower, w1.start, w1.end) || verbLinks.has(lower.slice(w1.start, w1.end)))))) ||
    // "the SIP failures are 480s", "the final response was 486": a code noun, then a linking verb.
    (nextToPrev && (f2 & CODE_NOUN) !== 0 && (f1 & CODE_LINK) !== 0) ||
    // "answering REGISTER with 503"
    (nextToPrev &&
      w3.start >= 0 &&
      (flagsOf(lower, w3) & RESPONSE_VERB) !== 0 &&
      isSipSpan(text, lower, w2.start, w2.end) &&
      verbLinks.has(lower.slice(w1.start, w1.end)));
  // "the carrier's 503": a role's own response.
  const possessed =
    nextToPrev &&
    spanIs(lower, w1, 's') &&
    (lower.charCodeAt(w1.start - 1) === 39 || lower.charCodeAt(w1.start - 1) === 8217) &&
    (f2 & ROLE) !== 0;
  // "carrier 500s": a role's responses, counted.
  const rolePlural = nextToPrev && tail.plural && (f1 & ROLE) !== 0 && !p1Sip;
  // "no 180, no final response": a response that did not come ("No. 486" numbers something).
  const missing = nextToPrev && spanIs(lower, w1, 'no') && lower.charCodeAt(w1.end) !== 46;
  const introduced =
    verb ||
    (nextToPrev && (f1 & INTRODUCER) !== 0) ||
    clauseStart ||
    arrow ||
    possessed ||
    rolePlural ||
    missing;
  const follows = nextEmpty || nextIs(tail, FOLLOWER) || tail.plural;
  // An arrow after a quantity's noun is a change of that number ("channels 300 → 450").
  const anchored =
    nextIs(tail, STRONG_FOLLOWER) ||
    ((f1 & COUNT_NOUN) === 0 && arrowFollows(scan, tail, line)) ||
    arrow ||
    possessed;
  const listable = listedPlural || !(tail.plural && !introduced);
  // Cheap rejections first: only now look at the words around for SIP and foreign protocols.
  if (!strong && !verb && !(introduced && follows) && !anchored) return verdict(false, false, listable);
  const nearest = scan.nearest(line, offset);
  if (nearest === 'foreign') return reject;
  if (strong) return verdict(true, true, true);
  if (nearest === 'sip') {
    // "Graph API `GET /calls/{id}` returns 404 for calls": the subject of the verb, or what an arrow
    // leads from (`GET /v1/calls/{id}` → 404), names who answered, whatever the words after are about.
    // Only a SIP word after the number can hide a foreign one before it.
    if (
      ((verb && !endsIn) || arrow) &&
      scan.nearestIsAfter(offset) &&
      scan.nearestBeyond(line, offset, line.end) === 'foreign'
    )
      return reject;
    return verdict(verb || (introduced && follows) || anchored, false, listable);
  }
  const accepted = scan.messageIsSip() && follows && (verb || (introduced && (mark !== -1 || anchored)));
  return verdict(accepted, false, listable);
}

/** An arrow right after the number, as SIPp's screen and call ladders draw them: `100 <----------`. */
function arrowFollows(scan: MessageScan, tail: Tail, line: Line): boolean {
  const { lower } = scan;
  if (tail.next.start >= 0) return false;
  let i = tail.offset + 3;
  while (i < line.end && (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9) && i - tail.offset < 12)
    i++;
  const c = lower.charCodeAt(i);
  const d = lower.charCodeAt(i + 1);
  let arrowEnd = -1;
  if (c === 8592 || c === 8594) arrowEnd = i + 1;
  else if (
    (c === 60 && (d === 45 || d === 61)) ||
    (c === 45 && (d === 45 || d === 62)) ||
    (c === 61 && d === 61)
  )
    arrowEnd = i + 2;
  if (arrowEnd < 0) return false;
  // "per instance 100 -> 350": a number that is no registered code right after an arrow pointing on
  // makes it a change of a quantity. SIPp's `100 <----------     6000` has its counts in columns.
  if (c === 60 || c === 8592) return true;
  let j = arrowEnd;
  while (j < line.end && isArrowBody(lower.charCodeAt(j))) j++;
  const gap = j;
  while (j < line.end && (lower.charCodeAt(j) === 32 || lower.charCodeAt(j) === 9)) j++;
  if (j - gap > 2 || !isDigitCode(lower.charCodeAt(j))) return true;
  return registeredCodeAt(scan, j);
}

/** `-`, `=` and `>`: what an ASCII arrow is drawn with. */
const isArrowBody = (c: number): boolean => c === 45 || c === 61 || c === 62;

/** Whether exactly three digits at `at` of the entered line, no more, are a registered code. */
function registeredCodeAt(scan: MessageScan, at: number): boolean {
  const { lower } = scan;
  if (
    !isThreeDigits(lower, at) ||
    isDigitCode(lower.charCodeAt(at - 1)) ||
    isDigitCode(lower.charCodeAt(at + 3))
  )
    return false;
  return scan.known.get(Number(lower.slice(at, at + 3))) === true;
}

/**
 * Where the number before the arrow that precedes `offset` starts ("200 -> 500"), or -1 when a word,
 * or nothing, stands before that arrow.
 */
function numberBeforeArrow(lower: string, offset: number, lineStart: number): number {
  let i = offset - 1;
  while (i >= lineStart && offset - i < 12 && isArrowGap(lower.charCodeAt(i))) i--;
  const c = lower.charCodeAt(i);
  if (c === 8594) i--;
  else if (c === 62) {
    i--;
    while (i >= lineStart && (lower.charCodeAt(i) === 45 || lower.charCodeAt(i) === 61)) i--;
  } else return -1;
  while (i >= lineStart && (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9)) i--;
  if (!isDigitCode(lower.charCodeAt(i))) return -1;
  let start = i;
  while (start > lineStart && isDigitCode(lower.charCodeAt(start - 1))) start--;
  return start;
}

const isArrowGap = (c: number): boolean =>
  c === 32 || c === 9 || c === 42 || c === 95 || c === 126 || c === 96 || c === 34 || c === 39;

/** Words between an ending verb and its code: "ends in", "finit en", "endet mit". */
const endLinks = new Set(['in', 'en', 'em', 'with', 'mit', 'con', 'com', 'on', 'op', 'na', 'z']);

/** Words that may stand between a response verb and the code it introduces. */
const verbLinks = new Set([
  'as',
  'como',
  'comme',
  'come',
  'als',
  'jako',
  'een',
  'ein',
  'eine',
  'einen',
  'il',
  'lo',
  'uno',
  'a',
  'an',
  'the',
  'with',
  'by',
  'un',
  'una',
  'um',
  'uma',
  'con',
  'com',
  'avec',
  'mit',
]);

/**
 * Whether the number at `offset` starts a statement: a line start, a bullet, or after `.`, `,`, `:`, `;`
 * or `(`. Wider than the prose rules' clause start: it only serves "480 is temporarily unavailable",
 * where the reason phrase after the linking word says the rest.
 */
export function startsStatement(lower: string, offset: number, lineStart: number): boolean {
  const mark = previousMark(lower, offset, lineStart);
  return mark === -1 || mark === 46 || mark === 44 || mark === 58 || mark === 59 || mark === 40;
}

/** Only spaces, quotes or markup between the introducing word and the number. */
function adjacent(lower: string, wordEnd: number, offset: number): boolean {
  for (let i = wordEnd; i < offset; i++) {
    const c = lower.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 42 || c === 95 || c === 126 || c === 96 || c === 34 || c === 39))
      return false;
  }
  return true;
}

/**
 * The punctuation right before the number, skipping spaces and markup: -1 at a clause start (line
 * start, a bullet, the end of a Slack link), -2 when a word comes first, else the character code.
 * An arrow ("BYE -> 481") is reported as 62.
 */
/** What `previousMark` answers for a `>` that compares: no clause starts there. */
const COMPARISON = -3;

function previousMark(lower: string, offset: number, lineStart: number): number {
  for (let i = offset - 1; i >= lineStart && offset - i < 12; i--) {
    const c = lower.charCodeAt(i);
    if (c === 32 || c === 9 || c === 42 || c === 95 || c === 126 || c === 96 || c === 34 || c === 39)
      continue;
    if (c === 62) {
      const before = lower.charCodeAt(i - 1);
      if (before === 45 || before === 61) return 62;
      // A quote's `>` opens the line; elsewhere it compares (`.as_count() > 300`).
      return isBulletOrBoundary(lower, i, lineStart) ? -1 : COMPARISON;
    }
    if (c === 8594) return 62;
    if (c === 45 || c === 8226 || c === 124) {
      return isBulletOrBoundary(lower, i, lineStart) ? -1 : c;
    }
    if (isAlnumCode(c) || c > 127) return -2;
    return c;
  }
  return -1;
}

function isBulletOrBoundary(lower: string, at: number, lineStart: number): boolean {
  for (let i = at - 1; i >= lineStart; i--) {
    const c = lower.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 62) return lower.charCodeAt(at) === 124;
  }
  return true;
}

/** Japanese writes no spaces: a method, then a particle, then the number (`REGISTERに401`, `INVITEに対して503`). */
const japaneseMethodBefore =
  /(?:INVITE|REGISTER|BYE|CANCEL|OPTIONS|PRACK|SUBSCRIBE|NOTIFY|REFER|UPDATE|INFO|MESSAGE|PUBLISH|ACK)(?:に対して|に対し|には|へは|に|へ|で|は)[ \u3000]?$/;
/** The number, then a particle and "returns", "comes back", "receives": `489を返す`, `401が返ってきて`. */
const japaneseReturnAfter = /^[ \u3000]?[がを](?:返|戻|来|受)/;

/**
 * A response in Japanese prose: after a method and a particle, or before "returns" in a message about
 * SIP. Read only when kana or kanji touch the number, and never next to a foreign protocol.
 */
export function japaneseResponse(scan: MessageScan, offset: number, line: Line): boolean {
  const { text } = scan;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset + 3);
  if (!(before >= 0x3000 && before < 0xa000) && !(after >= 0x3000 && after < 0xa000)) return false;
  const sip =
    japaneseMethodBefore.test(text.slice(Math.max(line.start, offset - 16), offset)) ||
    (japaneseReturnAfter.test(text.slice(offset + 3, Math.min(line.end, offset + 6))) && scan.messageIsSip());
  return sip && scan.nearest(line, offset) !== 'foreign';
}
