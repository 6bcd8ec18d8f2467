import { describe, expect, it } from 'vitest';
import { APOLOGY, createBot } from '../../src/bot.js';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { createLogger } from '../../src/log.js';
import { command } from '../helpers.js';

describe('unexpected errors', () => {
  it('are logged with their cause and answered with a short apology, never a stack trace', async () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      write: (line) => lines.push(line),
      secrets: ['xoxb-very-secret-token'],
    });
    const bot = createBot({
      logger,
      commands: () => [
        {
          name: 'sip',
          summary: 'fails',
          examples: [],
          run: () => {
            throw new Error('store exploded while using xoxb-very-secret-token', {
              cause: new Error('disk full'),
            });
          },
        },
      ],
    });
    const reply = await bot.handle(command('603'));
    expect(reply).toMatchObject({ outcome: 'error', text: APOLOGY });
    expect(reply?.text).not.toMatch(/exploded|at /);
    expect(lines).toHaveLength(1);
    const logged = JSON.parse(lines[0] ?? '{}');
    expect(logged).toMatchObject({
      level: 'error',
      message: 'failed to answer',
      platform: 'shell',
      kind: 'command',
    });
    expect(logged.cause.cause.message).toBe('disk full');
    expect(lines[0]).not.toContain('xoxb-very-secret-token');
    expect(lines[0]).toContain('[redacted]');
  });

  it('logs nothing below the configured level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((line) => JSON.parse(line).message)).toEqual(['loud']);
  });
});

describe('unexpected errors on channel messages', () => {
  it('are logged but not apologised for in a channel where nobody asked the bot', async () => {
    const lines: string[] = [];
    const bot = createBot({
      logger: createLogger({ level: 'info', write: (line) => lines.push(line) }),
      catalogue: {
        ...loadCatalogue(),
        code: () => {
          throw new Error('index broken');
        },
      },
    });
    const reply = await bot.handle({
      kind: 'message',
      platform: 'slack',
      channelId: 'C1',
      messageId: '1.1',
      author: { id: 'U1', isBot: false, isSelf: false },
      text: 'SIP/2.0 486 Busy Here',
    });
    expect(reply).toBeNull();
    expect(lines.join('\n')).toContain('index broken');
  });
});
