import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { App, LogLevel } from '@slack/bolt';
import { startSlack } from '../adapters/slack/index.js';
import { createSipbot } from '../commands/index.js';
import { createMemorySettingsStore } from '../src/auto/settings-store.js';
import { silentLogger } from '../src/log.js';
import { BOT_TOKEN, ids, SIGNING_SECRET } from '../test/adapters/slack/ids.js';
import { sign } from '../test/adapters/slack/transport.js';
import { formatNumber, quantile, table } from './measure.js';

const FIXED_RATE = 200;
const FIXED_RATE_SECONDS = 5;
const FULL_SPEED_COUNT = 2000;
const FULL_SPEED_CONCURRENCY = 32;
const MEMORY_COMMANDS = 10_000;
/** Every wait is bounded: a lost answer fails the run instead of hanging it. */
const ANSWER_TIMEOUT_MS = 5000;

/** A minimal Slack for the apps under test: auth.test, and response_urls that just say ok. */
async function startSink(): Promise<{ server: Server; apiUrl: string; responseUrl: string }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if ((request.url ?? '').startsWith('/api/auth.test')) {
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ok: true, ...ids.authTest }));
      } else response.writeHead(200).end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, apiUrl: `${base}/api/`, responseUrl: `${base}/commands/1/bench` };
}

/** One signed `/sip 603`, resolved when the ack (with the answer, for sipbot) has arrived. */
async function sendSip(eventsUrl: string, responseUrl: string, expect: string): Promise<void> {
  const body = new URLSearchParams({
    command: '/sip',
    text: '603',
    user_id: ids.alice,
    channel_id: ids.voip,
    team_id: ids.team,
    response_url: responseUrl,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const ack = await fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp),
    },
    body,
    signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
  });
  const text = await ack.text();
  if (ack.status !== 200 || !text.includes(expect))
    throw new Error(`unexpected ack ${ack.status}: ${text.slice(0, 80)}`);
}

interface Run {
  latencies: number[];
  perSecond: number;
}

async function fullSpeed(send: () => Promise<void>, count: number): Promise<Run> {
  const latencies: number[] = [];
  let started = 0;
  const start = performance.now();
  const worker = async () => {
    while (started < count) {
      started += 1;
      const sent = performance.now();
      await send();
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: FULL_SPEED_CONCURRENCY }, worker));
  return { latencies, perSecond: (count / (performance.now() - start)) * 1000 };
}

