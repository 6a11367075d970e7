// Decides which line a question is about, once its organisation is known: the
// best match among the organisation's lines; a total over its own sub-lines when
// they tie; the line that has the figures asked for when different lines tie;
// otherwise the tie is a question back to the asker.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord } from '../figures/records.js';
import type { Measure } from '../figures/vocabulary.js';
import { findLineItems, nameStems, type LineItemMatch } from './find-line-item.js';
import { conceptRivals } from './concept-rivals.js';
import { headBeforeQualifier, lineWhoseNotesSayQualifier } from './compound-head-over-qualifier.js';
import { membersNamedByTheirFirstWord } from './members-named-by-their-first-word.js';
import { headWords, namingStem, roleInName } from './line-name-heads.js';
import { swedishStem } from '../language/swedish-stem.js';
import { foldedWords } from '../language/fold-text.js';
import { isInvestmentLine, saysOperatingCosts } from './costs-are-operating.js';
import { linesTheWordHeads } from './head-word-over-part.js';

export type LineResolution =
  | { readonly kind: 'line'; readonly item: LineItemRecord; readonly score: number }
  | { readonly kind: 'ambiguous'; readonly options: readonly LineItemRecord[] }
  | { readonly kind: 'none' };

function isAncestor(candidate: LineItemRecord, of: LineItemRecord, items: readonly LineItemRecord[]): boolean {
  for (let current = items.find((item) => item.id === of.parentId); current; current = items.find((item) => item.id === current!.parentId)) {
    if (current.id === candidate.id) return true;
  }
  return false;
}

type KindGroup = 'investment' | 'operating' | 'kpi';
const kindGroup = (item: LineItemRecord): KindGroup => (item.kind === 'investment' || item.kind === 'investment_category' ? 'investment' : item.kind === 'kpi' ? 'kpi' : 'operating');

/**
 * "Tjänstekatalogen" when the report has an investment "Tjänstekatalog" and an income "Debitering
 * via tjänstekatalogen": an investment and an operating line named by the same words, with nothing
 * in the question to tell an investment from running costs, are both what the asker may mean.
 */
function rivalOfAnotherKind(best: LineItemMatch, matches: readonly LineItemMatch[]): LineItemMatch | undefined {
  if (best.matchedWords.length === 0 || kindGroup(best.item) === 'kpi') return undefined;
  return matches.find((match) => match !== best && match.score >= 0.5 && kindGroup(match.item) !== 'kpi' && kindGroup(match.item) !== kindGroup(best.item) && best.matchedWords.every((word) => match.matchedWords.includes(word)));
}

/** The match whose matched words strictly include `from`'s, most words first; `from` itself when none does. */
function namedMoreOf(from: LineItemMatch, matches: readonly LineItemMatch[]): LineItemMatch {
  const wider = matches.filter((match) => match.score >= 0.5 && match.matchedWords.length > from.matchedWords.length && from.matchedWords.every((word) => match.matchedWords.includes(word)));
  if (from.matchedWords.length === 0 || wider.length === 0) return from;
  return wider.sort((a, b) => b.matchedWords.length - a.matchedWords.length || b.score - a.score)[0]!;
}

// A clarifying question offers a handful of lines; a word that more lines share names none of them.
const MAX_ALIKE = 5;

/**
 * The lines one asked word names alike, by the structure of their names (line-name-heads.ts):
 * - a line that is the word ("Verksamhetens kostnader" for "kostnaderna") and the total of lines
 *   below it is the general line the word means: none (the usual match answers);
 * - otherwise the lines that are the word or a kind of it ("intäkterna": Verksamhetens intäkter and
 *   Skatteintäkter in different sections; "förskolan": Förskola Björkliden and Förskolan Solbacken);
 * - where it is the head of no line, those that use it to say which ("hemtjänsten": Brukartid i
 *   hemtjänst and Beviljade hemtjänsttimmar), unless the lexicon's concept for the word names a
 *   line; where no line has the word at all, the lines its concept names.
 * A line below another candidate is taken in by it; KPIs give way to money lines unless a target was
 * asked. Undefined when the question has other words that name lines, or the word names one line or
 * more than a handful.
 */
