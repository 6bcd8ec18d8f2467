import type { Catalogue } from '../catalogue/index.js';
import { findCauses } from './causes.js';
import { type EvidenceKind, judge, type MessageScan, standing } from './evidence.js';
import { vouchForListed } from './lists.js';
import { buildPhraseIndex } from './phrases.js';
import { DelimitedTables } from './tables.js';
import { LineCursor, lowerKeepingOffsets, snippetAt } from './text-scan.js';

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

/** Anything that makes the whole message about SIP, for prose that names no role next to the number. */
const sipMessageMarker =
  /\bsip\b|sip\/2\.0|\b(?:INVITE|REGISTER|BYE|CANCEL|OPTIONS|PRACK|SUBSCRIBE|NOTIFY|REFER)\b|\b(?:trunk|carrier|pbx|sbc|asterisk|freeswitch|kamailio|opensips|voip|troncal|operadora)|call[-_]?id/i;

const candidate = /(?<!\d)[1-6]\d\d(?!\d)/g;

/**
 * Builds a detector over the catalogue's reason phrases and aliases. The detector finds the SIP response
 * codes used as such in chat text, logs and traces, and the Q.850 cause values mentioned as such.
 * It never throws and stays linear in the input length.
 *
 * @example
 * const detect = createDetector(loadCatalogue());
 * detect('INVITE gets a 407 from the trunk').codes[0]; // { code: 407, evidence: 'sip-context', ... }
 */
export function createDetector(catalogue: Catalogue): Detector {
  const phrases = buildPhraseIndex(catalogue);
  const known = new Map(catalogue.codes.map((c) => [c.code, c.registered] as const));
  return (input: string): Detection => {
    const text = typeof input === 'string' ? input : String(input ?? '');
    try {
      return detect(text, phrases, known);
    } catch {
      // A bug in a rule must never cost the chat message; report nothing rather than throw.
      return { codes: [], causes: [] };
    }
  };
}

function detect(text: string, phrases: MessageScan['phrases'], known: MessageScan['known']): Detection {
  const lower = lowerKeepingOffsets(text);
  const lines = new LineCursor(text);
  const causes: DetectedCause[] = [];
  const causeOffsets = new Set<number>();
  for (const found of findCauses(text, lower)) {
    causeOffsets.add(found.offset);
    causes.push({ ...found, snippet: snippetAt(text, lines.at(found.offset), found.offset) });
  }

  let isSip: boolean | undefined;
  const scan: MessageScan = {
    text,
    lower,
    phrases,
    known,
    tables: new DelimitedTables(text),
    lineKinds: new Map(),
    messageIsSip: () => {
      isSip ??= sipMessageMarker.test(text);
      return isSip;
    },
  };

  const found: Array<{ code: number; offset: number; evidence: EvidenceKind | undefined }> = [];
  const lineCursor = new LineCursor(text);
  const finder = new RegExp(candidate.source, 'g');
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    const offset = m.index;
    if (causeOffsets.has(offset)) continue;
    const place = standing(text, offset);
    if (place === 'embedded') continue;
    const code = Number(m[0]);
    const judgement = judge(scan, code, offset, lineCursor.at(offset), place);
    if (judgement?.evidence !== undefined || judgement?.listable)
      found.push({ code, offset, evidence: judgement.evidence });
  }
  vouchForListed(lower, found);

  const codes: DetectedCode[] = [];
  const snippetLines = new LineCursor(text);
  for (const { code, offset, evidence } of found) {
    if (evidence === undefined) continue;
    codes.push({
      code,
      evidence,
      offset,
      snippet: snippetAt(text, snippetLines.at(offset), offset),
      registered: known.get(code) ?? false,
    });
  }
  return { codes, causes };
}
