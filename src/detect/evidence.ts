import {
  countFollows,
  identifierBefore,
  judgeProse,
  type Surroundings,
  surroundings,
  tailAfter,
} from './context.js';
import { classifyKey, keyBefore, replyFunctionArgument, sipPrefixedValue, sofiaCallState } from './fields.js';
import { type PhraseIndex, phraseFollows, phrasePrecedes } from './phrases.js';
import {
  followsSipVersion,
  insideLinkOrMention,
  type LineKind,
  lineKind,
  reasonProtocol,
} from './sip-message.js';
import type { DelimitedTables } from './tables.js';
import { isAlnumCode, isDigitCode, type Line } from './text-scan.js';

/** The kinds of evidence, strongest first. Mirrors `Evidence` in index.ts. */
export type EvidenceKind = 'status-line' | 'reason-phrase' | 'reason-header' | 'log-field' | 'sip-context';

/** Everything a rule may need about the message, computed once per message. */
export interface MessageScan {
  text: string;
  lower: string;
  phrases: PhraseIndex;
  known: ReadonlyMap<number, boolean>;
  tables: DelimitedTables;
  lineKinds: Map<number, LineKind>;
  messageIsSip: () => boolean;
}

/** How a number sits among its neighbours: on its own, only as a cell of a comma list, or inside something. */
export type Standing = 'alone' | 'cell' | 'embedded';

const joiners = '.,:/-';

/**
 * Whether the digits at `offset` stand alone: not part of a longer number, a version, an IP address, a
 * decimal, a time, a `file.c:415` line number, an identifier like `OPS-486` or `v486`, or a size like
 * `486ms`. `503s` is allowed. Digits joined to others only by commas may still be a CSV cell.
 */
export function standing(text: string, offset: number): Standing {
  let cell = false;
  const before = text.charCodeAt(offset - 1);
  if (offset > 0) {
    if (isAlnumCode(before) || before === 35 || before === 36 || before === 8364 || before === 163)
      return 'embedded';
    if (joiners.includes(text.charAt(offset - 1))) {
      const twoBack = text.charCodeAt(offset - 2);
      if (isDigitCode(twoBack)) {
        if (before !== 44) return 'embedded';
        cell = true;
      }
      if ((before === 45 || before === 46) && isAlnumCode(twoBack)) return 'embedded';
      if (before === 58 && /\.[a-z]{1,4}$/i.test(text.slice(Math.max(0, offset - 6), offset - 1)))
        return 'embedded';
    }
  }
  const after = text.charCodeAt(offset + 3);
  if (after === 115 && !isAlnumCode(text.charCodeAt(offset + 4))) return cell ? 'cell' : 'alone';
  if (isAlnumCode(after) || after === 37 || after === 64) return 'embedded';
  if (joiners.includes(text.charAt(offset + 3)) && isDigitCode(text.charCodeAt(offset + 4))) {
    if (after !== 44) return 'embedded';
    cell = true;
  }
  return cell ? 'cell' : 'alone';
}

/** Decides what, if anything, makes the number at `offset` a SIP response code. */
export function judge(
  scan: MessageScan,
  code: number,
  offset: number,
  line: Line,
  place: Standing,
): Judgement | undefined {
  const { text, lower } = scan;
  if (place === 'cell') {
    const column = scan.tables.columnKind(offset, line);
    if (column === 'sip-status') return found('log-field');
    if (column === 'status' && scan.known.has(code) && scan.messageIsSip()) return found('log-field');
    return undefined;
  }
  if (insideLinkOrMention(lower, offset, line.start)) return undefined;
  if (followsSipVersion(lower, offset)) return found('status-line');

  let kind = scan.lineKinds.get(line.start);
  if (kind === undefined) {
    kind = lineKind(lower, line);
    scan.lineKinds.set(line.start, kind);
  }
  if (kind === 'sdp') return undefined;
  const protocol = reasonProtocol(lower, offset, line.start);
  if (protocol === 'sip') return found('reason-header');
  if (protocol === 'q850' || kind === 'header' || kind === 'reason') return undefined;

  const known = scan.known.has(code);
  const tail = tailAfter(lower, offset, line);
  let around: Surroundings | undefined;
  const getAround = (): Surroundings => {
    around ??= surroundings(text, lower, line, offset);
    return around;
  };
  const sipFavoured = (): boolean => !getAround().foreign && (getAround().sipNear || scan.messageIsSip());

  if (sipPrefixedValue(lower, offset, line.start)) return found('log-field');
  if (sofiaCallState(lower, offset, line.start)) return found('log-field');
  if (replyFunctionArgument(lower, offset, line.start)) return found('log-field');

  const key = keyBefore(text, offset, line.start);
  if (key !== undefined) {
    const keyKind = classifyKey(key.name);
    if (keyKind === 'sip-status') return found('log-field');
    if (keyKind === 'header' || keyKind === 'cause' || keyKind === 'foreign') return undefined;
    if (keyKind === 'status' && known && !countFollows(tail) && sipFavoured()) return found('log-field');
    // A value of some other field (`"duration": 486`, `max_channels=300`) is that field's value.
    if (key.identifier) return undefined;
  }
  const column = scan.tables.columnKind(offset, line);
  if (column === 'sip-status') return found('log-field');
  if (column === 'status' && known && sipFavoured()) return found('log-field');
  if (column !== undefined) return undefined;

  if (identifierBefore(lower, offset, line)) return undefined;
  if (phraseFollows(scan.phrases, code, lower, offset + 3) && !getAround().foreign)
    return found('reason-phrase');
  if (phrasePrecedes(scan.phrases, code, lower, offset) && !countFollows(tail) && !getAround().foreign)
    return found('reason-phrase');

  const verdict = judgeProse(text, lower, line, offset, tail, getAround, scan.messageIsSip);
  if (verdict.accepted && (verdict.strong || known)) return found('sip-context');
  return verdict.listable && known ? { evidence: undefined, listable: true } : undefined;
}

/** A rule's answer: the evidence found, or none yet but a list neighbour may vouch for the number. */
export interface Judgement {
  evidence: EvidenceKind | undefined;
  listable: boolean;
}

const found = (evidence: EvidenceKind): Judgement => ({ evidence, listable: true });
