import { alignedCauseValues } from './aligned-tables.js';
import { classifyKey, type KeyKind } from './fields.js';
import {
  BOX_BAR,
  bestDelimiter,
  borderNames,
  fieldBounds,
  headerNames,
  isRule,
  kindsOf,
  MAX_LINE,
  namesTypes,
  splitLine,
  tsharkFieldNames,
} from './table-lines.js';
import { type Line, Span } from './text-scan.js';

/**
 * Delimited exports (carrier CDR CSV, TSV, pipe tables): a number is a code when it fills a column
 * whose header names a SIP status (`sip_code`, `SIP Response`, `Final Status`), and the value of its
 * column when the header names it otherwise (`cseq`, `username`). Rows are tied to their
 * header by walking up through lines with the same delimiter and field count, memoised, so every
 * line is split at most a few times.
 */

interface Header {
  delimiter: number;
  fieldCount: number;
  kinds: KeyKind[];
}

const isDelimiter = (c: number): boolean => c === 44 || c === 59 || c === 9 || c === 124 || c === BOX_BAR;

/** Cheap test before any splitting: only spaces or a quote lie between the number and a delimiter. */
function fillsField(text: string, offset: number, line: Line): boolean {
  let i = offset - 1;
  while (i >= line.start && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 34)) i--;
  if (i >= line.start && !isDelimiter(text.charCodeAt(i))) return false;
  let j = offset + 3;
  while (
    j < line.end &&
    (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 34 || text.charCodeAt(j) === 13)
  )
    j++;
  if (j < line.end && !isDelimiter(text.charCodeAt(j))) return false;
  return i >= line.start || j < line.end;
}

export class DelimitedTables {
  private readonly headers = new Map<number, Header | null>();
  private rowLine = -1;
  private rowFields: Array<[number, number]> = [];
  private rowHeader: Header | null = null;
  private readonly bounds = new Span();

  constructor(private readonly text: string) {}

  /** The kind of column a number at `offset` fills, if it fills one whole field of a headed table. */
  columnKind(offset: number, line: Line): KeyKind | undefined {
    if (line.end - line.start > MAX_LINE || !fillsField(this.text, offset, line)) return undefined;
    if (this.rowLine !== line.start) {
      this.rowLine = line.start;
      // `headerFor` leaves the row split on its delimiter in `rowFields`: a header found for the row
      // has that same delimiter.
      this.rowHeader = this.headerFor(line);
      if (!this.rowHeader) this.rowFields = [];
    }
    const header = this.rowHeader;
    if (!header) return undefined;
    const fields = this.rowFields;
    for (let index = 0; index < fields.length; index++) {
      const [start, end] = fields[index] as [number, number];
      if (offset < start || offset >= end) continue;
      // The number must be the whole field, give or take spaces and quotes.
      const bounds = fieldBounds(this.text, start, end, this.bounds);
      return bounds.start === offset && bounds.end === offset + 3 ? header.kinds[index] : undefined;
    }
    return undefined;
  }

  private headerFor(line: Line): Header | null {
    const delimiter = bestDelimiter(this.text, line.start, line.end);
    if (delimiter === undefined) return null;
    this.rowFields = splitLine(this.text, line.start, line.end, delimiter);
    const fieldCount = this.rowFields.length;
    const visited: number[] = [];
    let header: Header | null = null;
    let cursor = line.start;
    for (let steps = 0; steps < 100_000 && cursor > 0; steps++) {
      const end = cursor - 1;
      const start = this.text.lastIndexOf('\n', end - 1) + 1;
      const known = this.headers.get(start);
      if (known !== undefined) {
        header = known && known.delimiter === delimiter && known.fieldCount === fieldCount ? known : null;
        break;
      }
      if (end - start > MAX_LINE || end <= start) break;
      const border = delimiter === BOX_BAR ? borderNames(this.text, start, end) : undefined;
      if (border === undefined && isRule(this.text, start, end)) {
        visited.push(start);
        cursor = start;
        continue;
      }
      let names = border;
      if (names === undefined) {
        const fields = splitLine(this.text, start, end, delimiter);
        // A row under the tshark command that printed it takes the names of its `-e` fields.
        if (fields.length === fieldCount) names = headerNames(this.text, fields);
        else {
          names = tsharkFieldNames(this.text, start, end);
          if (names === undefined) break;
        }
      }
      if (names !== undefined && names.length !== fieldCount) break;
      if (names !== undefined && !(delimiter === BOX_BAR && namesTypes(names))) {
        // A number filling a named column is that column's value: a SIP status only in a status column.
        header = { delimiter, fieldCount, kinds: kindsOf(names) };
        this.headers.set(start, header);
        break;
      }
      visited.push(start);
      cursor = start;
    }
    for (const start of visited) this.headers.set(start, header);
    return header;
  }
}

