import { performance } from 'node:perf_hooks';
import { loadCatalogue } from '../src/catalogue/index.js';
import { createDetector } from '../src/detect/index.js';

/** Realistic text: FreeSWITCH and Asterisk log lines, a SIP trace and chat, repeated to size. */
const sample = [
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

function textOf(size: number): string {
  return sample.repeat(Math.ceil(size / sample.length)).slice(0, size);
}

/** Median milliseconds of `fn` over `runs` runs after `warmup` runs. */
function medianMs(fn: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
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
  const detect = createDetector(loadCatalogue());
  const out: string[] = ['## Detector', ''];

  const mb = textOf(1 << 20);
  const naiveMs = medianMs(() => naivePass(mb), 15);
  const detectMs = medianMs(() => detect(mb), 15);
  const naiveMBs = 1 / (naiveMs / 1000);
  const detectMBs = 1 / (detectMs / 1000);
  out.push('Throughput on 1 MB of realistic log and chat text (median of 15 runs):', '');
  out.push('| pass | MB/s |', '| --- | --- |');
  out.push(`| naive \`/\\b[1-6]\\d\\d\\b/g\` | ${fmt(naiveMBs, 1)} |`);
  out.push(`| detector | ${fmt(detectMBs, 1)} |`);
  out.push('', `Ratio detector / naive: **${fmt(detectMBs / naiveMBs, 2)}** (target >= 0.25).`, '');

  out.push('Time per KB by input size (must stay flat):', '');
  out.push('| size | median ms | µs per KB |', '| --- | --- | --- |');
  for (const [label, size, runs] of [
    ['1 KB', 1 << 10, 200],
    ['40 KB', 40 << 10, 50],
    ['1 MB', 1 << 20, 11],
    ['4 MB', 4 << 20, 5],
  ] as const) {
    const text = textOf(size);
    const ms = medianMs(() => detect(text), runs);
    out.push(`| ${label} | ${fmt(ms)} | ${fmt((ms * 1000) / (size / 1024), 1)} |`);
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
    ['one long URL', `https://x.example/${'a486/'.repeat(size / 5)}`],
    ['cause markers', 'Q.850 cause '.repeat(size / 12)],
  ];
  out.push('', 'Adversarial inputs of 40 KB (each must stay under 10 ms):', '');
  out.push('| input | median ms | verdict |', '| --- | --- | --- |');
  for (const [label, text] of adversarial) {
    const ms = medianMs(() => detect(text), 15);
    out.push(`| ${label} | ${fmt(ms)} | ${ms < 10 ? 'ok' : 'TOO SLOW'} |`);
  }
  return out.join('\n');
}
