// What the conversation core says in its own words (answers and drafts come from the
// question engine and the draft composer), one catalogue per language (sv.ts, en.ts)
// with the same keys. A sentence gets its markup from the channel: `strong` and `code`
// write bold text and a command the way the channel shows them (Slack's mrkdwn, or
// plain quotes), and `command` is how the channel's commands start ("/utfall " in a
// Slack slash command, nothing in a message).

/** How a channel writes emphasis and commands in text. */
export interface Markup {
  strong(text: string): string;
  code(text: string): string;
  /** What a command starts with in this channel: "/utfall " or "". */
  readonly command: string;
}

/** Every sentence of the conversation core in one language. */
export interface ConversationMessages {
  /** A chat user whom Utfall cannot place yet (before people are registered). */
  noHomeOrganisation(markup: Markup): string;
  homeOrganisationSet(label: string, markup: Markup): string;
  homeOrganisationIs(label: string | null, markup: Markup): string;
  /** No organisation has that name; `choices` are those the asker may see (none when they may see none). */
  unknownOrganisation(name: string, choices: readonly string[]): string;
  /** Several organisations match; the asker picks one of `choices`. */
  whichOrganisation(name: string, choices: readonly string[]): string;
  /** How to write a draft request. */
  draftUsage(markup: Markup, canPost: boolean): string;
  periodFormat(): string;
  /** The organisation has no line of that name. */
  unknownItem(organisation: string, item: string): string;
  notAllowedToSee(): string;
  onlyControllersManageDrafts(): string;
  draftNotOpen(id: number): string;
  draftMissing(id: number): string;
  invalidDraftId(): string;
  revisionRejected(numbers: readonly string[]): string;
  revisionSaved(): string;
  /** Digests are started in the conversation that gets them, where the channel knows one. */
  digestsUnavailable(markup: Markup): string;
  /** This installation sends no digests. */
  digestsOff(): string;
}
