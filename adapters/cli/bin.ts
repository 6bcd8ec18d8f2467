#!/usr/bin/env node
import { text } from 'node:stream/consumers';
import { createSipbot } from '../../commands/index.js';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { wantsColour } from './render.js';
import { runCli } from './run.js';

const bot = createSipbot({ catalogue: loadCatalogue({ schemaCheckedAtBuild: true }) });
const width = process.stdout.isTTY ? Math.min(process.stdout.columns || 100, 100) : 0;
process.exitCode = await runCli(bot, process.argv.slice(2), {
  stdout: (output) => process.stdout.write(`${output}\n`),
  stderr: (output) => process.stderr.write(`${output}\n`),
  readStdin: () => text(process.stdin),
  style: { colour: wantsColour(process.stdout, process.env), width },
});