const bounds = new Span();

/** How many fields `splitLine` cuts [start, end) into, without cutting them. */
function countFields(text: string, start: number, end: number, delimiter: number): number {
  let count = 1;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * Whether the first line after the one ending at `end`, rules skipped, has `count` fields: a header
 * without such a row heads no rows, and most lines that mention a cause are no header at all.
 */
function rowFollows(text: string, end: number, count: number, delimiter: number): boolean {
  for (let start = end + 1; start < text.length; ) {
    let stop = text.indexOf('\n', start);
    if (stop < 0) stop = text.length;
    if (stop - start > MAX_LINE) return false;
    if (!isRule(text, start, stop)) return countFields(text, start, stop, delimiter) === count;
    start = stop + 1;
  }
  return false;
}

/** A delimiter, or the end of the line. */
const anyDelimiter = /[,;\t|\n\u2502]/g;

/**
 * Q.850 cause values in a cause column (`q850_cause`, `Release Cause`, `cause`) of the table whose
 * header line spans [start, end): the rows below with the same field count, pushed to `found`.
 * Returns where the table's rows end (`end` when the line heads no such table): a line among them is
 * a row, not a new header, so no row is read twice and the search stays linear.
 */
export function causeColumnValues(
  text: string,
  start: number,
  end: number,
  found: Array<{ cause: number; offset: number }>,
): number {
  if (end - start > MAX_LINE) return end;
  // Most lines that mention a cause are log lines with no delimiter at all: one native search says so.
  anyDelimiter.lastIndex = start;
  if (!anyDelimiter.test(text) || anyDelimiter.lastIndex > end) {
    const border = borderNames(text, start, end);
    if (border === undefined) return alignedCauseValues(text, start, end, found);
    return rowFollows(text, end, border.length, BOX_BAR)
      ? columnCauses(text, end, border, BOX_BAR, found)
      : end;
  }
  const delimiter = bestDelimiter(text, start, end);
  if (delimiter === undefined || !rowFollows(text, end, countFields(text, start, end, delimiter), delimiter))
    return end;
  const names = headerNames(text, splitLine(text, start, end, delimiter));
  return names === undefined ? end : columnCauses(text, end, names, delimiter, found);
}

/** The causes in the cause columns of the rows under a header of `names` ending at `end`; see above. */
function columnCauses(
  text: string,
  end: number,
  names: readonly string[],
  delimiter: number,
  found: Array<{ cause: number; offset: number }>,
): number {
  const columns = names
    .map((n, index) => ({ kind: classifyKey(n), index }))
    .filter((c) => c.kind === 'cause')
    .map((c) => c.index);
  if (columns.length === 0) return end;
  let rowStart = end + 1;
  while (rowStart < text.length) {
    let rowEnd = text.indexOf('\n', rowStart);
    if (rowEnd < 0) rowEnd = text.length;
    if (rowEnd - rowStart > MAX_LINE) break;
    if (!isRule(text, rowStart, rowEnd)) {
      const cells = splitLine(text, rowStart, rowEnd, delimiter);
      if (cells.length !== names.length) break;
      for (const index of columns) {
        const cell = cells[index];
        if (!cell) continue;
        const { start: s, end: e } = fieldBounds(text, cell[0], cell[1], bounds);
        if (e - s < 1 || e - s > 3) continue;
        let cause = 0;
        for (let i = s; i < e && cause >= 0; i++) {
          const c = text.charCodeAt(i);
          cause = c >= 48 && c <= 57 ? cause * 10 + c - 48 : -1;
        }
        if (cause >= 1 && cause <= 127) found.push({ cause, offset: s });
      }
    }
    rowStart = rowEnd + 1;
  }
  return rowStart;
}
