import type { Q850CauseEntry, SipToQ850Entry } from '../schema.js';

/*
 * ITU-T Q.850 cause values, in our own words, for someone reading a SIP trace or a FreeSWITCH
 * hangup cause at 3 a.m.
 *
 * `name` follows the Q.850 clause headings. `sipCode` is the SIP response that RFC 3398
 * section 7.2.4.1 ("ISUP Cause value" -> "SIP response") gives for the cause. It is set only for
 * causes that table lists; causes it leaves out have no `sipCode` (gateways commonly fall back to
 * 500 for them). Cause 16 is in the table but has no response: it ends in a BYE or CANCEL.
 *
 * The RFC 3398 7.2.4.1 footnotes and oddities:
 *  - 21: the table gives 403. The (+) note says that when the cause location is 'user', the 6xx
 *    code could be used instead, so 403 becomes 603.
 *  - 22: the table has two rows. Without a diagnostic it gives 410 Gone (used here). With a
 *    diagnostic that holds the new number, it gives 301 Moved Permanently.
 *  - 26: marked (=) "ANSI procedure".
 *  - 29: the RFC prints "510 Not implemented". SIP has no 510, and "Not implemented" is the
 *    reason phrase of 501, so we record 501.
 * FreeSWITCH names in the meanings are the switch_call_cause_t names from switch_types.h.
 */
