import { isAlnumCode, isDigitCode, type Line, type Word, wordsAfter, wordsBefore } from './text-scan.js';
import {
  codeNouns,
  countNouns,
  followers,
  foreignProtocols,
  foreignUpperOnly,
  idNouns,
  introducers,
  methodsAnyCase,
  methodsUpperOnly,
  quantityBefore,
  responseVerbs,
  sipRolePairs,
  sipRoles,
  strongFollowers,
} from './vocabulary.js';

/**
 * The prose rules: what the words around a number say about it. A number is a response code in
 * prose when a SIP role or method is near, something introduces it as a response ("gets a", "returns",
 * "SIP"), and what follows is not a unit or a noun it counts ("503 from the carrier", not "200 users").
 */

const WINDOW = 90;

/** Whether a token names SIP (a method in the right case, a role, SIP itself). */
function isSipWord(w: Word, text: string): boolean {
  if (sipRoles.has(w.word) || methodsAnyCase.has(w.word)) return true;
  if (methodsUpperOnly.has(w.word)) {
    const original = text.slice(w.start, w.start + w.word.length);
    return original === original.toUpperCase();
  }
  return w.word.startsWith('sip/') || w.word.startsWith('sip:');
}

function isForeignWord(w: Word, text: string): boolean {
  if (foreignProtocols.has(w.word) || w.word.startsWith('http/') || w.word.startsWith('rtsp/')) return true;
  if (foreignUpperOnly.has(w.word)) {
    const original = text.slice(w.start, w.start + w.word.length);
    return original === original.toUpperCase();
  }
  return false;
}

const pairStarts = new Set([...sipRolePairs].map((pair) => pair.split(' ')[0] as string));

/** Whether a word and the word after it in the text form a two-word SIP role ("far end"). */
function pairWith(w: Word, ...neighbours: Array<Word | undefined>): boolean {
  return neighbours.some(
    (o) => o !== undefined && o.start > w.start && sipRolePairs.has(`${w.word} ${o.word}`),
  );
}

/** The protocol the nearest marker around `offset` on its line names. */
export interface Surroundings {
  sipNear: boolean;
  /** An HTTP/STUN/RTSP/SMTP marker is nearer than any SIP marker. */
  foreign: boolean;
}

export function surroundings(text: string, lower: string, line: Line, offset: number): Surroundings {
  const before = wordsBefore(lower, offset, line.start, 14, WINDOW);
  const after = wordsAfter(lower, offset + 3, line.end, 14, WINDOW);
  let sipDistance = Number.POSITIVE_INFINITY;
  let foreignDistance = Number.POSITIVE_INFINITY;
  const visit = (list: Word[]): void => {
    for (let n = 0; n < list.length; n++) {
      const w = list[n] as Word;
      const distance = Math.abs(w.start - offset);
      if (isSipWord(w, text) || (pairStarts.has(w.word) && pairWith(w, list[n + 1], list[n - 1])))
        sipDistance = Math.min(sipDistance, distance);
      else if (isForeignWord(w, text)) foreignDistance = Math.min(foreignDistance, distance);
    }
  };
  visit(before);
  visit(after);
  return {
    sipNear: sipDistance !== Number.POSITIVE_INFINITY,
    foreign: foreignDistance < sipDistance,
  };
}

/** What comes right after the three digits. */
export interface Tail {
  plural: boolean;
  /** The next word, '' when punctuation, a line end or the text end follows. */
  next: string;
  /** Another group of digits follows, as in a phone number "486 1234". */
  digitsFollow: boolean;
}

export function tailAfter(lower: string, offset: number, line: Line): Tail {
  let i = offset + 3;
  const plural = lower.charCodeAt(i) === 115 && !isAlnumCode(lower.charCodeAt(i + 1));
  if (plural) i++;
  const gapStart = i;
  while (i < line.end && ' \t*_~`"\')'.includes(lower.charAt(i)) && i - gapStart < 6) i++;
  const digitsFollow =
    (i - gapStart === 1 && isDigitCode(lower.charCodeAt(i))) ||
    (lower.charAt(gapStart) === '-' && isDigitCode(lower.charCodeAt(gapStart + 1)));
  const words = wordsAfter(lower, i, line.end, 1, 30);
  const first = words[0];
  const next = first && first.start === i ? first.word : '';
  return { plural, next, digitsFollow };
}

/** A noun that counts ("200 users") or measures ("180 seconds") follows the number. */
export function countFollows(tail: Tail): boolean {
  return !tail.plural && countNouns.has(tail.next);
}

