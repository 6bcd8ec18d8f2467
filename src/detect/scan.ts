import { AlignedTables } from './aligned-tables.js';
import { labelsCodeRow } from './code-rows.js';
import { readTail, Tail } from './context.js';
import { classifyKey, type KeyKind } from './fields.js';
import { foreignRightAfter, MarkerScratch, MarkerSpots, type Nearest, nearestMarker } from './markers.js';
import type { PhraseIndex } from './phrases.js';
import { type LineKind, lineKind, lineKindOfText, surelyNoCodeOnLine } from './sip-message.js';
import { DelimitedTables } from './tables.js';
import { isAlnumCode, type Line, Span } from './text-scan.js';

/**
 * Anything that makes the whole message about SIP, for prose that names no role next to the number:
 * SIP, its methods, trunks and carriers, the servers, and STIR/SHAKEN (which signs SIP calls only).
 */
const sipMessageMarker =
  /\bsip(?:\b|_)|sip\/2\.0|\b(?:INVITE|REGISTER|BYE|CANCEL|OPTIONS|PRACK|SUBSCRIBE|NOTIFY|REFER)\b|\b(?:trunk|carrier|pbx|sbc|asterisk|freeswitch|kamailio|opensips|pjsip|pjsua|voip|troncal|operadora|dial ?plan|sipp|sngrep|stir|shaken)|call[-_]?id/i;

/** STUN and TURN servers and methods, in a message that does not name SIP (see `aboutStunOrTurn`). */
const stunOrTurn = /\b(?:[Cc]oturn|turnserver|STUN|TURN|ALLOCATE|CREATE_PERMISSION|CHANNEL_BIND)\b/;

/** `sip` in any case, where a SIP status field's name may hold it (`sip.status_code`, `SipCode`). */
const sipWord = /sip/gi;

const isNameChar = (c: number): boolean => isAlnumCode(c) || c === 46;

/** What `replyFunctionArgument` looks for, in any case. */
const replyFunctionWord = /reply|t_chec[k\u212a]_status/i;

/** A line that is a field and its numeric value: `  ongoing: 486`, `Established calls: 30412`. */
const valueLine = /^[ \t]*[A-Za-z][^:=\n]{0,60}[:=][ \t]*\d[\d.,%]*[ \t\r]*$/;
/** A field with a numeric value, then a comma, before a field name: `C:4871, `. */
const listedValueBefore = /[A-Za-z][\w ]{0,30}[:=][ \t]*\d[\d.%]*[ \t]*,[ \t]*$/;
/** A comma, then a field with a numeric value, after a number: `, SL:88.2%`. */
const listedValueAfter = /^[ \t]*,[ \t]*[A-Za-z][\w ]{0,30}[:=][ \t]*\d/;

/** What the detector builds once from the catalogue and shares between messages. */
export class DetectorMemo {
  constructor(
    readonly phrases: PhraseIndex,
    readonly known: ReadonlyMap<number, boolean>,
  ) {}
}

/**
 * Everything a rule may need about one message, each fact computed lazily and at most once: per
 * message (is it about SIP), per line (its kind) and per number (what follows it, the nearest protocol
 * marker). Numbers are judged in increasing offset order, so one slot per fact is enough.
 *
 * The rules read one line at a time: `enter` makes `text` and `lower` that line alone (lowercased only
 * then, never the whole message), and offsets local to it; `base` maps them back.
 */
export class MessageScan {
  readonly tables: DelimitedTables;
  private aligned: AlignedTables | undefined;
  readonly phrases: PhraseIndex;
  readonly known: ReadonlyMap<number, boolean>;
  /** Word bounds the rules reuse instead of allocating. */
  readonly words = [new Span(), new Span(), new Span()] as const;
  /** The entered line, original case, and lowercased with the same offsets. */
  text = '';
  lower = '';
  /** Where the entered line starts in the message. */
  base = -1;
  /** The entered line in local offsets: `{ start: 0, end: length }`. */
  readonly line: Line = { start: 0, end: 0 };
  private absolute: Line = { start: 0, end: 0 };
  private readonly tailSlot = new Tail();
  private readonly markers = new MarkerScratch();
  private readonly spots = new MarkerSpots();
  private isSip: boolean | undefined;
  private kind: LineKind | undefined;
  private markerOffset = -1;
  private textKindLine = -1;
  private textKind: LineKind | undefined;
  private marker: Nearest = 'none';
  private markerAfter = false;

