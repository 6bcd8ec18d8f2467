import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('configuration', () => {
  it('needs nothing: no credentials means the shell, with defaults', () => {
    const config = parseConfig({});
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config).toMatchObject({ autoExplainCooldownSeconds: 600, dataDir: './data', logLevel: 'info' });
  });

  it('chooses Socket Mode with an app token and HTTP mode with a signing secret', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe(
      'xapp-1',
    );
    const http = parseConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'abcdef0123456789',
      PORT: '8080',
    });
    expect(http.slack).toMatchObject({ signingSecret: 'abcdef0123456789', port: 8080 });
  });

  it('names every bad variable at once, with how to fix it', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      PORT: 'eighty',
      AUTO_EXPLAIN_DEFAULT: 'yes',
      AUTO_EXPLAIN_COOLDOWN: '-5',
      DISCORD_APPLICATION_ID: '1234567890123456789',
      LOG_LEVEL: 'loud',
    });
    const named = problems.map((problem) => problem.split(':')[0]);
    expect(named).toEqual(
      expect.arrayContaining([
        'SLACK_BOT_TOKEN',
        'PORT',
        'AUTO_EXPLAIN_DEFAULT',
        'AUTO_EXPLAIN_COOLDOWN',
        'LOG_LEVEL',
        'DISCORD_TOKEN',
      ]),
    );
    expect(problems.join('\n')).toMatch(/xoxb-/);
    expect(problems.join('\n')).toMatch(/SLACK_APP_TOKEN or SLACK_SIGNING_SECRET/);
  });

  it('rejects a Slack bot token without its partner and a lone app token', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toHaveLength(1);
    expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-1' })[0]).toMatch(/^SLACK_BOT_TOKEN/);
  });

  it('treats blank variables as unset', () => {
    expect(parseConfig({ PORT: '', SLACK_BOT_TOKEN: ' ', AUTO_EXPLAIN_DEFAULT: '' }).slack).toBeUndefined();
  });

  it('lists secrets for the logger to scrub', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 'discord-token-abcdefghijkl',
      DISCORD_APPLICATION_ID: '123456789012345678',
    });
    expect(config.secrets).toEqual(['discord-token-abcdefghijkl']);
  });
});
