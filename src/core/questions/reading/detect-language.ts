// Which language to answer in: the question's. Counts the lexicons' marker words,
// which only one of the two languages uses; Swedish letters tip it for Swedish. Names
// are no markers: "möbler & utrustning forecast" is English, "Länsteknik budget for
// 2022" too. A marker that only ends a compound ("personalkostnads|utfallet") weighs
// half a word. When that ties, the words that lean to one language settle it: "vs" and
// "pls" lean English, a line's Swedish word leans Swedish (the asker chose it over an
// English one: "biljett vs budget"), an organisation's name neither ("rk status vs
// budget"). A tie after that means Swedish, Utfall's home language. A word of a phrase
// only the English glossary knows ("aerial ladder", "ticketing system") is English too,
// though no marker: "truck" and "system" are Swedish words by their letters alone.
import type { Lexicon, LexiconLanguage } from '../lexicon/load-lexicon.js';
import type { Language } from '../../answering/answer.js';
import type { Token } from './tokenize-question.js';
import type { NamePositions } from './name-positions.js';

const SWEDISH_LETTERS = /[åäö]/i;
const NO_NAMES: NamePositions = { organisations: new Set(), lines: new Set() };

// A Swedish marker this long ends a compound only in Swedish ("resultat|prognosen", "lokal|kostnaderna").
const MIN_COMPOUND_MARKER = 6;

/** Whether a word is a Swedish compound whose last part is a Swedish marker ("resultatprognosen"). */
function endsInSwedishMarker(word: string, lexicon: Lexicon): boolean {
  for (const marker of lexicon.markers.sv) {
    if (marker.length >= MIN_COMPOUND_MARKER && word.length > marker.length + 2 && word.endsWith(marker) && !lexicon.markers.en.has(word)) return true;
  }
  return false;
}

/**
 * Whether a token is a marker word of `language`. "för" and "for" fold alike: from an asker who writes
 * Swedish letters (names included), the one written with its letter is Swedish and the other English;
 * an asker who writes none ("budget for markforsaljningen") may mean either.
 */
function marks(token: Token, language: LexiconLanguage, lexicon: Lexicon, writesSwedishLetters: boolean): boolean {
  if (language === 'sv' && endsInSwedishMarker(token.word, lexicon)) return true;
  if (!lexicon.markers[language].has(token.word)) return false;
  // "IT" in capitals is the abbreviation, not the English pronoun.
  if (language === 'en' && token.capitals) return false;
  const other: LexiconLanguage = language === 'sv' ? 'en' : 'sv';
  if (!lexicon.markers[other].has(token.word) || !writesSwedishLetters) return true;
  const written = token.original.toLowerCase();
  return lexicon.markerSpellings[language].has(written) || !lexicon.markerSpellings[other].has(written);
}

/**
 * Positions of words inside a phrase of the English glossary ("student pass", "ladder truck"), less
 * those a Swedish glossary phrase or a Swedish marker claims as well: the asker wrote an English name
 * for what the report calls in Swedish.
 */
function englishGlossaryPositions(tokens: readonly Token[], lexicon: Lexicon): ReadonlySet<number> {
  const covered: Record<LexiconLanguage, Set<number>> = { sv: new Set(), en: new Set() };
  for (const entry of lexicon.glossary) {
    for (const match of entry.phrases.find(tokens)) for (let position = match.start; position < match.end; position += 1) covered[entry.language].add(position);
  }
  return new Set([...covered.en].filter((position) => !covered.sv.has(position) && !lexicon.markers.sv.has(tokens[position]!.word)));
}

/**
 * `en` when the question's English marker words outweigh its Swedish ones, else `sv`. Words at
 * `names` name an organisation or a line ("områdesledningen, forecast?", "IT-tjänster ytd"): they
 * count as markers for neither language, nor by their letters.
 */
export function detectLanguageOf(tokens: readonly Token[], lexicon: Lexicon, names: NamePositions = NO_NAMES): Language {
  const askedPositions = tokens.map((_, position) => position).filter((position) => !names.organisations.has(position) && !names.lines.has(position));
  const asked = askedPositions.map((position) => tokens[position]!);
  const writesSwedishLetters = tokens.some((token) => SWEDISH_LETTERS.test(token.original));
  const glossedEnglish = englishGlossaryPositions(tokens, lexicon);
  const english = askedPositions.filter((position) => glossedEnglish.has(position) || marks(tokens[position]!, 'en', lexicon, writesSwedishLetters)).length;
  const swedishLetters = asked.some((token) => SWEDISH_LETTERS.test(token.original)) ? 1 : 0;
  // A marker that only ends a compound ("personalkostnads|utfallet") weighs half a Swedish word: the asker
  // fused it to a line's name, and an English word beside it ("… ytd") says more of how they write.
  const swedish = asked.reduce((sum, token) => sum + (!marks(token, 'sv', lexicon, writesSwedishLetters) ? 0 : lexicon.markers.sv.has(token.word) ? 1 : 0.5), 0) + swedishLetters;
  if (english !== swedish) return english > swedish ? 'en' : 'sv';
  const leaning = (language: LexiconLanguage) => asked.filter((token) => !token.capitals && lexicon.leanings[language].has(token.word)).length;
  return leaning('en') > leaning('sv') + names.lines.size ? 'en' : 'sv';
}
