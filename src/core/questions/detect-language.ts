// Which language to answer in: the question's. Counts words that only one of the
// two languages uses; a tie means Swedish, Utfall's home language.
import { foldedWords } from '../language/fold-text.js';
import type { Language } from './answer.js';

const ENGLISH = new Set(['what', 'whats', 'how', 'the', 'our', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'we', 'us', 'against', 'compared', 'with', 'which', 'why', 'show', 'me', 'give', 'tell', 'about', 'so', 'far', 'this', 'year', 'last', 'full', 'costs', 'cost', 'income', 'revenue', 'staff', 'salaries', 'forecast', 'biggest', 'largest', 'deviations', 'deviation', 'sick', 'leave', 'much', 'many', 'have', 'has', 'of', 'for', 'in', 'on', 'to', 'and', 'spent', 'doing', 'going', 'where', 'help', 'can', 'you', 'please', 'investments', 'target', 'result', 'period', 'month', 'behind', 'explain', 'data', 'figures', 'whole', 'surplus', 'deficit', 'over', 'under', 'budgeted', 'actual', 'expected', 'any', 'it', 'versus', 'annual', 'budgeted', 'equipment', 'programme', 'group', 'age', 'up', 'down', 'most', 'least', 'than', 'come', 'from', 'where', 'when', 'going', 'still', 'be', 'will']);
const SWEDISH = new Set(['vad', 'hur', 'ar', 'var', 'vi', 'oss', 'vara', 'mot', 'jamfort', 'med', 'vilka', 'vilken', 'vilket', 'varfor', 'visa', 'ge', 'om', 'hittills', 'i', 'ar', 'forra', 'aret', 'helaret', 'kostnaderna', 'intakterna', 'personalen', 'lonerna', 'prognosen', 'storsta', 'avvikelserna', 'avvikelsen', 'sjukfranvaron', 'mycket', 'manga', 'har', 'hade', 'for', 'pa', 'till', 'och', 'det', 'den', 'ligger', 'gick', 'blev', 'finns', 'kan', 'du', 'hjalp', 'tack', 'beror', 'utfallet', 'budgeten', 'malet', 'ut', 'ser', 'nagot', 'sa', 'nar', 'efter', 'per', 'samma', 'period', 'perioden', 'manad', 'oversikt', 'lagt', 'kostat', 'som', 'inte', 'eller', 'alla', 'hela']);

/** `en` when the question has more English-only than Swedish-only words, else `sv`. */
export function detectLanguage(question: string): Language {
  let english = 0;
  let swedish = 0;
  for (const word of foldedWords(question)) {
    if (ENGLISH.has(word)) english += 1;
    if (SWEDISH.has(word)) swedish += 1;
  }
  // Swedish letters decide for Swedish when the words alone do not.
  if (/[åäö]/i.test(question)) swedish += 1;
  return english > swedish ? 'en' : 'sv';
}
