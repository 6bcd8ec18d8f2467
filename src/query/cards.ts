import type { Catalogue, Q850CauseEntry, ResponseCode, StatusClassEntry } from '../catalogue/index.js';
import { rfcUrl } from '../catalogue/index.js';
import { type Card, type Field, toneForClass } from '../reply.js';

/** "486 Busy Here". */
export function codeLabel(code: Pick<ResponseCode, 'code' | 'reasonPhrase'>): string {
  return `${code.code} ${code.reasonPhrase}`;
}

function classField(catalogue: Catalogue, statusClass: number): Field {
  const entry = catalogue.statusClass(statusClass);
  return { label: 'Class', value: `${statusClass}xx ${entry?.name ?? ''}`.trim() };
}

function q850Label(catalogue: Catalogue, cause: number): string {
  const entry = catalogue.q850Cause(cause);
  return entry ? `${cause} ${entry.name}` : String(cause);
}

/** Q.850 causes that RFC 3398 maps to this code (ISUP to SIP). */
function causesMappedTo(catalogue: Catalogue, code: number): Q850CauseEntry[] {
  return catalogue.q850.filter((cause) => cause.sipCode === code);
}

/** The full card for one response code: everything an on-call engineer needs. */
export function codeCard(catalogue: Catalogue, code: ResponseCode): Card {
  const fields: Field[] = [
    classField(catalogue, code.statusClass),
    { label: 'Defined in', value: `RFC ${code.reference.rfc} §${code.reference.section}` },
  ];
  if (code.q850Cause !== undefined) {
    fields.push({
      label: 'Q.850 (RFC 3398)',
      value: `SIP ${code.code} → cause ${q850Label(catalogue, code.q850Cause)}`,
    });
  }
  const inbound = causesMappedTo(catalogue, code.code);
  if (inbound.length > 0) {
    fields.push({
      label: 'From Q.850',
      value: inbound.map((cause) => `${cause.cause} ${cause.name}`).join(', '),
    });
  }
  if (!code.registered)
    fields.push({ label: 'Not in the IANA registry', value: code.origin ?? 'a vendor or legacy code' });
  if (code.aliases.length > 0) fields.push({ label: 'Also seen as', value: code.aliases.join(', ') });
  return {
    title: codeLabel(code),
    tone: toneForClass(code.statusClass),
    summary: code.summary,
    fields,
    sections: [
      { heading: 'What it means', lines: [code.meaning] },
      { heading: 'Who sends it', lines: code.sentBy, bullets: true },
      { heading: 'Common causes', lines: code.causes, bullets: true },
      { heading: 'What to check', lines: code.checks, bullets: true },
      { heading: 'Retry?', lines: [code.retry] },
    ],
    links: [{ label: `RFC ${code.reference.rfc} §${code.reference.section}`, url: code.url }],
    related: code.related.flatMap((related) => {
      const entry = catalogue.code(related);
      return entry ? [codeLabel(entry)] : [];
    }),
  };
}

/** A short card: reason phrase, one-line summary and the single most useful check. */
export function compactCodeCard(code: ResponseCode): Card {
  return {
    title: codeLabel(code),
    tone: toneForClass(code.statusClass),
    summary: code.summary,
    fields: [],
    sections: code.checks[0] ? [{ heading: 'Check first', lines: [code.checks[0]] }] : [],
    links: [{ label: `RFC ${code.reference.rfc} §${code.reference.section}`, url: code.url }],
    related: [],
    footer: code.registered ? undefined : `Not registered with IANA: ${code.origin ?? ''}`.trim(),
  };
}

/** A number in 100-699 the registry does not have: what its class means and what is near. */
export function unregisteredCard(catalogue: Catalogue, code: number, reasonPhrase?: string): Card {
  const statusClass = Math.floor(code / 100);
  const entry = catalogue.statusClass(statusClass);
  const nearest = [...catalogue.codes]
    .filter((candidate) => candidate.statusClass === statusClass && candidate.registered)
    .sort((a, b) => Math.abs(a.code - code) - Math.abs(b.code - code) || a.code - b.code)
    .slice(0, 4)
    .sort((a, b) => a.code - b.code);
  return {
    title: reasonPhrase
      ? `${code} ${reasonPhrase} (not registered)`
      : `${code} is not a registered SIP response code`,
    tone: toneForClass(statusClass),
    summary: `No RFC defines ${code}. A client treats an unknown code like the x00 of its class: ${statusClass}00.`,
    fields: [classField(catalogue, statusClass)],
    sections: entry
      ? [
          { heading: `What ${statusClass}xx means`, lines: [entry.meaning] },
          { heading: 'How a client treats it', lines: [entry.clientTreatment] },
          {
            heading: 'What to check',
            lines: [
              'Look at the reason phrase and any Warning or Reason header: they say what the sender meant by this vendor-specific code.',
            ],
          },
        ]
      : [],
    links: [{ label: 'RFC 3261 §8.1.3.2 (unrecognised responses)', url: rfcUrl(3261, '8.1.3.2') }],
    related: nearest.map(codeLabel),
  };
}

/** One class (4xx): what it means, how clients treat it, and its codes. */
export function classCard(entry: StatusClassEntry, codes: readonly ResponseCode[]): Card {
  return {
    title: `${entry.statusClass}xx ${entry.name}`,
    tone: toneForClass(entry.statusClass),
    summary: entry.meaning,
    fields: [],
    sections: [
      { heading: 'How a client treats it', lines: [entry.clientTreatment] },
      {
        heading: `Codes (${codes.length})`,
        lines: codes.map((code) => `${codeLabel(code)}: ${code.summary}`),
        bullets: true,
      },
    ],
    links: [{ label: 'RFC 3261 §21 (response codes)', url: rfcUrl(3261, '21') }],
    related: [],
  };
}

/** A Q.850 cause with both directions of the RFC 3398 mapping. */
export function q850Card(catalogue: Catalogue, cause: Q850CauseEntry): Card {
  const toSip = cause.sipCode === undefined ? undefined : catalogue.code(cause.sipCode);
  const fromSip = catalogue.codes.filter((code) => code.q850Cause === cause.cause);
  const fields: Field[] = [
    {
      label: 'ISUP → SIP (RFC 3398 §7.2.4.1)',
      value: toSip ? codeLabel(toSip) : 'no SIP response listed for this cause',
    },
  ];
  if (fromSip.length > 0) {
    fields.push({ label: 'SIP → ISUP (RFC 3398 §8.2.6.1)', value: fromSip.map(codeLabel).join(', ') });
  }
  return {
    title: `Q.850 cause ${cause.cause}: ${cause.name}`,
    tone: toSip ? toneForClass(toSip.statusClass) : 'neutral',
    summary: cause.meaning,
    fields,
    sections: [],
    links: [
      { label: 'RFC 3398 §7.2.4.1', url: rfcUrl(3398, '7.2.4.1') },
      { label: 'RFC 3398 §8.2.6.1', url: rfcUrl(3398, '8.2.6.1') },
    ],
    related: toSip ? [codeLabel(toSip)] : [],
  };
}
