import { isAlnumCode, isWordCode } from './text-scan.js';
import { foreignProtocols, sipHeaders } from './vocabulary.js';

/**
 * Log and data fields that carry a SIP status: `sip_term_status=503`, `"sip_status": 408`,
 * `SIP Response Code: 486`, `$rs == 404`, and the forms tools print around a code.
 */

/** How a field name bears on the number it holds. */
export type KeyKind = 'sip-status' | 'status' | 'cause' | 'header' | 'foreign' | 'measure' | 'other';

const statusParts = new Set([
  'status',
  'code',
  'resp',
  'response',
  'reply',
  'term',
  'result',
  'error',
  'final',
  'disposition',
  'rs',
  'answer',
  'codigo',
  'reason',
  'rsp',
]);
const notStatusParts = new Set([
  'port',
  'id',
  'ip',
  'addr',
  'address',
  'host',
  'uri',
  'user',
  'domain',
  'realm',
  'profile',
  'count',
  'len',
  'length',
  'timeout',
  'expires',
  'version',
  'ms',
  'callid',
  'contact',
  'agent',
  'seq',
  'cseq',
  'time',
  'duration',
  'size',
  'bytes',
  'total',
  'max',
  'min',
  'number',
  'pt',
  'payload',
  'codec',
  'ext',
  'extension',
  'retry',
  'after',
  'forwards',
  'warning',
  'counter',
  'attempts',
  'lost',
  'loss',
  'packets',
  'jitter',
  'discarded',
  'latency',
  'rtt',
  'avg',
  'health',
  'threshold',
  // Lifetimes and what is left of them: `lifetime updated: 300`, `remaining: 180`.
  'lifetime',
  'ttl',
  'interval',
  'remaining',
  // Plural nouns that count: `Failed calls: 412`, `Llamadas afectadas: 412`.
  'calls',
  'llamadas',
  'chamadas',
  'appels',
  'anrufe',
  'chiamate',
  'users',
  'channels',
  'sessions',
  'dialogs',
  'displayed',
  // A time window counts what happened in it: `Failed in last hour: 401`.
  'hour',
  'hours',
  'minute',
  'minutes',
  'today',
]);
/** The part of a field name that, with a SIP context, says "response code". */
const weakStatusParts = new Set(['status', 'response', 'resp', 'rsp', 'reply', 'disposition', 'rs']);
const codeQualifiers = new Set([
  'top',
  'first',
  'refuse',
  'decline',
  'reason',
  'disconnect',
  'release',
  'term',
  'termination',
  'hangup',
  'result',
  'reject',
  'final',
  'last',
  'sip',
  'response',
  'reply',
  'resp',
  'status',
  'failover',
  // Buckets of a rating or retry configuration: `busy_codes: [486, 600]`, `retry_codes`.
  'busy',
  'answered',
  'answer',
  'failed',
  'retry',
  'billable',
]);

/**
 * `codes` read as `code`: `sip_codes`, `FailoverResponseCodes` list codes. Other plurals count
 * (`tm:local_replies`, `received_responses`).
 */
const singulars = new Map([['codes', 'code']]);

