import type { Catalogue } from '../catalogue/index.js';
import { CauseNames, findCauses, mappedCodeOffset, mappingCodeOffset } from './causes.js';
import { afterPlaceCodes } from './context.js';
import { type EvidenceKind, judge, judgeCell, judgeStatusLine, standing } from './evidence.js';
import { vouchForCodeLists, vouchForListed, vouchForRepeated } from './lists.js';
import { buildPhraseIndex } from './phrases.js';
import { DetectorMemo, MessageScan } from './scan.js';
import { isAlnumCode, isDigitCode, type Line, LineCursor, pieceLowerer, snippetAt } from './text-scan.js';

/** What made a number count as a SIP response code. */
export type Evidence = 'status-line' | 'reason-phrase' | 'reason-header' | 'log-field' | 'sip-context';

/** One occurrence of a response code in the text. `text.slice(offset, offset + 3) === String(code)`. */
export interface DetectedCode {
  code: number;
  evidence: Evidence;
  offset: number;
  /** A one-line excerpt of at most 80 characters around the code. */
  snippet: string;
  /** Whether the catalogue lists the code as IANA-registered. */
  registered: boolean;
}

/** A Q.850 cause value mentioned as such; `offset` is that of its first digit. */
export interface DetectedCause {
  cause: number;
  offset: number;
  snippet: string;
}

export interface Detection {
  codes: DetectedCode[];
  causes: DetectedCause[];
}

export type Detector = (text: string) => Detection;

/**
 * A number of three digits, 100 to 699, that is not part of a longer run of digits. `\b` before it
 * also skips digits right after a letter or `_` (`v486`, `x_486`), which `standing` calls embedded
 * anyway; it is much cheaper than a lookbehind on digit-heavy text.
 */
const candidate = /\b[1-6]\d\d(?!\d)/g;

/**
 * Builds a detector over the catalogue's reason phrases and aliases. The detector finds the SIP response
 * codes used as such in chat text, logs and traces, and the Q.850 cause values mentioned as such.
 * It stays linear in the input length. It does not catch errors: a rule that throws is a bug to see,
 * and the bot catches errors at its boundary.
 *
 * @example
 * const detect = createDetector(loadCatalogue());
 * detect('INVITE gets a 407 from the trunk').codes[0]; // { code: 407, evidence: 'sip-context', ... }
 */
export function createDetector(catalogue: Catalogue): Detector {
  const known = new Map(catalogue.codes.map((c) => [c.code, c.registered] as const));
  const memo = new DetectorMemo(buildPhraseIndex(catalogue), known);
  const causeNames = new CauseNames(catalogue.q850);
  return (input: string): Detection => {
    const text = typeof input === 'string' ? input : String(input ?? '');
    return detect(text, memo, causeNames);
  };
}

/** Three digits 100-699 at `at`, the first a 1-6. */
function codeAt(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (
    first < 49 ||
    first > 54 ||
    !isDigitCode(text.charCodeAt(at + 1)) ||
    !isDigitCode(text.charCodeAt(at + 2))
  )
    return -1;
  return (first - 48) * 100 + (text.charCodeAt(at + 1) - 48) * 10 + (text.charCodeAt(at + 2) - 48);
}

/** Where a reply counter's name may be: `_replies` or `replies_` (one regex beats two `indexOf` here). */
const repliesWord = /_replies|replies_/g;

/**
 * Kamailio's and OpenSIPS's reply counters, named after the code they count: `sl:200_replies`,
 * `core:rcv_replies_401`. The digits sit inside a name, where the candidate search does not take
 * them. Returns whether any was added to `found`.
 */
function replyCounters(text: string, found: Found[], lines: LineCursor): boolean {
  let added = false;
  const add = (code: number, offset: number): void => {
    found.push({ code, offset, evidence: 'log-field', line: lines.at(offset) });
    added = true;
  };
  repliesWord.lastIndex = 0;
  for (let match = repliesWord.exec(text); match !== null; match = repliesWord.exec(text)) {
    const at = match.index;
    // `replies_` starts one character later when the match is `_replies`.
    let suffixed = at;
    if (text.charCodeAt(at) === 95) {
      const code = codeAt(text, at - 3);
      const before = text.charCodeAt(at - 4);
      // A name part of its own: `sl:200_replies`, `tm_200_replies`, not `x200_replies`.
      if (code >= 0 && !isAlnumCode(text.charCodeAt(at + 8)) && (before === 95 || !isAlnumCode(before)))
        add(code, at - 3);
      suffixed = at + 1;
    }
    if (text.charCodeAt(suffixed + 7) === 95) {
      const code = codeAt(text, suffixed + 8);
      if (code >= 0 && !isAlnumCode(text.charCodeAt(suffixed + 11))) add(code, suffixed + 8);
    }
    repliesWord.lastIndex = suffixed + 8;
  }
  return added;
}

