import { readFile } from 'node:fs/promises';
import type { Bot } from '../../src/bot.js';
import type { DetectedCode } from '../../src/detect/index.js';
import type { Reply } from '../../src/reply.js';
import { renderTerminal, type TerminalStyle } from './render.js';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  style: TerminalStyle;
}

/** Exit statuses: answered, nothing found, usage error. */
export const EXIT = { answered: 0, notFound: 1, usage: 2 } as const;

const USAGE = `Usage:
  sipbot <query...>        explain a code (603), codes (486 603), a class (4xx, 48x),
                           words (busy), a Q.850 cause (q850 17) or a pasted log line
  sipbot scan [file|-]     list every SIP code found in a file or stdin, with line numbers
Options:
  --json                   machine-readable output
  -h, --help               this help
Exit status: 0 answered, 1 nothing found, 2 usage error.`;

function exitFor(reply: Reply): number {
  if (reply.outcome === 'answered') return EXIT.answered;
  if (reply.outcome === 'not-found') return EXIT.notFound;
  return EXIT.usage;
}

/** Runs the CLI for `argv` (without node and the script) and returns the exit status. */
export async function runCli(bot: Bot, argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((arg) => arg !== '--json');
  if (words.length === 0 || words[0] === '-h' || words[0] === '--help' || words[0] === 'help') {
    io[words.length === 0 ? 'stderr' : 'stdout'](USAGE);
    return words.length === 0 ? EXIT.usage : EXIT.answered;
  }
  const unknownOption = words.find((word) => /^--?[a-z]/i.test(word));
  if (unknownOption) {
    io.stderr(`sipbot: unknown option ${unknownOption}\n${USAGE}`);
    return EXIT.usage;
  }
  if (words[0] === 'scan') return scan(bot, words.slice(1), json, io);

  const reply = await bot.handle({
    kind: 'command',
    platform: 'cli',
    channelId: 'cli',
    author: { id: 'cli', isBot: false, isSelf: false },
    text: words.join(' '),
  });
  if (!reply) return EXIT.notFound;
  io.stdout(json ? JSON.stringify(reply, null, 2) : renderTerminal(reply, io.style));
  return exitFor(reply);
}

/** 1-based line number of each offset, by binary search over line starts. */
function lineNumbers(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

async function scan(bot: Bot, args: string[], json: boolean, io: CliIo): Promise<number> {
  if (args.length > 1) {
    io.stderr(`sipbot scan takes one file (or - for stdin).\n${USAGE}`);
    return EXIT.usage;
  }
  const source = args[0] ?? '-';
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    io.stderr(
      `sipbot scan: cannot read ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return EXIT.usage;
  }
  const lineOf = lineNumbers(text);
  const found = bot.detect(text).codes.map((code: DetectedCode) => ({
    line: lineOf(code.offset),
    code: code.code,
    reasonPhrase: bot.catalogue.code(code.code)?.reasonPhrase ?? null,
    registered: code.registered,
    evidence: code.evidence,
    snippet: code.snippet,
  }));
  if (json) io.stdout(JSON.stringify(found, null, 2));
  else if (found.length === 0)
    io.stdout(`No SIP response codes found in ${source === '-' ? 'stdin' : source}.`);
  else {
    const paint = (text: string) => (io.style.colour ? `\u001b[1m${text}\u001b[0m` : text);
    io.stdout(
      found
        .map(
          (hit) =>
            `${String(hit.line).padStart(5)}: ${paint(`${hit.code} ${hit.reasonPhrase ?? '(not registered)'}`)}  ${hit.snippet}`,
        )
        .join('\n'),
    );
  }
  return found.length > 0 ? EXIT.answered : EXIT.notFound;
}
