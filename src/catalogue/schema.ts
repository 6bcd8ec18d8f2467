// zod/mini rather than classic zod: the catalogue loads on every `sipbot 603`, and the mini
// build tree-shakes to a few kilobytes, which keeps the CLI's start within 2x a bare Node start.
import * as z from 'zod/mini';

function buildSchemas() {
  const code = z.int().check(z.gte(100), z.lte(699));
  const text = (min: number, max?: number) =>
    z.string().check(z.minLength(min), ...(max ? [z.maxLength(max)] : []));

  /** The RFC (and section) that defines a code; `section` is the rfc-editor.org anchor ("21.6.4"). */
  const rfcReference = z.object({
    rfc: z.int().check(z.positive()),
    section: z.string().check(z.regex(/^\d+(\.\d+)*$/, 'a section number such as 21.4.7')),
  });

  const responseCodeEntry = z.object({
    code,
    /** The reason phrase exactly as the IANA registry spells it (or as the source spells it, if unregistered). */
    reasonPhrase: text(2),
    registered: z.boolean(),
    /** For unregistered codes: where they come from and who still sends them. */
    origin: z.optional(text(10)),
    reference: rfcReference,
    /** Other reason phrases seen in the wild for the same code (search and detection). */
    aliases: z.array(text(2)),
    /** One line, in our words; never a restatement of the reason phrase. */
    summary: text(20, 200),
    /** What the code means in practice. */
    meaning: text(40),
    /** Who typically sends it: UAS, proxy, registrar, gateway, SBC, ... */
    sentBy: z.array(text(2)).check(z.minLength(1)),
    /** Common real-world causes. */
    causes: z.array(text(10)).check(z.minLength(1)),
    /** What to check first; the first item is the single most useful check. */
    checks: z.array(text(10)).check(z.minLength(1)),
    /** Whether and how a retry makes sense (Retry-After where relevant). */
    retry: text(10),
    related: z.array(code),
  });

  const statusClassEntry = z.object({
    statusClass: z.int().check(z.gte(1), z.lte(6)),
    name: text(3),
    /** What the class means. */
    meaning: text(20),
    /** How a client treats a response of this class: provisional or final, retry elsewhere or not. */
    clientTreatment: text(20),
  });

  const cause = z.int().check(z.gte(1), z.lte(127));

  const q850CauseEntry = z.object({
    cause,
    /** The ITU-T Q.850 name of the cause value. */
    name: text(3),
    /** What it means, in our words. */
    meaning: text(20),
    /** The SIP response RFC 3398 section 7.2.4.1 maps this cause to, if it lists one. */
    sipCode: z.optional(code),
  });

  /** RFC 3398 section 8.2.6.1: the Q.850 cause a gateway sends for a SIP response. */
  const sipToQ850Entry = z.object({ code, cause });

  return { rfcReference, responseCodeEntry, statusClassEntry, q850CauseEntry, sipToQ850Entry };
}

export type CatalogueSchemas = ReturnType<typeof buildSchemas>;
let schemas: CatalogueSchemas | undefined;

/**
 * The catalogue's zod schemas, built on first use: building them costs ~2 ms, which the CLI, whose
 * bundle is checked at build time, does not pay on every `sipbot 603`.
 */
export function catalogueSchemas(): CatalogueSchemas {
  schemas ??= buildSchemas();
  return schemas;
}

export type ResponseCodeEntry = z.infer<CatalogueSchemas['responseCodeEntry']>;
export type StatusClassEntry = z.infer<CatalogueSchemas['statusClassEntry']>;
export type Q850CauseEntry = z.infer<CatalogueSchemas['q850CauseEntry']>;
export type SipToQ850Entry = z.infer<CatalogueSchemas['sipToQ850Entry']>;
