import * as z from 'zod/mini';
import { statusClasses } from './data/classes.js';
import { q850Causes, sipToQ850 } from './data/q850-causes.js';
import { responseCodes } from './data/response-codes.js';
import {
  catalogueSchemas,
  type Q850CauseEntry,
  type ResponseCodeEntry,
  type StatusClassEntry,
} from './schema.js';

export type { Q850CauseEntry, ResponseCodeEntry, StatusClassEntry } from './schema.js';

/** A response code with what the catalogue derives for it. */
export interface ResponseCode extends ResponseCodeEntry {
  statusClass: number;
  /** rfc-editor.org link to the defining section. */
  url: string;
  /** RFC 3398 section 8.2.6.1 mapping, when the RFC lists one. */
  q850Cause?: number;
}

/** The validated, indexed catalogue. Immutable after load. */
export interface Catalogue {
  codes: readonly ResponseCode[];
  classes: readonly StatusClassEntry[];
  q850: readonly Q850CauseEntry[];
  code(code: number): ResponseCode | undefined;
  statusClass(statusClass: number): StatusClassEntry | undefined;
  q850Cause(cause: number): Q850CauseEntry | undefined;
}

/** Link to an RFC section on rfc-editor.org. */
export function rfcUrl(rfc: number, section: string): string {
  return `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`;
}

function unique<T>(items: readonly T[], key: (item: T) => number, what: string): Map<number, T> {
  const byKey = new Map<number, T>();
  for (const item of items) {
    const k = key(item);
    if (byKey.has(k)) throw new Error(`catalogue: duplicate ${what} ${k}`);
    byKey.set(k, item);
  }
  return byKey;
}

export interface LoadOptions {
  /**
   * Skip the zod schema check, keeping the cross-checks. Only for the CLI bundle, whose build
   * (`npm run build`) has already run the full check over the very same constant data: the
   * schema pass costs ~6 ms of a ~40 ms start.
   */
  schemaCheckedAtBuild?: boolean;
}

/**
 * Validates the catalogue data and builds its indexes. Throws, naming the entry, when the data
 * breaks a rule: a broken catalogue must fail the build and the tests, never reach a user.
 */
export function loadCatalogue(options: LoadOptions = {}): Catalogue {
  const schemas = options.schemaCheckedAtBuild ? undefined : catalogueSchemas();
  const codeEntries = schemas ? z.array(schemas.responseCodeEntry).parse(responseCodes) : responseCodes;
  const classEntries = schemas ? z.array(schemas.statusClassEntry).parse(statusClasses) : statusClasses;
  const causeEntries = schemas ? z.array(schemas.q850CauseEntry).parse(q850Causes) : q850Causes;
  const sipMap = schemas ? z.array(schemas.sipToQ850Entry).parse(sipToQ850) : sipToQ850;

  const causeToSip = unique(sipMap, (m) => m.code, 'SIP-to-Q.850 mapping for');
  const codes: ResponseCode[] = codeEntries
    .map((entry) => {
      const q850Cause = causeToSip.get(entry.code)?.cause;
      return {
        ...entry,
        statusClass: Math.floor(entry.code / 100),
        url: rfcUrl(entry.reference.rfc, entry.reference.section),
        ...(q850Cause === undefined ? {} : { q850Cause }),
      };
    })
    .sort((a, b) => a.code - b.code);
  const byCode = unique(codes, (c) => c.code, 'response code');
  const byClass = unique(classEntries, (c) => c.statusClass, 'status class');
  const byCause = unique(causeEntries, (c) => c.cause, 'Q.850 cause');

  for (const entry of codes) {
    for (const related of entry.related) {
      if (!byCode.has(related))
        throw new Error(`catalogue: ${entry.code} relates to unknown code ${related}`);
      if (related === entry.code) throw new Error(`catalogue: ${entry.code} relates to itself`);
    }
    if (!entry.registered && !entry.origin)
      throw new Error(`catalogue: unregistered ${entry.code} needs an origin`);
  }
  for (const cause of causeEntries) {
    if (cause.sipCode !== undefined && !byCode.has(cause.sipCode)) {
      throw new Error(`catalogue: Q.850 cause ${cause.cause} maps to unknown code ${cause.sipCode}`);
    }
  }
  for (const mapping of sipMap) {
    if (!byCode.has(mapping.code))
      throw new Error(`catalogue: SIP-to-Q.850 maps unknown code ${mapping.code}`);
    if (!byCause.has(mapping.cause))
      throw new Error(`catalogue: SIP-to-Q.850 maps to unknown cause ${mapping.cause}`);
  }

  return {
    codes,
    classes: [...byClass.values()].sort((a, b) => a.statusClass - b.statusClass),
    q850: [...byCause.values()].sort((a, b) => a.cause - b.cause),
    code: (code) => byCode.get(code),
    statusClass: (statusClass) => byClass.get(statusClass),
    q850Cause: (cause) => byCause.get(cause),
  };
}
