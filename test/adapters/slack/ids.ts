/** Scrubbed ids and credentials used by the Slack fixtures, fakes, tests and benchmark. */
export const ids = {
  team: 'T0TEAM0001',
  app: 'A0SIPBOT01',
  botUser: 'U0SIPBOT01',
  bot: 'B0SIPBOT01',
  alice: 'U0ALICE001',
  bob: 'U0BOB00001',
  alertBot: 'B0ALERTS01',
  voip: 'C0VOIP0001',
  support: 'C0SUPPORT1',
  get authTest() {
    return { user_id: this.botUser, bot_id: this.bot, team_id: this.team };
  },
};

export const BOT_TOKEN = 'xoxb-0000000000-0000000000000-scrubbedBotTokenValue0';
export const APP_TOKEN = 'xapp-1-A0SIPBOT01-0000000000000-scrubbedAppTokenValue00000000';
export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';
