import { classifyKey, type KeyKind } from './fields.js';
import { isAsciiLetterCode, isRegexSpace, Span } from './text-scan.js';

/** Reading delimited lines: fields, the delimiter, header names and what each column holds. */

/** Lines longer than this are never read as table lines. */
export const MAX_LINE = 4000;

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

const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * Bounds of a field's text: trimmed, then unquoted if a double quote opens and closes it, then trimmed
 * again, as `fieldText` returns it.
 */
export function fieldBounds(text: string, start: number, end: number, out: Span): Span {
  let s = start;
  let e = end;
  while (s < e && isRegexSpace(text.charCodeAt(s))) s++;
  while (e > s && isRegexSpace(text.charCodeAt(e - 1))) e--;
  if (e - s >= 2 && text.charCodeAt(s) === 34 && text.charCodeAt(e - 1) === 34) {
    let terminator = false;
    for (let i = s + 1; i < e - 1 && !terminator; i++) terminator = isLineTerminator(text.charCodeAt(i));
    if (!terminator) {
      s++;
      e--;
      while (s < e && isRegexSpace(text.charCodeAt(s))) s++;
      while (e > s && isRegexSpace(text.charCodeAt(e - 1))) e--;
    }
  }
  out.start = s;
  out.end = e;
  return out;
}

const scratch = new Span();

/** A field's text: trimmed, unquoted, trimmed. */
export function fieldText(text: string, [start, end]: [number, number]): string {
  const { start: s, end: e } = fieldBounds(text, start, end, scratch);
  return text.slice(s, e);
}

/** `│`, the column bar of box-drawn tables (ClickHouse, DuckDB, psql's unicode style). */
export const BOX_BAR = 0x2502;

/** The delimiter that occurs most on the line, the first of `, ; tab | │` on a tie; one pass. */
export function bestDelimiter(text: string, start: number, end: number): number | undefined {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let pipes = 0;
  let bars = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) commas++;
    else if (c === 59) semicolons++;
    else if (c === 9) tabs++;
    else if (c === 124) pipes++;
    else if (c === BOX_BAR) bars++;
  }
  let best: number | undefined;
  let bestCount = 0;
  const consider = (delimiter: number, count: number): void => {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  };
  consider(44, commas);
  consider(59, semicolons);
  consider(9, tabs);
  consider(124, pipes);
  consider(BOX_BAR, bars);
  return best;
}

/** Box-drawing characters: `─ │ ┌ ┬ ┼ ┘` and the rest of their Unicode block. */
const isBoxDrawing = (c: number): boolean => c >= 0x2500 && c <= 0x257f;

/** A ruler line of a text table: `----+----`, `|---|---|`, `+====+`, `├──────┼─────┤`. */
export function isRule(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!(isRegexSpace(c) || c === 45 || c === 43 || c === 61 || c === 124 || c === 58 || isBoxDrawing(c)))
      return false;
  }
  return true;
}

/**
 * The column names ClickHouse prints in a table's top border, `┌─carrier──┬─sip_status─┐`, one per
 * column with an empty name at each edge, as the rows' `│ halcyon │ 480 │` split into. Undefined when
 * the line is no such border.
 */
export function borderNames(text: string, start: number, end: number): string[] | undefined {
  let s = start;
  while (s < end && isRegexSpace(text.charCodeAt(s))) s++;
  if (text.charCodeAt(s) !== 0x250c) return undefined;
  const names: string[] = [''];
  let name = '';
  for (let i = s + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x252c || c === 0x2510) {
      names.push(name.trim());
      name = '';
      if (c === 0x2510) break;
    } else if (c !== 0x2500) name += text[i];
  }
  names.push('');
  return names.length >= 4 && names.some((n) => n !== '') ? names : undefined;
}

/** An `-e field` option of tshark. */
const tsharkField = /\s-e\s+['"]?([\w.-]+)/g;

/**
 * The names of the columns `tshark -T fields -e frame.number -e sip.Status-Code` prints, tab-separated
 * by default. Undefined when the line is no such command.
 */
export function tsharkFieldNames(text: string, start: number, end: number): string[] | undefined {
  if (end - start > MAX_LINE) return undefined;
  const line = text.slice(start, end);
  if (!line.includes('tshark') || !/-T\s*fields/.test(line)) return undefined;
  const names = Array.from(line.matchAll(tsharkField), (m) => m[1] as string);
  return names.length >= 2 ? names : undefined;
}

/** A column type as DuckDB names them. */
const columnType =
  /^(?:u?(?:big|small|tiny|huge)?int(?:eger)?\d*|varchar|text|string|double|float\d*|real|boolean|bool|date|time(?:stamp)?(?:_\w+)?|decimal(?:\(\d+,\d+\))?|interval|uuid|blob)$/i;

/**
 * Whether every name is a column type, as DuckDB prints under the names (`varchar`, `int32`): such a
 * line is no header.
 */
export function namesTypes(names: readonly string[]): boolean {
  return names.every((n) => n === '' || columnType.test(n));
}

/**
 * The column names of a header line: every field names something (an empty edge field of `| a | b |`
 * is fine), at least two do, none starts with a digit. Undefined when the line is no header; row
 * lines are turned down from their bounds, before any name is cut out.
 */
export function headerNames(text: string, fields: ReadonlyArray<[number, number]>): string[] | undefined {
  let named = 0;
  for (const [start, end] of fields) {
    const { start: s, end: e } = fieldBounds(text, start, end, scratch);
    if (e === s) continue;
    const first = text.charCodeAt(s);
    if (first >= 48 && first <= 57) return undefined;
    let letter = false;
    for (let i = s; i < e && !letter; i++) letter = isAsciiLetterCode(text.charCodeAt(i));
    if (!letter) return undefined;
    named++;
  }
  return named >= 2 ? fields.map((f) => fieldText(text, f)) : undefined;
}

/** Columns that make a table a call record, so a plain "status" column holds SIP statuses. */
const callRecordColumn =
  /^(?:from|to|src|dst|ani|dnis|caller|callee|calling|called|cause|q850|duration|billsec|call.?id|trunk|sip.*)$/;

/** Header lines repeat from paste to paste: their column kinds are memoised, up to a bound. */
const kindsByNames = new Map<string, KeyKind[]>();

/** Column kinds, with a plain "status"/"code" column promoted when the table is a call record. */
export function kindsOf(names: readonly string[]): KeyKind[] {
  const key = names.join('\u0000');
  let kinds = kindsByNames.get(key);
  if (kinds === undefined) {
    kinds = computeKinds(names);
    if (kindsByNames.size >= 1024) kindsByNames.clear();
    kindsByNames.set(key, kinds);
  }
  return kinds;
}

function computeKinds(names: readonly string[]): KeyKind[] {
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