  constructor(
    readonly message: string,
    readonly memo: DetectorMemo,
    private readonly lowerPiece: (piece: string) => string,
  ) {
    this.tables = new DelimitedTables(message);
    this.phrases = memo.phrases;
    this.known = memo.known;
  }

  /** The message offset of the last number given evidence so far, -1 before any. */
  lastAccepted = -1;

  /** Whether the number at local `offset` of the entered line was given evidence (numbers are judged in order). */
  acceptedAt(offset: number): boolean {
    return this.lastAccepted === offset + this.base;
  }

  /** Makes `line` (message offsets) the one the rules read; returns its start, to subtract. */
  enter(line: Line): number {
    if (this.base !== line.start) {
      this.base = line.start;
      this.absolute = line;
      this.text = this.message.slice(line.start, line.end);
      this.lower = this.lowerPiece(this.text);
      this.line.end = line.end - line.start;
      // The kind read from the text, when sure, is the one the lowercased line has.
      this.kind = this.textKindLine === line.start ? this.textKind : undefined;
      this.tailSlot.offset = -1;
      this.markerOffset = -1;
    }
    return this.base;
  }

  /**
   * Whether the number standing alone at `offset` of `line` (message offsets) is surely no code,
   * from its line's kind read without lowercasing: an SDP line or a header line, see `surelyNoCodeOnLine`.
   */
  ruledOutByLine(offset: number, line: Line): boolean {
    if (this.textKindLine !== line.start) {
      this.textKindLine = line.start;
      this.textKind = lineKindOfText(this.message, line);
    }
    const kind = this.textKind;
    return kind !== undefined && surelyNoCodeOnLine(this.message, offset, line, kind);
  }

  /** Where the last number taken as an argument of a reply function (`t_check_status`) ends, in the message. */
  argumentEnd = -1;

