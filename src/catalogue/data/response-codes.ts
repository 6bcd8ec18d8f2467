import type { ResponseCodeEntry } from '../schema.js';

/**
 * Every SIP response code in the IANA "Response Codes" registry (75 codes), plus codes seen in the
 * wild that are not registered. Written in our own words; facts checked against IANA and the RFCs.
 */
export const responseCodes: ResponseCodeEntry[] = [
  // --- 1xx provisional ---
  {
    code: 100,
    reasonPhrase: 'Trying',
    registered: true,
    reference: { rfc: 3261, section: '21.1.1' },
    aliases: [],
    summary:
      'The next hop got the request and is working on it; it only stops retransmissions, nothing about the callee.',
    meaning:
      'A hop-by-hop acknowledgement: the proxy, SBC or UAS directly in front of you received the INVITE and will send something better later. It is never forwarded end to end and says nothing about whether the far end exists or is ringing.',
    sentBy: ['proxy', 'SBC', 'B2BUA / PBX', 'UAS'],
    causes: [
      'Normal first answer to every INVITE from Kamailio, OpenSIPS, Asterisk, FreeSWITCH or a carrier edge.',
      'A call stuck on 100 with nothing after it means the next hop accepted the INVITE but its own onward leg is not progressing.',
    ],
    checks: [
      "If the call stalls after 100, trace the next hop's outbound leg: the problem is downstream of whoever sent the 100.",
      'Check that you stop retransmitting the INVITE after the 100; repeated INVITEs after it point to a broken transaction layer or NAT dropping the 100.',
    ],
    retry:
      'Nothing to retry; wait for a provisional or final response (Timer C on proxies, Timer B on the caller).',
    related: [180, 183, 408],
  },
  {
    code: 180,
    reasonPhrase: 'Ringing',
    registered: true,
    reference: { rfc: 3261, section: '21.1.2' },
    aliases: [],
    summary:
      "The callee's device is alerting; the caller should hear ringback (played locally unless early media arrives).",
    meaning:
      "The UAS accepted the INVITE for alerting. A 180 normally carries no SDP, so the caller's side generates ringback itself; if it carries SDP, the far end may be sending its own ringback as early media.",
    sentBy: ['UAS (phone, softphone)', 'PBX', 'gateway reporting ISDN ALERTING'],
    causes: [
      'The phone is ringing.',
      'A PBX or gateway sends 180 while it rings a queue, hunt group or PSTN number.',
    ],
    checks: [
      "If the caller hears silence after 180, check whether the 180 carried SDP: the caller's phone then waits for early media instead of playing ringback.",
      'Check that the 180 reaches the caller through NAT and the SBC; a lost 180 leaves the caller with dead air until answer.',
    ],
    retry: 'Nothing to retry; wait for the final response.',
    related: [183, 100, 200],
  },
  {
    code: 181,
    reasonPhrase: 'Call Is Being Forwarded',
    registered: true,
    reference: { rfc: 3261, section: '21.1.3' },
    aliases: [],
    summary:
      'A server is redirecting the call to another destination, such as a forwarding number or voicemail.',
    meaning:
      'Informational: some element in the path has retargeted the call (call forwarding, follow-me, hunt to voicemail). The final outcome will come from the new target.',
    sentBy: ['proxy', 'PBX or application server doing call forwarding'],
    causes: [
      'Unconditional or no-answer call forwarding on the called number.',
      'Hosted PBX or carrier retargeting to voicemail.',
    ],
    checks: [
      "Check the callee's forwarding settings if calls unexpectedly reach a different party or voicemail.",
      'Look at History-Info or Diversion headers in later requests to see where the call went.',
    ],
    retry: 'Nothing to retry; wait for the final response.',
    related: [180, 183, 302],
  },
  {
    code: 182,
    reasonPhrase: 'Queued',
    registered: true,
    reference: { rfc: 3261, section: '21.1.4' },
    aliases: ['Call Queued'],
    summary:
      'The callee cannot take the call yet and the server is holding it in a queue instead of rejecting it.',
    meaning:
      'The request is parked until the destination becomes free, for example in a call-center queue. Several 182s may arrive to update queue position; a final response follows when the call is answered or dropped.',
    sentBy: ['PBX or ACD queue', 'application server'],
    causes: [
      'Call-center or hunt-group queue with all agents busy.',
      'A PBX configured to camp calls on a busy extension.',
    ],
    checks: [
      'Check queue length and agent availability on the PBX or contact-center platform.',
      "Check the caller's INVITE timeout (Timer C / no-answer timer) is long enough for queued calls.",
    ],
    retry: 'Nothing to retry; the call is still alive.',
    related: [180, 183, 486],
  },
  {
    code: 183,
    reasonPhrase: 'Session Progress',
    registered: true,
    reference: { rfc: 3261, section: '21.1.5' },
    aliases: ['Session in Progress', 'Call Progress'],
    summary:
      'Call setup is progressing and the far end usually opens early media: ringback, announcements or IVR audio.',
    meaning:
      "A provisional response that normally carries SDP so audio can flow before answer. Carriers and gateways use it to play ringback tones or recorded announcements such as 'number not in service' before sending a failure.",
    sentBy: ['gateway', 'carrier', 'PBX', 'SBC', 'IMS network'],
    causes: [
      'A PSTN gateway or carrier playing ringback or an in-band announcement.',
      'Asterisk Progress() or early media applications; FreeSWITCH pre_answer.',
      'IMS networks using 183 with preconditions before ringing.',
    ],
    checks: [
      'If the caller hears nothing, check the SDP in the 183 and that RTP from that address reaches the caller (NAT, SBC media anchoring).',
      'Listen to the early media: carriers often explain the failure in an announcement before the final response.',
      'Check whether 100rel/PRACK is required by the network and supported by your endpoint.',
    ],
    retry: 'Nothing to retry; wait for the final response.',
    related: [180, 199, 580],
  },
  {
    code: 199,
    reasonPhrase: 'Early Dialog Terminated',
    registered: true,
    reference: { rfc: 6228, section: '11.1' },
    aliases: [],
    summary:
      'One forked branch of the call ended early while other branches keep going; it is not the final answer.',
    meaning:
      'When a forking proxy or UAS ends an early dialog (for example one of several ringing devices gave up), it can tell the caller with 199 so the caller releases the early media and resources tied to that branch. Only sent when the caller advertised support for the 199 option tag.',
    sentBy: ['forking proxy', 'UAS', 'IMS S-CSCF'],
    causes: [
      'Parallel forking where one target rejected the call but others are still ringing.',
      'IMS networks (3GPP TS 24.229) using 199 to clean up early media from forked branches.',
    ],
    checks: [
      'Check which branch ended by matching the To tag of the 199 to earlier 18x responses.',
      'If early media cuts out, check that your endpoint switches to media from a remaining early dialog.',
    ],
    retry: 'Nothing to retry; the call is still in progress on other branches.',
    related: [183, 487],
  },
  // --- 2xx success ---
  {
    code: 200,
    reasonPhrase: 'OK',
    registered: true,
    reference: { rfc: 3261, section: '21.2.1' },
    aliases: [],
    summary: 'The request succeeded: for INVITE the call was answered, for REGISTER the binding was stored.',
    meaning:
      "Success. For an INVITE it means answer and carries the answering side's SDP; the caller must ACK it. For REGISTER, the Contact and Expires in the 200 tell you what the registrar actually stored.",
    sentBy: ['UAS', 'registrar', 'PBX', 'proxy relaying the answer'],
    causes: [
      'The callee answered.',
      'A registrar accepted a REGISTER, or a UA accepted BYE, OPTIONS, re-INVITE or MESSAGE.',
    ],
    checks: [
      'If calls drop about 32 seconds after a 200 to INVITE, check that the ACK reaches the UAS (usually a NAT or Record-Route/Contact problem).',
      'For REGISTER, read the Expires and Contact in the 200 to confirm the registrar kept the binding you sent.',
    ],
    retry: 'No retry needed.',
    related: [202, 481, 408],
  },
  {
    code: 202,
    reasonPhrase: 'Accepted',
    registered: true,
    reference: { rfc: 6665, section: '8.3.1' },
    aliases: [],
    summary: 'The request was taken on but its outcome comes later, typically a REFER for call transfer.',
    meaning:
      'Deprecated in the IANA registry: RFC 6665 stopped using 202 for SUBSCRIBE and receivers should treat it like 200. It is still common as the answer to REFER during call transfers, with the transfer result arriving later in NOTIFY (sipfrag) messages.',
    sentBy: ['UA receiving REFER', 'presence or event server (older stacks)'],
    causes: [
      'A phone or PBX accepted a blind or attended transfer request (REFER).',
      'Older SUBSCRIBE implementations from the RFC 3265 era.',
    ],
    checks: [
      'For transfers, follow the NOTIFY messages after the 202: their sipfrag body carries the real outcome of the transfer.',
      'Treat a 202 exactly like a 200 in your own code; do not wait for anything special because of the code.',
    ],
    retry: 'No retry needed.',
    related: [200, 489],
  },
  {
    code: 204,
    reasonPhrase: 'No Notification',
    registered: true,
    reference: { rfc: 5839, section: '7.1' },
    aliases: [],
    summary:
      "A conditional SUBSCRIBE refresh worked, and no NOTIFY will follow because the subscriber's state is current.",
    meaning:
      'Part of conditional event notification: the subscriber sent the entity tag of the state it already has, and the notifier confirms nothing changed, saving a NOTIFY. Only valid for SUBSCRIBE inside an existing dialog.',
    sentBy: ['presence server', 'event notifier'],
    causes: ['A presence or BLF subscription refresh where the resource state did not change.'],
    checks: [
      "If BLF or presence lamps look stale, check whether the subscriber's stored entity tag is out of date.",
      'Check the notifier really supports RFC 5839 before relying on suppressed NOTIFYs.',
    ],
    retry: 'No retry needed.',
    related: [200, 489],
  },
  // --- 3xx redirection ---
  {
    code: 300,
    reasonPhrase: 'Multiple Choices',
    registered: true,
    reference: { rfc: 3261, section: '21.3.1' },
    aliases: [],
    summary:
      'The address resolved to several possible targets; the Contact headers list them for the caller to try.',
    meaning:
      'A redirect server found more than one place the user might be and hands the list back instead of forking itself. The caller (or a recursing proxy) chooses and sends a new INVITE.',
    sentBy: ['redirect server', 'location server'],
    causes: [
      'A redirect server holds several registered contacts or numbers for the user.',
      'An ENUM or routing database returned multiple routes.',
    ],
    checks: [
      'Check whether your proxy or PBX follows redirects at all; many trunks simply treat 3xx as a failure.',
      'Read the Contact list and q-values to see which targets were offered.',
    ],
    retry: 'Send a new request to one of the listed Contacts rather than retrying the original target.',
    related: [301, 302, 380],
  },
  {
    code: 301,
    reasonPhrase: 'Moved Permanently',
    registered: true,
    reference: { rfc: 3261, section: '21.3.2' },
    aliases: [],
    summary:
      'The user is no longer at this address; the Contact header gives the new one to use from now on.',
    meaning:
      'A permanent redirect: the caller should update stored addresses (address books, routing tables) to the Contact in the response and call there.',
    sentBy: ['redirect server', 'proxy'],
    causes: [
      'A user or number moved to another domain or platform.',
      'Routing data migrated to a new SIP domain.',
    ],
    checks: [
      'Check the Contact header in the response and update the stored route or dial string.',
      'Check whether your PBX follows redirects automatically or fails the call.',
    ],
    retry: 'Retry at the new Contact address, not the original one.',
    related: [302, 410, 300],
  },
  {
    code: 302,
    reasonPhrase: 'Moved Temporarily',
    registered: true,
    reference: { rfc: 3261, section: '21.3.3' },
    aliases: [],
    summary:
      'Call the address in the Contact header instead, for now; the classic SIP call-forwarding redirect.',
    meaning:
      'A temporary redirect, often used for call forwarding or least-cost routing by redirect servers. The caller sends a new INVITE to the Contact and keeps using the original address for future calls.',
    sentBy: ['redirect server', 'Kamailio/OpenSIPS redirect logic', 'PBX call forwarding', 'routing engine'],
    causes: [
      'Call forwarding implemented by redirect rather than by proxying.',
      'A routing or number-portability server that answers every INVITE with a 302 to the real route.',
      "Asterisk's Dial() follows 302 forwards unless the i option is set; other PBXs treat 302 as a failure.",
    ],
    checks: [
      'Check whether the calling side follows redirects; if not, the call fails even though the 302 was correct.',
      'Check the Contact in the 302 is routable from the caller (not a private IP or internal-only host).',
      'Watch for redirect loops between two systems forwarding to each other.',
    ],
    retry: 'Retry at the Contact in the 302; later calls should still use the original address.',
    related: [301, 181, 300, 482],
  },
  {
    code: 305,
    reasonPhrase: 'Use Proxy',
    registered: true,
    reference: { rfc: 3261, section: '21.3.4' },
    aliases: [],
    summary: 'The target can only be reached through the proxy named in the Contact header.',
    meaning:
      'The server tells the caller to resend the request via a specific proxy. Rare in practice: for security reasons many clients ignore it because it lets a server reroute calls.',
    sentBy: ['UAS', 'redirect server'],
    causes: ['A server that only accepts traffic arriving through a particular outbound proxy or SBC.'],
    checks: [
      "Check that your client is configured to use the operator's outbound proxy rather than sending directly.",
      'Confirm the proxy in the Contact belongs to a trusted operator before following it.',
    ],
    retry: 'Resend through the proxy in the Contact header if you trust it.',
    related: [302, 403],
  },
  {
    code: 380,
    reasonPhrase: 'Alternative Service',
    registered: true,
    reference: { rfc: 3261, section: '21.3.5' },
    aliases: [],
    summary: 'The call failed here, but the response body describes another service that could handle it.',
    meaning:
      'The server could not complete the request as asked and points to an alternative, described in the message body. In IMS it is used for emergency calls that must be redialled as emergency sessions.',
    sentBy: ['proxy', 'IMS P-CSCF'],
    causes: [
      'IMS network detected an emergency number in a normal call and asks the UE to set up an emergency session.',
      'A service that offers an alternative such as voicemail deposit.',
    ],
    checks: [
      'Read the message body (often 3GPP XML) to see which alternative service is offered.',
      'For mobile/IMS, check that emergency numbers are configured so the UE dials them as emergency calls.',
    ],
    retry: 'Retry using the alternative service described, not the same request.',
    related: [300, 302],
  },
  // --- 4xx request failure ---
  {
    code: 400,
    reasonPhrase: 'Bad Request',
    registered: true,
    reference: { rfc: 3261, section: '21.4.1' },
    aliases: [],
    summary:
      'The receiver could not parse the request or found it malformed; the problem is in the message itself.',
    meaning:
      'Syntax or semantics of the request are wrong: missing mandatory headers, a broken Via or URI, invalid SDP, bad Content-Length. The reason phrase or a Warning header often names the faulty part.',
    sentBy: ['proxy', 'SBC', 'UAS', 'registrar'],
    causes: [
      'A header manipulation rule on an SBC or a Kamailio/OpenSIPS script produced an invalid header.',
      'Content-Length does not match the body after a proxy rewrote the SDP.',
      'Non-ASCII or unescaped characters in From display names or the Request-URI.',
    ],
    checks: [
      'Capture the exact request as it left the last hop (sngrep, tcpdump) and look for the header the Warning or reason phrase mentions.',
      'Compare the request before and after any SBC or proxy header manipulation.',
      'Check Content-Length against the actual body size.',
    ],
    retry: 'Retrying the same message fails again; fix the message first.',
    related: [413, 415, 505],
  },
  {
    code: 401,
    reasonPhrase: 'Unauthorized',
    registered: true,
    reference: { rfc: 3261, section: '21.4.2' },
    aliases: [],
    summary:
      'The registrar or UAS wants digest credentials; normal once, a problem if it repeats after answering.',
    meaning:
      'An authentication challenge from a registrar or UAS, carrying a WWW-Authenticate header with the realm and nonce. The client should resend with an Authorization header. A second 401 after sending credentials means they were rejected.',
    sentBy: ['registrar', 'UAS', 'PBX (Asterisk chan_pjsip, FreeSWITCH for REGISTER)'],
    causes: [
      'Expected first response to REGISTER on most platforms.',
      'Wrong username, auth username or password on the phone or trunk.',
      'Realm mismatch, or a stale nonce the client keeps reusing.',
    ],
    checks: [
      'Check whether the client answered the challenge: if a second 401 follows the Authorization header, the credentials (auth user, password, realm) are wrong.',
      'Check the auth username separately from the SIP user; many trunks use different values.',
      'Check the clock and nonce handling if the 401 carries stale=true.',
    ],
    retry: 'Retry once with credentials; repeated 401s will not fix themselves.',
    related: [407, 403],
  },
  {
    code: 402,
    reasonPhrase: 'Payment Required',
    registered: true,
    reference: { rfc: 3261, section: '21.4.3' },
    aliases: [],
    summary: 'Reserved by the standard; in practice some carriers send it when the account is out of credit.',
    meaning:
      'RFC 3261 reserves the code for future use, so there is no standard behaviour. Some prepaid carriers and hosted platforms use it to reject calls for billing reasons.',
    sentBy: ['carrier', 'hosted PBX or billing platform'],
    causes: [
      'Prepaid balance exhausted on the trunk account.',
      'Billing block or unpaid invoice on the provider side.',
    ],
    checks: [
      'Check the account balance and billing status in the carrier portal.',
      'Check whether only certain destinations (premium, international) are blocked for cost reasons.',
    ],
    retry: 'Do not retry until the billing issue is fixed.',
    related: [403],
  },
  {
    code: 403,
    reasonPhrase: 'Forbidden',
    registered: true,
    reference: { rfc: 3261, section: '21.4.4' },
    aliases: [],
    summary: 'The server understood the request and refuses it; authenticating again will not help.',
    meaning:
      'A policy refusal: the request is not allowed for this caller, source IP, destination or account. Unlike 401/407 there is no challenge to answer.',
    sentBy: ['carrier', 'SBC', 'proxy', 'PBX', 'registrar'],
    causes: [
      "Source IP not in the carrier's or PBX's allowlist (trunk IP ACL).",
      'Destination blocked: international, premium-rate or a country not enabled on the account.',
      'Caller ID (From or P-Asserted-Identity) not a number the account is allowed to present.',
      "Kamailio's default config answers 403 'Not relaying' to requests for foreign domains from unauthenticated sources.",
    ],
    checks: [
      'Check the source IP and caller ID of the failing call against what the carrier has provisioned for the trunk.',
      'Check whether only some destinations fail, which points to calling permissions or fraud controls.',
      'Check for fail2ban or an SBC blocklist entry after a burst of failed registrations.',
    ],
    retry: 'Do not retry unchanged; fix the policy, permission or identity first.',
    related: [401, 407, 404, 603],
  },
  {
    code: 404,
    reasonPhrase: 'Not Found',
    registered: true,
    reference: { rfc: 3261, section: '21.4.5' },
    aliases: ['User Not Found'],
    summary:
      'The domain is right but this user or number does not exist, or is not routable from where the call landed.',
    meaning:
      "The server is authoritative for the domain in the Request-URI and has no such user. In practice it also means 'no route for this number' on many PBXs and carriers.",
    sentBy: ['PBX', 'proxy', 'registrar', 'carrier'],
    causes: [
      'Asterisk sends 404 when the dialled extension is not in the context the endpoint lands in.',
      "Kamailio's default config sends 404 when the user has no registered contact in the location table.",
      'A DID is not assigned or not routed on the carrier side, or the number format (E.164 vs national) does not match.',
    ],
    checks: [
      'Check the Request-URI user part as it arrived and the dialplan or routing entry that should match it (context, prefixes, E.164 format).',
      'Check whether the target is registered right now (e.g. pjsip show contacts, kamctl ul show).',
      'For inbound DIDs, check the carrier has the number routed to your trunk.',
    ],
    retry: 'Retrying the same number fails again; fix the number or routing.',
    related: [604, 480, 484, 410],
  },
  {
    code: 405,
    reasonPhrase: 'Method Not Allowed',
    registered: true,
    reference: { rfc: 3261, section: '21.4.6' },
    aliases: [],
    summary:
      'The server knows this method but does not allow it for this target; the Allow header lists what works.',
    meaning:
      'The method (REGISTER, SUBSCRIBE, MESSAGE, PUBLISH, INFO, ...) is understood but not permitted for the addressed resource. The response must carry an Allow header.',
    sentBy: ['UAS', 'PBX', 'carrier trunk', 'proxy'],
    causes: [
      'A phone sends REGISTER to an IP-authenticated trunk that does not accept registrations.',
      'SUBSCRIBE for BLF or MESSAGE sent to a server that has them disabled.',
      "Kamailio's default config returns 405 when a lookup is attempted for a method it will not route.",
    ],
    checks: [
      'Read the Allow header in the 405 and compare it with the method you sent.',
      'Check the trunk type: registration-based versus IP-authenticated.',
    ],
    retry: 'Do not retry the same method; use one listed in Allow.',
    related: [501, 489],
  },
  {
    code: 406,
    reasonPhrase: 'Not Acceptable',
    registered: true,
    reference: { rfc: 3261, section: '21.4.7' },
    aliases: [],
    summary: 'The server can only answer with content that the Accept header of the request rules out.',
    meaning:
      "Content negotiation failed: the request's Accept, Accept-Encoding or Accept-Language excluded every format the server can produce. Rare for calls; seen with SUBSCRIBE and event packages.",
    sentBy: ['UAS', 'event server'],
    causes: [
      'SUBSCRIBE with an Accept header listing a body type the notifier cannot produce.',
      'A client sending an unusually restrictive Accept header.',
    ],
    checks: [
      'Compare the Accept header of the request with the body types the server supports.',
      'Check for SBC rules that strip or rewrite Accept headers.',
    ],
    retry: 'Retry only after widening the Accept header.',
    related: [415, 488, 606],
  },
  {
    code: 407,
    reasonPhrase: 'Proxy Authentication Required',
    registered: true,
    reference: { rfc: 3261, section: '21.4.8' },
    aliases: [],
    summary: 'A proxy in the path wants digest credentials before it will forward the request.',
    meaning:
      'Like 401 but issued by a proxy, with a Proxy-Authenticate header; the client answers with Proxy-Authorization. Normal once per INVITE on many platforms; repeated 407s mean the credentials are rejected.',
    sentBy: ['proxy (Kamailio/OpenSIPS proxy_authorize)', 'FreeSWITCH for INVITE', 'carrier edge'],
    causes: [
      'Expected first response to INVITE on FreeSWITCH and many carrier trunks.',
      'Wrong password, auth user or realm on the trunk or phone.',
      'A client that answers the challenge with an Authorization instead of a Proxy-Authorization header.',
    ],
    checks: [
      'Check whether a second 407 follows the authenticated INVITE: then the credentials or realm are wrong.',
      'Check the outbound INVITE carries Proxy-Authorization (not Authorization) after a 407.',
    ],
    retry: 'Retry once with credentials; repeated 407s need a credentials fix.',
    related: [401, 403],
  },
  {
    code: 408,
    reasonPhrase: 'Request Timeout',
    registered: true,
    reference: { rfc: 3261, section: '21.4.9' },
    aliases: ['Request Time-out', 'Request Timed Out'],
    summary: 'No final answer arrived in time; often generated locally when the next hop never responded.',
    meaning:
      'The server (or your own stack) gave up waiting: no final response within the transaction timers (32 s by default for INVITE), or the user could not be found in time. Many 408s are never sent by the far end; they are synthesized by the last proxy or by the caller when replies stopped arriving.',
    sentBy: [
      'your own SIP stack (local timeout)',
      'proxy (Kamailio tm fr_inv_timer)',
      'PBX',
      'carrier',
      'gateway (ISDN cause 18, no user responding)',
    ],
    causes: [
      'Kamailio/OpenSIPS tm timers expire (fr_timer, fr_inv_timer) and the proxy answers 408 itself.',
      'The destination is unreachable: firewall, NAT binding expired, wrong port or transport.',
      'A phone that rings until the PBX no-answer timer fires.',
    ],
    checks: [
      'Find who generated the 408 (Via/Server/User-Agent headers) and whether the next hop ever answered the request at all.',
      'Check reachability of the next hop on the right transport and port, and whether NAT keepalives keep the binding open.',
      'Compare the elapsed time with your timer settings (Timer B/F, fr_inv_timer, no-answer timeouts).',
    ],
    retry:
      'A retry can work if the cause was transient loss; try an alternate route or wait if the target is unreachable.',
    related: [480, 504, 100, 487],
  },
  {
    code: 410,
    reasonPhrase: 'Gone',
    registered: true,
    reference: { rfc: 3261, section: '21.4.10' },
    aliases: [],
    summary: 'The user or number used to exist here but no longer does, and there is no forwarding address.',
    meaning:
      'Permanent removal: the number was disconnected, ported out or the account closed. Gateways map ISDN cause 22 (number changed) to 410.',
    sentBy: ['carrier', 'PBX', 'gateway'],
    causes: [
      'The number was disconnected or ported to another carrier.',
      'A user account was deleted from the platform.',
    ],
    checks: [
      'Check whether the number was recently ported or cancelled (carrier portal, number portability lookup).',
      'Check for an announcement in early media that says the number changed.',
    ],
    retry: 'Do not retry; update the stored number.',
    related: [404, 301, 604],
  },
  {
    code: 412,
    reasonPhrase: 'Conditional Request Failed',
    registered: true,
    reference: { rfc: 3903, section: '11.2.1' },
    aliases: [],
    summary:
      'A PUBLISH referred to an entity tag the server does not have, so the conditional update failed.',
    meaning:
      'Presence publishing uses SIP-If-Match entity tags; a 412 says the publication being refreshed or modified has expired or never existed, so the client must publish its state again from scratch.',
    sentBy: ['presence server / event state compositor'],
    causes: [
      'The publication expired before the client refreshed it.',
      'The presence server restarted and lost published state.',
    ],
    checks: [
      'Check the refresh interval of PUBLISH against the Expires granted by the server.',
      'Check the client sends a fresh PUBLISH without SIP-If-Match after the 412.',
    ],
    retry: 'Retry with an initial PUBLISH carrying full state.',
    related: [489, 423],
  },
  {
    code: 413,
    reasonPhrase: 'Request Entity Too Large',
    registered: true,
    reference: { rfc: 3261, section: '21.4.11' },
    aliases: [],
    summary:
      'The message body is bigger than the server will process; common with huge SDP or bodies sent over UDP.',
    meaning:
      'The server refuses the request because its body is too large. If the condition is temporary the server may add a Retry-After header.',
    sentBy: ['proxy', 'SBC', 'UAS'],
    causes: [
      'SDP offering many codecs, video, ICE candidates and crypto lines that exceeds a size limit.',
      'Multipart bodies (SDP plus ISUP or location) through an element with a small buffer.',
    ],
    checks: [
      'Check the message size: trim codecs or ICE candidates, or switch the hop to TCP/TLS.',
      'Look for a Retry-After header indicating the limit is temporary.',
    ],
    retry: 'Retry only with a smaller body, or after the Retry-After interval if one is given.',
    related: [513, 414, 400],
  },
  {
    code: 414,
    reasonPhrase: 'Request-URI Too Long',
    registered: true,
    reference: { rfc: 3261, section: '21.4.12' },
    aliases: [],
    summary: 'The Request-URI is longer than the server is willing to handle.',
    meaning:
      'The server refuses to interpret a very long Request-URI, usually one stuffed with parameters or headers by a client or a misbehaving routing script.',
    sentBy: ['proxy', 'UAS', 'SBC'],
    causes: [
      'A routing script keeps appending URI parameters on every pass, often in a loop.',
      'Clients embedding headers in the URI (the ?header= form).',
    ],
    checks: [
      'Inspect the Request-URI as received and find which hop added the extra parameters.',
      'Check for routing loops that append parameters on each pass.',
    ],
    retry: 'Retry only with a shorter Request-URI.',
    related: [413, 400, 482],
  },
  {
    code: 415,
    reasonPhrase: 'Unsupported Media Type',
    registered: true,
    reference: { rfc: 3261, section: '21.4.13' },
    aliases: [],
    summary: 'The body format (Content-Type or encoding) is one the receiver does not understand.',
    meaning:
      'The request carried a body whose Content-Type, Content-Encoding or Content-Language the receiver cannot handle. The response should list acceptable types in Accept.',
    sentBy: ['UAS', 'PBX', 'gateway'],
    causes: [
      'INFO with application/dtmf-relay or application/dtmf to a device that only takes RFC 4733 DTMF.',
      'MESSAGE with a body type the receiver does not support.',
      'Multipart bodies (e.g. SDP plus ISUP) to an endpoint that only accepts application/sdp.',
    ],
    checks: [
      'Check the Content-Type of the request against the Accept header in the 415.',
      'For DTMF failures, align the DTMF mode (RFC 4733, INFO or in-band) on both sides.',
    ],
    retry: 'Retry with a body type the receiver accepts.',
    related: [406, 488, 400],
  },
  {
    code: 416,
    reasonPhrase: 'Unsupported URI Scheme',
    registered: true,
    reference: { rfc: 3261, section: '21.4.14' },
    aliases: [],
    summary:
      'The Request-URI uses a scheme the server does not handle, such as tel: or sips: where only sip: works.',
    meaning: 'The server does not support the URI scheme of the Request-URI and cannot process the request.',
    sentBy: ['proxy', 'UAS', 'SBC'],
    causes: [
      'A client sends tel: URIs to a server that only routes sip: URIs.',
      'sips: URIs sent to a server without TLS support.',
    ],
    checks: [
      "Check the scheme of the Request-URI and the client's dial format setting (tel vs sip URI).",
      'For sips:, check TLS is configured end to end.',
    ],
    retry: 'Retry with a supported scheme.',
    related: [400, 404],
  },
  {
    code: 417,
    reasonPhrase: 'Unknown Resource-Priority',
    registered: true,
    reference: { rfc: 4412, section: '4.6.2' },
    aliases: ['Unknown Resource Priority'],
    summary:
      'The request required resource-priority handling with a namespace or value the server does not know.',
    meaning:
      'Used by priority-call services (government emergency telecom, military precedence). The request carried a Resource-Priority header and required its handling, but the server does not recognise the namespace or priority value.',
    sentBy: ['proxy', 'UAS', 'gateway in priority-service networks'],
    causes: [
      'Resource-Priority namespaces (ets, wps, dsn) not configured on the receiving element.',
      'Require: resource-priority sent to a network that does not offer priority service.',
    ],
    checks: [
      'Check the Resource-Priority header value against the namespaces accepted (Accept-Resource-Priority in the response).',
      'Check whether the destination network supports priority service at all.',
    ],
    retry: 'Retry with a supported namespace, or without requiring resource priority.',
    related: [420, 421],
  },
  {
    code: 420,
    reasonPhrase: 'Bad Extension',
    registered: true,
    reference: { rfc: 3261, section: '21.4.15' },
    aliases: [],
    summary:
      'The request required a SIP extension (Require or Proxy-Require) that the server does not support.',
    meaning:
      'The request listed option tags in Require or Proxy-Require that the server does not implement. The response names them in an Unsupported header.',
    sentBy: ['UAS', 'proxy', 'SBC'],
    causes: [
      'Require: 100rel, timer or precondition sent to a device that lacks PRACK, session timers or preconditions.',
      'An SBC or PBX configured to force an extension that the far end does not support.',
    ],
    checks: [
      'Read the Unsupported header in the 420 and remove that tag from Require/Proxy-Require (move it to Supported).',
      'Check the endpoint options for 100rel, session timers and preconditions (e.g. chan_pjsip 100rel and timers settings).',
    ],
    retry: 'Retry without requiring the unsupported extension.',
    related: [421, 417],
  },
  {
    code: 421,
    reasonPhrase: 'Extension Required',
    registered: true,
    reference: { rfc: 3261, section: '21.4.16' },
    aliases: [],
    summary: 'The server needs a SIP extension that the request did not list in its Supported header.',
    meaning:
      'The UAS will only process the request if the client supports a particular extension, named in the Require header of the response. Common in IMS networks that insist on 100rel or preconditions.',
    sentBy: ['UAS', 'IMS core', 'carrier SBC'],
    causes: [
      'The far end requires 100rel (PRACK) and the caller did not advertise it.',
      'An IMS network requires preconditions or sec-agree.',
    ],
    checks: [
      'Read the Require header in the 421 and enable that extension on your side (for example 100rel on the trunk).',
      'Check that an SBC in the path is not stripping Supported headers.',
    ],
    retry: 'Retry with the required extension in Supported.',
    related: [420, 494, 580],
  },
  {
    code: 422,
    reasonPhrase: 'Session Interval Too Small',
    registered: true,
    reference: { rfc: 4028, section: '6' },
    aliases: ['Session Timer Too Small'],
    summary:
      "The Session-Expires in the request is shorter than the server's minimum; the Min-SE header says what to use.",
    meaning:
      'Session timers keep dialogs from leaking. A server rejects a Session-Expires below its Min-SE and tells the caller the minimum; the caller should retry with a larger value.',
    sentBy: ['UAS', 'proxy', 'SBC'],
    causes: [
      'Session-Expires set very low (e.g. 60 s) on a phone or trunk while the far end requires at least 90 s or more.',
      'An SBC with a strict minimum session interval.',
    ],
    checks: [
      'Read Min-SE in the 422 and raise Session-Expires (e.g. chan_pjsip timers_sess_expires, timers_min_se) to at least that value.',
      'Check whether the caller retried automatically with the new value; many stacks do.',
    ],
    retry: 'Retry immediately with Session-Expires at or above the Min-SE given.',
    related: [423, 420],
  },
  {
    code: 423,
    reasonPhrase: 'Interval Too Brief',
    registered: true,
    reference: { rfc: 3261, section: '21.4.17' },
    aliases: [],
    summary:
      'The requested expiry (usually of a REGISTER) is shorter than the server allows; see Min-Expires.',
    meaning:
      'The registrar or notifier refuses a binding or subscription with too short an expiration and returns a Min-Expires header with the minimum it accepts.',
    sentBy: ['registrar', 'presence server'],
    causes: [
      "A phone registering every 30 s against a registrar with a 60 s or higher minimum (Asterisk's minimum_expiration, for example).",
      'NAT keepalive tuning done by lowering the registration interval instead of using keepalives.',
    ],
    checks: [
      "Read the Min-Expires header and set the client's registration expiry to at least that value.",
      'Use SIP or CRLF keepalives for NAT instead of very short registration intervals.',
    ],
    retry: 'Retry with an Expires at or above Min-Expires.',
    related: [422, 412],
  },
  {
    code: 424,
    reasonPhrase: 'Bad Location Information',
    registered: true,
    reference: { rfc: 6442, section: '4.3' },
    aliases: [],
    summary:
      'The location conveyed in the request (Geolocation header or PIDF-LO body) was malformed or unusable.',
    meaning:
      'Location conveyance for emergency and location-based routing failed: the server could not use the location object, and a Geolocation-Error header explains why.',
    sentBy: ['emergency services routing proxy', 'location-based routing proxy'],
    causes: [
      'Malformed or missing PIDF-LO body for an emergency call.',
      'A location reference URI that the server cannot dereference.',
    ],
    checks: [
      'Read the Geolocation-Error header code and text in the 424.',
      'Validate the PIDF-LO body and the Geolocation header in the emergency call setup.',
    ],
    retry: 'Retry with corrected location information.',
    related: [400, 425],
  },
  {
    code: 425,
    reasonPhrase: 'Bad Alert Message',
    registered: true,
    reference: { rfc: 8876, section: '5.1' },
    aliases: [],
    summary:
      'A non-interactive emergency alert carried a CAP message the receiver rejected as malformed or unusable.',
    meaning:
      'Used for non-interactive emergency calls (sensor or vehicle alerts carrying a Common Alerting Protocol payload). An AlertMsg-Error header describes what was wrong with the alert.',
    sentBy: ['PSAP', 'emergency services routing proxy'],
    causes: [
      'Invalid CAP XML in an automatic emergency alert.',
      'Missing mandatory elements in the alert payload.',
    ],
    checks: [
      'Read the AlertMsg-Error header returned with the 425.',
      'Validate the CAP payload against the schema before sending.',
    ],
    retry: 'Retry with a corrected alert message.',
    related: [424, 400],
  },
  {
    code: 428,
    reasonPhrase: 'Use Identity Header',
    registered: true,
    reference: { rfc: 8224, section: '6.2.2' },
    aliases: [],
    summary:
      "The verifier's policy requires a signed Identity header (STIR/SHAKEN) and the request had none.",
    meaning:
      'A STIR verification service rejects unsigned calls when its policy demands caller-identity signing. The originating network must add an Identity header (PASSporT) for the call to be accepted.',
    sentBy: ['terminating carrier', 'STIR verification service', 'SBC'],
    causes: [
      'The originating carrier did not sign the call (no STIR/SHAKEN attestation).',
      'An intermediate SBC or B2BUA stripped the Identity header.',
    ],
    checks: [
      'Check whether the Identity header is present on the call as it leaves your network.',
      'Check SBC header manipulation and B2BUA policies that could drop Identity.',
    ],
    retry: 'Retry only once the call is signed.',
    related: [436, 437, 438, 608],
  },
  {
    code: 429,
    reasonPhrase: 'Provide Referrer Identity',
    registered: true,
    reference: { rfc: 3892, section: '5' },
    aliases: [],
    summary: 'The transfer target wants a valid Referred-By token before acting on the referred request.',
    meaning:
      'During a REFER-based transfer, the referred party requires proof of who initiated the referral. The referee should obtain a signed Referred-By token from the referrer and retry.',
    sentBy: ['UAS receiving a referred request'],
    causes: [
      'Transfer target enforcing Referred-By authentication.',
      'A transferring phone that sends no Referred-By header or an unsigned one.',
    ],
    checks: [
      'Check whether the REFER and the resulting INVITE carry a Referred-By header.',
      "Check the transfer target's policy on referred calls.",
    ],
    retry: 'Retry the referred request with a valid Referred-By token.',
    related: [403, 202],
  },
  {
    code: 430,
    reasonPhrase: 'Flow Failed',
    registered: true,
    reference: { rfc: 5626, section: '11.5' },
    aliases: [],
    summary:
      "With SIP Outbound, the edge proxy could not deliver over the client's registered connection (flow).",
    meaning:
      'An authoritative proxy tried to send a request to a UA over the specific flow recorded at registration, and the edge proxy reports that flow is dead. The UA should re-register to create a new flow.',
    sentBy: ['edge proxy', 'authoritative proxy using SIP Outbound'],
    causes: [
      'The TCP/TLS/WebSocket connection from a mobile or WebRTC client dropped.',
      'An edge proxy restart that lost its flow table.',
    ],
    checks: [
      'Check whether the client re-registered after the connection dropped (keepalive and reconnect behaviour).',
      'Check edge proxy logs for closed connections matching the flow token.',
    ],
    retry: 'The client should re-register, then the call can be retried.',
    related: [439, 480, 408],
  },
  {
    code: 433,
    reasonPhrase: 'Anonymity Disallowed',
    registered: true,
    reference: { rfc: 5079, section: '5' },
    aliases: [],
    summary: 'The callee rejects anonymous callers; the call must present an identity to get through.',
    meaning:
      "Anonymous call rejection: the request hid the caller's identity (Privacy: id, anonymous From) and the callee or its network does not accept anonymous calls.",
    sentBy: ['UAS', 'terminating PBX or carrier with anonymous call rejection'],
    causes: [
      'Caller ID withheld (Privacy header or anonymous From) toward a number with anonymous call rejection.',
      'A trunk that sets Privacy: id on every call by mistake.',
    ],
    checks: [
      'Check the From, P-Asserted-Identity and Privacy headers on the outgoing call.',
      'Check the trunk or PBX setting that withholds caller ID.',
    ],
    retry: 'Retry with the caller identity presented.',
    related: [403, 603],
  },
  {
    code: 436,
    reasonPhrase: 'Bad Identity Info',
    registered: true,
    reference: { rfc: 8224, section: '6.2.2' },
    aliases: ['Bad Identity-Info'],
    summary:
      "The verifier could not fetch or use the certificate referenced by the Identity header's info parameter.",
    meaning:
      'STIR verification failed before checking the signature: the certificate URL in the Identity header (info parameter, formerly the Identity-Info header) is unreachable, malformed or uses an unsupported scheme.',
    sentBy: ['STIR verification service', 'terminating carrier'],
    causes: [
      'The certificate repository URL (x5u/info) is down or not publicly reachable.',
      'A malformed info parameter written by the signing service.',
    ],
    checks: [
      'Fetch the certificate URL from the Identity header yourself (HTTPS, public reachability, correct content type).',
      'Check the signing service configuration for the certificate repository URL.',
    ],
    retry: 'Retry once the certificate URL is reachable and valid.',
    related: [428, 437, 438],
  },
  {
    code: 437,
    reasonPhrase: 'Unsupported Credential',
    registered: true,
    reference: { rfc: 8224, section: '6.2.2' },
    aliases: ['Unsupported Certificate'],
    summary: 'The verifier got the signing certificate but does not trust it or cannot validate it.',
    meaning:
      'STIR verification could not validate the credential used to sign the call, for example a certificate not chaining to an accepted authority or of an unsupported type. RFC 8224 renamed it from Unsupported Certificate.',
    sentBy: ['STIR verification service', 'terminating carrier'],
    causes: [
      'Signing certificate issued by a CA the verifier does not trust (not on the STI-PA trust list).',
      'Expired or revoked certificate.',
    ],
    checks: [
      "Check the signing certificate's chain, expiry and issuing CA against the verifier's trust list.",
      'Check the signing service uses the current certificate after a renewal.',
    ],
    retry: 'Retry only after fixing the certificate.',
    related: [436, 438, 428],
  },
  {
    code: 438,
    reasonPhrase: 'Invalid Identity Header',
    registered: true,
    reference: { rfc: 8224, section: '6.2.2' },
    aliases: [],
    summary:
      'The Identity header signature did not verify, or its claims do not match the call (numbers, timestamp).',
    meaning:
      'The certificate was usable but the PASSporT failed: bad signature, stale iat timestamp, or orig/dest numbers in the token that do not match From and To after normalisation.',
    sentBy: ['STIR verification service', 'terminating carrier'],
    causes: [
      'Caller ID or called number rewritten after signing (prefix added or removed by an SBC).',
      'Clock skew or a call delayed more than the freshness window (typically 60 s) after signing.',
      'The token was signed with a key that does not match the certificate.',
    ],
    checks: [
      'Compare the orig and dest numbers in the decoded PASSporT with the From/P-Asserted-Identity and To as received.',
      'Check NTP on the signing server and the delay between signing and delivery.',
    ],
    retry: 'Retry only after fixing the signing or number manipulation.',
    related: [436, 437, 428],
  },
  {
    code: 439,
    reasonPhrase: 'First Hop Lacks Outbound Support',
    registered: true,
    reference: { rfc: 5626, section: '11.6' },
    aliases: [],
    summary: 'The UA registered with SIP Outbound, but the first-hop proxy does not support Outbound flows.',
    meaning:
      'The registrar supports SIP Outbound but the edge proxy in front of it does not, so the flow-based registration (reg-id, ;ob) cannot work. The UA can fall back to a normal registration.',
    sentBy: ['registrar'],
    causes: [
      'Client configured with outbound/reg-id behind an edge proxy without RFC 5626 support.',
      'Path header missing the ;ob parameter because the edge proxy is not outbound-aware.',
    ],
    checks: [
      "Check the edge proxy's outbound support (for Kamailio, the outbound module and Path handling).",
      'Disable SIP Outbound on the client if the platform does not support it.',
    ],
    retry: 'Retry the registration without SIP Outbound, or after enabling it on the edge proxy.',
    related: [430, 421],
  },
  {
    code: 440,
    reasonPhrase: 'Max-Breadth Exceeded',
    registered: true,
    reference: { rfc: 5393, section: '7.2' },
    aliases: [],
    summary:
      "Parallel forking would exceed the request's Max-Breadth budget, so no more branches could be created.",
    meaning:
      'Protection against forking amplification: each parallel fork consumes the Max-Breadth value, and a proxy that cannot fork any further without exceeding it rejects with 440.',
    sentBy: ['forking proxy'],
    causes: [
      'A user with many registered contacts plus call-forwarding chains that fork again.',
      'Forking loops between proxies that multiply branches.',
    ],
    checks: [
      'Check how many parallel branches the call creates at each forking proxy (registered contacts, ring groups).',
      'Check for forwarding chains that fork repeatedly.',
    ],
    retry: 'Do not retry unchanged; reduce forking first.',
    related: [482, 483],
  },
  {
    code: 469,
    reasonPhrase: 'Bad Info Package',
    registered: true,
    reference: { rfc: 6086, section: '11.6' },
    aliases: [],
    summary: 'An INFO request used an Info-Package the receiver has not agreed to accept in this dialog.',
    meaning:
      'With the INFO package framework, each side lists the packages it accepts in Recv-Info. An INFO for a package not listed, or with no Info-Package header, is rejected with 469; the dialog itself continues.',
    sentBy: ['UAS', 'PBX', 'gateway'],
    causes: [
      'DTMF or other INFO payloads sent without negotiating the Info-Package in the INVITE/200.',
      'Legacy INFO (no Info-Package header) sent to a strict RFC 6086 implementation.',
    ],
    checks: [
      'Compare the Info-Package header of the INFO with the Recv-Info the other side advertised.',
      'For DTMF problems, consider switching to RFC 4733 telephone-event instead of INFO.',
    ],
    retry: 'Retry only with a package the receiver accepts.',
    related: [415, 489],
  },
  {
    code: 470,
    reasonPhrase: 'Consent Needed',
    registered: true,
    reference: { rfc: 5360, section: '5.9.2' },
    aliases: [],
    summary:
      'A relay (such as a URI-list service) will not send traffic to a recipient who has not granted consent.',
    meaning:
      "Part of the SIP consent framework against amplification and spam: a relay that fans requests out to a list of URIs needs each recipient's permission first. The response names the missing recipients in a Permission-Missing header.",
    sentBy: ['relay', 'URI-list server', 'conference focus'],
    causes: ['Ad hoc conference or group message to recipients who have not authorised the relay.'],
    checks: [
      'Read the Permission-Missing header to see which recipients need to consent.',
      'Check the permission documents held by the relay for those recipients.',
    ],
    retry: 'Retry once consent has been obtained.',
    related: [403, 433],
  },
  {
    code: 480,
    reasonPhrase: 'Temporarily Unavailable',
    registered: true,
    reference: { rfc: 3261, section: '21.4.18' },
    aliases: ['Temporarily not available', 'Temporarily Not Available'],
    summary:
      'The callee exists but cannot be reached right now: not registered, do-not-disturb or no answer.',
    meaning:
      'The end system was contacted or looked up successfully but the user is currently unavailable. It is not a routing failure: the number is valid, the user just cannot take the call now. A Retry-After header may say when to try again.',
    sentBy: [
      'registrar / proxy (no registered contact)',
      'PBX',
      'UAS',
      'carrier',
      'gateway (ISDN causes 19 and 20)',
    ],
    causes: [
      'The target has no current registration: phone offline, registration expired, or NAT binding lost.',
      'Do-not-disturb on the phone, or an unanswered ring timeout on the PBX.',
      'Kamailio/OpenSIPS configs commonly answer 480 when the location lookup finds no contact.',
      'A mobile network reporting the subscriber absent.',
    ],
    checks: [
      'Check whether the callee is registered right now (e.g. pjsip show contacts, kamctl ul show, sofia status profile internal reg).',
      'Check the callee device for do-not-disturb and the PBX ring timeout.',
      'Look for a Retry-After header and a Reason header with a Q.850 cause.',
    ],
    retry: 'Retry later, after Retry-After if present, or route to voicemail; retrying at once rarely helps.',
    related: [404, 408, 486, 430],
  },
  {
    code: 481,
    reasonPhrase: 'Call/Transaction Does Not Exist',
    registered: true,
    reference: { rfc: 3261, section: '21.4.19' },
    aliases: ['Call Leg/Transaction Does Not Exist'],
    summary:
      'The request refers to a dialog or transaction the receiver does not know: wrong tags, Call-ID, or state lost.',
    meaning:
      'A mid-dialog request (BYE, re-INVITE, UPDATE, NOTIFY, INFO) or a CANCEL did not match any dialog or transaction at the receiver. Either the receiver already ended or forgot the call, or the request is addressed with the wrong tags, Call-ID or Contact.',
    sentBy: ['UAS', 'PBX', 'B2BUA', 'SBC'],
    causes: [
      'BYE or re-INVITE arriving after the other side already tore down the call (race or a restarted PBX).',
      'An SBC or B2BUA rewrote Call-ID or tags inconsistently between legs.',
      'Mid-dialog requests sent to a wrong Contact/Record-Route address behind NAT and landing on a different box.',
      'A CANCEL for an INVITE the receiver has already answered or never received.',
    ],
    checks: [
      'Compare Call-ID, From tag and To tag of the failing request with the dialog-creating INVITE and 200 OK.',
      'Check where the request was sent against the Contact and Record-Route of the dialog.',
      'Check whether the receiver restarted or timed out the call (session timers, RTP timeout) before the request arrived.',
    ],
    retry: 'Do not retry; the dialog is gone. Clean up local state.',
    related: [408, 487, 200],
  },
  {
    code: 482,
    reasonPhrase: 'Loop Detected',
    registered: true,
    reference: { rfc: 3261, section: '21.4.20' },
    aliases: [],
    summary:
      'The server saw this request come back to itself, or received the same request twice via different paths.',
    meaning:
      "Loop detection found the server's own Via in the request with matching parameters, or a UAS got a merged request (same Call-ID, From tag and CSeq arriving by two routes after forking).",
    sentBy: ['proxy', 'UAS'],
    causes: [
      'Routing loop between two proxies, or between a PBX and a carrier that both forward the number back.',
      'Call forwarding that points back to the original number.',
      'Parallel forking where two branches reach the same UAS (merged request).',
    ],
    checks: [
      'Read the Via headers of the looped request to see which hops it passed through twice.',
      'Check forwarding and routing rules on both sides for a number that routes back to its origin.',
    ],
    retry: 'Do not retry until the routing loop is fixed.',
    related: [483, 440, 302],
  },
  {
    code: 483,
    reasonPhrase: 'Too Many Hops',
    registered: true,
    reference: { rfc: 3261, section: '21.4.21' },
    aliases: [],
    summary:
      'Max-Forwards reached zero before the request got to its destination, usually because of a routing loop.',
    meaning:
      'Every proxy decrements Max-Forwards; when it hits zero the request is rejected. With the usual starting value of 70, a 483 almost always means a loop rather than a genuinely long path.',
    sentBy: ['proxy', 'SBC', 'PBX'],
    causes: [
      'Routing loop between two systems, each sending the call to the other.',
      "Kamailio's default config rejects with 483 when mf_process_maxfwd_header finds the limit exhausted.",
      'An element resetting or lowering Max-Forwards to a small value.',
    ],
    checks: [
      'Count the Via headers and look for repeating hosts to find the loop.',
      'Check any element that sets Max-Forwards to a low value instead of decrementing it.',
    ],
    retry: 'Do not retry until the loop is fixed.',
    related: [482, 440],
  },
  {
    code: 484,
    reasonPhrase: 'Address Incomplete',
    registered: true,
    reference: { rfc: 3261, section: '21.4.22' },
    aliases: [],
    summary: 'The dialled number is too short to route; more digits are needed.',
    meaning:
      'The Request-URI is incomplete. Used with overlap dialling, where digits are sent as they are typed, and by gateways mapping ISDN cause 28 (invalid number format).',
    sentBy: ['PBX', 'gateway', 'carrier', 'proxy'],
    causes: [
      'A phone dial plan sending the call before all digits were entered.',
      'Asterisk with allow_overlap answering 484 while the dialled digits only partly match an extension.',
      'A number missing its area or country code.',
    ],
    checks: [
      'Check the dialled number as it arrived and the expected length for the destination.',
      "Check the phone's dial plan or digit map and the inter-digit timeout.",
    ],
    retry: 'Retry with the complete number.',
    related: [404, 485],
  },
  {
    code: 485,
    reasonPhrase: 'Ambiguous',
    registered: true,
    reference: { rfc: 3261, section: '21.4.23' },
    aliases: [],
    summary: 'The address matched more than one user; the response may list candidates in Contact headers.',
    meaning:
      'The Request-URI was not specific enough, for example a name or short code matching several directory entries. The server may suggest alternatives.',
    sentBy: ['proxy', 'directory or registrar'],
    causes: [
      'Dial-by-name or short codes matching several users.',
      'Duplicate entries in a directory or routing table.',
    ],
    checks: [
      'Look at the Contact headers of the 485 for suggested matches.',
      'Check the routing data for duplicate users or overlapping patterns.',
    ],
    retry: 'Retry with a more specific address.',
    related: [484, 300],
  },
  {
    code: 486,
    reasonPhrase: 'Busy Here',
    registered: true,
    reference: { rfc: 3261, section: '21.4.24' },
    aliases: ['Busy', 'User Busy'],
    summary: 'The callee was reached but is busy at this device and will not take another call.',
    meaning:
      'The request reached the callee and the device or account refused it because it is already in use. Other devices of the same user may still be free. A Retry-After header may suggest when to call back.',
    sentBy: ['UAS (phone, softphone)', 'PBX', 'gateway mapping ISDN cause 17'],
    causes: [
      'The line is already on a call and call waiting is off.',
      'A call limit on the extension or trunk was reached (device_state busy, max-calls, channel limits).',
      'A PSTN destination returning user busy (Q.850 cause 17).',
    ],
    checks: [
      "Check the callee's active calls and call-limit or max-calls setting on the extension.",
      'Check trunk channel limits if every call to a carrier returns 486.',
    ],
    retry:
      'Retrying at once rarely helps; try later (honour Retry-After) or send the call to voicemail or another destination.',
    related: [600, 603, 480],
  },
  {
    code: 487,
    reasonPhrase: 'Request Terminated',
    registered: true,
    reference: { rfc: 3261, section: '21.4.25' },
    aliases: ['Request Cancelled', 'Request Canceled'],
    summary:
      'The INVITE was cancelled (CANCEL or BYE) before it was answered; usually the caller hung up while ringing.',
    meaning:
      'The normal response to an INVITE that was cancelled. Seen whenever a caller abandons a ringing call, and on the losing branches of a forked call once another branch answers.',
    sentBy: ['UAS', 'PBX', 'proxy'],
    causes: [
      'The caller hung up before answer.',
      'A ring group or forking proxy cancelling other branches after one device answered.',
      "The caller's PBX hit its ring timeout and sent CANCEL.",
    ],
    checks: [
      'Find who sent the CANCEL and why: caller hangup, ring timeout, or a forking proxy cleaning up branches.',
      'If callers never hear ringing before the 487, check for missing 180/183 in the path.',
    ],
    retry: 'Nothing to retry; the caller gave up or another branch answered.',
    related: [408, 481, 199],
  },
  {
    code: 488,
    reasonPhrase: 'Not Acceptable Here',
    registered: true,
    reference: { rfc: 3261, section: '21.4.26' },
    aliases: [],
    summary:
      'The session description (SDP) was refused at this device: no common codec, crypto or media setup.',
    meaning:
      'The callee cannot accept the offered session: no codec in common, SRTP required or refused, unsupported media type or transport. A Warning header often says which part failed. Other devices of the user might accept it.',
    sentBy: ['UAS', 'PBX', 'gateway', 'SBC'],
    causes: [
      'Asterisk chan_pjsip answers 488 when no codec in the offer is allowed on the endpoint.',
      'SRTP mismatch: one side offers RTP/SAVP or DTLS-SRTP, the other only plain RTP, or the reverse.',
      'T.38 re-INVITE to a device without fax support; video or non-audio streams the device refuses.',
    ],
    checks: [
      'Compare the m= lines and codecs in the offer with the codecs allowed on the receiving endpoint or trunk.',
      'Check media encryption settings on both sides (SRTP, SDES, DTLS) and the Warning header of the 488.',
      "For fax failures, check T.38 support and the re-INVITE's SDP.",
    ],
    retry: 'Retry with a different offer (codecs, encryption) rather than the same SDP.',
    related: [606, 415, 580],
  },
  {
    code: 489,
    reasonPhrase: 'Bad Event',
    registered: true,
    reference: { rfc: 6665, section: '8.3.2' },
    aliases: ['Unknown Event'],
    summary: 'A SUBSCRIBE or NOTIFY named an event package the server does not support.',
    meaning:
      'The Event header lists a package (presence, dialog, message-summary, refer, ...) the receiver does not implement or does not allow. The response should carry Allow-Events listing what is supported.',
    sentBy: ['UAS', 'presence server', 'PBX'],
    causes: [
      'BLF subscriptions (Event: dialog) to a PBX without the hint configured, or with presence disabled.',
      'Message-waiting (Event: message-summary) SUBSCRIBE to a server that only sends unsolicited NOTIFY.',
    ],
    checks: [
      'Read the Allow-Events header in the 489 and compare it with the Event header you sent.',
      'For BLF, check the PBX has subscriptions enabled and a hint for the watched extension.',
    ],
    retry: 'Do not retry the same package; subscribe to a supported one.',
    related: [405, 412, 204],
  },
  {
    code: 491,
    reasonPhrase: 'Request Pending',
    registered: true,
    reference: { rfc: 3261, section: '21.4.27' },
    aliases: [],
    summary:
      'Both sides sent a re-INVITE or UPDATE at the same time (glare); each backs off and retries after a random delay.',
    meaning:
      'The receiver already has an offer/answer exchange in progress on the same dialog. The standard fix is for each side to wait a random interval (the caller of the dialog waits 2.1-4 s, the callee 0-2 s) and try again.',
    sentBy: ['UAS', 'PBX', 'B2BUA', 'SBC'],
    causes: [
      'Both ends re-INVITE simultaneously, for example hold/resume, T.38 switch or session refresh at the same moment.',
      'A B2BUA relaying re-INVITEs in both directions during a transfer.',
    ],
    checks: [
      'Check whether the sender retries after the random back-off; a stack that never retries leaves media stuck.',
      'Look for two overlapping re-INVITEs or UPDATEs in the trace and what triggered each one.',
    ],
    retry: 'Yes: retry after a random delay as RFC 3261 prescribes.',
    related: [481, 488],
  },
  {
    code: 493,
    reasonPhrase: 'Undecipherable',
    registered: true,
    reference: { rfc: 3261, section: '21.4.28' },
    aliases: [],
    summary: 'The request had an encrypted (S/MIME) body the receiver has no key or support to decrypt.',
    meaning:
      'The receiver got an S/MIME-protected body but cannot decrypt it. Very rare in real deployments because S/MIME in SIP is almost never used.',
    sentBy: ['UAS'],
    causes: ['A client encrypting bodies with S/MIME for a receiver without the matching key or support.'],
    checks: [
      'Check whether the sender has S/MIME body encryption enabled by mistake.',
      'Check the Content-Type of the body (application/pkcs7-mime).',
    ],
    retry: 'Retry without S/MIME or with a key the receiver holds.',
    related: [415, 400],
  },
  {
    code: 494,
    reasonPhrase: 'Security Agreement Required',
    registered: true,
    reference: { rfc: 3329, section: '6.4' },
    aliases: [],
    summary:
      'The server requires a security-mechanism negotiation (sec-agree), typically IMS IPsec, before going further.',
    meaning:
      'The server insists on a security agreement (Security-Client / Security-Server / Security-Verify headers) and lists its mechanisms in Security-Server. Mostly seen between IMS phones and the P-CSCF during registration.',
    sentBy: ['IMS P-CSCF', 'registrar', 'proxy'],
    causes: [
      'A client registering to an IMS network without sec-agree or IPsec support.',
      'A missing Security-Client header, or mechanisms that do not overlap.',
    ],
    checks: [
      "Check the Security-Server header in the 494 and the client's Security-Client offer.",
      "Check the client's IMS settings for sec-agree and IPsec (ipsec-3gpp).",
    ],
    retry: 'Retry with a security agreement in place.',
    related: [421, 401],
  },
  // --- 5xx server failure ---
  {
    code: 500,
    reasonPhrase: 'Server Internal Error',
    registered: true,
    reference: { rfc: 3261, section: '21.5.1' },
    aliases: ['Internal Server Error', 'Server Error'],
    summary: 'Something broke inside the server while handling the request; the request itself may be fine.',
    meaning:
      'A generic server-side failure: crash in a module, database or script error, resource exhaustion. A Retry-After header may say when to try again. Many B2BUAs also use 500 when they cannot map an internal failure to something better.',
    sentBy: ['PBX', 'proxy', 'B2BUA', 'carrier'],
    causes: [
      'Database or backend failure in a Kamailio/OpenSIPS routing script (for example a failed SQL or HTTP lookup).',
      'Internal errors in Asterisk or FreeSWITCH modules.',
      'A carrier platform fault.',
    ],
    checks: [
      'Check the logs of the element that generated the 500 at that timestamp; the response alone rarely says enough.',
      'Check backend dependencies (database, DNS, HTTP APIs) used during call routing.',
      'Look for a Retry-After header or Warning header with detail.',
    ],
    retry: 'Retry after the Retry-After interval if given, or via an alternate server or route.',
    related: [503, 502, 501],
  },
  {
    code: 501,
    reasonPhrase: 'Not Implemented',
    registered: true,
    reference: { rfc: 3261, section: '21.5.2' },
    aliases: [],
    summary: 'The server does not implement the request method at all (it does not recognise it).',
    meaning:
      'Unlike 405, the server does not support the method for any resource. Typical for newer or optional methods such as UPDATE, PRACK, MESSAGE, PUBLISH, REFER or INFO sent to a basic device.',
    sentBy: ['UAS', 'gateway', 'simple devices'],
    causes: [
      'UPDATE or PRACK sent to a device that does not implement them.',
      'MESSAGE or PUBLISH sent to a gateway that only does calls.',
    ],
    checks: [
      'Check the method you sent against the Allow header the other side advertised in its INVITE or 200.',
      'Disable features that rely on that method (UPDATE for session refresh, 100rel, REFER for transfer).',
    ],
    retry: 'Do not retry the same method; use an alternative.',
    related: [405, 420],
  },
  {
    code: 502,
    reasonPhrase: 'Bad Gateway',
    registered: true,
    reference: { rfc: 3261, section: '21.5.3' },
    aliases: [],
    summary: 'A gateway or proxy got an invalid response from the next hop it contacted on your behalf.',
    meaning:
      'The element acting as gateway or proxy received a response it could not use from a downstream server, or could not complete the onward request. Some SBCs and carriers use it whenever their onward leg failed in a way they cannot describe better.',
    sentBy: ['proxy', 'SBC', 'gateway', 'carrier'],
    causes: [
      'Malformed or unparsable response from a downstream server.',
      'DNS resolution failure for the next-hop domain.',
      'A PSTN gateway whose TDM side failed.',
    ],
    checks: [
      'Check what the downstream hop actually returned to the element that sent 502.',
      'Check DNS (NAPTR/SRV/A) resolution for the next-hop domain.',
    ],
    retry: 'Retry via an alternate route; the same path may keep failing.',
    related: [503, 504, 500],
  },
  {
    code: 503,
    reasonPhrase: 'Service Unavailable',
    registered: true,
    reference: { rfc: 3261, section: '21.5.4' },
    aliases: ['Service Not Available'],
    summary:
      'The server is overloaded, in maintenance or has no usable route right now; try elsewhere or later.',
    meaning:
      'A temporary inability to handle the request. A Retry-After header says how long to wait. Proxies also generate 503 locally when every next hop is down, so the sender is not always the real culprit. A client should fail over to another server rather than hammering this one.',
    sentBy: ['proxy', 'SBC', 'PBX', 'carrier', 'your own proxy when all next hops are down'],
    causes: [
      'Carrier or SBC overload, channel or CPS limit reached on the trunk.',
      'Kamailio dispatcher or OpenSIPS load balancer with every gateway marked down.',
      'Asterisk or FreeSWITCH shutting down or with no available outbound gateway.',
      'Rate limiting (pike, pipelimit, ratelimit) refusing traffic.',
    ],
    checks: [
      'Identify who generated the 503 (Server/User-Agent, Via) and whether it was produced locally because no next hop answered.',
      'Check trunk channel and calls-per-second limits and the gateway status on your dispatcher or load balancer.',
      'Look for a Retry-After header and honour it.',
    ],
    retry: 'Fail over to another server or route; retry the same one only after Retry-After.',
    related: [500, 502, 504, 480],
  },
  {
    code: 504,
    reasonPhrase: 'Server Time-out',
    registered: true,
    reference: { rfc: 3261, section: '21.5.5' },
    aliases: ['Server Timeout', 'Gateway Timeout', 'Gateway Time-out'],
    summary:
      'A server in the path gave up waiting for a downstream server (or DNS) it needed to complete the call.',
    meaning:
      'The server did not get a timely answer from another server it contacted: a next-hop proxy, a location or routing database, or DNS. Unlike 408, the failing party is further downstream, not the callee.',
    sentBy: ['proxy', 'SBC', 'carrier', 'gateway'],
    causes: [
      "The carrier's onward network or the far-end gateway did not answer in time.",
      'A slow routing or number-portability lookup (ENUM, HTTP API, database).',
      'DNS timeouts when resolving the next hop.',
    ],
    checks: [
      'Find which hop sent the 504 and check what it was waiting for (next hop, database, DNS).',
      'Check latency and timeouts of routing lookups and DNS used by that element.',
    ],
    retry: 'Retry via an alternate route; the same path may keep timing out.',
    related: [408, 503, 502],
  },
  {
    code: 505,
    reasonPhrase: 'Version Not Supported',
    registered: true,
    reference: { rfc: 3261, section: '21.5.6' },
    aliases: ['SIP Version Not Supported'],
    summary: 'The request used a SIP protocol version the server does not speak (anything but SIP/2.0).',
    meaning:
      'The version token on the request line is not one the server supports. In practice this points to a malformed request line rather than a genuinely different SIP version.',
    sentBy: ['proxy', 'UAS', 'SBC'],
    causes: [
      'A corrupted or hand-built request line (scanners, broken scripts, bad header manipulation).',
      'Non-SIP traffic reaching the SIP port.',
    ],
    checks: [
      'Look at the raw request line as received for a malformed or missing SIP/2.0 token.',
      'Identify the source: scanners and misconfigured devices are common.',
    ],
    retry: 'Retry only with a valid SIP/2.0 request.',
    related: [400],
  },
  {
    code: 513,
    reasonPhrase: 'Message Too Large',
    registered: true,
    reference: { rfc: 3261, section: '21.5.7' },
    aliases: ['Message Too Long'],
    summary: 'The whole SIP message is longer than the server can process; often large INVITEs over UDP.',
    meaning:
      'The server cannot handle a message of that length. Closely related to UDP fragmentation problems: RFC 3261 expects messages near or above the path MTU (about 1300 bytes) to go over TCP.',
    sentBy: ['proxy', 'SBC', 'UAS'],
    causes: [
      'INVITEs with large SDP (many codecs, ICE, video) plus many headers sent over UDP.',
      'Header bloat from long Via or Record-Route chains or big custom headers.',
    ],
    checks: [
      'Check the message size and switch the hop to TCP or TLS if it is above about 1300 bytes.',
      'Trim codecs, ICE candidates and unnecessary headers.',
    ],
    retry: 'Retry with a smaller message or over TCP.',
    related: [413, 400],
  },
  {
    code: 555,
    reasonPhrase: 'Push Notification Service Not Supported',
    registered: true,
    reference: { rfc: 8599, section: '8.1' },
    aliases: [],
    summary:
      'The proxy does not support the push notification service (pn-provider) the mobile client asked for.',
    meaning:
      'A mobile SIP client registered with push parameters (pn-provider, pn-prid, pn-param) naming a push service such as APNs or FCM that the SIP proxy cannot use, so it cannot wake the app for incoming calls.',
    sentBy: ['SIP proxy / registrar with push support'],
    causes: [
      'The app registers with a pn-provider value the server is not configured for.',
      'Push integration not configured on the proxy for that platform (iOS vs Android).',
    ],
    checks: [
      'Check the pn-provider value in the REGISTER Contact against the providers the proxy supports.',
      "Check the proxy's push notification configuration for that provider.",
    ],
    retry: 'Do not retry with the same parameters; register without push or with a supported provider.',
    related: [480, 430],
  },
  {
    code: 580,
    reasonPhrase: 'Precondition Failure',
    registered: true,
    reference: { rfc: 3312, section: '8' },
    aliases: [],
    summary:
      'The session could not be set up because required preconditions (usually QoS reservation) were not met.',
    meaning:
      'Used with SIP preconditions (mainly IMS/VoLTE): the server cannot or will not meet the constraints in the offer, for example network resources could not be reserved for the media.',
    sentBy: ['UAS', 'IMS core', 'gateway'],
    causes: [
      'QoS resource reservation failed in an IMS or cable network.',
      'The far end cannot support the precondition types demanded in the SDP.',
    ],
    checks: [
      'Check the precondition attributes (a=curr, a=des) in the SDP offer and answer.',
      "Check the network's resource reservation (for VoLTE, the dedicated bearer setup).",
    ],
    retry: 'Retry without mandatory preconditions, or after resources are available.',
    related: [421, 488, 183],
  },
  // --- 6xx global failure ---
  {
    code: 600,
    reasonPhrase: 'Busy Everywhere',
    registered: true,
    reference: { rfc: 3261, section: '21.6.1' },
    aliases: [],
    summary: 'The callee is busy on every device it knows of; no other location will do better.',
    meaning:
      'Unlike 486, this is authoritative for the whole user: the server knows every registered location is busy. A Retry-After header may suggest when to call back.',
    sentBy: ['UAS', "PBX or hosted platform that sees all of a user's devices", 'gateway'],
    causes: [
      'Every device or line of the user is busy.',
      'A hosted platform enforcing a per-user concurrent call limit.',
    ],
    checks: [
      "Check whether the platform really tracks all of the user's devices before trusting a global busy.",
      'Check per-user or per-account concurrent call limits.',
    ],
    retry: 'Do not retry other locations; try again later, after Retry-After if given.',
    related: [486, 603],
  },
  {
    code: 603,
    reasonPhrase: 'Decline',
    registered: true,
    reference: { rfc: 3261, section: '21.6.2' },
    aliases: ['Declined'],
    summary: 'The callee, or something acting for them, explicitly refused the call everywhere.',
    meaning:
      "A deliberate rejection: the user pressed reject, or a policy (do-not-disturb, call screening, fraud control) refused the call for all of the user's locations. A Retry-After header may indicate when the callee will accept calls again.",
    sentBy: ['UAS (user pressed reject)', 'PBX do-not-disturb', 'carrier call-screening or fraud system'],
    causes: [
      'The user rejected the call.',
      'Do-not-disturb or call screening is on.',
      'A carrier fraud or spam filter rejecting the caller.',
    ],
    checks: [
      'Check do-not-disturb, call screening and blocklists for the callee before blaming the network.',
      'Check the Reason header for a Q.850 cause or carrier-specific text explaining the rejection.',
    ],
    retry: 'Do not retry the same destination; the refusal is deliberate.',
    related: [486, 600, 607, 608],
  },
  {
    code: 604,
    reasonPhrase: 'Does Not Exist Anywhere',
    registered: true,
    reference: { rfc: 3261, section: '21.6.3' },
    aliases: [],
    summary: 'The server is authoritative that this user or number exists nowhere, not just on this server.',
    meaning:
      'A global version of 404: no other server will find the user either. Some carriers use it for unallocated or invalid numbers.',
    sentBy: ['carrier', 'authoritative proxy or number database'],
    causes: [
      'The dialled number is not allocated to any subscriber.',
      'A misdialled or wrongly formatted number that the carrier treats as invalid everywhere.',
    ],
    checks: [
      "Check the dialled number's format (E.164, country code, leading digits) as sent to the carrier.",
      'Check whether the number is valid and in service with a lookup or a test call from another network.',
    ],
    retry: 'Do not retry; the number needs fixing.',
    related: [404, 410, 484],
  },
  {
    code: 606,
    reasonPhrase: 'Not Acceptable',
    registered: true,
    reference: { rfc: 3261, section: '21.6.4' },
    aliases: [],
    summary:
      'The callee will not accept the offered session anywhere: media, codecs or session type are unusable.',
    meaning:
      "Like 488, but for all of the user's locations: the session description or requested session type is not acceptable to the callee at all. A Warning header may explain what is wrong.",
    sentBy: ['UAS', 'gateway', 'carrier'],
    causes: [
      'Offer with only video or a codec set the callee cannot use on any device.',
      'A gateway rejecting the media type, for example data calls on a voice-only network.',
    ],
    checks: [
      'Check the Warning header and compare the offered codecs and media types with what the callee supports.',
      'Try an offer with a common audio codec (PCMU/PCMA) to confirm media is the issue.',
    ],
    retry: 'Retry only with a different session offer.',
    related: [488, 406, 415],
  },
  {
    code: 607,
    reasonPhrase: 'Unwanted',
    registered: true,
    reference: { rfc: 8197, section: '4' },
    aliases: [],
    summary:
      'The called party marked this call as unwanted (spam or robocall); networks may use it to flag the caller.',
    meaning:
      'Defined for users to reject calls they consider unwanted, so that carriers and call-analytics services can learn from it. Unlike 603, it says the caller itself is unwelcome, not just this call.',
    sentBy: ['UAS (user reported spam)', 'terminating carrier or call-analytics app'],
    causes: [
      "The callee pressed a 'report spam' or 'block' action on the device or app.",
      "An analytics service rejecting a number with a poor reputation on the user's behalf.",
    ],
    checks: [
      'Check the caller ID and attestation you send: unsigned or unfamiliar numbers attract spam reports.',
      'Check whether calls from this number are being reported widely (carrier or analytics feedback).',
    ],
    retry: 'Do not retry; the callee does not want calls from this caller.',
    related: [603, 608, 433],
  },
  {
    code: 608,
    reasonPhrase: 'Rejected',
    registered: true,
    reference: { rfc: 8688, section: '5' },
    aliases: [],
    summary:
      'An intermediary (not the callee) rejected the call, typically a call-analytics or anti-robocall engine.',
    meaning:
      "Unlike 603 and 607, the decision was taken by an element in the network, such as a carrier's robocall-blocking service. The response can carry a Call-Info header with a jCard saying whom to contact to dispute the block.",
    sentBy: ['carrier analytics / call-blocking engine', 'terminating network SBC'],
    causes: [
      "A carrier's robocall or fraud analytics blocked the calling number.",
      'Low STIR/SHAKEN attestation or bad reputation of the caller ID.',
    ],
    checks: [
      'Read the Call-Info jCard in the 608 to find the operator of the blocking service and its redress contact.',
      "Check the caller ID's attestation level and reputation with your originating carrier.",
    ],
    retry: 'Do not retry unchanged; resolve the block with the operator named in the response.',
    related: [603, 607, 428],
  },
  // --- unregistered codes seen in the wild ---
  {
    code: 477,
    reasonPhrase: 'Unfortunately error on sending to next hop occurred',
    registered: false,
    origin:
      "Not a standard code: Kamailio, OpenSIPS and their ancestor SER reply 477 when the proxy could not send the request to the next hop (their internal E_SEND error, code -477, turned into a SIP reply by err2reason_phrase; the phrase on the wire usually ends with a marker such as '(477/SL)').",
    reference: { rfc: 3261, section: '8.1.3.2' },
    aliases: [],
    summary:
      'A Kamailio/OpenSIPS proxy failed to transmit the request to the next hop (socket, TCP/TLS connect or DNS send error).',
    meaning:
      'The proxy decided where to send the request but the send itself failed: the TCP or TLS connection was refused or could not be set up, or no suitable listening socket exists for that transport. A client that does not know 477 treats it as a generic 400-class failure, as RFC 3261 section 8.1.3.2 says for unknown codes.',
    sentBy: ['Kamailio', 'OpenSIPS', 'SER-based proxies'],
    causes: [
      'The next hop refuses TCP/TLS connections (connect failed, connection refused) or the TLS handshake fails.',
      'A large INVITE switched to TCP (udp_mtu_try_proto) towards a device that only listens on UDP.',
      'No listening socket for the needed transport or address family (for example sending over TCP or IPv6 without a matching listen line).',
    ],
    checks: [
      'Check the proxy log around the 477 for the tcp_send/tls or msg_send_buffer error; it names the destination and the failing transport.',
      "Check the next hop's address, port and transport are reachable from the proxy (nc, sipsak, firewall rules).",
      "Check the proxy's listen sockets cover the transport and address family used for that destination.",
    ],
    retry: 'Retry once the next hop is reachable on that transport, or route to an alternate destination.',
    related: [503, 408, 513],
  },
  {
    code: 409,
    reasonPhrase: 'Conflict',
    registered: false,
    origin:
      'Defined in RFC 2543 (the first SIP specification) and dropped from RFC 3261, so it is not in the IANA registry; old stacks and some registrars still send it.',
    reference: { rfc: 2543, section: '7.4.10' },
    aliases: [],
    summary:
      "A legacy code from RFC 2543 saying the request clashed with the server's current state, e.g. a registration.",
    meaning:
      'In RFC 2543 the request could not be completed because of a conflict with the current state of the resource, used for example for conflicting REGISTER actions. Modern SIP has no such code; treat it as a generic 4xx failure.',
    sentBy: ['legacy registrar', 'old SIP stacks'],
    causes: [
      'An old registrar rejecting a REGISTER that clashes with an existing binding.',
      'Vendor stacks reusing HTTP-style semantics.',
    ],
    checks: [
      'Check the vendor documentation of the element that sent it; the meaning is implementation-specific.',
      'For REGISTER, check for duplicate or conflicting bindings of the same account.',
    ],
    retry: 'Retry only after resolving the conflicting state.',
    related: [400, 403],
  },
  {
    code: 411,
    reasonPhrase: 'Length Required',
    registered: false,
    origin:
      'Defined in RFC 2543 and removed by RFC 3261, so it is not in the IANA registry; some older devices and stacks still emit it.',
    reference: { rfc: 2543, section: '7.4.12' },
    aliases: [],
    summary: 'A legacy code from RFC 2543: the server refused a request that had no Content-Length header.',
    meaning:
      'The server wanted a Content-Length header before accepting the body. RFC 3261 made Content-Length mandatory over stream transports instead, so modern servers send 400 for this.',
    sentBy: ['legacy SIP stacks'],
    causes: [
      'A request over TCP or TLS without a Content-Length header.',
      'A hand-built or script-generated request missing Content-Length.',
    ],
    checks: [
      'Check the request carries a correct Content-Length header, especially over TCP/TLS.',
      'Check any header manipulation that might remove Content-Length.',
    ],
    retry: 'Retry with a correct Content-Length header.',
    related: [400, 413],
  },
];
