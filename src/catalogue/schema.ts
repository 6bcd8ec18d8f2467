import { z } from 'zod';

/** The RFC (and section) that defines a code; `section` is the rfc-editor.org anchor ("21.6.4"). */
export const rfcReference = z.object({
  rfc: z.number().int().positive(),
  section: z.string().regex(/^\d+(\.\d+)*$/, 'a section number such as 21.4.7'),
});

export const responseCodeEntry = z.object({
  code: z.number().int().min(100).max(699),
  /** The reason phrase exactly as the IANA registry spells it (or as the source spells it, if unregistered). */
  reasonPhrase: z.string().min(2),
  registered: z.boolean(),
  /** For unregistered codes: where they come from and who still sends them. */
  origin: z.string().min(10).optional(),
  reference: rfcReference,
  /** Other reason phrases seen in the wild for the same code (search and detection). */
  aliases: z.array(z.string().min(2)),
  /** One line, in our words; never a restatement of the reason phrase. */
  summary: z.string().min(20).max(200),
  /** What the code means in practice. */
  meaning: z.string().min(40),
  /** Who typically sends it: UAS, proxy, registrar, gateway, SBC, ... */
  sentBy: z.array(z.string().min(2)).min(1),
  /** Common real-world causes. */
  causes: z.array(z.string().min(10)).min(1),
  /** What to check first; the first item is the single most useful check. */
  checks: z.array(z.string().min(10)).min(1),
  /** Whether and how a retry makes sense (Retry-After where relevant). */
  retry: z.string().min(10),
  related: z.array(z.number().int().min(100).max(699)),
});

export const statusClassEntry = z.object({
  statusClass: z.number().int().min(1).max(6),
  name: z.string().min(3),
  /** What the class means. */
  meaning: z.string().min(20),
  /** How a client treats a response of this class: provisional or final, retry elsewhere or not. */
  clientTreatment: z.string().min(20),
});

export const q850CauseEntry = z.object({
  cause: z.number().int().min(1).max(127),
  /** The ITU-T Q.850 name of the cause value. */
  name: z.string().min(3),
  /** What it means, in our words. */
  meaning: z.string().min(20),
  /** The SIP response RFC 3398 section 7.2.4.1 maps this cause to, if it lists one. */
  sipCode: z.number().int().min(100).max(699).optional(),
});

/** RFC 3398 section 8.2.6.1: the Q.850 cause a gateway sends for a SIP response. */
export const sipToQ850Entry = z.object({
  code: z.number().int().min(100).max(699),
  cause: z.number().int().min(1).max(127),
});

export type ResponseCodeEntry = z.infer<typeof responseCodeEntry>;
export type StatusClassEntry = z.infer<typeof statusClassEntry>;
export type Q850CauseEntry = z.infer<typeof q850CauseEntry>;
export type SipToQ850Entry = z.infer<typeof sipToQ850Entry>;
