// What a line's name is about, read from its structure: the head of a Swedish noun
// phrase is its last word before any preposition ("Brukartid i hemtjänst": brukartid),
// after the adjectives in front ("Verksamhetens intäkter": intäkter) and before a
// place or project name behind ("Förskola Björkliden": förskola); words joined by
// "och" or a comma are heads alike ("Skatter, statsbidrag och finansnetto"); what
// stands in brackets or after a dash qualifies the name. Within a compound the
// last part is the head ("Skatteintäkter" is a kind of intäkter; "Personalkostnader"
// a kind of kostnader, not of personal). Used to tell the lines a word names as
// what they are from the lines that merely use it to say which.
import type { LineItemRecord } from '../figures/records.js';
import { foldText } from '../language/fold-text.js';
import { swedishStem } from '../language/swedish-stem.js';

// Words after which a name goes on about something else than its head.
const PREPOSITIONS = new Set(['i', 'av', 'for', 'pa', 'till', 'med', 'enl', 'enligt', 'inom', 'via', 'mot', 'per', 'exkl', 'inkl', 'inklusive', 'exklusive', 'fran', 'efter', 'vid', 'om', 'under', 'utan', 'varav', 'in', 'of', 'on']);

/** A proper name in a line name: a capital then small letters ("Björkliden"), not an abbreviation ("IT"). */
const properName = (word: string) => /^\p{Lu}\p{Ll}/u.test(word);

const headCache = new Map<string, readonly string[]>();

/** The head words of a line name, folded. */
export function headWords(name: string): readonly string[] {
  const known = headCache.get(name);
  if (known) return known;
  // What stands in brackets or after a dash qualifies the name: "Företagsklimat (Insikt) - Totalt".
  const main = name.split(/\s[-–]\s|\(|–/u)[0] ?? name;
  const heads: string[] = [];
  for (const segment of main.split(/,|\s(?:och|samt|&)\s/u)) {
    const words = segment.split(/[^\p{L}\p{N}-]+/u).filter((word) => word !== '');
    const before = words.findIndex((word) => PREPOSITIONS.has(foldText(word)));
    const phrase = before < 0 ? words : words.slice(0, before);
    while (phrase.length > 1 && properName(phrase[phrase.length - 1]!)) phrase.pop();
    const head = phrase[phrase.length - 1];
    if (head) heads.push(foldText(head).split('-').pop()!);
  }
  if (headCache.size > 100_000) headCache.clear();
  headCache.set(name, heads);
  return heads;
}

const abbreviationCache = new Map<string, ReadonlySet<string>>();

/** The words a line name writes in capitals, folded ("LED" of "LED-belysning gator", "VA" of "Brukningsavgifter VA"): abbreviations, not heads. */
export function abbreviationsIn(name: string): ReadonlySet<string> {
  const known = abbreviationCache.get(name);
  if (known) return known;
  const found = new Set(name.split(/[^\p{L}\p{N}]+/u).filter((written) => /^\p{Lu}{2,}$/u.test(written)).map(foldText));
  if (abbreviationCache.size > 100_000) abbreviationCache.clear();
  abbreviationCache.set(name, found);
  return found;
}

const wordsCache = new Map<string, readonly string[]>();

/** The folded words of four letters or more of a line name (names live as long as the catalogue's version). */
function longWords(name: string): readonly string[] {
  const known = wordsCache.get(name);
  if (known) return known;
  const words = foldText(name).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4);
  if (wordsCache.size > 100_000) wordsCache.clear();
  wordsCache.set(name, words);
  return words;
}

/** How a line's name takes up an asked word's stem: as what the line is, as a word that says which, or not at all. */
export type NameRole = 'head' | 'compound-head' | 'part' | 'none';

// A compound's first part must leave a word of its own behind ("skatte|intäkter", "för|skola").
const MIN_REST = 3;

/**
 * The role the asked word (`stem`, a folded word's stem of four letters or more) plays in the line's name:
 * 'head' the line is that ("Verksamhetens intäkter" for "intäkter"), 'compound-head' a kind of it
 * ("Skatteintäkter"), 'part' a word that says which ("Brukartid i hemtjänst", "Beviljade hemtjänsttimmar").
 */
export function roleInName(stem: string, item: LineItemRecord): NameRole {
  if (stem.length < 4) return 'none';
  const heads = headWords(item.name);
  if (heads.some((head) => swedishStem(head) === stem)) return 'head';
  // Compounds by the folded words, not the stems: the stemmer may cut into a compound's last part.
  const endsIn = (word: string) => word.length - stem.length >= MIN_REST && (word.endsWith(stem) || swedishStem(word).endsWith(stem));
  const beginsWith = (word: string) => word.length - stem.length >= MIN_REST && word.startsWith(stem);
  if (heads.some(endsIn)) return 'compound-head';
  if (longWords(item.name).some((word) => swedishStem(word) === stem || beginsWith(word) || endsIn(word))) return 'part';
  return 'none';
}

/**
 * The stem to read lines by: the asked word's own when some line has it; otherwise the longest first
 * part of the asked compound that some line is, or is a kind of ("skolbygget" where the lines are
 * Ekbackens skola and Förskolan Solbacken: the building is the school's). The stem itself when neither.
 */
export function namingStem(stem: string, items: readonly LineItemRecord[]): string {
  if (items.some((item) => roleInName(stem, item) !== 'none')) return stem;
  for (let end = stem.length - MIN_REST; end >= 4; end -= 1) {
    const part = stem.slice(0, end);
    if (items.some((item) => ['head', 'compound-head'].includes(roleInName(part, item)))) return part;
  }
  return stem;
}
