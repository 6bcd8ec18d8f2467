import type { Command } from '../src/command.js';
import { textReply } from '../src/reply.js';

const USAGE = 'Use /sip auto on, /sip auto off or /sip auto status.';

/** `/sip auto on|off|status`: the channel's auto-explain switch. */
export const autoCommand: Command = {
  name: 'auto',
  summary: 'Switch automatic explanations of pasted codes on or off for this channel.',
  examples: ['auto on', 'auto off', 'auto status'],
  run: async (args, { autoExplain, invocation }) => {
    const mode = args.trim().toLowerCase();
    if (mode === '' || mode === 'status') {
      const { on, explicit } = autoExplain.status();
      const why = explicit ? 'switched for this channel' : 'the default, never switched here';
      return textReply('answered', `Auto-explain is ${on ? 'on' : 'off'} in this channel (${why}). ${USAGE}`);
    }
    if (mode !== 'on' && mode !== 'off')
      return textReply('usage', `“${args.trim().slice(0, 40)}” is not a mode. ${USAGE}`);
    if (invocation.canManageChannel === false) {
      return textReply('usage', 'Only members who can manage this channel can switch auto-explain.');
    }
    await autoExplain.set(mode === 'on');
    return textReply(
      'answered',
      mode === 'on'
        ? 'Auto-explain is now on in this channel: messages with SIP codes get a short explanation as a reply.'
        : 'Auto-explain is now off in this channel. /sip still answers, and mentions of sipbot too.',
    );
  },
};
