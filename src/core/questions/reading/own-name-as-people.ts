// "helårsprogn för deltidarna?" asked at Deltidsstationerna: the asker calls its own unit by the people
// of the first part of its name (deltid|arna, "the part-timers"). Read that way only for the asker's
// own name, where the ending follows the name's whole first part, and where the word is not a form of
// a money line's word: elsewhere "-arna" is an ordinary plural ("parkarna", "bilarna") that names things.
import type { LineItemRecord, OrganisationRecord } from '../../figures/records.js';
import { foldedWords } from '../../language/fold-text.js';
import { swedishStem } from '../../language/swedish-stem.js';
import type { OrganisationMention } from '../find-organisation-mention.js';
import type { Lexicon } from '../lexicon/load-lexicon.js';
import { isConceptWord } from './find-concepts.js';
import { isQuestionStopword } from './question-stopwords.js';
import type { Token } from './tokenize-question.js';

// A first part of four letters or more ("deltid"); shorter ones are too often a word of their own.
const SHORTEST_PART = 4;
// What follows the first part in the name is a word of its own ("stationerna"), after a linking s or e.
const SHORTEST_REST = 4;

/** The whole first part of a compound name word, before its linking letter: "deltid" of "deltidsstationerna". */
function isFirstPartOf(part: string, nameWord: string): boolean {
  if (part.length < SHORTEST_PART || !nameWord.startsWith(part)) return false;
  const rest = nameWord.slice(part.length);
  return rest.length >= SHORTEST_REST + 1 && (rest.startsWith('s') || rest.startsWith('e'));
}

/** Mentions of the asker's own organisation by a word for the people of its name's first part. */
export function mentionsByOwnNameAsPeople(tokens: readonly Token[], taken: readonly OrganisationMention[], home: OrganisationRecord, items: readonly LineItemRecord[], lexicon: Lexicon): OrganisationMention[] {
  if (lexicon.peopleEndings.length === 0) return [];
  const firstWords = [home.name, ...home.aliases].map((name) => foldedWords(name)[0] ?? '');
  // A money line's word the question's word is a form of ("parkerna" of Parker) names that line.
  const moneyStems = new Set(items.filter((item) => item.kind !== 'kpi').flatMap((item) => foldedWords(item.name)).map(swedishStem));
  const mentions: OrganisationMention[] = [];
  tokens.forEach((token, index) => {
    const word = token.word;
    if (taken.some((mention) => mention.start <= index && index < mention.end)) return;
    if (isQuestionStopword(word, lexicon) || isConceptWord(word, lexicon) || moneyStems.has(swedishStem(word))) return;
    const part = lexicon.peopleEndings.filter((ending) => word.endsWith(ending)).map((ending) => word.slice(0, -ending.length));
    if (part.some((first) => firstWords.some((nameWord) => isFirstPartOf(first, nameWord)))) mentions.push({ organisation: home, score: 2, start: index, end: index + 1 });
  });
  return mentions;
}
