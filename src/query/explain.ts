import type { Catalogue } from '../catalogue/index.js';
import type { Detection } from '../detect/index.js';
import type { Card, Reply } from '../reply.js';
import { codeLabel, compactCodeCard, q850Card, unregisteredCard } from './cards.js';

/** How many codes one explanation shows before "and N more". */
export const MAX_EXPLAINED_CODES = 5;

/** The distinct codes of a detection, in the order they first appear. */
export function distinctCodes(detection: Detection): number[] {
  return [...new Set(detection.codes.map((found) => found.code))];
}

/**
 * One compact reply for the codes found in a message: each code's reason phrase, summary and
 * first check, at most five, then the command that shows the rest. `onlyCodes` narrows the
 * reply to codes not explained recently (auto-explain cooldown).
 */
export function explainDetection(
  catalogue: Catalogue,
  detection: Detection,
  onlyCodes?: readonly number[],
): Reply {
  const codes = onlyCodes ?? distinctCodes(detection);
  const cards: Card[] = codes.slice(0, MAX_EXPLAINED_CODES).map((code) => {
    const entry = catalogue.code(code);
    if (entry) return compactCodeCard(entry);
    const unregistered = unregisteredCard(catalogue, code);
    return { ...unregistered, sections: unregistered.sections.slice(0, 1), related: [] };
  });
  const causes = [...new Set(detection.causes.map((found) => found.cause))];
  for (const cause of causes.slice(0, Math.max(0, MAX_EXPLAINED_CODES - cards.length))) {
    const entry = catalogue.q850Cause(cause);
    if (entry) cards.push(q850Card(catalogue, entry));
  }
  const rest = codes.slice(MAX_EXPLAINED_CODES);
  const labels = codes.map((code) => {
    const entry = catalogue.code(code);
    return entry ? codeLabel(entry) : `${code} (unregistered)`;
  });
  const more = rest.length > 0 ? `and ${rest.length} more: /sip ${rest.join(' ')}` : undefined;
  const intro = codes.length > 1 ? `${codes.length} SIP codes found` : undefined;
  const summary = [
    ...(labels.length > 0 ? [`SIP ${labels.join(', ')}`] : []),
    ...(causes.length > 0 ? [`Q.850 cause ${causes.join(', ')}`] : []),
  ];
  return {
    outcome: 'answered',
    text: summary.join('; '),
    ...(intro ? { intro } : {}),
    cards,
    ...(more ? { more } : {}),
  };
}
