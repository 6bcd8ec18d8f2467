import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { autocompleteChoices } from '../adapters/discord/autocomplete.js';
import { startDiscord } from '../adapters/discord/index.js';
import { createSipbot } from '../commands/index.js';
import { createMemorySettingsStore } from '../src/auto/settings-store.js';
import { silentLogger } from '../src/log.js';
import type { RecordedRequest } from '../test/adapters/discord/fake-discord.js';
import { startFakeDiscord } from '../test/adapters/discord/fake-discord.js';
import { FAKE_TOKEN, ids, permissions } from '../test/adapters/discord/ids.js';
import { formatNumber, opsPerSecond, quantile, table } from './measure.js';

/** What people type, a keystroke at a time: codes, classes, words, misspellings, causes. */
const PARTIALS = [
  '',
  '4',
  '48',
  '486',
  '5',
  '50',
  '503',
  'b',
  'bus',
  'busy',
  'unavail',
  'request term',
  'q850 1',
  'decl',
];

const ROUND_TRIPS = 300;
/** The whole section stays well under the 40 s the suite allows it. */
const DEADLINE_MS = 30_000;

function latencies(run: (partial: string) => unknown, count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const partial = PARTIALS[i % PARTIALS.length] ?? '';
    const start = performance.now();
    run(partial);
    times.push(performance.now() - start);
  }
  return times;
}

let nextId = 0n;
function interaction(type: 2 | 4, query: string): Record<string, unknown> {
  nextId += 1n;
  const id = String(1300000000000000000n + nextId);
  const option = { name: 'query', type: 3, value: query, ...(type === 4 ? { focused: true } : {}) };
  return {
    id,
    token: `scrubbed-token-${id}`,
    type,
    version: 1,
    application_id: ids.application,
    guild_id: ids.guild,
    channel_id: ids.opsChannel,
    channel: { id: ids.opsChannel, type: 0, guild_id: ids.guild, name: 'voip-oncall' },
    app_permissions: permissions.member,
    locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': ids.guild },
    context: 0,
    member: {
      user: {
        id: ids.engineer,
        username: 'oncall.engineer',
        discriminator: '0',
        global_name: null,
        avatar: null,
      },
      roles: [],
      permissions: permissions.member,
      joined_at: '2024-03-01T09:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
    },
    data: { id: '1100000000000000900', name: 'sip', type: 1, options: [option] },
  };
}

/** INTERACTION_CREATE sent by the fake gateway until the callback reaches the fake REST API, in ms. */
async function roundTrips(type: 2 | 4, deadline: number): Promise<number[]> {
  const fake = await startFakeDiscord();
  const adapter = await startDiscord(
    createSipbot({ settings: createMemorySettingsStore() }),
    { token: FAKE_TOKEN, applicationId: ids.application, apiUrl: fake.apiUrl, messageContent: false },
    silentLogger,
    { startTimeoutMs: 10_000 },
  );
  const times: number[] = [];
  try {
    for (let i = 0; i < ROUND_TRIPS && performance.now() < deadline; i++) {
      const payload = interaction(
        type,
        type === 2 ? (['603', 'busy', '4xx', '487'][i % 4] ?? '603') : (PARTIALS[i % PARTIALS.length] ?? ''),
      );
      const path = `/interactions/${String(payload.id)}/`;
      const arrived = new Promise<void>((resolve) => {
        const listener = (request: RecordedRequest) => {
          if (!request.path.includes(path)) return;
          fake.events.off('request', listener);
          resolve();
        };
        fake.events.on('request', listener);
      });
      const timeout = AbortSignal.timeout(5_000);
      const start = performance.now();
      fake.interact(payload);
      await Promise.race([
        arrived,
        once(timeout, 'abort').then(() => Promise.reject(new Error('no callback in 5 s'))),
      ]);
      times.push(performance.now() - start);
    }
  } finally {
    await adapter.stop();
    await fake.close();
  }
  return times;
}

const ms = (value: number) => `${formatNumber(value, 3)} ms`;

/**
 * Autocomplete in process (through the adapter's handler, not just bot.suggest; target p99 under
 * 5 ms) and the interaction-to-callback round trip through discord.js and the fake Discord.
 */
export async function benchDiscord(): Promise<string> {
  const deadline = performance.now() + DEADLINE_MS;
  const bot = createSipbot();
  let turn = 0;
  const perSecond = opsPerSecond(() => autocompleteChoices(bot, PARTIALS[turn++ % PARTIALS.length] ?? ''));
  const single = latencies((partial) => autocompleteChoices(bot, partial), 20_000);
  const suggestOnly = latencies((partial) => bot.suggest(partial, 25), 20_000);
  const command = await roundTrips(2, deadline);
  const autocomplete = await roundTrips(4, deadline);
  const p99 = quantile(single, 0.99);
  return [
    '## Discord',
    '',
    table(
      ['measure', 'value'],
      [
        ['autocomplete answers per second (autocompleteChoices, in process)', formatNumber(perSecond, 0)],
        [
          'autocomplete p50 / p99',
          `${ms(quantile(single, 0.5))} / ${ms(p99)} (target p99 < 5 ms: ${p99 < 5 ? 'met' : 'MISSED'})`,
        ],
        [
          'bot.suggest alone p50 / p99',
          `${ms(quantile(suggestOnly, 0.5))} / ${ms(quantile(suggestOnly, 0.99))}`,
        ],
        [
          `/sip round trip, INTERACTION_CREATE to callback (n=${command.length}) p50 / p99`,
          `${ms(quantile(command, 0.5))} / ${ms(quantile(command, 0.99))}`,
        ],
        [
          `autocomplete round trip (n=${autocomplete.length}) p50 / p99`,
          `${ms(quantile(autocomplete, 0.5))} / ${ms(quantile(autocomplete, 0.99))}`,
        ],
      ],
    ),
    '',
    'Round trips go through the real discord.js client and the fake Discord on 127.0.0.1 (gateway frame in, REST callback out); Discord allows 3 s.',
  ].join('\n');
}
