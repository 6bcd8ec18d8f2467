import type { KeyKind } from './fields.js';
import { isRule, kindsOf } from './table-lines.js';
import { isDigitCode, type Line } from './text-scan.js';

/**
 * Tables whose columns are aligned with spaces, as SQL consoles, CLI `show` commands and carrier CDR
 * viewers print them:
 *
 *     CallID      ISDN Cause  Disposition
 *     2001468833  17          Busy
 *
 * The header names every column (a name may hold single spaces) and parts them by two spaces or more.
 * A value fills a column when it starts where the column's name starts, or ends where it ends
 * (numbers are often right-aligned). A number filling a named column is that column's value: a SIP
 * status only in a status column.
 */

export interface AlignedHeader {
  /** Where each column's name starts and ends, relative to the start of the header line. */
  starts: number[];
  ends: number[];
  kinds: KeyKind[];
}

/** Lines longer than this are read neither as headers nor as rows. */
const MAX_ALIGNED_LINE = 400;
/** How far above a row its header may be. */
const MAX_ROWS_ABOVE = 40;

/** A column name: a letter first, then letters, digits and `_ . # / ( ) -`, words parted by one space. */
const columnName = /^[A-Za-z][A-Za-z0-9_.#/()-]*(?: [A-Za-z0-9_.#/()-]+)*$/;

const isSpace = (c: number): boolean => c === 32;

/** The header of an aligned table on [start, end), or undefined when the line is none. */
export function alignedHeader(text: string, start: number, end: number): AlignedHeader | undefined {
  if (end - start > MAX_ALIGNED_LINE || end <= start) return undefined;
  const starts: number[] = [];
  const ends: number[] = [];
  const names: string[] = [];
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (i < end) {
    const fieldStart = i;
    // A field runs to two spaces in a row or the end of the line.
    while (i < end && !(isSpace(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 1)))) {
      const c = text.charCodeAt(i);
      if (c === 9 || c === 124 || c === 44 || c === 59) return undefined;
      i++;
    }
    let fieldEnd = i;
    while (
      fieldEnd > fieldStart &&
      (isSpace(text.charCodeAt(fieldEnd - 1)) || text.charCodeAt(fieldEnd - 1) === 13)
    )
      fieldEnd--;
    const name = text.slice(fieldStart, fieldEnd);
    if (!columnName.test(name)) return undefined;
    starts.push(fieldStart - start);
    ends.push(fieldEnd - start);
    names.push(name);
    while (i < end && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 13)) i++;
  }
  if (names.length < 2) return undefined;
  return { starts, ends, kinds: kindsOf(names) };
}

/**
 * Whether the line [start, end) may be a row of an aligned table: no code fence, not too long, and
 * two cells at least, parted by two spaces or more.
 */
function mayBeRow(text: string, start: number, end: number): boolean {
  if (end - start > MAX_ALIGNED_LINE || end <= start) return false;
  if (text.startsWith('```', start)) return false;
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  for (; i + 2 < end; i++)
    if (isSpace(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 1)) && !isSpace(text.charCodeAt(i + 2))) {
      // Spaces to the end of the line part no cells.
      let j = i + 2;
      while (j < end && text.charCodeAt(j) === 13) j++;
      if (j < end) return true;
    }
  return false;
}

/**
 * The index of the column the token [from, to) of a row fills (offsets relative to the row's start),
 * or -1: it starts where a column's name starts, or else ends where one ends (give or take one).
 */
export function columnOf(header: AlignedHeader, from: number, to: number): number {
  const left = header.starts.indexOf(from);
  if (left >= 0) return left;
  // Right-aligned numbers retyped by hand often overshoot the name's end by one.
  return header.ends.findIndex((end) => Math.abs(end - to) <= 1);
}

/** Whether the cell ends at `at`: the line ends there, or two spaces follow. */
function endsCell(text: string, at: number, end: number): boolean {
  let i = at;
  while (i < end && text.charCodeAt(i) === 13) i++;
  return i >= end || (isSpace(text.charCodeAt(i)) && (i + 1 >= end || isSpace(text.charCodeAt(i + 1))));
}

