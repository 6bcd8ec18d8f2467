import type { Catalogue } from '../catalogue/index.js';
import { codeLabel } from './cards.js';
import type { Search } from './search.js';

/** One autocomplete choice: what the user sees and what lands in the query. */
export interface Suggestion {
  label: string;
  value: string;
}

/** Codes people look up most; offered before anything is typed. */
const COMMON = [
  486, 487, 480, 503, 404, 403, 408, 401, 407, 488, 500, 603, 481, 484, 502, 504, 183, 180, 200,
];

/**
 * Completions for a partly typed query: codes by prefix ("48" gives 480-489), classes ("4" adds
 * "4xx"), words by search. Answered from memory; at most `limit` (Discord allows 25).
 */
export function suggest(catalogue: Catalogue, search: Search, partial: string, limit = 25): Suggestion[] {
  const text = partial.trim().slice(0, 100);
  const label = (code: number) => {
    const entry = catalogue.code(code);
    return entry ? { label: `${codeLabel(entry)}: ${entry.summary}`, value: String(code) } : undefined;
  };
  if (text === '') return COMMON.flatMap((code) => label(code) ?? []).slice(0, limit);
  if (/^\d{1,3}$/.test(text)) {
    const classes =
      text.length === 1 && catalogue.statusClass(Number(text))
        ? [
            {
              label: `${text}xx: every ${catalogue.statusClass(Number(text))?.name} code`,
              value: `${text}xx`,
            },
          ]
        : [];
    const codes = catalogue.codes
      .filter((code) => String(code.code).startsWith(text))
      .flatMap((code) => label(code.code) ?? []);
    return [...classes, ...codes].slice(0, limit);
  }
  return search(text, limit).flatMap((match) => label(match.code.code) ?? []);
}