/** Splits `sipTermStatus`, `sip_term_status`, `SIP Response Code` into lowercase parts. */
export function keyParts(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Field names repeat from line to line: their kinds are memoised, up to a bound. */
const keyKinds = new Map<string, KeyKind>();

export function classifyKey(key: string): KeyKind {
  let kind = keyKinds.get(key);
  if (kind === undefined) {
    kind = classifyKeyParts(key);
    if (keyKinds.size >= 4096) keyKinds.clear();
    keyKinds.set(key, kind);
  }
  return kind;
}

function classifyKeyParts(key: string): KeyKind {
  const lowerKey = key.toLowerCase();
  if (sipHeaders.has(lowerKey) && !lowerKey.includes(' ')) return 'header';
  if (lowerKey === 'reason') return 'other';
  const parts = keyParts(key).map((part) => singulars.get(part) ?? part);
  if (parts.length === 0) return 'other';
  if (parts.some((p) => foreignProtocols.has(p))) return 'foreign';
  if (parts.some((p) => p === 'q850' || p === 'isdn' || p === 'q' || p === 'hangupcause')) return 'cause';
  // A quantity: `max`, `lost`, `timeout`.
  if (parts.some((p) => notStatusParts.has(p))) return 'measure';
  // sofia-sip's response events carry the status: `nua_r_register 401`, `nua_r_invite: 486`.
  if (parts[0] === 'nua' && parts[1] === 'r' && parts.length > 2) return 'sip-status';
  // Homer and HEP exports put a response's code where a request's method goes: `"method": "480"`.
  if (parts.length === 1 && parts[0] === 'method') return 'sip-status';
  const hasSip = parts.some((p) => p === 'sip' || p.startsWith('sip'));
  if (parts.includes('cause')) return hasSip ? 'sip-status' : 'cause';
  if (key.startsWith('$') && (parts.includes('rs') || parts.includes('reply'))) return 'sip-status';
  if (hasSip && parts.some((p) => statusParts.has(p) || /^sip(status|code|resp|response|reply)/.test(p)))
    return 'sip-status';
  if (parts.some((p) => weakStatusParts.has(p))) return 'status';
  const last = parts[parts.length - 1];
  if (last === 'code' && (parts.length === 1 || parts.some((p) => codeQualifiers.has(p)))) return 'status';
  return 'other';
}

/**
 * The field name right before a value at `offset`: `key=`, `key: `, `"key": "`, `key => `, `key == `.
 * Multi-word names ("Final SIP Response Code:") keep up to four words. Undefined when there is none.
 */
export interface FieldKey {
  name: string;
  /** Written as an identifier (`key=`, `"key":`, `snake_case`, `camelCase`), not as prose ("Note:"). */
  identifier: boolean;
  /** Padded to a column (`REGISTER        : 404`): a label of an aligned table, most often of counts. */
  aligned?: boolean;
}

const isKeyGap = (c: number): boolean => c === 32 || c === 9 || c === 34 || c === 39;
const isKeyChar = (c: number): boolean => isAlnumCode(c) || c === 46 || c === 45 || c === 36;

export function keyBefore(text: string, offset: number, lineStart: number): FieldKey | undefined {
  let i = offset - 1;
  const floor = Math.max(lineStart, offset - 80);
  // Gaps, an opening bracket, and a closing backquote: "`e.response.status_code` 403".
  for (
    let c = text.charCodeAt(i);
    i >= floor && (isKeyGap(c) || c === 91 || c === 40 || c === 96);
    c = text.charCodeAt(i)
  )
    i--;
  const c = text.charCodeAt(i);
  const colon = i;
  // Only `=`, `>` or `:` can end a field name, or a space after a snake_case one
  // (`sip_term_status 503`, as FreeSWITCH variable dumps print): anything else costs nothing more.
  if (c !== 61 && c !== 62 && c !== 58)
    return i < offset - 1 ? snakeCaseKeyBefore(text, i, floor) : undefined;
  if (text.startsWith('sip:', i - 3)) return undefined;
  let identifier = c === 61 || c === 62;
  if (c === 62) {
    if (text.charCodeAt(i - 1) !== 61) return xmlTagBefore(text, i, floor);
    i -= 2;
  } else if (c === 61) {
    i--;
    if (text.charCodeAt(i) === 61 || text.charCodeAt(i) === 33) i--;
  } else i--;
  if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) identifier = true;
  const padEnd = i;
  while (i >= floor && isKeyGap(text.charCodeAt(i))) i--;
  // Padded before the colon, or after it (`Period:     180`, as a settings dump prints).
  const aligned = c === 58 && (padEnd - i >= 2 || offset - colon > 3);
  // `method=INVITE code=503`: a name written against its `=` is its last word when that word says
  // something (`code`); otherwise the words before it may (`status uas=100`).
  const againstEquals = c === 61 && padEnd === i;
  const end = i + 1;
  let words = 0;
  while (i >= floor && words < 4) {
    const wordEnd = i;
    while (i >= floor && isKeyChar(text.charCodeAt(i))) i--;
    if (i === wordEnd) break;
    words++;
    if (words === 1 && againstEquals && classifyKey(text.slice(i + 1, end)) !== 'other') break;
    if (text.charCodeAt(i) !== 32 || !isAlnumCode(text.charCodeAt(i - 1))) break;
    i--;
  }
  if (end <= i + 1) return undefined;
  const name = text.slice(i + 1, end).trim();
  if (name.length === 0) return undefined;
  identifier ||= /[_$.]|[a-z][A-Z]/.test(name) && !name.includes(' ');
  return aligned ? { name, identifier, aligned } : { name, identifier };
}

/**
 * A `snake_case` name ending at `end` (inclusive), separated from its value by spaces only; or a
 * `kebab-case` one, as SBC configuration dumps print (`sip-status      404`), which reads as prose
 * unless it names a SIP status.
 */
