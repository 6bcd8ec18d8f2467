import { readTail, Tail } from './context.js';
import { MarkerScratch, type Nearest, nearestMarker } from './markers.js';
import type { PhraseIndex } from './phrases.js';
import { type LineKind, lineKind } from './sip-message.js';
import { DelimitedTables } from './tables.js';
import { type Line, Span } from './text-scan.js';

/** Anything that makes the whole message about SIP, for prose that names no role next to the number. */
const sipMessageMarker =
  /\bsip\b|sip\/2\.0|\b(?:INVITE|REGISTER|BYE|CANCEL|OPTIONS|PRACK|SUBSCRIBE|NOTIFY|REFER)\b|\b(?:trunk|carrier|pbx|sbc|asterisk|freeswitch|kamailio|opensips|voip|troncal|operadora)|call[-_]?id/i;

/** What the detector builds once from the catalogue and shares between messages. */
export class DetectorMemo {
  constructor(
    readonly phrases: PhraseIndex,
    readonly known: ReadonlyMap<number, boolean>,
  ) {}
}

/**
 * Everything a rule may need about one message, each fact computed lazily and at most once: per
 * message (is it about SIP), per line (its kind) and per number
 * (what follows it, the nearest protocol marker). Numbers are judged in increasing offset order, so
 * one slot per fact is enough.
 */
export class MessageScan {
  readonly tables: DelimitedTables;
  readonly phrases: PhraseIndex;
  readonly known: ReadonlyMap<number, boolean>;
  /** Word bounds the rules reuse instead of allocating. */
  readonly words = [new Span(), new Span(), new Span()] as const;
  private readonly tailSlot = new Tail();
  private readonly markers = new MarkerScratch();
  private isSip: boolean | undefined;
  private kindLine = -1;
  private kind: LineKind = 'text';
  private markerOffset = -1;
  private marker: Nearest = 'none';

  constructor(
    readonly text: string,
    readonly lower: string,
    readonly memo: DetectorMemo,
  ) {
    this.tables = new DelimitedTables(text);
    this.phrases = memo.phrases;
    this.known = memo.known;
  }

  messageIsSip(): boolean {
    this.isSip ??= sipMessageMarker.test(this.text);
    return this.isSip;
  }

  lineKind(line: Line): LineKind {
    if (this.kindLine !== line.start) {
      this.kindLine = line.start;
      this.kind = lineKind(this.lower, line);
    }
    return this.kind;
  }

  /** What follows the number at `offset`. Valid until the next number is judged. */
  tail(line: Line, offset: number): Tail {
    return readTail(this.lower, offset, line, this.tailSlot);
  }

  /** The protocol marker nearest the number at `offset`. */
  nearest(line: Line, offset: number): Nearest {
    if (this.markerOffset !== offset) {
      this.markerOffset = offset;
      this.marker = nearestMarker(this.text, this.lower, line, offset, this.markers);
    }
    return this.marker;
  }

  /** Not foreign, and SIP near the number or in the message. */
  sipFavoured(line: Line, offset: number): boolean {
    const nearest = this.nearest(line, offset);
    return nearest === 'sip' || (nearest === 'none' && this.messageIsSip());
  }
}
