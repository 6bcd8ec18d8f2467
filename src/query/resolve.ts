import type { Catalogue } from '../catalogue/index.js';
import type { Detector } from '../detect/index.js';
import { type Reply, textReply } from '../reply.js';
import { classCard, codeCard, codeLabel, compactCodeCard, q850Card, unregisteredCard } from './cards.js';
import { explainDetection } from './explain.js';
import { clearWinner, type Search } from './search.js';
import { usageReply } from './usage.js';

export interface Resolver {
  catalogue: Catalogue;
  detect: Detector;
  search: Search;
}

/** Longer queries are pasted text: only the detector looks at them, never the word search. */
const MAX_WORD_QUERY = 200;

const SINGLE_CODE = /^(?:sip(?:\/2\.0)?[\s:/-]*)?(\d{3})(?:\s+([a-z][a-z\s'-]*))?$/i;
const CODE_LIST = /^\d{3}(?:[\s,;/]+\d{3})+$/;
const STATUS_CLASS = /^([1-6])xx$/i;
const CODE_RANGE = /^([1-6]\d)x$/i;
/** A standalone 100-699 in a short question; "486s" counts, "4860" and "1.486" do not. */
const ASKED_CODE = /(?<![\w.:/-])([1-6]\d\d)s?(?![\w:/-]|\.\d)/g;
const Q850 = /^(?:q\.?\s?850|isup|cause)(?:\s*[;:,]?\s*cause)?\s*[=:#]?\s*(\d{1,3})$/i;

/**
 * Answers one `/sip` query: a code, several codes, a class or range, a Q.850 cause, words to
 * search, or pasted text to scan. Never throws on any input; unknown input gets a usage hint.
 */
export function resolveQuery(resolver: Resolver, rawQuery: string): Reply {
  const query = rawQuery.trim();
  const { catalogue } = resolver;
  if (query === '' || /^(help|\?|-h|--help)$/i.test(query)) return usageReply();

  const single = SINGLE_CODE.exec(query);
  if (single?.[1]) return explainCode(resolver, Number(single[1]), single[2]);

  if (CODE_LIST.test(query)) {
    const codes = [...new Set(query.match(/\d{3}/g)?.map(Number) ?? [])];
    return explainCodeList(resolver, codes);
  }

  const statusClass = STATUS_CLASS.exec(query);
  if (statusClass?.[1]) return explainRange(resolver, Number(statusClass[1]) * 100, 100);
  const range = CODE_RANGE.exec(query);
  if (range?.[1]) return explainRange(resolver, Number(range[1]) * 10, 10);

  const q850 = Q850.exec(query);
  if (q850?.[1]) return explainCause(resolver, Number(q850[1]));

  const detection = resolver.detect(query);
  if (detection.codes.length > 0 || detection.causes.length > 0)
    return explainDetection(catalogue, detection);

  if (query.length <= MAX_WORD_QUERY) {
    // Someone asking the bot directly ("what is 486?") means a SIP code by any number in
    // range: the precision rules of auto-explain are for messages nobody addressed to it.
    const asked = [...new Set([...query.matchAll(ASKED_CODE)].map((match) => Number(match[1])))];
    if (asked.length === 1 && asked[0] !== undefined) return explainCode(resolver, asked[0]);
    if (asked.length > 1) return explainCodeList(resolver, asked);
    const matches = resolver.search(query);
    const winner = clearWinner(matches);
    if (winner)
      return { outcome: 'answered', text: codeLabel(winner.code), cards: [codeCard(catalogue, winner.code)] };
    if (matches.length > 0) {
      const list = matches.map((match) => `${codeLabel(match.code)}: ${match.code.summary}`);
      return {
        outcome: 'answered',
        text: `Codes matching “${query}”: ${matches.map((match) => match.code.code).join(', ')}`,
        cards: [
          {
            title: `Codes matching “${query}”`,
            tone: 'neutral',
            fields: [],
            sections: [{ heading: 'Best matches first', lines: list, bullets: true }],
            links: [],
            related: [],
            footer: 'Type /sip followed by a code for the full card.',
          },
        ],
      };
    }
  }
  return notFound(query);
}

function notFound(query: string): Reply {
  const shown = query.length > 60 ? `${query.slice(0, 57)}...` : query;
  return textReply(
    'not-found',
    `Nothing found for “${shown.replace(/\s+/g, ' ')}”. Try a code (/sip 486), a class (/sip 4xx), words (/sip busy), a Q.850 cause (/sip q850 17), or paste a SIP log line.`,
  );
}

function explainCode(resolver: Resolver, code: number, phrase?: string): Reply {
  const { catalogue } = resolver;
  const entry = catalogue.code(code);
  if (entry) return { outcome: 'answered', text: codeLabel(entry), cards: [codeCard(catalogue, entry)] };
  if (code >= 100 && code <= 699) {
    const card = unregisteredCard(catalogue, code, phrase?.trim() || undefined);
    return { outcome: 'answered', text: card.title, cards: [card] };
  }
  return textReply(
    'not-found',
    `${code} is not a SIP response code: they run from 100 to 699. Try /sip 4xx for a class, or /sip help.`,
  );
}

function explainCodeList(resolver: Resolver, codes: number[]): Reply {
  const { catalogue } = resolver;
  const cards = codes.map((code) => {
    const entry = catalogue.code(code);
    if (entry) return compactCodeCard(entry);
    return code >= 100 && code <= 699 ? unregisteredCard(catalogue, code) : undefined;
  });
  const found = cards.filter((card) => card !== undefined);
  const invalid = codes.filter((_, index) => cards[index] === undefined);
  if (found.length === 0) return notFound(codes.join(' '));
  return {
    outcome: 'answered',
    text: found.map((card) => card.title).join(', '),
    cards: found,
    ...(invalid.length > 0 ? { more: `Not SIP response codes (100-699): ${invalid.join(', ')}` } : {}),
  };
}

function explainRange(resolver: Resolver, from: number, size: number): Reply {
  const { catalogue } = resolver;
  const statusClass = catalogue.statusClass(Math.floor(from / 100));
  const codes = catalogue.codes.filter(
    (code) => code.registered && code.code >= from && code.code < from + size,
  );
  if (!statusClass) return notFound(String(from));
  const card = classCard(statusClass, codes);
  if (size === 10) card.title = `${from / 10}x: ${statusClass.name} codes ${from}-${from + 9}`;
  if (codes.length === 0)
    card.sections[1] = { heading: 'Codes', lines: [`No registered codes between ${from} and ${from + 9}.`] };
  return { outcome: 'answered', text: card.title, cards: [card] };
}

function explainCause(resolver: Resolver, cause: number): Reply {
  const entry = resolver.catalogue.q850Cause(cause);
  if (!entry) {
    return textReply(
      'not-found',
      `Q.850 cause ${cause} is not a cause value we know. Cause values run from 1 to 127; try /sip q850 16 or /sip q850 34.`,
    );
  }
  return {
    outcome: 'answered',
    text: `Q.850 cause ${cause} ${entry.name}`,
    cards: [q850Card(resolver.catalogue, entry)],
  };
}
