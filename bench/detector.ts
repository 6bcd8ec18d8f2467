import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../src/catalogue/index.js';
import { createDetector, type Detector } from '../src/detect/index.js';
import { createFloorDetector } from './floor.js';

/**
 * The 14 lines the first version of this benchmark repeated: every line carries numbers and more than
 * half the standalone ones are codes (about 6 codes per KB). Real pastes are not that dense; kept as
 * a worst-case row so the figure stays comparable with earlier runs.
 */
const denseExcerpt = [
  '2024-03-12 10:22:31.512345 [DEBUG] sofia.c:7084 Channel sofia/external/+14155550123@203.0.113.45 entering state [proceeding][180]',
  '2024-03-12 10:22:31.612345 [NOTICE] switch_channel.c:1104 New Channel sofia/internal/1001@10.0.0.9 [4f2a9c1e-aa]',
  '[Mar 12 10:22:31] WARNING[2345][C-00000012] chan_sip.c: Got SIP response 486 "Busy Here" back from 203.0.113.45:5060',
  '[Mar 12 10:22:32] VERBOSE[2345] pbx.c: -- Executing [600@from-internal:1] Dial("PJSIP/102-00000123", "PJSIP/600,30") in new stack',
  'SIP/2.0 407 Proxy Authentication Required',
  'Via: SIP/2.0/UDP 10.20.0.5:5060;branch=z9hG4bK-524287-1---a1b2c3d4;rport=5060;received=203.0.113.45',
  'CSeq: 102 INVITE',
  'Content-Length: 0',
  'sip_term_status=503 sip_term_cause=34 proto_specific_hangup_cause=sip:503 billsec=0 duration=32',
  'm=audio 49170 RTP/AVP 0 8 101',
  'a=rtpmap:101 telephone-event/8000',
  'carrier keeps answering 403 on INVITE since 09:40, we have 200 users on port 5060',
  '<@U04ABCD12> seeing 503s from the trunk again, ticket #48211, see <https://status.example.com/503|status>',
  'we onboarded 150 extensions, jitter 20 ms, RTT 183 ms, invoice $486.00, build 5.0.486',
].join('\n');

const via =
  'Via: SIP/2.0/UDP 10.20.0.5:5060;branch=z9hG4bK-524287-1---a1b2c3d4;rport=5060;received=203.0.113.45';
const dialog = [
  'From: "Alice" <sip:1001@pbx.example.com>;tag=9fxced76sl',
  'To: <sip:+14155550123@sip.carrier.example;user=phone>',
  'Call-ID: 3848276298220188511@10.20.0.5',
];
const sdp = [
  'v=0',
  'o=FreeSWITCH 1710238951 1710238952 IN IP4 10.20.0.5',
  's=FreeSWITCH',
  'c=IN IP4 10.20.0.5',
  't=0 0',
  'm=audio 49170 RTP/AVP 0 8 101',
  'a=rtpmap:0 PCMU/8000',
  'a=rtpmap:8 PCMA/8000',
  'a=rtpmap:101 telephone-event/8000',
  'a=fmtp:101 0-16',
  'a=ptime:20',
];
const invite = (cseq: number): string[] => [
  'INVITE sip:+14155550123@sip.carrier.example;user=phone SIP/2.0',
  via,
  'Max-Forwards: 70',
  ...dialog,
  `CSeq: ${cseq} INVITE`,
  'Contact: <sip:1001@10.20.0.5:5060;transport=udp>',
  'Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE, INFO, UPDATE, REFER, NOTIFY',
  'Supported: timer, path, replaces',
  'User-Agent: FreeSWITCH-mod_sofia/1.10.11-release~64bit',
  'Content-Type: application/sdp',
  'Content-Length: 237',
  '',
  ...sdp,
  '',
];
const response = (status: string, cseq: number, extra: string[] = []): string[] => [
  `SIP/2.0 ${status}`,
  via,
  ...dialog,
  `CSeq: ${cseq} INVITE`,
  ...extra,
  'Content-Length: 0',
  '',
];

