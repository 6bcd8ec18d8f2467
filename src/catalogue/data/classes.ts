import type { StatusClassEntry } from '../schema.js';

/** The six SIP response classes (RFC 3261 section 7.2 and 21). */
export const statusClasses: StatusClassEntry[] = [
  {
    statusClass: 1,
    name: 'Provisional',
    meaning:
      'The request was received and is being worked on: trying, ringing, queued, progress with early media.',
    clientTreatment:
      'Not final: the transaction goes on and a final response is still to come. Over UDP it stops INVITE retransmissions; a 1xx never ends a call attempt.',
  },
  {
    statusClass: 2,
    name: 'Success',
    meaning: 'The request was accepted: a call answered, a registration stored, a message delivered.',
    clientTreatment: 'Final. For an INVITE the caller must send an ACK, and the dialog is established.',
  },
  {
    statusClass: 3,
    name: 'Redirection',
    meaning: 'The callee is elsewhere: the response lists other addresses (Contact) to try instead.',
    clientTreatment:
      'Final for this request. The client may send a new request to the Contact addresses given, unless it does not follow redirects.',
  },
  {
    statusClass: 4,
    name: 'Client Failure',
    meaning:
      'The request was wrong or could not be served by this server: bad credentials, unknown user, busy, missing headers.',
    clientTreatment:
      'Final. Do not resend the same request unchanged to the same server; fix it (credentials, headers, number) or try another destination.',
  },
  {
    statusClass: 5,
    name: 'Server Failure',
    meaning: 'The server, or something behind it, failed to process an apparently valid request.',
    clientTreatment:
      'Final for this server. The client may try another server (next SRV target, another trunk), honouring Retry-After if present.',
  },
  {
    statusClass: 6,
    name: 'Global Failure',
    meaning: 'The server has definitive information that the request will fail everywhere, not just here.',
    clientTreatment:
      'Final and authoritative: do not try other locations for this user; the answer will be the same.',
  },
];