export const q850Causes: Q850CauseEntry[] = [
  {
    cause: 1,
    name: 'Unallocated (unassigned) number',
    meaning:
      'The number dialled is not in service: nobody owns it. FreeSWITCH: UNALLOCATED_NUMBER. On a SIP trunk it usually comes back as 404. Check the dialled digits and their format (E.164, national, extension) before you blame the carrier. If the number is known to be good, the carrier may have a routing or porting error.',
    sipCode: 404,
  },
  {
    cause: 2,
    name: 'No route to specified transit network (national use)',
    meaning:
      'The switch was asked to send the call through a particular transit carrier and could not reach it (FreeSWITCH: NO_ROUTE_TRANSIT_NET). It is rare on SIP trunks. When you do see it, a carrier-selection prefix or a routing table upstream is usually wrong.',
    sipCode: 404,
  },
  {
    cause: 3,
    name: 'No route to destination',
    meaning:
      'The network has no route for this number: a country, range or prefix it does not serve (FreeSWITCH: NO_ROUTE_DESTINATION). Carriers send it for destinations outside your plan or blocked for you, such as premium ranges, international calls or new number ranges. Your own routing sends it when no gateway or dialplan entry matches. Compare the number with the carrier rate deck or your dialplan.',
    sipCode: 404,
  },
  {
    cause: 4,
    name: 'Send special information tone',
    meaning:
      'The callee cannot be reached for a long-term reason, and the network wants the caller to hear the special information tone (the three rising tones) or an announcement. Examples: the number is disconnected or has changed. Read it like 1 or 22: the number is not usable, so a retry will not help.',
  },
  {
    cause: 5,
    name: 'Misdialled trunk prefix (national use)',
    meaning:
      'The caller dialled a trunk prefix (such as a leading 0) where none was expected, or the wrong one. On a SIP trunk it means a number normalisation problem. Check how the PBX or SBC rewrites numbers before sending them to the carrier.',
  },
  {
    cause: 6,
    name: 'Channel unacceptable',
    meaning:
      'The channel (B-channel or timeslot) chosen for the call cannot be used by the far end (FreeSWITCH: CHANNEL_UNACCEPTABLE). It comes from TDM/ISDN gateways, not pure SIP. Look at channel selection and the span configuration on the gateway.',
  },
  {
    cause: 7,
    name: 'Call awarded and being delivered in an established channel',
    meaning:
      'The call was connected over a channel the user already had in place, as in some packet-mode and PBX setups (FreeSWITCH: CALL_AWARDED_DELIVERED). It is informational and almost never a failure on a VoIP platform. If it ends calls, suspect a misbehaving ISDN gateway.',
  },
  {
    cause: 8,
    name: 'Preemption',
    meaning:
      'A higher-priority call (MLPP, for example in military or government networks) took over the resources this call was using. It is rare outside those networks. Seeing it on a commercial trunk suggests the gateway is misusing the cause.',
  },
  {
    cause: 9,
    name: 'Preemption - circuit reserved for reuse',
    meaning:
      'Like 8: a higher-priority call preempted this one, and the circuit is being kept for that call. Almost only seen in MLPP networks.',
  },
  {
    cause: 16,
    name: 'Normal call clearing',
    meaning:
      'A normal hangup: one side ended an answered call (FreeSWITCH: NORMAL_CLEARING). In SIP it is a BYE, or a CANCEL before answer, not an error response. On its own it needs no action. If calls drop with 16 at a suspiciously fixed length, look at session timers, RTP timeouts or a max-duration limit.',
  },
  {
    cause: 17,
    name: 'User busy',
    meaning:
      'The callee is busy and cannot take another call (FreeSWITCH: USER_BUSY). It maps to 486 Busy Here. A real busy line is normal. If every call to a number gets 17, check call limits, max-calls or a channel cap on the trunk: some carriers send 17 when your concurrent-call limit is reached.',
    sipCode: 486,
  },
  {
    cause: 18,
    name: 'No user responding',
    meaning:
      'The callee was offered the call but did not respond in time; the phone never even said it was ringing (FreeSWITCH: NO_USER_RESPONSE). It maps to 408. It often points at an unreachable endpoint: a stale registration, NAT that dropped the pinhole, or a phone that is offline. Check the registration and reachability (OPTIONS qualify) of the callee.',
    sipCode: 408,
  },
  {
    cause: 19,
    name: 'No answer from user (user alerted)',
    meaning:
      'The phone rang (180/183 was received) but nobody answered before the no-answer timer ran out (FreeSWITCH: NO_ANSWER). It maps to 480. It is usually normal. If it happens too soon, check the ring timeout (call_timeout, originate timeout, or the carrier ring timer).',
    sipCode: 480,
  },
  {
    cause: 20,
    name: 'Subscriber absent',
    meaning:
      'The callee is not reachable right now: a mobile that is switched off or out of coverage, or a SIP user that is not registered (FreeSWITCH: SUBSCRIBER_ABSENT). It maps to 480. For your own users, check that the device is registered. For mobile destinations it is the network saying the handset is gone.',
    sipCode: 480,
  },
  {
    cause: 21,
    name: 'Call rejected',
    meaning:
      'The call was refused on purpose, either by the user (reject button, do-not-disturb) or by the network (FreeSWITCH: CALL_REJECTED). On trunks it often means a policy refusal: the caller ID is not allowed, the account is out of credit, the destination is blocked, or authentication failed. It maps to 403, or to 603 when the rejection came from the user.',
    sipCode: 403,
  },
  {
    cause: 22,
    name: 'Number changed',
    meaning:
      'The number used to belong to someone but has been changed or withdrawn (FreeSWITCH: NUMBER_CHANGED). The cause may carry the new number as a diagnostic. It maps to 410 Gone, or to 301 with the new number when the diagnostic is present. Update the contact or routing entry; a retry will not help.',
    sipCode: 410,
  },
  {
    cause: 23,
    name: 'Redirection to new destination',
    meaning:
      'The call is being sent on to another destination, for example by call forwarding in the network (FreeSWITCH: REDIRECTION_TO_NEW_DESTINATION). The original leg is released with this cause. It maps to 410. Seeing it on a leg you dropped is usually expected. If the call never reaches the new destination, follow the redirect.',
    sipCode: 410,
  },
  {
    cause: 25,
    name: 'Exchange routing error',
    meaning:
      'A switch found a routing error, typically a loop or too many hops (FreeSWITCH: EXCHANGE_ROUTING_ERROR). RFC 3398 produces it from SIP 482 and 483. Look for a routing loop between your platform and the carrier, or between two of your own proxies.',
  },
  {
    cause: 26,
    name: 'Non-selected user clearing',
    meaning:
      'The call was offered to several devices and another one answered, so this one was released. Examples: a ring group, a shared line, or a forked INVITE. It maps to 404 (an ANSI procedure). It is normal for the losing legs of a parallel ring and not an error.',
    sipCode: 404,
  },
  {
    cause: 27,
    name: 'Destination out of order',
    meaning:
      "The far end could not be reached because its interface is not working, for example a dead link to the PBX or a device with no signalling (FreeSWITCH: DESTINATION_OUT_OF_ORDER). It maps to 502. Check that the next hop is alive: is the SIP peer up, does it answer OPTIONS, is the customer's PBX online?",
    sipCode: 502,
  },
  {
    cause: 28,
    name: 'Invalid number format (address incomplete)',
    meaning:
      'The number is malformed or too short for the network to route (FreeSWITCH: INVALID_NUMBER_FORMAT). It maps to 484. Very common on SIP trunks when the number is in the wrong format, for example missing the country code, having a stray + or prefix, or being cut short by overlap dialling. Fix the number normalisation on the PBX or SBC.',
    sipCode: 484,
  },
  {
    cause: 29,
    name: 'Facility rejected',
    meaning:
      'The network refused a supplementary service the call asked for, such as a feature, a presentation option or a network facility (FreeSWITCH: FACILITY_REJECTED). It maps to 501. Check which optional features or headers the call requested that the carrier does not offer you.',
    sipCode: 501,
  },
  {
    cause: 30,
    name: 'Response to STATUS ENQUIRY',
    meaning:
      'A status report from an ISDN link, sent in reply to a STATUS ENQUIRY message (FreeSWITCH: RESPONSE_TO_STATUS_ENQUIRY). It is not a call failure. If a call ends with it, the ISDN gateway is misusing the cause.',
  },
  {
    cause: 31,
    name: 'Normal, unspecified',
    meaning:
      'A catch-all for normal events that fit no other cause (FreeSWITCH: NORMAL_UNSPECIFIED). It maps to 480, and RFC 3398 uses it for any SIP error response it does not list. It tells you little, so look at the SIP response and any Reason header to find what really happened.',
    sipCode: 480,
  },
  {
    cause: 34,
    name: 'No circuit/channel available',
    meaning:
      "No trunk, channel or call slot was free to carry the call (FreeSWITCH: NORMAL_CIRCUIT_CONGESTION). It maps to 503. On SIP trunks it usually means a concurrent-call limit was hit, on your side or the carrier's, or every gateway in a route is busy or down. Check channel counts and gateway status.",
    sipCode: 503,
  },
  {
    cause: 38,
    name: 'Network out of order',
    meaning:
      'The network is failing and this is expected to last a while, for example a link or switch outage (FreeSWITCH: NETWORK_OUT_OF_ORDER). It maps to 503. Retrying at once will probably fail again. Check the carrier status, your trunk registration and your connection to the carrier, and fail over if you can.',
    sipCode: 503,
  },
  {
    cause: 39,
    name: 'Permanent frame mode connection out-of-service',
    meaning:
      'A permanent frame-relay style connection is out of service. This is a data-network cause you will almost never see on a voice trunk. If it shows up, a gateway is mapping some other failure badly.',
  },
  {
    cause: 40,
    name: 'Permanent frame mode connection operational',
    meaning:
      'The opposite of 39: a permanent frame-mode connection is back in service. It is informational and not a call failure.',
  },
  {
    cause: 41,
    name: 'Temporary failure',
    meaning:
      'The network hit a short-lived problem and the call may work if tried again soon (FreeSWITCH: NORMAL_TEMPORARY_FAILURE). It maps to 503. It is one of the most common failure causes on SIP platforms. It often hides a gateway or carrier that did not answer, a codec or SDP failure, or an internal error in the far switch. Check the SIP trace and any Reason header for the real cause.',
    sipCode: 503,
  },
  {
    cause: 42,
    name: 'Switching equipment congestion',
    meaning:
      "The switch handling the call is overloaded (FreeSWITCH: SWITCH_CONGESTION). It maps to 503. It can come from the carrier's switch or from your own platform under load, for example sessions-per-second or max-sessions limits. Check the call rate, CPU and any rate limits, and back off.",
    sipCode: 503,
  },
  {
    cause: 43,
    name: 'Access information discarded',
    meaning:
      'The network could not pass on some of the information the caller sent, such as user-to-user data, sub-address or low-layer details (FreeSWITCH: ACCESS_INFO_DISCARDED). The call may still go through. If it fails, look at what optional information the call carries.',
  },
  {
    cause: 44,
    name: 'Requested circuit/channel not available',
    meaning:
      'The specific channel the call asked for is in use or out of service, although others may be free (FreeSWITCH: REQUESTED_CHAN_UNAVAIL). On TDM gateways it points at glare or channel-selection problems. On VoIP platforms it is sometimes used loosely for "no capacity", so check channel limits.',
  },
  {
    cause: 46,
    name: 'Precedence call blocked',
    meaning:
      'An MLPP (priority) call was blocked: no circuit could be preempted, or the callee is busy with a call of equal or higher precedence. Seen only in networks that use precedence and preemption.',
  },
  {
    cause: 47,
    name: 'Resource unavailable, unspecified',
    meaning:
      'A resource was missing, and none of the more specific causes fit. Examples: no DSP or transcoder, no media port, or a licence limit. It maps to 503. On gateways and SBCs, check media resources, transcoding capacity and licence counts.',
    sipCode: 503,
  },
  {
    cause: 49,
    name: 'Quality of Service not available',
    meaning:
      'The network cannot give the quality of service the call asked for. It is rare on SIP trunks. Where it appears, it may point at bandwidth or admission-control limits (call admission control on a WAN link or in the SBC).',
  },
  {
    cause: 50,
    name: 'Requested facility not subscribed',
    meaning:
      'The caller asked for a service the account does not include, for example international calling, a premium feature or a particular CLI service (FreeSWITCH: FACILITY_NOT_SUBSCRIBED). Check what the trunk or account is provisioned for with the carrier.',
  },
  {
    cause: 53,
    name: 'Outgoing calls barred within CUG',
    meaning:
      'The caller belongs to a closed user group (CUG) that is not allowed to make outgoing calls. It usually means a barring or class-of-service setting on the calling line. Check outbound call restrictions for the caller.',
  },
  {
    cause: 55,
    name: 'Incoming calls barred within CUG',
    meaning:
      'The callee belongs to a closed user group (CUG) that does not accept incoming calls from this caller. It maps to 403. Check inbound restrictions or call barring on the destination.',
    sipCode: 403,
  },
  {
    cause: 57,
    name: 'Bearer capability not authorized',
    meaning:
      'The caller asked for a bearer capability (such as unrestricted 64k data or video) that it is not allowed to use (FreeSWITCH: BEARERCAPABILITY_NOTAUTH). It maps to 403. On gateways it can mean a data or fax call reached a voice-only trunk.',
    sipCode: 403,
  },
  {
    cause: 58,
    name: 'Bearer capability not presently available',
    meaning:
      'The bearer capability the call needs exists but is not available right now (FreeSWITCH: BEARERCAPABILITY_NOTAVAIL). It maps to 503. It may work later or with another bearer type. Check media and codec resources on the gateway.',
    sipCode: 503,
  },
  {
    cause: 62,
    name: 'Inconsistency in designated outgoing access information and subscriber class',
    meaning:
      'The outgoing access information of the call does not match the subscriber class. This is a closed user group provisioning error. Check the CUG or class-of-service data for the caller.',
  },
  {
    cause: 63,
    name: 'Service or option not available, unspecified',
    meaning:
      'A service or option the call needs is not available, and no more specific cause fits (FreeSWITCH: SERVICE_UNAVAILABLE). RFC 3398 produces it from SIP 405. Check which feature or method the call relied on.',
  },
  {
    cause: 65,
    name: 'Bearer capability not implemented',
    meaning:
      'The equipment does not support the bearer capability the call asked for (FreeSWITCH: BEARERCAPABILITY_NOTIMPL). It maps to 488. On SIP it usually means media negotiation failed, for example no common codec or an unsupported media type. Compare the SDP offer with what the far end accepts.',
    sipCode: 488,
  },
  {
    cause: 66,
    name: 'Channel type not implemented',
    meaning:
      'The equipment does not support the channel type requested (FreeSWITCH: CHAN_NOT_IMPLEMENTED). It is mostly an ISDN gateway cause and points at a gateway or span configuration mismatch.',
  },
  {
    cause: 69,
    name: 'Requested facility not implemented',
    meaning:
      'The network does not offer the supplementary service the call asked for at all (FreeSWITCH: FACILITY_NOT_IMPLEMENTED). Unlike 50, no subscription would help. Remove the request for that feature, or route the call elsewhere.',
  },
  {
    cause: 70,
    name: 'Only restricted digital information bearer capability is available (national use)',
    meaning:
      'The call asked for unrestricted digital bearer but only restricted digital is available. It maps to 488. On SIP gateways it usually means a data or clear-channel call hit a leg that cannot carry it. Check the bearer or codec used for the call (for example clearmode or a data call).',
    sipCode: 488,
  },
  {
    cause: 79,
    name: 'Service or option not implemented, unspecified',
    meaning:
      'A service or option the call needs is not implemented, and no more specific cause fits (FreeSWITCH: SERVICE_NOT_IMPLEMENTED). It maps to 501. RFC 3398 produces it from SIP 406, 415 and 501. Look for a method, extension or media type the far end does not support.',
    sipCode: 501,
  },
  {
    cause: 81,
    name: 'Invalid call reference value',
    meaning:
      'A message referred to a call reference that is not active on the interface (FreeSWITCH: INVALID_CALL_REFERENCE). It points at ISDN or signalling state getting out of step, for example after a restart on one side.',
  },
  {
    cause: 82,
    name: 'Identified channel does not exist',
    meaning:
      'A message named a channel that does not exist on the interface. It usually means the two ends disagree about the channel or span configuration on a TDM or ISDN link.',
  },
  {
    cause: 83,
    name: 'A suspended call exists, but this call identity does not',
    meaning:
      'An ISDN call-resume attempt used a call identity that does not match any suspended call. It only applies to suspend/resume on ISDN access and is almost never seen on VoIP.',
  },
  {
    cause: 84,
    name: 'Call identity in use',
    meaning:
      'An ISDN call-suspend request used a call identity that another suspended call already has. This is a suspend/resume detail and almost never seen on VoIP.',
  },
  {
    cause: 85,
    name: 'No call suspended',
    meaning:
      'An ISDN call-resume request was received, but no call is suspended. This is a suspend/resume detail and almost never seen on VoIP.',
  },
  {
    cause: 86,
    name: 'Call having the requested call identity has been cleared',
    meaning:
      'An ISDN resume request named a suspended call that was cleared while it was suspended, for example by a timeout or the network. This is a suspend/resume detail and almost never seen on VoIP.',
  },
  {
    cause: 87,
    name: 'User not member of CUG',
    meaning:
      'The call was for a closed user group (CUG) and the callee is not a member. It maps to 403. Check the CUG or business-group provisioning for the caller and callee.',
    sipCode: 403,
  },
  {
    cause: 88,
    name: 'Incompatible destination',
    meaning:
      'The destination cannot handle this kind of call, for example a data or fax call to a voice-only line, or an incompatible bearer (FreeSWITCH: INCOMPATIBLE_DESTINATION). It maps to 503. On SIP platforms it often means a codec or media mismatch: no common codec, or SRTP required on one side only. Compare the SDP of both legs.',
    sipCode: 503,
  },
  {
    cause: 90,
    name: 'Non-existent CUG',
    meaning:
      'The closed user group named in the call does not exist. This is a provisioning error in the CUG data of the calling or called line.',
  },
  {
    cause: 91,
    name: 'Invalid transit network selection (national use)',
    meaning:
      'The transit network (carrier) selected for the call is not in a valid format or is not known. Check any carrier-selection prefix or transit network parameter the platform adds.',
  },
  {
    cause: 95,
    name: 'Invalid message, unspecified',
    meaning:
      'A signalling message was invalid and no more specific cause fits (FreeSWITCH: INVALID_MSG_UNSPECIFIED). It points at a protocol or interworking bug between two switches or gateways. Capture the signalling on both sides.',
  },
  {
    cause: 96,
    name: 'Mandatory information element is missing',
    meaning:
      'A message lacked a required element, for example a called number or bearer capability (FreeSWITCH: MANDATORY_IE_MISSING). In SIP-to-ISDN interworking it usually means the gateway could not build a complete setup from the INVITE. Check which fields the INVITE is missing (number, CLI, SDP).',
  },
  {
    cause: 97,
    name: 'Message type non-existent or not implemented',
    meaning:
      'The far end received a message type it does not know or does not implement (FreeSWITCH: MESSAGE_TYPE_NONEXIST). It points at mismatched protocol variants between two switches or gateways.',
  },
  {
    cause: 98,
    name: 'Message not compatible with call state or message type non-existent or not implemented',
    meaning:
      'A message arrived that does not fit the current call state, or its type is unknown (FreeSWITCH: WRONG_MESSAGE). It points at signalling that is out of order or out of step between two systems. Compare both sides of the trace.',
  },
  {
    cause: 99,
    name: 'Information element/parameter non-existent or not implemented',
    meaning:
      'A message held an element or parameter the receiver does not know, and it was discarded (FreeSWITCH: IE_NONEXIST). The call may carry on. If it fails, look for non-standard parameters that the gateway passes through.',
  },
  {
    cause: 100,
    name: 'Invalid information element contents',
    meaning:
      'A known element held an invalid value, such as a badly encoded number or an out-of-range field (FreeSWITCH: INVALID_IE_CONTENTS). On SIP trunks it often means the CLI or called number was in a form the ISDN or ISUP side rejects. Check how numbers are encoded.',
  },
  {
    cause: 101,
    name: 'Message not compatible with call state',
    meaning:
      'A message arrived that is not allowed in the current call state (FreeSWITCH: WRONG_CALL_STATE). Typical triggers are race conditions such as a re-INVITE, UPDATE or hangup crossing another message. Compare both sides of the trace for messages that crossed.',
  },
  {
    cause: 102,
    name: 'Recovery on timer expiry',
    meaning:
      'A protocol timer ran out and the switch gave up on the call (FreeSWITCH: RECOVERY_ON_TIMER_EXPIRE). It maps to 504. On SIP it is typical when an INVITE gets no final answer in time: the far end did not respond, packets were lost, or a firewall or NAT dropped replies. Check that the next hop receives the INVITE and sends answers back.',
    sipCode: 504,
  },
  {
    cause: 103,
    name: 'Parameter non-existent or not implemented - passed on (national use)',
    meaning:
      'The switch did not recognise a parameter but passed it on unchanged instead of dropping it. It is informational and rarely the reason a call fails. If it shows up, look for non-standard parameters in the signalling.',
  },
  {
    cause: 110,
    name: 'Message with unrecognized parameter discarded',
    meaning:
      'A message was dropped because it held a parameter the switch did not recognise. It points at an ISUP variant mismatch between two switches. Check the protocol variants configured on the interconnect.',
  },
  {
    cause: 111,
    name: 'Protocol error, unspecified',
    meaning:
      'Some protocol error, with no more specific cause (FreeSWITCH: PROTOCOL_ERROR). It maps to 500. On SIP platforms it can hide a malformed message, a parser failure or an interworking bug in a gateway. Capture the trace and look for the message that was rejected.',
    sipCode: 500,
  },
  {
    cause: 127,
    name: 'Interworking, unspecified',
    meaning:
      'The call went through a network or gateway that cannot say exactly why it failed (FreeSWITCH: INTERWORKING). It maps to 500, and RFC 3398 produces it from many SIP protocol errors (413, 414, 416, 420, 421, 423, 505, 513). Look for the real cause in the SIP response and any Reason header on the other side of the gateway.',
    sipCode: 500,
  },
];