function linesNamedAlike(input: { words: readonly string[]; kpiAsked?: boolean; items: readonly LineItemRecord[] }, matches: readonly LineItemMatch[]): LineItemRecord[] | undefined {
  // Every word that names a line counts, "IT" of "IT-utrustningen" too: two such words say which line.
  const named = (stem: string) => input.items.some((item) => roleInName(stem, item) !== 'none' || (stem.length < 4 && foldedWords(item.name).some((word) => swedishStem(word) === stem)));
  const stems = [...new Set(input.words.filter((word) => word.length >= 2).map((word) => namingStem(swedishStem(word), input.items)))].filter(named);
  if (stems.length !== 1 || stems[0]!.length < 4) return undefined;
  const stem = stems[0]!;
  const pick = (lines: readonly LineItemRecord[]) => {
    let kept = lines.filter((line) => !lines.some((other) => other !== line && isAncestor(other, line, input.items)));
    const kpis = kept.filter((line) => line.kind === 'kpi');
    if (kpis.length > 0 && kpis.length < kept.length) kept = input.kpiAsked === true ? kpis : kept.filter((line) => line.kind !== 'kpi');
    return kept.length >= 2 && kept.length <= MAX_ALIKE ? kept : undefined;
  };
  const role = (item: LineItemRecord) => roleInName(stem, item);
  const exact = input.items.filter((item) => role(item) === 'head');
  const exactTop = exact.filter((item) => !exact.some((other) => other !== item && isAncestor(other, item, input.items)));
  if (exactTop.length === 1 && input.items.some((item) => item.parentId === exactTop[0]!.id)) return undefined;
  const heads = input.items.filter((item) => role(item) === 'head' || role(item) === 'compound-head');
  // "index" where one line is a kind of it (Nöjd kundindex) and another's head begins with it (Drivmedel
  // och indexuppräkning): with no line that is the word itself, the word is what the asker calls either.
  const headsBegun = exact.length === 0 && heads.length === 1 ? input.items.filter((item) => headWords(item.name).some((head) => head.length - stem.length >= 3 && head.startsWith(stem))) : [];
  if (headsBegun.length > 0 && headsBegun.length < MAX_ALIKE) return [...heads, ...headsBegun];
  if (heads.length > 0) return pick(heads);
  // An everyday word's concept that names a line ("finansen": Finansiella poster) says which of the lines that only use the word.
  const byConcept = input.items.filter((item) => matches.some((match) => match.item.id === item.id && match.matchedWords.length === 0 && match.matched > 0));
  const parts = input.items.filter((item) => role(item) === 'part');
  if (parts.length > 0) return byConcept.length > 0 ? undefined : pick(parts);
  return pick(byConcept);
}

/**
 * "Fee income vs budget", "hur går avgiftsintäkterna?": an everyday word's concept names a total
 * (Summa intäkter) and the question's own words name lines below it (Brukningsavgifter VA,
 * Plan- och bygglovsavgifter) by words that are not the total's ("avgifterna" names Verksamhetens
 * avgifter and Parkeringsavgifter by one word: the total): the concept word says what kind, the
 * other words which; those lines are the candidates, not the total (as below, a sub-line named by
 * other words than its total is meant).
 */
function namedBelowConcept(matches: readonly LineItemMatch[], items: readonly LineItemRecord[]): LineItemMatch[] | undefined {
  // The concept may name a line below the total as well ("Hyresintäkter"), scored alike: the total above it is meant then.
  const first = matches[0];
  if (!first) return undefined;
  const conceptOnly = (match: LineItemMatch) => match.matchedWords.length === 0;
  const totals = [first, ...matches.filter((match) => conceptOnly(first) && conceptOnly(match) && first.score - match.score < 0.1 && isAncestor(match.item, first.item, items))];
  for (const total of totals) {
    const below = matches.filter((match) => match.score >= 0.5 && match.matchedWords.some((word) => !total.matchedWords.some((own) => word.includes(own))) && isAncestor(total.item, match.item, items));
    if (below.length > 0) return below;
  }
  return undefined;
}

/** Whether every tied name is the same asked words of two or more, and one word of its own the question did not say ("Andel" | "Avgifter" + "felaktiga automatlarm"). */
function samePhraseOtherHeads(tied: readonly LineItemMatch[]): boolean {
  const said = tied[0]!.matchedWords;
  return said.length >= 2 && tied.every((match) => {
    const stems = nameStems(match.item.name);
    return stems.length === said.length + 1 && said.every((word) => match.matchedWords.includes(word)) && match.matchedWords.length === said.length;
  });
}

