import { classifyKey, type KeyKind } from './fields.js';
import type { Line } from './text-scan.js';

/**
 * Delimited exports (carrier CDR CSV, TSV, pipe tables): a number is a code when it fills a column
 * whose header names a SIP status (`sip_code`, `SIP Response`, `Final Status`). Rows are tied to their
 * header by walking up through lines with the same delimiter and field count, memoised, so every
 * line is split at most a few times.
 */

interface Header {
  delimiter: number;
  fieldCount: number;
  kinds: KeyKind[];
}

const delimiters = [44, 59, 9, 124];
const MAX_LINE = 4000;

/** Field start/end offsets of a line split on `delimiter`, honouring double quotes. */
export function splitLine(
  text: string,
  start: number,
  end: number,
  delimiter: number,
): Array<[number, number]> {
  const fields: Array<[number, number]> = [];
  let fieldStart = start;
  let quoted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === delimiter && !quoted) {
      fields.push([fieldStart, i]);
      fieldStart = i + 1;
    }
  }
  fields.push([fieldStart, end]);
  return fields;
}

export function fieldText(text: string, [start, end]: [number, number]): string {
  return text
    .slice(start, end)
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
}

export function bestDelimiter(text: string, start: number, end: number): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const d of delimiters) {
    let count = 0;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === d) count++;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** A ruler line of a text table: `----+----`, `|---|---|`, `+====+`. */
function isRule(text: string, start: number, end: number): boolean {
  return /^[\s\-+=|:]+$/.test(text.slice(start, end));
}

/** Column names: every field names something (an empty edge field of `| a | b |` is fine). */
export function isHeader(names: readonly string[]): boolean {
  const named = names.filter((n) => n !== '');
  return named.length >= 2 && named.every((n) => /[A-Za-z]/.test(n) && !/^\d/.test(n));
}

/** Columns that make a table a call record, so a plain "status" column holds SIP statuses. */
const callRecordColumn =
  /^(?:from|to|src|dst|ani|dnis|caller|callee|calling|called|cause|q850|duration|billsec|call.?id|trunk|sip.*)$/;

/** Column kinds, with a plain "status"/"code" column promoted when the table is a call record. */
export function kindsOf(names: readonly string[]): KeyKind[] {
  const kinds = names.map((n) => classifyKey(n));
  const normalised = names.map((n) =>
    n
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, ''),
  );
  const callRecord = normalised.filter((n) => callRecordColumn.test(n)).length >= 2;
  return callRecord ? kinds.map((k) => (k === 'status' ? 'sip-status' : k)) : kinds;
}

const isDelimiter = (c: number): boolean => c === 44 || c === 59 || c === 9 || c === 124;

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

  constructor(private readonly text: string) {}

  /** The kind of column a number at `offset` fills, if it fills one whole field of a headed table. */
  columnKind(offset: number, line: Line): KeyKind | undefined {
    if (line.end - line.start > MAX_LINE || !fillsField(this.text, offset, line)) return undefined;
    if (this.rowLine !== line.start) {
      this.rowLine = line.start;
      this.rowHeader = this.headerFor(line);
      this.rowFields = this.rowHeader
        ? splitLine(this.text, line.start, line.end, this.rowHeader.delimiter)
        : [];
    }
    const header = this.rowHeader;
    if (!header) return undefined;
    const index = this.rowFields.findIndex(([s, e]) => offset >= s && offset < e);
    const field = this.rowFields[index];
    if (!field || fieldText(this.text, field) !== this.text.slice(offset, offset + 3)) return undefined;
    return header.kinds[index];
  }

  private headerFor(line: Line): Header | null {
    const delimiter = bestDelimiter(this.text, line.start, line.end);
    if (delimiter === undefined) return null;
    const fieldCount = splitLine(this.text, line.start, line.end, delimiter).length;
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
      if (isRule(this.text, start, end)) {
        visited.push(start);
        cursor = start;
        continue;
      }
      const fields = splitLine(this.text, start, end, delimiter);
      if (fields.length !== fieldCount) break;
      const names = fields.map((f) => fieldText(this.text, f));
      if (isHeader(names)) {
        const kinds = kindsOf(names);
        // Only a table that names a status or cause column says anything about its numbers.
        header = kinds.some((k) => k === 'sip-status' || k === 'status' || k === 'cause')
          ? { delimiter, fieldCount, kinds }
          : null;
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

/**
 * Q.850 cause values in a cause column (`q850_cause`, `Release Cause`, `cause`) of the table whose
 * header line spans [start, end): the rows below with the same field count.
 */
export function causeColumnValues(
  text: string,
  start: number,
  end: number,
): Array<{ cause: number; offset: number }> {
  if (end - start > MAX_LINE) return [];
  const delimiter = bestDelimiter(text, start, end);
  if (delimiter === undefined) return [];
  const fields = splitLine(text, start, end, delimiter);
  const names = fields.map((f) => fieldText(text, f));
  if (!isHeader(names)) return [];
  const columns = names
    .map((n, index) => ({ kind: classifyKey(n), index }))
    .filter((c) => c.kind === 'cause')
    .map((c) => c.index);
  if (columns.length === 0) return [];
  const found: Array<{ cause: number; offset: number }> = [];
  let rowStart = end + 1;
  while (rowStart < text.length) {
    let rowEnd = text.indexOf('\n', rowStart);
    if (rowEnd < 0) rowEnd = text.length;
    if (rowEnd - rowStart > MAX_LINE) break;
    if (!isRule(text, rowStart, rowEnd)) {
      const cells = splitLine(text, rowStart, rowEnd, delimiter);
      if (cells.length !== fields.length) break;
      for (const index of columns) {
        const cell = cells[index];
        if (!cell) continue;
        const value = fieldText(text, cell);
        if (!/^\d{1,3}$/.test(value)) continue;
        const cause = Number(value);
        if (cause >= 1 && cause <= 127) found.push({ cause, offset: text.indexOf(value, cell[0]) });
      }
    }
    rowStart = rowEnd + 1;
  }
  return found;
}
