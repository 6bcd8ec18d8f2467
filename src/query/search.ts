import type { Catalogue, ResponseCode } from '../catalogue/index.js';

/** A code and how well it matched a word query (0..1). */
export interface SearchMatch {
  code: ResponseCode;
  score: number;
}

export type Search = (query: string, limit?: number) => SearchMatch[];

// Words that carry no meaning in a query ("the", "sip") are dropped before matching.
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'is',
  'it',
  'on',
  'in',
  'for',
  'sip',
  'code',
  'error',
  'response',
  'what',
  'means',
  'mean',
  'does',
]);

/** Lowercase words of letters only; digits and punctuation split words. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

// Two reusable rows: the distance runs for every vocabulary word on every keystroke of
// autocomplete, so it must not allocate.
const previousRow = new Int32Array(64);
const currentRow = new Int32Array(64);

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= previousRow.length) return max + 1;
  for (let j = 0; j <= b.length; j++) previousRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    currentRow[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previousRow[j] as number) + 1,
        (currentRow[j - 1] as number) + 1,
        (previousRow[j - 1] as number) + cost,
      );
      currentRow[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previousRow.set(currentRow.subarray(0, b.length + 1));
  }
  return previousRow[b.length] as number;
}

/** How many typos a word of this length may carry and still match. */
function allowedTypos(word: string): number {
  if (word.length >= 8) return 2;
  if (word.length >= 4) return 1;
  return 0;
}

interface Name {
  code: ResponseCode;
  words: string[];
}

/**
 * Ranks codes for a word query ("busy", "request terminated", "unavailible"). A code scores by
 * its best name (reason phrase or alias): the share of query words found in the name times the
 * share of the name covered, with typos costing a little. Summary words add a small bonus so
 * "wrong password" still finds 401/403.
 */
export function createSearch(catalogue: Catalogue): Search {
  const names: Name[] = catalogue.codes.flatMap((code) =>
    [code.reasonPhrase, ...code.aliases].map((name) => ({ code, words: words(name) })),
  );
  const nameVocabulary = [...new Set(names.flatMap((name) => name.words))];
  const summaryWords = new Map(
    catalogue.codes.map((code) => [code.code, new Set(words(`${code.summary} ${code.meaning}`))]),
  );

  /** Each vocabulary word the query word may stand for, with a weight (1 exact, less for typos). */
  const resolveWord = (queryWord: string): Map<string, number> => {
    const resolved = new Map<string, number>();
    const typos = allowedTypos(queryWord);
    for (const candidate of nameVocabulary) {
      if (candidate === queryWord) resolved.set(candidate, 1);
      else if (typos > 0) {
        const distance = boundedDistance(queryWord, candidate, typos);
        if (distance <= typos) resolved.set(candidate, 1 - 0.15 * distance);
      }
    }
    return resolved;
  };

  return (query, limit = 8) => {
    const queryWords = [...new Set(words(query).filter((word) => !STOP_WORDS.has(word)))];
    if (queryWords.length === 0) return [];
    const resolved = queryWords.map(resolveWord);
    const best = new Map<number, SearchMatch>();
    for (const name of names) {
      let matchedWeight = 0;
      let covered = 0;
      resolved.forEach((candidates) => {
        let weight = 0;
        for (const word of name.words) weight = Math.max(weight, candidates.get(word) ?? 0);
        matchedWeight += weight;
      });
      for (const word of name.words) {
        if (resolved.some((candidates) => candidates.has(word))) covered++;
      }
      const summary = summaryWords.get(name.code.code);
      const bonus = queryWords.filter((word) => summary?.has(word)).length / queryWords.length;
      const nameScore = (matchedWeight / queryWords.length) * (covered / Math.max(1, name.words.length));
      const score = nameScore * 0.85 + bonus * 0.15;
      if (score <= 0.1) continue;
      const previous = best.get(name.code.code);
      if (!previous || previous.score < score) best.set(name.code.code, { code: name.code, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.code.code - b.code.code).slice(0, limit);
  };
}

/** The match that clearly wins, if any: strong on its own and well ahead of the runner-up. */
export function clearWinner(matches: readonly SearchMatch[]): SearchMatch | undefined {
  const [first, second] = matches;
  if (!first || first.score < 0.6) return undefined;
  if (second && second.score > first.score * 0.8) return undefined;
  return first;
}
