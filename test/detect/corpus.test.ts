import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/catalogue/index.js';
import { createDetector } from '../../src/detect/index.js';

interface Labeled {
  text: string;
  codes: number[];
  causes?: number[];
  note: string;
  file: string;
}

const dir = join(import.meta.dirname, '../fixtures/detect');
const corpus: Labeled[] = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ ...(JSON.parse(line) as Omit<Labeled, 'file'>), file })),
  );

/** Precision and recall over (message, value) pairs, values unique per message. */
function score(pairs: Array<{ expected: number[]; found: number[]; label: string }>) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses: string[] = [];
  for (const { expected, found, label } of pairs) {
    const want = new Set(expected);
    const got = new Set(found);
    for (const v of got) {
      if (want.has(v)) truePositives++;
      else {
        falsePositives++;
        misses.push(`  false positive ${v}: ${label}`);
      }
    }
    for (const v of want) {
      if (!got.has(v)) {
        falseNegatives++;
        misses.push(`  missed ${v}: ${label}`);
      }
    }
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  return { precision, recall, truePositives, falsePositives, falseNegatives, misses };
}

const detect = createDetector(loadCatalogue());
const label = (m: Labeled): string => `[${m.file}] ${m.note} :: ${JSON.stringify(m.text.slice(0, 90))}`;

describe('the labeled corpus', () => {
  it('holds at least 300 messages, about a third of them traps', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const traps = corpus.filter((m) => m.codes.length === 0).length;
    expect(traps / corpus.length).toBeGreaterThan(0.25);
  });

  it('finds response codes with precision >= 0.98 and recall >= 0.95', () => {
    const results = corpus.map((m) => ({
      expected: m.codes,
      found: detect(m.text).codes.map((c) => c.code),
      label: label(m),
    }));
    const s = score(results);
    console.log(
      `codes: ${corpus.length} messages, precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)} ` +
        `(tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})\n${s.misses.join('\n')}`,
    );
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });

  // The issue sets no target for causes; the gates guard against regressions at what the corpus
  // measures (recall 0.83 once the held-out writers' messages came in: causes given only by name,
  // positional CSV columns and lists of causes are not found).
  it('reports Q.850 causes mentioned as such (figures printed, gates at precision 0.95, recall 0.8)', () => {
    const results = corpus.map((m) => ({
      expected: m.causes ?? [],
      found: detect(m.text).causes.map((c) => c.cause),
      label: label(m),
    }));
    const s = score(results);
    console.log(
      `causes: precision ${s.precision.toFixed(4)}, recall ${s.recall.toFixed(4)} ` +
        `(tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})\n${s.misses.join('\n')}`,
    );
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });
});
