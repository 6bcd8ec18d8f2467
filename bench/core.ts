import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSipbot } from '../commands/index.js';
import { resolveQuery } from '../src/query/resolve.js';
import { createSearch } from '../src/query/search.js';
import { formatNumber, median, opsPerSecond, table } from './measure.js';

function timeProcess(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'ignore', env: { PATH: process.env.PATH } });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Code lookup, word search and class listing in process; the CLI's start-to-answer time. */
export async function benchCore(): Promise<string> {
  const bot = createSipbot();
  const { catalogue, detect } = bot;
  const search = createSearch(catalogue);
  const resolver = { catalogue, detect, search };
  const lookup = opsPerSecond(() => catalogue.code(486));
  const words = opsPerSecond(() => search('unavailible'));
  const twoWords = opsPerSecond(() => search('request terminated'));
  const classList = opsPerSecond(() => resolveQuery(resolver, '4xx'));
  const fullQuery = opsPerSecond(() => resolveQuery(resolver, '603'));

  const cli = join(import.meta.dirname, '..', 'sipbot.mjs');
  timeProcess(['-e', '0'], 2);
  const bare = timeProcess(['-e', '0'], 15);
  const answer = timeProcess([cli, '603'], 15);

  const row = (name: string, ops: number, target: string) => [
    name,
    formatNumber(ops, 0),
    `${formatNumber(1e6 / ops, 3)} µs`,
    target,
  ];
  return [
    '## Core queries (in process)',
    '',
    table(
      ['operation', 'ops/s', 'time per op', 'target'],
      [
        row('code lookup `catalogue.code(486)`', lookup, '< 1 µs'),
        row('word search `unavailible` (typo, whole catalogue)', words, '< 100 µs'),
        row('word search `request terminated`', twoWords, '< 100 µs'),
        row('class listing `/sip 4xx` (full Reply)', classList, '-'),
        row('code query `/sip 603` (full Reply)', fullQuery, '-'),
      ],
    ),
    '',
    '## CLI start to answer',
    '',
    table(
      ['command', 'median ms', 'ratio to `node -e 0`', 'target'],
      [
        ['`node -e 0`', formatNumber(bare, 1), '1.00', '-'],
        ['`sipbot 603`', formatNumber(answer, 1), formatNumber(answer / bare), '<= 2.00'],
      ],
    ),
  ].join('\n');
}
