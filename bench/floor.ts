import type { Catalogue } from '../src/catalogue/index.js';
import type { Detection } from '../src/detect/index.js';
import { isAlnumCode, isAsciiLetterCode, isDigitCode, isJoinerCode } from '../src/detect/text-scan.js';

/**
 * A measuring stick, not part of sipbot: the cheapest detector that still judges each number by its
 * evidence. It keeps one crude test of each kind the issue names and nothing else: a status line at
 * the start of a line, the first word of the code's reason phrase right after it, a field name with
 * `sip` and `status` or `code` right before it, and for prose a SIP word and no other protocol's word
 * among the six words on each side; header and SDP lines are skipped whole; causes are `cause` then
 * a number. No tables, lists, CDR columns, phrase variants or exclusions beyond that.
 *
 * The benchmark times it beside the real detector, so that each run shows how much of the time goes
 * to the bare per-number work any such design pays, and how many of the codes that work finds.
 */
export function createFloorDetector(catalogue: Catalogue): (text: string) => Detection {
  const firstWord = new Map<number, string>();
  for (const entry of catalogue.codes) {
    const word = entry.reasonPhrase.toLowerCase().split(/[^a-z]+/)[0];
    if (word) firstWord.set(entry.code, word);
  }
  const registered = new Map(catalogue.codes.map((c) => [c.code, c.registered] as const));
  return (text) => floorDetect(text, firstWord, registered);
}

/** 1: names SIP or its roles; 2: names another protocol or a quantity. */
const proseWords = new Map<string, number>([
  ...['sip', 'invite', 'register', 'trunk', 'carrier', 'response', 'answers', 'answering', 'returns'].map(
    (w) => [w, 1] as [string, number],
  ),
  ...['sending', 'sends', 'got', 'gets', 'getting', 'seeing', 'far', 'reject', 'rejects'].map(
    (w) => [w, 1] as [string, number],
  ),
  ...['http', 'https', 'nginx', 'webhook', 'api', 'port', 'users', 'ms', 'ticket', 'calls', 'cps'].map(
    (w) => [w, 2] as [string, number],
  ),
]);

const candidate = /\b[1-6]\d\d(?!\d)/g;
const causeNumber = /cause[=: ]*(\d{1,3})(?!\d)/gi;
const headerOrSdp = /^(?:[A-Za-z][A-Za-z-]*:|[a-z]=)/;

/** `=`, `:`, a space or a double quote: what stands between a field's name and its value. */
const isKeyGap = (c: number): boolean => c === 61 || c === 58 || c === 32 || c === 34;

function floorDetect(
  text: string,
  firstWord: Map<number, string>,
  registered: Map<number, boolean>,
): Detection {
  const codes: Detection['codes'] = [];
  let lineStart = 0;
  let lineEnd = -1;
  let skipLine = false;
  candidate.lastIndex = 0;
  while (candidate.test(text)) {
    const at = candidate.lastIndex - 3;
    const before = text.charCodeAt(at - 1);
    if (isAlnumCode(before) || before === 35 || before === 36) continue;
    if (isJoinerCode(before) && isDigitCode(text.charCodeAt(at - 2))) continue;
    if (isJoinerCode(text.charCodeAt(at + 3)) && isDigitCode(text.charCodeAt(at + 4))) continue;
    if (at > lineEnd) {
      lineStart = text.lastIndexOf('\n', at - 1) + 1;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
      const head = text.slice(lineStart, lineStart + 24);
      skipLine = headerOrSdp.test(head) && !head.startsWith('Reason');
    }
    if (skipLine) continue;
    const code =
      (text.charCodeAt(at) - 48) * 100 + (text.charCodeAt(at + 1) - 48) * 10 + text.charCodeAt(at + 2) - 48;
    const evidence = floorEvidence(text, at, code, lineStart, lineEnd, firstWord);
    if (evidence === undefined) continue;
    codes.push({
      code,
      evidence,
      offset: at,
      snippet: text.slice(Math.max(lineStart, at - 32), Math.min(lineEnd, at + 44)),
      registered: registered.get(code) ?? false,
    });
  }
  const causes: Detection['causes'] = [];
  causeNumber.lastIndex = 0;
  for (let m = causeNumber.exec(text); m !== null; m = causeNumber.exec(text)) {
    const digits = m[1] as string;
    const offset = m.index + m[0].length - digits.length;
    causes.push({
      cause: Number(digits),
      offset,
      snippet: text.slice(Math.max(0, offset - 32), offset + 44),
    });
  }
  return { codes, causes };
}

function floorEvidence(
  text: string,
  at: number,
  code: number,
  lineStart: number,
  lineEnd: number,
  firstWord: Map<number, string>,
): Detection['codes'][number]['evidence'] | undefined {
  if (at - lineStart === 8 && text.startsWith('SIP/2.0 ', lineStart)) return 'status-line';
  // The first word after the number, a few gap characters on.
  let start = at + 3;
  while (start < lineEnd && start < at + 6 && !isAsciiLetterCode(text.charCodeAt(start))) start++;
  let end = start;
  while (end < lineEnd && isAsciiLetterCode(text.charCodeAt(end))) end++;
  if (end > start && text.slice(start, end).toLowerCase() === firstWord.get(code)) return 'reason-phrase';
  // The name right before it, across `=`, `:`, spaces and quotes.
  let keyEnd = at - 1;
  while (keyEnd >= lineStart && isKeyGap(text.charCodeAt(keyEnd))) keyEnd--;
  let keyStart = keyEnd;
  while (keyStart >= lineStart && isAlnumCode(text.charCodeAt(keyStart))) keyStart--;
  const key = text.slice(keyStart + 1, keyEnd + 1).toLowerCase();
  if (key.includes('sip') && (key.includes('status') || key.includes('code'))) return 'log-field';
  // Six words on each side.
  let sip = 0;
  let other = 0;
  const count = (from: number, to: number): void => {
    const kind = proseWords.get(text.slice(from, to).toLowerCase());
    if (kind === 1) sip++;
    else if (kind === 2) other++;
  };
  let i = at - 1;
  for (let words = 0; i >= lineStart && words < 6; words++) {
    while (i >= lineStart && !isAsciiLetterCode(text.charCodeAt(i))) i--;
    const wordEnd = i + 1;
    while (i >= lineStart && isAsciiLetterCode(text.charCodeAt(i))) i--;
    if (wordEnd > i + 1) count(i + 1, wordEnd);
  }
  i = at + 3;
  for (let words = 0; i < lineEnd && words < 6; words++) {
    while (i < lineEnd && !isAsciiLetterCode(text.charCodeAt(i))) i++;
    const wordStart = i;
    while (i < lineEnd && isAsciiLetterCode(text.charCodeAt(i))) i++;
    if (i > wordStart) count(wordStart, i);
  }
  return sip > 0 && other === 0 ? 'sip-context' : undefined;
}