function snakeCaseKeyBefore(text: string, end: number, floor: number): FieldKey | undefined {
  let i = end;
  // Both forms join their words with `_` or `-`: a plain word ("treat 486") is no such name.
  let joined = false;
  for (
    let c = text.charCodeAt(i);
    i >= floor && (isAlnumCode(c) || c === 45 || c === 46);
    c = text.charCodeAt(i)
  ) {
    joined ||= c === 95 || c === 45;
    i--;
  }
  if (!joined) return undefined;
  const opening = text.charCodeAt(i);
  if (i >= floor && !isKeyGap(opening) && opening !== 91 && opening !== 96) return undefined;
  // A PowerShell parameter: `-FailoverResponseCodes "408,503"`.
  if (text.charCodeAt(i + 1) === 45) {
    const dashed = /^-[A-Za-z][A-Za-z0-9]+$/.exec(text.slice(i + 1, end + 1));
    return dashed === null ? undefined : { name: dashed[0].slice(1), identifier: true };
  }
  // Both forms start with a letter: a number or a symbol before the value ends the look at once.
  if ((text.charCodeAt(i + 1) | 32) < 97 || (text.charCodeAt(i + 1) | 32) > 122) return undefined;
  const name = text.slice(i + 1, end + 1);
  // OpenTelemetry's dotted attributes hold an underscore too: `sip.response.status_code 408`.
  if (/^[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+$/i.test(name) && name.includes('_'))
    return { name, identifier: true };
  return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/i.test(name) ? { name, identifier: false } : undefined;
}

/**
 * An XML element's name when the value opens it: `<sip_invite_failure_status>408`, or the `name`
 * attribute of a generic element, as FreeSWITCH's XML CDR writes its variables:
 * `<variable name="sip_term_status">487`. `close` is the `>`.
 */
function xmlTagBefore(text: string, close: number, floor: number): FieldKey | undefined {
  const quote = text.charCodeAt(close - 1);
  if (quote === 34 || quote === 39) return xmlNameAttribute(text, close - 1, floor);
  let i = close - 1;
  while (i >= floor && (isAlnumCode(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i--;
  if (i < floor || i === close - 1 || text.charCodeAt(i) !== 60) return undefined;
  return { name: text.slice(i + 1, close), identifier: true };
}

/** `name="..."` closing at the quote `end`: its value, when it reads as a field name. */
function xmlNameAttribute(text: string, end: number, floor: number): FieldKey | undefined {
  const quote = text.charCodeAt(end);
  let i = end - 1;
  while (
    i >= floor &&
    (isAlnumCode(text.charCodeAt(i)) || text.charCodeAt(i) === 45 || text.charCodeAt(i) === 46)
  )
    i--;
  if (i < floor || i === end - 1 || text.charCodeAt(i) !== quote || text.charCodeAt(i - 1) !== 61)
    return undefined;
  if (!/\sname$/i.test(text.slice(Math.max(floor, i - 6), i - 1))) return undefined;
  return { name: text.slice(i + 1, end), identifier: true };
}

/** FreeSWITCH `proto_specific_hangup_cause=sip:486`: a `sip:` prefix on a bare code value. */
export function sipPrefixedValue(lower: string, offset: number, lineStart: number): boolean {
  if (offset - 4 < lineStart || !lower.startsWith('sip:', offset - 4)) return false;
  const before = lower.charCodeAt(offset - 5);
  if (offset - 5 >= lineStart && isWordCode(before) && before !== 95) return false;
  const after = lower.charCodeAt(offset + 3);
  return !(after === 64 || after === 46 || after === 58 || isAlnumCode(after));
}

const isArgumentGap = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 124 || c === 34 || c === 39 || c === 32 || (c >= 9 && c <= 13) || c > 127;

/** A `(` that opens a group inside a quoted pattern: a quote or a `|` right before it. */
function isGroupedArgument(lower: string, open: number): boolean {
  const c = lower.charCodeAt(open - 1);
  return c === 34 || c === 39 || c === 124;
}

/** Kamailio/OpenSIPS `t_reply("404", ...)`, `sl_send_reply(403, ...)`, `t_check_status("486|408")`. */
export function replyFunctionArgument(lower: string, offset: number, lineStart: number): boolean {
  const from = Math.max(lineStart, offset - 60);
  // Both forms name their function within the 60 characters: one native search each rules out most
  // numbers before the walk back (a run of "486 486 ..." would walk all 60).
  const before = lower.slice(from, offset);
  if (!before.includes('reply') && !before.includes('t_check_status')) return false;
  // Then `(`, then spaces, quotes, digits or `|`: anything else rules them out at once.
  let i = offset - 1;
  for (let c = lower.charCodeAt(i); i >= from && isArgumentGap(c); c = lower.charCodeAt(i)) i--;
  // `t_check_status` takes a regular expression, whose groups hold codes too: `"(408)|(480)"`.
  let groups = false;
  while (i >= from && lower.charCodeAt(i) === 40 && isGroupedArgument(lower, i)) {
    groups = true;
    for (i--; i >= from && (isArgumentGap(lower.charCodeAt(i)) || lower.charCodeAt(i) === 41); ) i--;
  }
  if (i < from || lower.charCodeAt(i) !== 40) return false;
  return (
    (!groups && /[a-z_]*reply[a-z_]*\s*\(\s*["']?$/.test(before)) ||
    /t_check_status\s*\(\s*["'][0-9|\s()]*$/.test(before)
  );
}

/** Kamailio's error replies as its sl and tm modules log them: `I/O error (477/SL)`, `(500/TM)`. */
export function kamailioErrorReply(lower: string, offset: number): boolean {
  return (
    lower.charCodeAt(offset - 1) === 40 &&
    (lower.startsWith('/sl)', offset + 3) || lower.startsWith('/tm)', offset + 3))
  );
}

/** FreeSWITCH sofia `entering state [terminated][486]`. */
export function sofiaCallState(lower: string, offset: number, lineStart: number): boolean {
  if (lower.charCodeAt(offset - 1) !== 91 || lower.charCodeAt(offset + 3) !== 93) return false;
  const before = lower.slice(Math.max(lineStart, offset - 16), offset);
  return /\[(?:calling|proceeding|early|completing|completed|ready|terminating|terminated)\]\[$/.test(before);
}
