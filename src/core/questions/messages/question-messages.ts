// The sentences with which answer-question.ts answers before any figure: a
// refusal, a clarifying question, or why there is nothing to show. Names arrive
// as they are stored; a list of options is joined by the catalogue's own `list`.

/** What the question engine says when it cannot (yet) answer with a figure. */
export interface QuestionMessages {
  /** The answer to someone not registered as a person, once people are: who can add them. */
  unknownAsker(): string;
  /** The one answer for anything outside the asker's scope: it says nothing about whether figures exist. */
  denied(): string;
  /** The asker's home organisation is not in the store. */
  unknownHome(home: string): string;
  /** The question is longer than `maxLength` characters. */
  tooLong(maxLength: number): string;
  /** Not answered now: this asker has asked many questions in a short time; ask again after `seconds`. */
  rateLimited(seconds: number): string;
  /** Not answered now: Utfall has no room for another question; ask again after `seconds`. */
  overloaded(seconds: number): string;
  /** Not answered now: an import holds the store; ask again after `seconds`. */
  storeBusy(seconds: number): string;
  /** "Vilken menar du: A eller B?" – between organisations, lines or both. */
  whichOne(options: readonly string[]): string;
  /** "Vilken organisation menar du: A eller B?" */
  whichOrganisation(options: readonly string[]): string;
  /** What to look at, when a request named nothing: the kinds of things that can be asked about `organisation`, with the report's own names in `examples`. */
  whatToLookAt(organisation: string, examples: readonly string[]): string;
  /** "Vilken post menar du för Kommunstyrelsen: A eller B?" */
  whichLine(organisation: string, options: readonly string[]): string;
  /** The lead of an answer about another tree's organisation: whose it is. */
  belongsTo(organisation: string, root: string): string;
  /** The one sub-unit that reports an organisation's figures ("Socialförvaltningen" for "Socialnämnden"). */
  figuresReportedBy(organisation: string, unit: string): string;
  /** The lead of an answer given with a sub-unit's figure: the asked unit has none of its own. */
  figureOfSubUnit(organisation: string, subUnit: string): string;
  /** The lead of notes quoted for an amount no figure answers; followed by the notes on a new line. */
  noFigureButNotes(organisation: string): string;
  /** No report for the period asked (`asked` as the question named it); `months` are the reports there are. */
  noReportFor(organisation: string, asked: string, months: readonly string[]): string;
  /** A KPI asked for a month without a report, answered from the report of the month after (`asked`, `report` as month names). */
  kpiFromNextReport(organisation: string, asked: string, report: string): string;
  /** The line is another unit's (a parent's or a neighbour's): where to ask. */
  lineOfAnotherUnit(organisation: string, item: string, owner: string): string;
  /** No line matches; `lines` are some of the organisation's top lines. */
  noSuchLine(organisation: string, lines: readonly string[]): string;
  /** The organisation has no figures; `related` are its parent and sub-units that have. */
  noFiguresFor(organisation: string, related: readonly string[]): string;
  /** Asked against its peers, where no other unit under the same parent has figures to compare with. */
  noPeers(organisation: string): string;
  /** Shown instead of an answer whose numbers the guard could not verify. */
  unverified(): string;
}
