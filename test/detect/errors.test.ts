import { describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { createDetector } from '../../src/detect/index.js';

// A rule with a bug: the detector must let its error through, not turn it into "no codes", so that
// the property tests see it (the bot catches errors at its boundary).
vi.mock('../../src/detect/phrases.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/detect/phrases.js')>();
  return {
    ...original,
    phraseEnd: () => {
      throw new Error('rule bug');
    },
  };
});

describe('a rule that throws', () => {
  it('makes the detector throw instead of reporting nothing', () => {
    const detect = createDetector(loadCatalogue());
    expect(() => detect('the carrier says 503 Service Unavailable')).toThrow('rule bug');
  });
});
