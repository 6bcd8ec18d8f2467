import type { Reply } from '../reply.js';

const EXAMPLES: readonly [string, string][] = [
  ['/sip 603', 'explain one response code'],
  ['/sip 486 603', 'several codes, compactly'],
  ['/sip 4xx', 'a whole class; /sip 48x for 480-489'],
  ['/sip busy', 'search reason phrases and descriptions'],
  ['/sip q850 17', 'a Q.850 cause and its SIP mapping'],
  ['/sip SIP/2.0 503 Service Unavailable', 'paste a log line or a trace: every code in it'],
  ['/sip auto on|off|status', 'explain codes pasted in this channel automatically'],
];

/** The help answer: what sipbot understands, with examples. */
export function usageReply(): Reply {
  const lines = EXAMPLES.map(([example, what]) => `${example}: ${what}`);
  return {
    outcome: 'usage',
    text: `sipbot explains SIP response codes. Try: ${EXAMPLES.map(([example]) => example).join(', ')}`,
    cards: [
      {
        title: 'sipbot: SIP response codes explained',
        tone: 'neutral',
        summary: 'Ask about a code, a class, words from a reason phrase or a Q.850 cause, or paste a log.',
        fields: [],
        sections: [{ heading: 'Examples', lines, bullets: true }],
        links: [
          {
            label: 'IANA SIP response code registry',
            url: 'https://www.iana.org/assignments/sip-parameters/sip-parameters.xhtml#sip-parameters-7',
          },
        ],
        related: [],
      },
    ],
  };
}