interface Found {
  code: number;
  offset: number;
  evidence: EvidenceKind | undefined;
  line: Line;
}

/**
 * One pass of the candidate regex over the text. Numbers on SDP and header lines and right after
 * `SIP/2.0` are settled from the text itself; a line is lowercased, alone, only when a number on it
 * needs the other rules (snippets only look at whitespace, so they read the text itself).
 */
function detect(text: string, memo: DetectorMemo, causeNames: CauseNames): Detection {
  const lowerPiece = pieceLowerer(text);
  const lines = new LineCursor(text);
  const causes: DetectedCause[] = [];
  const causeOffsets: number[] = [];
  // Codes a cause is mapped to or from ("maps cause 34 to 503", "503 → cause 34"), sorted below.
  const mappedOffsets: number[] = [];
  for (const { cause, offset } of findCauses(text, lowerPiece, causeNames)) {
    causeOffsets.push(offset);
    let digitsEnd = offset;
    while (isDigitCode(text.charCodeAt(digitsEnd))) digitsEnd++;
    const mapped = mappedCodeOffset(text, digitsEnd);
    if (mapped >= 0) mappedOffsets.push(mapped);
    const mapping = mappingCodeOffset(text, offset);
    if (mapping >= 0) mappedOffsets.push(mapping);
    causes.push({ cause, offset, snippet: snippetAt(text, text, lines.at(offset), offset) });
  }

  // A code mapped from one cause may lie after the code mapped to the next ("cause 17 -> 486, 503 -> cause 34").
  mappedOffsets.sort((a, b) => a - b);
  const scan = new MessageScan(text, memo, lowerPiece);
  const found: Found[] = [];
  // Numbers in status fields that only SIP evidence later in the message can make codes.
  const undecided: Found[] = [];
  const lineCursor = new LineCursor(text);
  let nextCause = 0;
  let nextMapped = 0;
  candidate.lastIndex = 0;
  while (candidate.test(text)) {
    const offset = candidate.lastIndex - 3;
    // Causes come sorted by offset, as numbers do: skip the numbers already taken as causes.
    while (nextCause < causeOffsets.length && (causeOffsets[nextCause] as number) < offset) nextCause++;
    if (causeOffsets[nextCause] === offset) continue;
    const place = standing(text, offset);
    if (place === 'embedded') continue;
    const code = codeAt(text, offset);
    const line = lineCursor.at(offset);
    while (nextMapped < mappedOffsets.length && (mappedOffsets[nextMapped] as number) < offset) nextMapped++;
    if (mappedOffsets[nextMapped] === offset && memo.known.get(code) === true) {
      found.push({ code, offset, evidence: 'sip-context', line });
      continue;
    }
    if (place === 'alone' && scan.ruledOutByLine(offset, line)) {
      scan.usedOtherwise.add(code);
      continue;
    }
    const judgement =
      place === 'cell'
        ? judgeCell(scan, code, offset, line)
        : (judgeStatusLine(text, offset, line) ?? judge(scan, code, offset - scan.enter(line), scan.line));
    if (judgement === undefined) {
      if (scan.undecidedAt === offset) undecided.push({ code, offset, evidence: 'log-field', line });
      continue;
    }
    found.push({ code, offset, evidence: judgement.evidence, line });
    if (judgement.evidence !== undefined) scan.lastAccepted = offset;
    if (judgement.evidence !== undefined && judgement.evidence !== 'sip-context') scan.sipEvidence = true;
  }
  const decided = scan.sipEvidence && undecided.length > 0;
  if (decided) found.push(...undecided);
  if (replyCounters(text, found, lineCursor) || decided) found.sort((a, b) => a.offset - b.offset);
  vouchForRepeated(text, found);
  vouchForListed(text, lowerPiece, memo.phrases, found);
  const listLines = new LineCursor(text);
  vouchForCodeLists(
    text,
    lowerPiece,
    found,
    (code) => memo.known.get(code) === true,
    (offset, sipOnly) => {
      if (!sipOnly && !scan.messageIsSip()) return false;
      const local = offset - scan.enter(listLines.at(offset));
      // "NANP area codes: 480 (AZ), 503 (OR), 603 (NH)" lists places.
      if (afterPlaceCodes(scan.lower, local, scan.line.start, false)) return false;
      return scan.nearest(scan.line, local) !== 'foreign';
    },
  );

  const codes: DetectedCode[] = [];
  for (const { code, offset, evidence, line } of found) {
    if (evidence === undefined) continue;
    codes.push({
      code,
      evidence,
      offset,
      snippet: snippetAt(text, text, line, offset),
      registered: memo.known.get(code) ?? false,
    });
  }
  return { codes, causes };
}
