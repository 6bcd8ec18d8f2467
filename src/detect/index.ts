import type { Catalogue } from '../catalogue/index.js';
import { findCauses } from './causes.js';
import { type EvidenceKind, judge, standing } from './evidence.js';
import { vouchForListed } from './lists.js';
import { buildPhraseIndex } from './phrases.js';
import { DetectorMemo, MessageScan } from './scan.js';
import { type Line, LineCursor, lowerKeepingOffsets, snippetAt } from './text-scan.js';

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

/** A number of three digits, 100 to 699, that is not part of a longer run of digits. */
const candidate = /(?<!\d)[1-6]\d\d(?!\d)/g;

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
  return (input: string): Detection => {
    const text = typeof input === 'string' ? input : String(input ?? '');
    return detect(text, memo);
  };
}

interface Found {
  code: number;
  offset: number;
  evidence: EvidenceKind | undefined;
  line: Line;
}

function detect(text: string, memo: DetectorMemo): Detection {
  const lower = lowerKeepingOffsets(text);
  const lines = new LineCursor(lower);
  const causes: DetectedCause[] = [];
  const causeOffsets: number[] = [];
  for (const found of findCauses(text, lower)) {
    causeOffsets.push(found.offset);
    causes.push({ ...found, snippet: snippetAt(text, lower, lines.at(found.offset), found.offset) });
  }

  const scan = new MessageScan(text, lower, memo);
  const found: Found[] = [];
  const lineCursor = new LineCursor(lower);
  let nextCause = 0;
  candidate.lastIndex = 0;
  while (candidate.test(text)) {
    const offset = candidate.lastIndex - 3;
    // Causes come sorted by offset, as numbers do: skip the numbers already taken as causes.
    while (nextCause < causeOffsets.length && (causeOffsets[nextCause] as number) < offset) nextCause++;
    if (causeOffsets[nextCause] === offset) continue;
    const place = standing(text, offset);
    if (place === 'embedded') continue;
    const code =
      (text.charCodeAt(offset) - 48) * 100 +
      (text.charCodeAt(offset + 1) - 48) * 10 +
      (text.charCodeAt(offset + 2) - 48);
    const line = lineCursor.at(offset);
    const judgement = judge(scan, code, offset, line, place);
    if (judgement !== undefined) found.push({ code, offset, evidence: judgement.evidence, line });
  }
  vouchForListed(lower, found);

  const codes: DetectedCode[] = [];
  for (const { code, offset, evidence, line } of found) {
    if (evidence === undefined) continue;
    codes.push({
      code,
      evidence,
      offset,
      snippet: snippetAt(text, lower, line, offset),
      registered: memo.known.get(code) ?? false,
    });
  }
  return { codes, causes };
}
