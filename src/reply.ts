/**
 * The platform-neutral answer every command and auto-explain produce. Adapters render it
 * (Block Kit, Discord embeds, ANSI text, JSON); nothing here knows any platform's markup.
 * All strings are plain text: renderers escape them for their platform.
 */

/** Drives colours and emoji; derived from the SIP class where there is one. */
export type Tone =
  | 'provisional'
  | 'success'
  | 'redirect'
  | 'client-error'
  | 'server-error'
  | 'global-failure'
  | 'neutral'
  | 'warning';

export interface Field {
  label: string;
  value: string;
}

export interface Section {
  heading: string;
  /** One paragraph, or several bullet items. */
  lines: string[];
  bullets?: boolean;
}

export interface Link {
  label: string;
  url: string;
}

/** One explained thing: a response code, a class, a Q.850 cause, a list of matches. */
export interface Card {
  title: string;
  tone: Tone;
  summary?: string;
  fields: Field[];
  sections: Section[];
  links: Link[];
  /** Related codes, already formatted ("486 Busy Here"). */
  related: string[];
  footer?: string;
}

/**
 * - answered: the query was understood and explained.
 * - not-found: understood as a lookup, nothing matched (CLI exit 1).
 * - usage: help or a malformed request (CLI exit 2 only when the user asked for help wrongly).
 * - error: something unexpected failed; the text is a short apology.
 */
export type Outcome = 'answered' | 'not-found' | 'usage' | 'error';

export interface Reply {
  outcome: Outcome;
  /** Plain-text fallback: notifications, logs, platforms without rich layout. */
  text: string;
  /** Optional line shown above the cards ("3 codes found in your paste"). */
  intro?: string;
  cards: Card[];
  /** A follow-up hint shown after the cards ("and 2 more: /sip 480 487"). */
  more?: string;
}

/** Tone for a SIP status class (1-6), or neutral for anything else. */
export function toneForClass(statusClass: number): Tone {
  switch (statusClass) {
    case 1:
      return 'provisional';
    case 2:
      return 'success';
    case 3:
      return 'redirect';
    case 4:
      return 'client-error';
    case 5:
      return 'server-error';
    case 6:
      return 'global-failure';
    default:
      return 'neutral';
  }
}

/** A reply made of text alone (settings, usage hints, apologies); renderers show `text`. */
export function textReply(outcome: Outcome, text: string): Reply {
  return { outcome, text, cards: [] };
}
