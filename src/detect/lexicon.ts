import { Lexicon } from './text-scan.js';
import {
  codeLinks,
  codeNouns,
  countNouns,
  endVerbs,
  followers,
  foreignProtocols,
  foreignUpperOnly,
  idNouns,
  introducers,
  linkingVerbs,
  methodsAnyCase,
  methodsUpperOnly,
  numericHeaders,
  quantityBefore,
  responseVerbs,
  sipHeaders,
  sipRolePairs,
  sipRoles,
  strongFollowers,
} from './vocabulary.js';

/**
 * The word lists the rules look words up in, merged into one lexicon so that a word read from the
 * text is sliced and looked up at most once, whatever lists it is checked against.
 */

export const ROLE = 1;
export const METHOD = 2;
export const METHOD_UPPER_ONLY = 4;
export const FOREIGN = 8;
export const FOREIGN_UPPER_ONLY = 16;
/** The first word of a two-word role ("far" of "far end"). */
export const PAIR_START = 32;
export const COUNT_NOUN = 64;
export const FOLLOWER = 128;
export const STRONG_FOLLOWER = 256;
export const ID_NOUN = 512;
export const INTRODUCER = 1024;
export const RESPONSE_VERB = 2048;
export const CODE_NOUN = 4096;
export const QUANTITY_BEFORE = 8192;
export const SIP_HEADER = 16384;
export const NUMERIC_HEADER = 32768;
export const END_VERB = 65536;
export const LINKING_VERB = 1 << 17;
export const CODE_LINK = 1 << 18;

export const lexicon = new Lexicon()
  .add(sipRoles, ROLE)
  .add(methodsAnyCase, METHOD)
  .add(methodsUpperOnly, METHOD_UPPER_ONLY)
  .add(foreignProtocols, FOREIGN)
  .add(foreignUpperOnly, FOREIGN_UPPER_ONLY)
  .add(
    [...sipRolePairs].map((pair) => pair.split(' ')[0] as string),
    PAIR_START,
  )
  .add(countNouns, COUNT_NOUN)
  .add(followers, FOLLOWER)
  .add(strongFollowers, STRONG_FOLLOWER)
  .add(idNouns, ID_NOUN)
  .add(introducers, INTRODUCER)
  .add(responseVerbs, RESPONSE_VERB)
  .add(codeNouns, CODE_NOUN)
  .add(quantityBefore, QUANTITY_BEFORE)
  .add(sipHeaders, SIP_HEADER)
  .add(numericHeaders, NUMERIC_HEADER)
  .add(endVerbs, END_VERB)
  .add(linkingVerbs, LINKING_VERB)
  .add(codeLinks, CODE_LINK);