/**
 * Realistic log and chat text, as support channels get it: a whole SIP dialog with headers and SDP
 * (as sngrep or a siptrace prints it), FreeSWITCH, Asterisk and Kamailio log excerpts, a CDR export,
 * JSON log lines and chat messages with mentions, links and numbers that are not codes. About 2 codes
 * per KB, most lines without one; `denseExcerpt` is measured too, as the worst case.
 */
const realistic = [
  ...invite(101),
  ...response('407 Proxy Authentication Required', 101, [
    'Proxy-Authenticate: Digest realm="sip.carrier.example", nonce="5f2c1e2a7b9d", algorithm=MD5, qop="auth"',
  ]),
  ...invite(102),
  ...response('100 Trying', 102),
  ...response('180 Ringing', 102, ['Contact: <sip:+14155550123@203.0.113.45:5060>']),
  ...response('486 Busy Here', 102, ['Reason: Q.850;cause=17;text="USER_BUSY"']),
  '2024-03-12 10:22:31.512345 [NOTICE] switch_channel.c:1104 New Channel sofia/internal/1001@10.0.0.9 [4f2a9c1e-aa]',
  '2024-03-12 10:22:31.512401 [INFO] mod_dialplan_xml.c:637 Processing Alice <1001>->+14155550123 in context default',
  '2024-03-12 10:22:31.513012 [DEBUG] mod_sofia.c:5034 (sofia/internal/1001@10.0.0.9) State Change CS_ROUTING -> CS_EXECUTE',
  '2024-03-12 10:22:31.513544 [INFO] switch_ivr_originate.c:2201 Execute bridge(sofia/gateway/carrier/+14155550123)',
  '2024-03-12 10:22:31.612345 [DEBUG] sofia.c:7084 Channel sofia/external/+14155550123@203.0.113.45 entering state [calling][0]',
  '2024-03-12 10:22:31.702110 [DEBUG] sofia.c:7084 Channel sofia/external/+14155550123@203.0.113.45 entering state [proceeding][180]',
  '2024-03-12 10:22:31.702230 [NOTICE] sofia.c:8523 Ring-Ready sofia/external/+14155550123@203.0.113.45!',
  '2024-03-12 10:22:32.160816 [DEBUG] switch_rtp.c:5156 Starting timer [soft] 160 bytes per 20ms',
  '2024-03-12 10:22:38.004521 [DEBUG] sofia.c:7084 Channel sofia/external/+14155550123@203.0.113.45 entering state [terminated][486]',
  '2024-03-12 10:22:38.004903 [NOTICE] sofia.c:1065 Hangup sofia/external/+14155550123@203.0.113.45 [CS_CONSUME_MEDIA] [USER_BUSY]',
  '2024-03-12 10:22:38.005117 [INFO] switch_core_state_machine.c:713 (sofia/internal/1001@10.0.0.9) Callstate Change RINGING -> HANGUP',
  'sip_term_status=486 sip_term_cause=17 proto_specific_hangup_cause=sip:486 hangup_cause=USER_BUSY billsec=0 duration=7',
  '[Mar 12 10:22:31] VERBOSE[2345][C-00000012] pbx.c: -- Executing [+14155550123@from-internal:1] Dial("PJSIP/102-00000123", "PJSIP/+14155550123@carrier,30") in new stack',
  '[Mar 12 10:22:31] VERBOSE[2345][C-00000012] app_dial.c: -- Called PJSIP/+14155550123@carrier',
  '[Mar 12 10:22:32] VERBOSE[2345][C-00000012] app_dial.c: -- PJSIP/carrier-00000124 is ringing',
  '[Mar 12 10:22:38] WARNING[2345][C-00000012] chan_sip.c: Got SIP response 486 "Busy Here" back from 203.0.113.45:5060',
  '[Mar 12 10:22:38] VERBOSE[2345][C-00000012] app_dial.c: == Everyone is busy/congested at this time (1:1/0/0)',
  '[Mar 12 10:22:38] VERBOSE[2345][C-00000012] pbx.c: -- Executing [h@from-internal:1] NoOp("PJSIP/102-00000123", "hangupcause 17") in new stack',
  'Mar 12 10:23:01 sbc1 kamailio[4121]: INFO: <script>: REGISTER from sip:1001@pbx.example.com (10.20.0.7:5060) expires 3600',
  'Mar 12 10:23:01 sbc1 kamailio[4121]: NOTICE: <script>: auth failed for 1001@pbx.example.com, sending 401',
  'Mar 12 10:23:02 sbc1 kamailio[4122]: INFO: <script>: relaying INVITE to sip:203.0.113.45:5060 (ruri +14155550123)',
  'Mar 12 10:23:02 sbc1 kamailio[4122]: ERROR: tm [t_fwd.c:1581]: t_forward_nonack(): failure to add branches',
  'start,caller,callee,duration,billsec,sip_code,q850_cause,trunk',
  '2024-03-12 10:22:31,1001,+14155550123,7,0,486,17,carrier-a',
  '2024-03-12 10:24:02,1002,+14155550188,65,58,200,16,carrier-a',
  '2024-03-12 10:25:40,1003,+442079460958,31,0,503,38,carrier-b',
  '{"ts":"2024-03-12T10:22:38.005Z","level":"warn","call_id":"3848276298220188511@10.20.0.5","sip_status":486,"duration_ms":6493,"attempt":1}',
  '{"ts":"2024-03-12T10:23:02.118Z","level":"info","msg":"webhook delivered","http_status":200,"latency_ms":183,"retries":0}',
  '<@U04ABCD12> carrier keeps answering 403 on INVITE since 09:40, we have 200 users on port 5060',
  'seeing 503s from the trunk again, ticket #48211, see <https://status.example.com/incidents/503|status>',
  'we onboarded 150 extensions last week, jitter 20 ms, RTT 183 ms, invoice $486.00, build 5.0.486',
  'anyone know why twilio returns 480 Temporarily Unavailable for some mobile numbers?',
  'not SIP this time: nginx is throwing 502 on the webhook again, restarted it at 10:41',
  'standup moved to 10:30, agenda in https://wiki.example.com/voip/runbook (section 4.2)',
  'lgtm, merging. call volume peaked at 1,250 concurrent around 14:00 yesterday',
  'customer says calls drop after 32 seconds, pcap attached in OPS-4821',
].join('\n');

