import {
  FOREIGN,
  FOREIGN_UPPER_ONLY,
  lexicon,
  METHOD,
  METHOD_UPPER_ONLY,
  PAIR_START,
  ROLE,
} from './lexicon.js';
import { isUpperSpan, type Line, Span, wordAfter, wordBefore } from './text-scan.js';
import {
  foreignProtocols,
  foreignUpperOnly,
  methodsAnyCase,
  methodsUpperOnly,
  sipRolePairs,
  sipRoles,
} from './vocabulary.js';

/**
 * The protocol markers around a number: a SIP role or method, or an HTTP/STUN/RTSP/SMTP marker.
 * Words are read straight from the text and sliced only when they may be in a list.
 */

/** Whether a word with lexicon flags `flags` names SIP: a role, a method in the right case, `sip/...`. */
function isSipWord(text: string, lower: string, start: number, end: number, flags: number): boolean {
  if ((flags & (ROLE | METHOD)) !== 0) return true;
  if ((flags & METHOD_UPPER_ONLY) !== 0) return isUpperSpan(text, start, end);
  return end - start >= 4 && (lower.startsWith('sip/', start) || lower.startsWith('sip:', start));
}

export function isSipSpan(text: string, lower: string, start: number, end: number): boolean {
  return isSipWord(text, lower, start, end, lexicon.flags(lower, start, end));
}

function isForeignWord(text: string, lower: string, start: number, end: number, flags: number): boolean {
  // The scheme of a link (`https://status.example.com/...`) says where a page is, not what failed.
  if ((flags & FOREIGN) !== 0) return !lower.startsWith('://', end);
  if (end - start >= 5 && (lower.startsWith('http/', start) || lower.startsWith('rtsp/', start))) return true;
  return (flags & FOREIGN_UPPER_ONLY) !== 0 && isUpperSpan(text, start, end);
}

/** Whether the word [start, end) and the next word of its list form a two-word role ("far end"). */
function isPair(lower: string, start: number, end: number, next: Span | undefined): boolean {
  if (next === undefined || next.start < 0) return false;
  return sipRolePairs.has(`${lower.slice(start, end)} ${lower.slice(next.start, next.end)}`);
}

const NONE = 0;
const SIP = 1;
const FOREIGN_WORD = 2;

/**
 * A compound that joins a foreign protocol's name and no SIP word with hyphens (`REST-API`,
 * `ingress-nginx`, `http-client`) is foreign.
 */
function foreignCompound(text: string, lower: string, start: number, end: number): boolean {
  let foreign = false;
  for (let from = start; from < end; ) {
    let to = from;
    while (to < end && lower.charCodeAt(to) !== 45) to++;
    if (to > from) {
      const flags = lexicon.flags(lower, from, to);
      if (isSipWord(text, lower, from, to, flags)) return false;
      foreign ||= isForeignWord(text, lower, from, to, flags);
    }
    from = to + 1;
  }
  return foreign;
}

function kindOf(text: string, lower: string, word: Span, flags: number, next: Span | undefined): number {
  const { start, end } = word;
  // A segment of a path (`POST /v1/Account/{id}/Call/`) names a resource, not who answered.
  if (lower.charCodeAt(start - 1) === 47) return NONE;
  // "not SIP, the proxies are fine", "unrelated to SIP": a disclaimer says the number is some other
  // protocol's.
  if (isSipWord(text, lower, start, end, flags))
    return end - start === 3 && lower.startsWith('sip', start) && disclaimsSip(lower, start)
      ? FOREIGN_WORD
      : SIP;
  if ((flags & PAIR_START) !== 0 && isPair(lower, start, end, next)) return SIP;
  if (isForeignWord(text, lower, start, end, flags)) return FOREIGN_WORD;
  return flags === 0 && hasHyphen(lower, start, end) && foreignCompound(text, lower, start, end)
    ? FOREIGN_WORD
    : NONE;
}

/** "not", "unrelated to", "nothing to do with" right before the word SIP at `start`. */
function disclaimsSip(lower: string, start: number): boolean {
  return (
    lower.startsWith('not ', start - 4) ||
    lower.startsWith('unrelated to ', start - 13) ||
    lower.startsWith('nothing to do with ', start - 19)
  );
}

function hasHyphen(lower: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (lower.charCodeAt(i) === 45) return true;
  return false;
}

/** Which marker is nearest the number: SIP, foreign (nearer than any SIP marker), or none. */
export type Nearest = 'sip' | 'foreign' | 'none';

const WINDOW = 90;
const WORDS = 14;

/**
 * Every word `nearestMarker` can take for a marker, found as a plain substring of the lowercased
 * line: wherever a marker word lies, whole or cut at the window's edge, a match overlaps it.
 */
