import { isAlnumCode, isDigitCode, type Line } from './text-scan.js';

/**
 * Tables whose rows start with a response code, as on-call engineers paste them from SQL consoles,
 * dashboards and `sort | uniq -c`-style reports:
 *
 *     code   count    share
 *     200    21370    24.2%
 *     503    38115    43.1%
 *
 * A number is such a row's label when it opens its line and at least three neighbouring lines in a
 * row open the same way with a registered code. Counts rarely all land on registered codes, and the
 * look is bounded (eight lines each way), so every number costs a constant amount.
 */

const MIN_ROWS = 3;
const MAX_LOOK = 8;

/** Spaces, tabs, a table's pipes and box-drawing bars: before the first cell and between cells. */
const isCellEdge = (c: number): boolean => c === 32 || c === 9 || c === 124 || c === 0x2502 || c === 0x2503;

/** Where the registered code opening the line [start, end) sits, or -1 when the line opens otherwise. */
function rowCode(text: string, start: number, end: number, known: ReadonlyMap<number, boolean>): number {
  let i = start;
  while (i < end && isCellEdge(text.charCodeAt(i))) i++;
  if (i + 3 > end || !isDigitCode(text.charCodeAt(i)) || !isDigitCode(text.charCodeAt(i + 1))) return -1;
  if (!isDigitCode(text.charCodeAt(i + 2))) return -1;
  // Another cell follows: a gap, then anything.
  const after = text.charCodeAt(i + 3);
  if (!isCellEdge(after)) return -1;
  let j = i + 3;
  while (j < end && isCellEdge(text.charCodeAt(j))) j++;
  if (j >= end || !isAlnumCode(text.charCodeAt(j))) return -1;
  const code = Number(text.slice(i, i + 3));
  return known.get(code) === true ? i : -1;
}

/**
 * Whether the number at `offset` (message offsets) labels a row of a code table. Among the rows, one
 * code at least must not be a round hundred: 100, 200, ... 600 are all registered, and a list of
 * extensions or amounts steps by them.
 */
export function labelsCodeRow(
  text: string,
  offset: number,
  line: Line,
  known: ReadonlyMap<number, boolean>,
): boolean {
  // Only the first cell of a line: most numbers stop at the character before them.
  for (let i = offset - 1; i >= line.start; i--) if (!isCellEdge(text.charCodeAt(i))) return false;
  if (rowCode(text, line.start, line.end, known) !== offset) return false;
  let rows = 1;
  let unround = !isRound(text, offset);
  const enough = (): boolean => rows >= MIN_ROWS && unround;
  // Lines above, nearest first.
  let end = line.start - 1;
  for (let n = 0; n < MAX_LOOK && end > 0 && !enough(); n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const at = rowCode(text, start, end, known);
    if (at < 0) break;
    rows++;
    unround ||= !isRound(text, at);
    end = start - 1;
  }
  // Lines below.
  let start = line.end + 1;
  for (let n = 0; n < MAX_LOOK && start < text.length && !enough(); n++) {
    let stop = text.indexOf('\n', start);
    if (stop < 0) stop = text.length;
    const at = rowCode(text, start, stop, known);
    if (at < 0) break;
    rows++;
    unround ||= !isRound(text, at);
    start = stop + 1;
  }
  return enough();
}

/** `100`, `200`, ... `600`. */
const isRound = (text: string, at: number): boolean =>
  text.charCodeAt(at + 1) === 48 && text.charCodeAt(at + 2) === 48;
