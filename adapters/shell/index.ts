import { createInterface } from 'node:readline';
import type { Bot } from '../../src/bot.js';
import type { Author, Invocation } from '../../src/invocation.js';
import type { Reply } from '../../src/reply.js';
import { renderTerminal, type TerminalStyle } from '../cli/render.js';

export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Interactive terminal: prompt, history, and pasted lines grouped into one message. */
  interactive: boolean;
  style: TerminalStyle;
  banner: string;
}

/** Lines arriving within this window are one paste (a multi-line trace is one message). */
const PASTE_WINDOW_MS = 30;

const AUTHOR: Author = { id: 'you', isBot: false, isSelf: false };

/**
 * A local channel: `/sip ...` lines are commands, every other line is a message that goes
 * through auto-explain exactly as in Slack. Resolves when the input ends or the user exits.
 */
export function startShell(bot: Bot, options: ShellOptions): Promise<void> {
  const { input, output, interactive, style } = options;
  const write = (text: string) => output.write(`${text}\n`);
  const lines = createInterface({
    input,
    output,
    terminal: interactive,
    historySize: interactive ? 500 : 0,
    prompt: 'sipbot> ',
  });
  let messageCount = 0;
  let pasted: string[] = [];
  let pasteTimer: NodeJS.Timeout | undefined;
  let queue: Promise<void> = Promise.resolve();

  const show = (reply: Reply | null, quietNote?: string) => {
    if (reply) write(`${renderTerminal(reply, style)}\n`);
    else if (quietNote && interactive) write(style.colour ? `\u001b[2m${quietNote}\u001b[0m` : quietNote);
  };

  const invocationFor = (text: string): Invocation | 'exit' => {
    const trimmed = text.trim();
    if (/^(exit|quit|\/exit|\/quit)$/i.test(trimmed)) return 'exit';
    if (/^(help|\/help)$/i.test(trimmed))
      return { kind: 'command', platform: 'shell', channelId: 'shell', author: AUTHOR, text: 'help' };
    const command = /^\/sip(?:\s+|$)([\s\S]*)$/i.exec(trimmed);
    if (command)
      return {
        kind: 'command',
        platform: 'shell',
        channelId: 'shell',
        author: AUTHOR,
        text: command[1] ?? '',
      };
    messageCount += 1;
    return {
      kind: 'message',
      platform: 'shell',
      channelId: 'shell',
      author: AUTHOR,
      text,
      messageId: String(messageCount),
    };
  };

  const submit = (text: string) => {
    if (text.trim() === '') {
      if (interactive) lines.prompt();
      return;
    }
    const invocation = invocationFor(text);
    if (invocation === 'exit') {
      lines.close();
      return;
    }
    queue = queue.then(async () => {
      show(
        await bot.handle(invocation),
        '(no SIP codes to explain; sipbot stays quiet, as it would in a channel)',
      );
      if (interactive) lines.prompt();
    });
  };

  const flushPaste = () => {
    pasteTimer = undefined;
    const text = pasted.join('\n');
    pasted = [];
    submit(text);
  };

  // Ctrl-C at the prompt leaves, as in most REPLs (readline would otherwise only pause).
  lines.on('SIGINT', () => lines.close());
  write(options.banner);
  if (interactive) lines.prompt();
  lines.on('line', (line) => {
    if (!interactive || (/^\s*\//.test(line) && pasted.length === 0)) {
      submit(line);
      return;
    }
    pasted.push(line);
    if (pasteTimer) clearTimeout(pasteTimer);
    pasteTimer = setTimeout(flushPaste, PASTE_WINDOW_MS);
  });
  return new Promise((resolve) => {
    lines.on('close', () => {
      if (pasteTimer) {
        clearTimeout(pasteTimer);
        flushPaste();
      }
      void queue.then(() => {
        if (interactive) write('bye');
        resolve();
      });
    });
  });
}