const markerSubstring = new RegExp(
  [
    ...sipRoles,
    ...methodsAnyCase,
    ...methodsUpperOnly,
    ...foreignProtocols,
    ...foreignUpperOnly,
    ...[...sipRolePairs].map((pair) => pair.split(' ')[0] as string),
    'sip/',
    'sip:',
    'http/',
    'rtsp/',
  ]
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Lines at least this long are searched once for marker words, so numbers far from any skip the walk. */
const LONG_LINE = 1024;

/**
 * Where marker words may lie on one long line, found with one native search: on a line of thousands of
 * numbers (a pasted pattern, a dump), `nearestMarker` walks 28 words per number; a number whose window
 * overlaps no match has no marker, and costs a binary search instead.
 */
export class MarkerSpots {
  private lower: string | undefined;
  private starts: number[] = [];
  private ends: number[] = [];

  /** Whether no marker word can lie in `nearestMarker`'s window for the number at `offset` of `line`. */
  clearAround(lower: string, line: Line, offset: number): boolean {
    if (line.end - line.start < LONG_LINE) return false;
    if (this.lower !== lower) this.index(lower);
    const floor = Math.max(line.start, offset - WINDOW);
    const ceiling = Math.min(line.end, offset + 3 + WINDOW);
    // The first match that ends after the floor: matches do not overlap, so ends increase with starts.
    let low = 0;
    let high = this.ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.ends[mid] as number) > floor) high = mid;
      else low = mid + 1;
    }
    return low === this.starts.length || (this.starts[low] as number) >= ceiling;
  }

  private index(lower: string): void {
    this.lower = lower;
    this.starts = [];
    this.ends = [];
    markerSubstring.lastIndex = 0;
    for (let match = markerSubstring.exec(lower); match !== null; match = markerSubstring.exec(lower)) {
      this.starts.push(match.index);
      this.ends.push(match.index + match[0].length);
    }
  }
}

/** Reusable word bounds for `nearestMarker`; one per message scan. */
export class MarkerScratch {
  readonly before = new Span();
  readonly nearerBefore = new Span();
  readonly after = new Span();
  readonly peek = new Span();
  /** Whether the marker the last `nearestMarker` found stands after the number. */
  foundAfter = false;
}

/**
 * The marker nearest the number at `offset` among up to 14 words on each side within 90 characters
 * of its line, by distance from the number to the word start. A SIP marker wins a tie. Reads words
 * outwards from the number and stops at the first marker. Words after the number are read from
 * `afterFrom` on, to pass over its reason phrase ("504 Gateway Timeout" names no gateway).
 */
export function nearestMarker(
  text: string,
  lower: string,
  line: Line,
  offset: number,
  s: MarkerScratch,
  afterFrom = offset + 3,
): Nearest {
  const floor = Math.max(line.start, offset - WINDOW);
  const ceiling = Math.min(line.end, offset + 3 + WINDOW);
  const { before, nearerBefore, after, peek } = s;
  let beforeCount = wordBefore(lower, offset, floor, before).start >= 0 ? 1 : 0;
  let afterCount = wordAfter(lower, afterFrom, ceiling, after).start >= 0 ? 1 : 0;
  nearerBefore.start = -1;
  s.foundAfter = false;
  while (before.start >= 0 || after.start >= 0) {
    const toBefore = before.start >= 0 ? offset - before.start : Number.POSITIVE_INFINITY;
    const toAfter = after.start >= 0 ? after.start - offset : Number.POSITIVE_INFINITY;
    let kind = NONE;
    if (toBefore <= toAfter) {
      // In the words before the number, the word after this one is the one read just before.
      const flags = lexicon.flags(lower, before.start, before.end);
      kind = kindOf(text, lower, before, flags, nearerBefore.start >= 0 ? nearerBefore : undefined);
    }
    if (kind !== SIP && toAfter <= toBefore) {
      const flags = lexicon.flags(lower, after.start, after.end);
      let next: Span | undefined;
      if (afterCount < WORDS && (flags & PAIR_START) !== 0)
        next = wordAfter(lower, after.next, ceiling, peek);
      const afterKind = kindOf(text, lower, after, flags, next);
      if (afterKind !== NONE) {
        kind = afterKind;
        s.foundAfter = true;
      }
    }
    if (kind === SIP) return 'sip';
    if (kind === FOREIGN_WORD) return 'foreign';
    if (toBefore <= toAfter) {
      nearerBefore.start = before.start;
      nearerBefore.end = before.end;
      if (beforeCount < WORDS && wordBefore(lower, before.next, floor, before).start >= 0) beforeCount++;
      else before.start = -1;
    }
    if (toAfter <= toBefore) {
      if (afterCount < WORDS && wordAfter(lower, after.next, ceiling, after).start >= 0) afterCount++;
      else after.start = -1;
    }
  }
  return 'none';
}

/**
 * Whether one of the two words from `from` on names a foreign protocol, with no SIP word before it:
 * the source a reason phrase is given ("502 Bad Gateway from nginx", "504 Gateway Timeout da CloudFront").
 */
export function foreignRightAfter(
  text: string,
  lower: string,
  line: Line,
  from: number,
  s: MarkerScratch,
): boolean {
  const ceiling = Math.min(line.end, from + 40);
  let word = wordAfter(lower, from, ceiling, s.after);
  for (let n = 0; n < 2 && word.start >= 0; n++) {
    const kind = kindOf(text, lower, word, lexicon.flags(lower, word.start, word.end), undefined);
    if (kind !== NONE) return kind === FOREIGN_WORD;
    word = wordAfter(lower, word.next, ceiling, s.after);
  }
  return false;
}