/** Whether only spaces stand between `start` and `offset`. */
function indentedTo(text: string, start: number, offset: number): boolean {
  for (let i = start; i < offset; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Finds the aligned-table header of row lines, walking up through rows and rules, memoised per line
 * so that every line is walked over a bounded number of times.
 */
export class AlignedTables {
  /** The header each row line belongs to, by the line's start. */
  private readonly rowHeaders = new Map<number, AlignedHeader | null>();
  /** Each line read as a header, by its start. */
  private readonly asHeader = new Map<number, AlignedHeader | null>();

  constructor(private readonly text: string) {}

  /** The kind of column the number [offset, offset + 3) fills on `line`, if an aligned table holds it. */
  columnKind(offset: number, line: Line): KeyKind | undefined {
    const text = this.text;
    // A whole cell: the line's indentation or two spaces before (columns are parted by two at
    // least, whichever way they are aligned), a space or the line's end after.
    if (offset > line.start && !isSpace(text.charCodeAt(offset - 1))) return undefined;
    if (
      offset - 1 > line.start &&
      !isSpace(text.charCodeAt(offset - 2)) &&
      !indentedTo(text, line.start, offset)
    )
      return undefined;
    const after = offset + 3 < line.end ? text.charCodeAt(offset + 3) : 32;
    if (!isSpace(after) && after !== 13) return undefined;
    const header = this.headerFor(line);
    if (!header) return undefined;
    const k = columnOf(header, offset - line.start, offset + 3 - line.start);
    const kind = k < 0 ? undefined : header.kinds[k];
    // A status or cause column holds codes or causes. In another, a bare cell is that column's value;
    // words in the same cell ("100 Trying" under "Message/Event") leave the number to the other rules.
    if (kind === 'sip-status' || kind === 'status' || kind === 'cause') return kind;
    return kind !== undefined && endsCell(text, offset + 3, line.end) ? kind : undefined;
  }

  private header(start: number, end: number): AlignedHeader | null {
    let header = this.asHeader.get(start);
    if (header === undefined) {
      header = alignedHeader(this.text, start, end) ?? null;
      this.asHeader.set(start, header);
    }
    return header;
  }

  private headerFor(line: Line): AlignedHeader | null {
    const text = this.text;
    const known = this.rowHeaders.get(line.start);
    if (known !== undefined) return known;
    let header: AlignedHeader | null = null;
    const visited = [line.start];
    if (mayBeRow(text, line.start, line.end)) {
      let end = line.start - 1;
      for (let n = 0; n < MAX_ROWS_ABOVE && end >= 0; n++) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        header = this.header(start, end);
        if (header) break;
        const memo = this.rowHeaders.get(start);
        if (memo !== undefined) {
          header = memo;
          break;
        }
        if (!isRule(text, start, end) && !mayBeRow(text, start, end)) break;
        visited.push(start);
        end = start - 1;
      }
    }
    for (const start of visited) this.rowHeaders.set(start, header);
    return header;
  }
}

/**
 * Q.850 cause values in the cause columns (`ISDN Cause`, `REL_CAUSE`) of the aligned table whose
 * header line spans [start, end), pushed to `found`. Returns where the table's rows end (`end` when
 * the line heads no such table), so that no row is read again as a header.
 */
export function alignedCauseValues(
  text: string,
  start: number,
  end: number,
  found: Array<{ cause: number; offset: number }>,
): number {
  const header = alignedHeader(text, start, end);
  if (!header?.kinds.includes('cause')) return end;
  let rowStart = end + 1;
  while (rowStart < text.length) {
    let rowEnd = text.indexOf('\n', rowStart);
    if (rowEnd < 0) rowEnd = text.length;
    if (!isRule(text, rowStart, rowEnd)) {
      if (!mayBeRow(text, rowStart, rowEnd)) break;
      for (let i = rowStart; i < rowEnd; ) {
        while (i < rowEnd && isSpace(text.charCodeAt(i))) i++;
        const tokenStart = i;
        while (i < rowEnd && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 13) i++;
        const length = i - tokenStart;
        if (length < 1 || length > 3) {
          if (i < rowEnd && text.charCodeAt(i) === 13) i++;
          continue;
        }
        let cause = 0;
        for (let j = tokenStart; j < i && cause >= 0; j++) {
          const c = text.charCodeAt(j);
          cause = isDigitCode(c) ? cause * 10 + c - 48 : -1;
        }
        const k = columnOf(header, tokenStart - rowStart, i - rowStart);
        if (cause >= 1 && cause <= 127 && k >= 0 && header.kinds[k] === 'cause')
          found.push({ cause, offset: tokenStart });
      }
    }
    rowStart = rowEnd + 1;
  }
  return rowStart;
}