/** The lines of `lines`, of `minWords` name words or more, whose every name word the question says (by stem). */
function namedInFull(lines: readonly LineItemRecord[], input: { words: readonly string[]; conceptWords?: readonly string[] }, minWords: number): LineItemRecord[] {
  const said = new Set([...input.words, ...(input.conceptWords ?? [])].map(swedishStem));
  return lines.filter((line) => {
    const words = foldedWords(line.name);
    return words.length >= minWords && words.every((word) => said.has(swedishStem(word)));
  });
}

/** The question's line among `items`; `measures` are the figures the question asks for, used to break ties. */
export async function resolveLineItem(
  store: FigureStore,
  input: { words: readonly string[]; conceptWords?: readonly string[]; unitsAsked?: readonly (readonly string[])[]; kpiAsked?: boolean; conceptNamed?: boolean; figuresNamed?: boolean; qualifiers: readonly string[]; items: readonly LineItemRecord[]; organisationId: number; measures: readonly Measure[] },
): Promise<LineResolution> {
  const found = headBeforeQualifier(findLineItems(input.words, input.items, input.qualifiers, input.conceptWords ?? input.words, input.unitsAsked), input.qualifiers, input.words);
  const matches = namedBelowConcept(found, input.items) ?? found;
  const first = matches[0];
  if (!first) return { kind: 'none' };
  // A total reached through the lexicon alone, while the asked word begins the names of lines below it: those lines.
  const members = first.matchedWords.length === 0 ? membersNamedByTheirFirstWord(input.words, first.item, input.items) : undefined;
  if (members) return { kind: 'ambiguous', options: members };
  // "Lokalkostnadsprognosen": a word for costs means the operating lines, not a project named alike.
  const costsSaid = saysOperatingCosts([...input.words, ...(input.conceptWords ?? [])]);
  const operating = <T>(lines: readonly T[], line: (each: T) => LineItemRecord): T[] => (costsSaid && lines.some((each) => isInvestmentLine(line(each))) && lines.some((each) => !isInvestmentLine(line(each))) ? lines.filter((each) => !isInvestmentLine(line(each))) : [...lines]);
  const namedAlike = linesNamedAlike(input, matches);
  const alike = namedAlike && operating(namedAlike, (line) => line);
  if (alike?.length === 1) return { kind: 'line', item: alike[0]!, score: matches.find((match) => match.item.id === alike[0]!.id)?.score ?? first.score };
  if (alike && alike.some((line) => line.id === first.item.id)) {
    // Unless the question says one of them in full ("verksamhetens intäkter" beside Skatteintäkter,
    // "regionbidrag" beside Nettokostnad före regionbidrag): that is the one meant.
    const inFull = namedInFull(alike, input, 1);
    if (inFull.length === 1) return { kind: 'line', item: inFull[0]!, score: matches.find((match) => match.item.id === inFull[0]!.id)?.score ?? first.score };
    return { kind: 'ambiguous', options: alike };
  }
  // A line the question names more of, every word the best-scored line has and more ("debiterat via
  // tjänstekatalogen": Debitering via tjänstekatalogen, not Tjänstekatalog), is the one meant.
  const best = namedMoreOf(first, matches);
  if (best !== first) {
    const rival = input.conceptNamed ? undefined : rivalOfAnotherKind(best, matches);
    return rival ? { kind: 'ambiguous', options: [best.item, rival.item] } : { kind: 'line', item: best.item, score: best.score };
  }
  // A match by the line's own words is sharper than one through an everyday word.
  const margin = best.score >= 0.97 ? 0.02 : 0.05;
  // Lines tie when they score alike and the question uses as many of their words.
  const mostMatched = Math.max(...matches.filter((match) => best.score - match.score < margin).map((match) => match.matched));
  let tied: LineItemMatch[] = matches.filter((match) => best.score - match.score < margin && match.matched >= mostMatched - 0.01);
  if (tied.length === 0) tied = [best];
  tied = operating(tied, (match) => match.item);
  // "Hyrorna": of lines named alike, those the asked word heads ("Lokalhyror", not "Hyra/leasing av …").
  tied = [...linesTheWordHeads(tied, input.words, input.conceptWords ?? input.words)];
  // "utvecklingen": a concept's word names every line of the concept alike; the figures asked say which.
  if (tied.length === 1) tied = [tied[0]!, ...conceptRivals(tied[0]!, matches, input.conceptWords ?? input.words)];
  if (tied.length === 1) {
    const rival = input.conceptNamed || (costsSaid && !isInvestmentLine(tied[0]!.item)) ? undefined : rivalOfAnotherKind(tied[0]!, matches);
    if (rival) return { kind: 'ambiguous', options: [tied[0]!.item, rival.item] };
    return { kind: 'line', item: tied[0]!.item, score: tied[0]!.score };
  }
  // "Covid" matches a total and its sub-line by the same word: the total is meant.
  // "Fastighetsreinvesteringarna" matches them by different words: the sub-line is.
  const total = tied.find((match) => tied.every((other) => other === match || (isAncestor(match.item, other.item, input.items) && other.matchedWords.every((word) => match.matchedWords.includes(word)))));
  if (total) return { kind: 'line', item: total.item, score: total.score };
  tied = tied.filter((match) => !tied.some((other) => other !== match && (isAncestor(other.item, match.item, input.items) ? match.matchedWords.every((word) => other.matchedWords.includes(word)) : isAncestor(match.item, other.item, input.items) && !other.matchedWords.every((word) => match.matchedWords.includes(word)))));
  if (tied.length === 1) return { kind: 'line', item: tied[0]!.item, score: tied[0]!.score };
  // A money line and a KPI that tie ("nämnderna"): the money line, unless a target or KPI was asked about,
  // or the question says a phrase of two words or more that both names write in full, and each name says
  // what it is by one word more the question leaves unsaid ("felaktiga automatlarm": Andel felaktiga
  // automatlarm, Avgifter felaktiga automatlarm): the asker has not said which they mean. (One word
  // both share, "nämnderna" of Nämndernas nettokostnader, means the money.)
  if (input.kpiAsked === false && tied.some((match) => match.item.kind === 'kpi') && tied.some((match) => match.item.kind !== 'kpi') && !samePhraseOtherHeads(tied)) {
    tied = tied.filter((match) => match.item.kind !== 'kpi');
    if (tied.length === 1) return { kind: 'line', item: tied[0]!.item, score: tied[0]!.score };
  }
  // A target asked for ("mot riktvärdet") is a KPI's: money lines carry none.
  if (input.kpiAsked === true && tied.filter((match) => match.item.kind === 'kpi').length === 1) {
    const kpi = tied.find((match) => match.item.kind === 'kpi')!;
    return { kind: 'line', item: kpi.item, score: kpi.score };
  }
  // A line whose whole name the question writes ("antal anställda" beside Årsarbetare, both read through
  // the word for staff) is the one meant, whichever figures the others have.
  const writtenInFull = namedInFull(tied.map((match) => match.item), input, 2);
  const written = writtenInFull.length === 1 ? tied.find((match) => match.item.id === writtenInFull[0]!.id) : undefined;
  if (written) return { kind: 'line', item: written.item, score: written.score };
  const spokenOf = await lineWhoseNotesSayQualifier(store, input.organisationId, tied.map((match) => match.item), input.qualifiers);
  if (spokenOf) return { kind: 'line', item: spokenOf, score: tied.find((match) => match.item.id === spokenOf.id)!.score };
  // A project and an operating line that tie on the same words ("MT": MT-utrustning, MT underhåll och
  // reparation) are different things, not two records of one: which figures each has does not say which is meant.
  // (Unless the question names figures only one of them has: "MT prognos?" is the project's forecast.)
  if (!input.conceptNamed && !input.figuresNamed && new Set(tied.map((match) => kindGroup(match.item))).size > 1 && tied.every((match) => kindGroup(match.item) !== 'kpi')) {
    return { kind: 'ambiguous', options: tied.map((match) => match.item) };
  }
  // Of lines that tie, only those with the figures asked for can answer.
  const measured = new Set(await store.findLinesWithMeasures({ organisationIds: [input.organisationId], lineItemIds: tied.map((match) => match.item.id) }, input.measures));
  const withMeasures = tied.filter((match) => measured.has(match.item.id));
  if (withMeasures.length === 1) return { kind: 'line', item: withMeasures[0]!.item, score: withMeasures[0]!.score };
  return { kind: 'ambiguous', options: (withMeasures.length > 1 ? withMeasures : tied).map((match) => match.item) };
}