/** Open loop: request i leaves at start + i/rate, and its latency counts from then. */
async function fixedRate(send: () => Promise<void>, rate: number, seconds: number): Promise<Run> {
  const count = rate * seconds;
  const latencies: number[] = [];
  const start = performance.now();
  const all: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    all.push(send().then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(all);
  return { latencies, perSecond: (count / (performance.now() - start)) * 1000 };
}

type ChildKind = 'bare' | 'sipbot';
type ChildMessage = { port: number } | { rss: number; heap: number };

/** The app under test, alone in its process so its memory is its own (run with --expose-gc). */
async function runChild(kind: ChildKind, apiUrl: string): Promise<void> {
  const send = (message: ChildMessage) => process.send?.(message);
  let stop: () => Promise<unknown>;
  if (kind === 'bare') {
    const quiet = { ...silentLogger, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
    const app = new App({
      token: BOT_TOKEN,
      signingSecret: SIGNING_SECRET,
      botId: ids.bot,
      botUserId: ids.botUser,
      logger: quiet,
      clientOptions: { slackApiUrl: apiUrl },
    });
    app.command('/sip', async ({ ack }) => {
      await ack('603 Decline');
    });
    const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
    send({ port: (server.address() as AddressInfo).port });
    stop = () => app.stop();
  } else {
    const bot = createSipbot({ settings: createMemorySettingsStore() });
    const slack = await startSlack(
      bot,
      { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, apiUrl, port: 0 },
      silentLogger,
      { host: '127.0.0.1' },
    );
    send({ port: slack.port ?? 0 });
    stop = () => slack.stop();
  }
  process.on('message', async (message) => {
    if (message === 'memory') {
      // V8 hands committed heap pages back over successive full collections, not after the
      // first: one gc() leaves the capacity load grew into and RSS reads ~1.5x even for a bare
      // Bolt app. Three settle it; start and end are measured the same way.
      for (let i = 0; i < 3; i++) (globalThis as { gc?: () => void }).gc?.();
      const usage = process.memoryUsage();
      send({ rss: usage.rss, heap: usage.heapUsed });
    } else if (message === 'stop') {
      await stop();
      process.exit(0);
    }
  });
}

interface Child {
  eventsUrl: string;
  memory(): Promise<{ rss: number; heap: number }>;
  stop(): Promise<void>;
}

async function startChild(kind: ChildKind, apiUrl: string): Promise<Child> {
  const child = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, kind, apiUrl], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = async <T extends ChildMessage>(): Promise<T> => {
    const [message] = (await Promise.race([
      once(child, 'message'),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${kind} child did not answer`)), 15_000),
      ),
    ])) as [T];
    return message;
  };
  const { port } = await next<{ port: number }>();
  return {
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    memory: async () => {
      child.send('memory');
      return next<{ rss: number; heap: number }>();
    },
    stop: async () => {
      child.send('stop');
      await Promise.race([once(child, 'exit'), new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill();
    },
  };
}

const CHILD_FLAG = '--slack-bench-child';
if (process.argv[2] === CHILD_FLAG) {
  void runChild(process.argv[3] as ChildKind, process.argv[4] ?? '');
}

const ms = (value: number) => formatNumber(value, 2);
const mib = (bytes: number) => formatNumber(bytes / 2 ** 20, 1);

/**
 * `npm run bench -- slack`: signed `/sip 603` round trips in HTTP mode on loopback, sipbot
 * against a bare Bolt app acking a constant, each app in its own process.
 */
export async function benchSlack(): Promise<string> {
  const sink = await startSink();
  const bare = await startChild('bare', sink.apiUrl);
  const sipbot = await startChild('sipbot', sink.apiUrl);
  const sendBare = () => sendSip(bare.eventsUrl, sink.responseUrl, '603 Decline');
  const sendSipbot = () => sendSip(sipbot.eventsUrl, sink.responseUrl, 'Decline');
  try {
    const atStart = await sipbot.memory();
    const bareAtStart = await bare.memory();
    await fullSpeed(sendBare, 200);
    await fullSpeed(sendSipbot, 200);
    const bareRate = await fixedRate(sendBare, FIXED_RATE, FIXED_RATE_SECONDS);
    const sipbotRate = await fixedRate(sendSipbot, FIXED_RATE, FIXED_RATE_SECONDS);
    const bareFull = await fullSpeed(sendBare, FULL_SPEED_COUNT);
    const sipbotFull = await fullSpeed(sendSipbot, FULL_SPEED_COUNT);
    await fullSpeed(sendSipbot, MEMORY_COMMANDS - 200 - FIXED_RATE * FIXED_RATE_SECONDS - FULL_SPEED_COUNT);
    const after = await sipbot.memory();
    // The same load on the bare app tells how much of the growth is Node, undici and Bolt's own.
    await fullSpeed(sendBare, MEMORY_COMMANDS - 200 - FIXED_RATE * FIXED_RATE_SECONDS - FULL_SPEED_COUNT);
    const bareAfter = await bare.memory();

    const row = (name: string, run: Run) => [
      name,
      String(run.latencies.length),
      formatNumber(run.perSecond, 0),
      ms(quantile(run.latencies, 0.5)),
      ms(quantile(run.latencies, 0.99)),
    ];
    const throughput = sipbotFull.perSecond / bareFull.perSecond;
    const p99 = quantile(sipbotRate.latencies, 0.99);
    const rssRatio = after.rss / atStart.rss;
    return [
      '## Slack: HTTP-mode round trip of signed `/sip 603`',
      '',
      `From sending the signed request to the ack: sipbot's ack carries the rendered ephemeral answer, the bare Bolt app's a constant. Each app runs in its own process; full speed keeps ${FULL_SPEED_CONCURRENCY} requests in flight.`,
      '',
      table(
        ['run', 'requests', 'req/s', 'p50 ms', 'p99 ms'],
        [
          row(`bare Bolt app, ${FIXED_RATE} req/s`, bareRate),
          row(`sipbot, ${FIXED_RATE} req/s`, sipbotRate),
          row('bare Bolt app, full speed', bareFull),
          row('sipbot, full speed', sipbotFull),
        ],
      ),
      '',
      table(
        ['target', 'measured', 'met'],
        [
          [
            'throughput >= 0.8x the bare app',
            `${formatNumber(throughput, 2)}x`,
            throughput >= 0.8 ? 'yes' : 'no',
          ],
          [`p99 < 50 ms at ${FIXED_RATE} req/s`, `${ms(p99)} ms`, p99 < 50 ? 'yes' : 'no'],
          [
            `RSS after ${formatNumber(MEMORY_COMMANDS, 0)} commands within 1.5x of right after start (after three full GCs)`,
            `${mib(atStart.rss)} → ${mib(after.rss)} MiB (${formatNumber(rssRatio, 2)}x); heap ${mib(atStart.heap)} → ${mib(after.heap)} MiB`,
            rssRatio <= 1.5 ? 'yes' : 'no',
          ],
          [
            `for comparison: the bare Bolt app after the same ${formatNumber(MEMORY_COMMANDS, 0)} commands`,
            `${mib(bareAtStart.rss)} → ${mib(bareAfter.rss)} MiB (${formatNumber(bareAfter.rss / bareAtStart.rss, 2)}x); heap ${mib(bareAtStart.heap)} → ${mib(bareAfter.heap)} MiB`,
            '-',
          ],
        ],
      ),
    ].join('\n');
  } finally {
    await Promise.all([sipbot.stop(), bare.stop()]);
    sink.server.closeAllConnections();
    sink.server.close();
  }
}