  /**
   * Whether the number at local `offset` of the entered line is the next group of the pattern the
   * last argument stands in: `(408)|(480)|...`, `486|600`. A pattern of thousands of groups is then
   * read group by group, not by looking back from each.
   */
  continuesArgument(offset: number): boolean {
    const from = this.argumentEnd - this.base;
    if (this.argumentEnd < 0 || from < 0 || offset - from > 3 || offset <= from) return false;
    for (let i = from; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 41 && c !== 124 && c !== 40) return false;
    }
    return this.text.charCodeAt(offset - 1) !== 41;
  }

  /**
   * Codes the message already used as something else: a header's value (`Session-Expires: 180`), an
   * HTTP status. Prose alone does not make them codes further on ("who set 180 on the CUBE?").
   */
  readonly usedOtherwise = new Set<number>();

  /** Whether the marker nearest the number at local `offset`, if it was looked for, is foreign. */
  foreignNear(offset: number): boolean {
    return this.markerOffset === offset && this.marker === 'foreign';
  }

  /**
   * The message offset of the last number in a status field (`busy_codes: [486]`) with no protocol
   * named near it, before any SIP evidence: it is a code if evidence comes later.
   */
  undecidedAt = -1;

  /** Set once a number has evidence of its own (not prose): the message then is about SIP. */
  sipEvidence = false;

  private replyWords: boolean | undefined;

  /**
   * Whether the message names a reply function anywhere (`reply`, `t_check_status`, any case; the
   * Kelvin sign lowercases to `k`): when it does not, no number is one's argument.
   */
  mayHoldReplyFunction(): boolean {
    this.replyWords ??= replyFunctionWord.test(this.message);
    return this.replyWords;
  }

  private sipStatusField: boolean | undefined;
  private uniqCounts: boolean | undefined;

  /**
   * Whether the message names a SIP status field anywhere, as a query or a command over logs does
   * (`terms agg on sip.status_code`, `jq '.sip_status' | uniq -c`): the counts it prints are by code.
   * Each name holding `sip` is read once, from the end of the one before: linear in the message.
   */
  namesSipStatusField(): boolean {
    if (this.sipStatusField !== undefined) return this.sipStatusField;
    const message = this.message;
    let nameEnd = 0;
    sipWord.lastIndex = 0;
    for (let m = sipWord.exec(message); m !== null; m = sipWord.exec(message)) {
      let start = m.index;
      while (start > nameEnd && isNameChar(message.charCodeAt(start - 1))) start--;
      nameEnd = m.index + 3;
      while (nameEnd < message.length && isNameChar(message.charCodeAt(nameEnd))) nameEnd++;
      sipWord.lastIndex = nameEnd;
      if (classifyKey(message.slice(start, nameEnd).replace(/^[._]+|[._]+$/g, '')) === 'sip-status') {
        this.sipStatusField = true;
        return true;
      }
    }
    this.sipStatusField = false;
    return false;
  }

  /** Whether the message shows `uniq -c` counts and names a SIP status field: they count codes. */
  countsBySipStatus(): boolean {
    this.uniqCounts ??= this.message.includes('uniq -c') && this.namesSipStatusField();
    return this.uniqCounts;
  }

  private stunOrTurn: boolean | undefined;

  /** Whether the message names STUN or TURN and nothing about SIP. */
  aboutStunOrTurn(): boolean {
    this.stunOrTurn ??= stunOrTurn.test(this.message);
    return this.stunOrTurn && !this.messageIsSip();
  }

  messageIsSip(): boolean {
    if (this.sipEvidence) return true;
    this.isSip ??= sipMessageMarker.test(this.message);
    return this.isSip;
  }

  /** The kind of the entered line. */
  lineKind(): LineKind {
    this.kind ??= lineKind(this.lower, this.line);
    return this.kind;
  }

  /** Whether the number at local `offset` of the entered line labels a row of a code table. */
  labelsCodeRow(offset: number): boolean {
    return labelsCodeRow(this.message, offset + this.base, this.absolute, this.known);
  }

  /** The table column the number at local `offset` of the entered line fills, if any. */
  columnKind(offset: number): KeyKind | undefined {
    const delimited = this.tables.columnKind(offset + this.base, this.absolute);
    if (delimited !== undefined) return delimited;
    this.aligned ??= new AlignedTables(this.message);
    return this.aligned.columnKind(offset + this.base, this.absolute);
  }

  /** What follows the number at `offset`. Valid until the next number is judged. */
  tail(line: Line, offset: number): Tail {
    return readTail(this.lower, offset, line, this.tailSlot);
  }

  /** The protocol marker nearest the number at `offset`. */
  nearest(line: Line, offset: number): Nearest {
    if (this.markerOffset !== offset) {
      this.markerOffset = offset;
      this.marker = this.spots.clearAround(this.lower, line, offset)
        ? 'none'
        : nearestMarker(this.text, this.lower, line, offset, this.markers);
      this.markerAfter = this.marker !== 'none' && this.markers.foundAfter;
    }
    return this.marker;
  }

  /** Whether the marker `nearest` found for the number at `offset` stands after it. */
  nearestIsAfter(offset: number): boolean {
    return this.markerOffset === offset && this.markerAfter;
  }

  /** The protocol marker nearest the number at `offset`, reading the words after it from `afterFrom`. */
  nearestBeyond(line: Line, offset: number, afterFrom: number): Nearest {
    if (this.spots.clearAround(this.lower, line, offset)) return 'none';
    return nearestMarker(this.text, this.lower, line, offset, this.markers, afterFrom);
  }

  /** Whether a foreign protocol is named right after `from` (the end of a reason phrase), see `foreignRightAfter`. */
  foreignSourceAfter(line: Line, from: number): boolean {
    return foreignRightAfter(this.text, this.lower, line, from, this.markers);
  }

  /**
   * Whether the number at local `offset`, the value of the field named `name` right before it, sits
   * among other fields with numeric values: a stats dump of `name: value` lines ("ongoing: 486" under
   * "starting: 12"), or a list on its line ("W:0, C:4871, A:412").
   */
  amongFieldValues(offset: number, name: string): boolean {
    const { text } = this;
    let i = offset + 3;
    while (
      i < this.line.end &&
      (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 13)
    )
      i++;
    if (i < this.line.end) {
      const nameAt = text.lastIndexOf(name, offset);
      return (
        (nameAt >= 0 && listedValueBefore.test(text.slice(Math.max(0, nameAt - 40), nameAt))) ||
        listedValueAfter.test(text.slice(offset + 3, offset + 43))
      );
    }
    const { message } = this;
    const { start, end } = this.absolute;
    const above = message.lastIndexOf('\n', start - 2) + 1;
    if (start > 0 && start - 1 - above <= 200 && valueLine.test(message.slice(above, start - 1))) return true;
    if (end >= message.length) return false;
    let below = message.indexOf('\n', end + 1);
    if (below < 0) below = message.length;
    return below - end - 1 <= 200 && valueLine.test(message.slice(end + 1, below));
  }

  /** Not foreign, and SIP near the number or in the message. */
  sipFavoured(line: Line, offset: number): boolean {
    const nearest = this.nearest(line, offset);
    return nearest === 'sip' || (nearest === 'none' && this.messageIsSip());
  }
}