/** "extension 486", "ticket 503", "port 600", "+44 20 7946 0958"-like groupings. */
export function identifierBefore(lower: string, offset: number, line: Line): boolean {
  const prev = wordsBefore(lower, offset, line.start, 1, 24)[0];
  if (prev === undefined) return false;
  if (idNouns.has(prev.word) || prev.word.endsWith('#')) return true;
  const c = lower.charCodeAt(offset - 1);
  if (c === 35) return true;
  // A digit group right before, separated by one space: phone numbers, dates, sizes.
  return c === 32 && isDigitCode(lower.charCodeAt(offset - 2)) && /^[+\d()]/.test(prev.word);
}

export interface ContextVerdict {
  accepted: boolean;
  /** "SIP 486", "SIP error 503": SIP itself introduces the number. */
  strong: boolean;
  /** Nothing rules the number out; a neighbouring code in a list may still vouch for it. */
  listable: boolean;
}

const isFollower = (word: string): boolean => word === '' || followers.has(word);

/** Judges a number by the prose around it. `messageIsSip` says whether the whole message speaks SIP. */
export function judgeProse(
  text: string,
  lower: string,
  line: Line,
  offset: number,
  tail: Tail,
  around: () => Surroundings,
  messageIsSip: () => boolean,
): ContextVerdict {
  const reject = { accepted: false, strong: false, listable: false };
  if (tail.digitsFollow || countFollows(tail)) return reject;
  const prev = wordsBefore(lower, offset, line.start, 3, 48);
  const p1 = prev[0]?.word;
  const p2 = prev[1]?.word;
  const p3 = prev[2]?.word;
  const mark = previousMark(lower, offset, line.start);
  const nextToPrev = prev[0] !== undefined && mark === -2 && adjacent(lower, prev[0], offset);
  if (p1 !== undefined && nextToPrev) {
    if (quantityBefore.has(p1)) return reject;
    // "trunk 101", "carrier 2": a role right before a number names an instance of it.
    if (p1 !== 'sip' && sipRoles.has(p1)) return reject;
  }
  if (
    tail.plural &&
    (tail.next === '' || countNouns.has(tail.next)) &&
    p1 !== undefined &&
    !introducers.has(p1)
  )
    return reject;
  const strong =
    p1 === 'sip' ||
    (p1 !== undefined &&
      codeNouns.has(p1) &&
      (p2 === 'sip' || (p2 !== undefined && codeNouns.has(p2) && p3 === 'sip'))) ||
    (p1 !== undefined && codeNouns.has(p1) && (p2 === 'final' || p2 === 'provisional')) ||
    (p1 === 'code' && p2 === 'reply') ||
    (p1?.endsWith('_reply') && nextToPrev) ||
    mark === 62;
  const clauseStart = mark === -1 || mark === 58 || mark === 40 || mark === 91;
  const verb =
    nextToPrev &&
    p1 !== undefined &&
    (responseVerbs.has(p1) ||
      (p2 !== undefined && responseVerbs.has(p2) && isSipWord(prev[0] as Word, text)));
  const introduced = verb || (nextToPrev && p1 !== undefined && introducers.has(p1)) || clauseStart;
  const follows = isFollower(tail.next) || tail.plural;
  const anchored = strongFollowers.has(tail.next);
  const listable = !(tail.plural && !introduced);
  // Cheap rejections first: only now look at the words around for SIP and foreign protocols.
  if (!strong && !verb && !(introduced && follows) && !anchored)
    return { accepted: false, strong: false, listable };
  const surround = around();
  if (surround.foreign) return reject;
  if (strong) return { accepted: true, strong: true, listable: true };
  if (surround.sipNear) {
    if (verb) return { accepted: true, strong: false, listable };
    if (introduced && follows) return { accepted: true, strong: false, listable };
    if (anchored) return { accepted: true, strong: false, listable };
    return { accepted: false, strong: false, listable };
  }
  const accepted = messageIsSip() && follows && (verb || (introduced && (mark !== -1 || anchored)));
  return { accepted, strong: false, listable };
}

/** Only spaces, quotes or markup between the introducing word and the number. */
function adjacent(lower: string, word: Word, offset: number): boolean {
  for (let i = word.start + word.word.length; i < offset; i++) {
    if (!' \t*_~`"\''.includes(lower.charAt(i))) return false;
  }
  return true;
}

/**
 * The punctuation right before the number, skipping spaces and markup: -1 at a clause start (line
 * start, a bullet, the end of a Slack link), -2 when a word comes first, else the character code.
 * An arrow ("BYE -> 481") is reported as 62.
 */
function previousMark(lower: string, offset: number, lineStart: number): number {
  for (let i = offset - 1; i >= lineStart && offset - i < 12; i--) {
    const c = lower.charCodeAt(i);
    if (c === 32 || c === 9 || c === 42 || c === 95 || c === 126 || c === 96 || c === 34 || c === 39)
      continue;
    if (c === 62) {
      const before = lower.charCodeAt(i - 1);
      if (before === 45 || before === 61) return 62;
      return -1;
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