interface Labeled {
  text: string;
  codes: number[];
}

/** The labeled messages of the held-out rounds of the detector's corpus (`test/fixtures/detect`). */
function heldOutCorpus(): Labeled[] {
  const dir = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'detect');
  return readdirSync(dir)
    .filter((file) => file.startsWith('heldout-round'))
    .flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labeled);
}

/** Precision and recall over (message, code) pairs, codes unique per message, as the corpus test counts. */
function score(detect: Detector, corpus: Labeled[]): { precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { text, codes } of corpus) {
    const want = new Set(codes);
    const got = new Set(detect(text).codes.map((c) => c.code));
    const right = [...got].filter((code) => want.has(code)).length;
    tp += right;
    fp += got.size - right;
    fn += want.size - right;
  }
  return { precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

/** The text `sample` repeated to `size` characters, as one flat string. */
function repeatedTo(sample: string, size: number): string {
  const text = `${sample}\n`.repeat(Math.ceil(size / (sample.length + 1))).slice(0, size);
  // Messages reach the detector as flat strings (parsed from JSON); `repeat` and `slice` make a
  // sliced string that is slower to read character by character, for both passes alike.
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The realistic sample repeated to `size` characters. */
export function sampleText(size: number): string {
  return repeatedTo(realistic, size);
}

/** The dense excerpt repeated to `size` characters. */
export function denseText(size: number): string {
  return repeatedTo(denseExcerpt, size);
}

const median = (times: number[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median milliseconds of `fn` over `runs` runs after `warmup` runs. */
function medianMs(fn: () => unknown, runs: number, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(fn));
  return median(times);
}

/**
 * Median milliseconds of two functions timed in alternation, so that a change in machine load or
 * clock speed during the run affects both alike.
 */
function pairedMedianMs(a: () => unknown, b: () => unknown, runs: number, warmup = 5): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    timesA.push(timeOnce(a));
    timesB.push(timeOnce(b));
  }
  return [median(timesA), median(timesB)];
}

function naivePass(text: string): number {
  const naive = /\b[1-6]\d\d\b/g;
  let count = 0;
  while (naive.exec(text) !== null) count++;
  return count;
}

const fmt = (n: number, digits = 3): string => n.toFixed(digits);

/**
 * The detector's benchmark as a markdown section: throughput against a naive regex pass over the
 * same text, time per KB across sizes (linearity), and adversarial 40 KB inputs.
 */
export async function benchDetector(): Promise<string> {
  const catalogue = loadCatalogue();
  const detect = createDetector(catalogue);
  const out: string[] = ['## Detector', ''];

  const runs = 21;
  out.push(
    `Throughput on 1 MB of text, detector vs one naive regex pass (median of ${runs} alternated runs):`,
    '',
  );
  out.push('| text | codes per KB | naive MB/s | detector MB/s | ratio |', '| --- | --- | --- | --- | --- |');
  let ratio = Number.NaN;
  for (const [label, text] of [
    ['realistic log and chat', sampleText(1 << 20)],
    ['dense log excerpt (worst case)', denseText(1 << 20)],
  ] as const) {
    const [naiveMs, detectMs] = pairedMedianMs(
      () => naivePass(text),
      () => detect(text),
      runs,
    );
    const mbs = (ms: number): number => text.length / 2 ** 20 / (ms / 1000);
    const perKb = detect(text).codes.length / (text.length / 1024);
    ratio = Number.isNaN(ratio) ? mbs(detectMs) / mbs(naiveMs) : ratio;
    out.push(
      `| ${label} | ${fmt(perKb, 1)} | ${fmt(mbs(naiveMs), 1)} | ${fmt(mbs(detectMs), 1)} | ${fmt(mbs(detectMs) / mbs(naiveMs), 2)} |`,
    );
  }
  out.push('', `Ratio detector / naive on realistic text: **${fmt(ratio, 2)}** (target >= 0.25).`, '');

  // What the bare per-number work costs: the crudest detector that still judges each number by its
  // evidence (bench/floor.ts), timed the same way, and scored on the held-out corpus beside the real one.
  const corpus = heldOutCorpus();
  const floor = createFloorDetector(catalogue);
  const sample = sampleText(1 << 20);
  const [naiveFloorMs, floorMs] = pairedMedianMs(
    () => naivePass(sample),
    () => floor(sample),
    runs,
  );
  const floorScore = score(floor, corpus);
  const detectorScore = score(detect, corpus);
  out.push(
    '| detector | ratio to naive, realistic text | precision, held-out rounds | recall, held-out rounds |',
    '| --- | --- | --- | --- |',
    `| sipbot | ${fmt(ratio, 2)} | ${fmt(detectorScore.precision)} | ${fmt(detectorScore.recall)} |`,
    `| floor: one crude test per evidence kind (bench/floor.ts) | ${fmt(naiveFloorMs / floorMs, 2)} | ${fmt(floorScore.precision)} | ${fmt(floorScore.recall)} |`,
    '',
  );

  // The held-out corpus: messages written by others from the issue's text alone, one call each.
  const messages = corpus.map((m) => m.text);
  const totalBytes = messages.reduce((sum, m) => sum + m.length, 0);
  const [naiveMs, detectMs] = pairedMedianMs(
    () => messages.reduce((sum, m) => sum + naivePass(m), 0),
    () => messages.reduce((sum, m) => sum + detect(m).codes.length, 0),
    runs,
  );
  const mbs = (ms: number): number => totalBytes / 2 ** 20 / (ms / 1000);
  out.push(
    `Held-out corpus (${messages.length} messages, ${fmt(totalBytes / 1024, 0)} KB, one call per message): ` +
      `naive ${fmt(mbs(naiveMs), 1)} MB/s, detector ${fmt(mbs(detectMs), 1)} MB/s, ratio ${fmt(mbs(detectMs) / mbs(naiveMs), 2)}; ` +
      `${fmt((detectMs * 1000) / messages.length, 1)} µs per message.`,
    '',
  );

  // Messages of each size cut from the same 4 MB of text, so every size sees the same mix of lines.
  out.push('Time per KB by input size, over 4 MB of realistic text cut into messages (must stay flat):', '');
  out.push('| size | median ms per message | µs per KB |', '| --- | --- | --- |');
  const all = sampleText(4 << 20);
  for (const [label, size, runs] of [
    ['1 KB', 1 << 10, 7],
    ['40 KB', 40 << 10, 7],
    ['1 MB', 1 << 20, 7],
    ['4 MB', 4 << 20, 7],
  ] as const) {
    const messages: string[] = [];
    for (let start = 0; start < all.length; start += size) messages.push(all.slice(start, start + size));
    const flat = messages.map((m) => JSON.parse(JSON.stringify(m)) as string);
    const ms = medianMs(() => {
      for (const message of flat) detect(message);
    }, runs);
    out.push(`| ${label} | ${fmt(ms / flat.length)} | ${fmt((ms * 1000) / (all.length / 1024), 1)} |`);
  }

  const size = 40 << 10;
  const adversarial: Array<[string, string]> = [
    ['all digits', '4'.repeat(size)],
    ['digits and spaces', '486 '.repeat(size / 4)],
    ['repeated `SIP/2.0 `', 'SIP/2.0 '.repeat(size / 8)],
    ['repeated `SIP/2.0 486 `', 'SIP/2.0 486 '.repeat(size / 12)],
    ['deep markup', `${'<'.repeat(size / 4)}${'*_~`'.repeat(size / 8)}${'>'.repeat(size / 4)}`],
    ['long line without spaces', 'x=486;cause=16,'.repeat(size / 15)],
    ['numbers joined by commas', '486,'.repeat(size / 4)],
    ['numbers joined by slashes', '486/'.repeat(size / 4)],
    ['slash lists in prose', 'the carrier sends 486/603 '.repeat(size / 26)],
    ['codes with bracketed shares', 'SIP 503 (61%), 480 (22%), '.repeat(size / 26)],
    ['rows opening with codes', `SIP finals\n${'486    21370    24.2%\n'.repeat(size / 22)}`],
    ['short rows opening with a code', '486 x\n'.repeat(size / 6)],
    ['one long URL', `https://x.example/${'a486/'.repeat(size / 5)}`],
    ['cause markers', 'Q.850 cause '.repeat(size / 12)],
    ['one line of SIP prose', 'INVITE gets a 486 from the far end, '.repeat(size / 36)],
    ['CDR rows under one header', `sip_code,cause,trunk\n${'486,17,carrier\n'.repeat(size / 15)}`],
    ['cause column over short rows', `a,cause\n${'1,16\n'.repeat(size / 5)}`],
    ['text rows that mention a cause', 'x,cause,y\n'.repeat(size / 10)],
    ['arrows between numbers', 'calls 100 -> 350, INVITE -> 180 -> 200, '.repeat(size / 40)],
    ['pattern groups of codes', `t_check_status("${'(486)|'.repeat(size / 6)}")`],
    ['lists of codes from two classes', 'we treat 486, 500, 603 and '.repeat(size / 27)],
    [
      'rows under an aligned header',
      `code  ISDN Cause  count\n${'486   17          12\n'.repeat(size / 20)}`,
    ],
    ['lines of named causes', 'cause 16 normal clearing, 17 user busy\n'.repeat(size / 39)],
    ['uniq -c counts, then one long name', `uniq -c\n   5120 200\n${'x'.repeat(size)}`],
  ];
  out.push('', 'Adversarial inputs of 40 KB (each must stay under 10 ms):', '');
  out.push('| input | median ms | verdict |', '| --- | --- | --- |');
  for (const [label, text] of adversarial) {
    const ms = medianMs(() => detect(text), 15);
    out.push(`| ${label} | ${fmt(ms)} | ${ms < 10 ? 'ok' : 'TOO SLOW'} |`);
  }
  return out.join('\n');
}