/*
 * RFC 3398 section 8.2.6.1: the Q.850 cause a gateway SHOULD put in the ISUP REL for a SIP
 * response, when the response does not carry an encapsulated REL. Only the codes the table lists
 * are here. The RFC's notes:
 *  - Any SIP code not listed should map to 31 "Normal, unspecified".
 *  - BYE and CANCEL map to 16 "Normal call clearing" in most cases.
 *  - 487 has no mapping ("no mapping"). For 488 and 606 the cause comes from the Warning header,
 *    so there is no fixed value. None of the three is in this list.
 *  - By default the cause location is 'user' for 6xx and 'network' for 4xx and 5xx.
 *  - (*) 401 and 407: if the gateway can authenticate itself it SHOULD do so and go on with the
 *    call. It sends cause 21 only if it cannot.
 *  - (+) 406, 413, 414, 415, 416, 420, 421, 423, 484, 505 and 513: the gateway SHOULD try to fix
 *    the problem and send the request again. It fails the ISUP side with this cause only if that
 *    is impossible.
 * RFC 3398 does not list 409, 411 or 4xx codes defined after it (such as 417, 422, 489 or 491).
 * Some vendor tables add them; we do not.
 */
export const sipToQ850: SipToQ850Entry[] = [
  { code: 400, cause: 41 },
  { code: 401, cause: 21 }, // (*) only when the gateway cannot answer the challenge
  { code: 402, cause: 21 },
  { code: 403, cause: 21 },
  { code: 404, cause: 1 },
  { code: 405, cause: 63 },
  { code: 406, cause: 79 }, // (+)
  { code: 407, cause: 21 }, // (*) only when the gateway cannot answer the challenge
  { code: 408, cause: 102 },
  { code: 410, cause: 22 },
  { code: 413, cause: 127 }, // (+)
  { code: 414, cause: 127 }, // (+)
  { code: 415, cause: 79 }, // (+)
  { code: 416, cause: 127 }, // (+)
  { code: 420, cause: 127 }, // (+)
  { code: 421, cause: 127 }, // (+)
  { code: 423, cause: 127 }, // (+)
  { code: 480, cause: 18 },
  { code: 481, cause: 41 },
  { code: 482, cause: 25 },
  { code: 483, cause: 25 },
  { code: 484, cause: 28 }, // (+)
  { code: 485, cause: 1 },
  { code: 486, cause: 17 },
  { code: 500, cause: 41 },
  { code: 501, cause: 79 },
  { code: 502, cause: 38 },
  { code: 503, cause: 41 },
  { code: 504, cause: 102 },
  { code: 505, cause: 127 }, // (+)
  { code: 513, cause: 127 }, // (+)
  { code: 600, cause: 17 },
  { code: 603, cause: 21 },
  { code: 604, cause: 1 },
];
