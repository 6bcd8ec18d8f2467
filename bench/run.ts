import { cpus, totalmem } from 'node:os';
import { benchCore } from './core.js';
import { benchDetector } from './detector.js';
import { benchDiscord } from './discord.js';
import { benchSlack } from './slack.js';

type Section = [name: string, run: () => Promise<string>];

/**
 * `npm run bench`: every benchmark, each reporting ratios against a baseline measured in the
 * same run, printed as markdown for bench/RESULTS.md. `npm run bench -- core` runs one section.
 */
const sections: Section[] = [
  ['core', benchCore],
  ['detector', benchDetector],
  ['slack', benchSlack],
  ['discord', benchDiscord],
];

const only = process.argv.slice(2);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  `# sipbot benchmarks\n\nMachine: ${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n\n`,
);
for (const [name, run] of sections) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stdout.write(`${await run()}\n\n`);
}
