// Reads a question: its intent, its language, the period words and the words
// that are left for naming a report line. Which organisation and line it means
// is resolved against the store by answer-question.ts.
import { cleanText, foldText, foldedWords } from '../language/fold-text.js';
import type { Language } from './answer.js';
import { detectLanguage } from './detect-language.js';
import { understandPeriod, type PeriodRequest } from './understand-period.js';
import { conceptsIn } from './find-line-item.js';

export const INTENTS = ['figure', 'comparison', 'ranking', 'kpi', 'causes', 'coverage', 'help'] as const;
export type Intent = (typeof INTENTS)[number];

export type RankingDimension = 'items' | 'units' | 'projects';
export type RankingDirection = 'worse' | 'better' | 'any';

/** What a question asks, before it is matched to the store. */
export interface QuestionReading {
  readonly text: string;
  readonly folded: string;
  readonly words: readonly string[];
  readonly language: Language;
  /** help, coverage, causes, ranking, or a figure (comparison and kpi are decided once the line is known). */
  readonly intent: 'help' | 'coverage' | 'causes' | 'ranking' | 'figure';
  readonly period: PeriodRequest;
  readonly wantsForecast: boolean;
  readonly wantsBudget: boolean;
  readonly wantsTarget: boolean;
  /** "Årsbudgeten", "annual budget": the full-year budget itself, not the forecast. */
  readonly wantsFullYearBudget: boolean;
  readonly ranking: { readonly dimension: RankingDimension; readonly direction: RankingDirection; readonly count: number; readonly by: 'deviation' | 'size' };
  /** "Jämför X med Y": the question may name two organisations on purpose. */
  readonly comparesOrganisations: boolean;
  /** The question tries to give Utfall instructions; they are ignored, and the answer says so. */
  readonly containsInstructions: boolean;
}

const HELP = /\b(hjalp|help|vad kan du|what can you|(vilka|vad for) (sorts? )?fragor|which questions|what (kind of |sort of )?questions|hur fungerar (du|det)|how do(es)? (you|this|it) work|kommandon|commands|vad kan jag fraga|what can i ask|instruktioner for utfall)\b/;
const COVERAGE = /\b(vilka \w*(siffror|uppgifter|data|rapporter|perioder|nyckeltal)|vilka poster finns|vad finns (det )?(for|om|i|pa)|vad vet du (om|for)|vad har du (for|om|pa)|what (data|figures|numbers|reports|periods) do you have|what do you (have|know) (on|about|for)|which (periods|reports|figures|lines)|do you have (any )?(data|figures)|coverage|tackning|finns det (nagra )?(siffror|data|uppgifter))\b/;
const CAUSES = /\b(varfor|vad beror|beror (pa|det)|orsak\w*|forklar\w*|forklaring\w*|why|causes?|caused|reasons?|explain\w*|explanation|whats behind|what is behind|drivers?|driver|bakom)\b/;
const RANKING = /\b((vilka|vilken|vilket|which) (\p{L}+ )?(grupp|grupper|group|groups|aldersgrupp|poster|post|enheter|enhet|avdelningar|avdelning|omraden|omrade|projekt|investeringar|investering|typ|areas?|units?|lines?|projects?|parts?|investments?|types?)|storsta|storst|hogst|lagst|mest|minst|samst|bast|topp|top|largest|biggest|highest|lowest|worst|best|most|rank\w*|vilka (poster|konton|kontogrupper|rader|enheter|avdelningar|verksamhetsomraden|omraden|projekt|investeringar)|vilken (post|enhet|avdelning|verksamhet|projekt|investering)|vilket (projekt|omrade|verksamhetsomrade|konto)|which (lines?|items?|units?|departments?|areas?|projects?|investments?|business areas?)|sticker ut|stand out|standing out)\b/u;
// Superlatives make a question a ranking even when it starts like a coverage question ("vilka poster har störst …").
const SUPERLATIVE = /\b(storsta|storst|hogst|lagst|mest|samst|bast|topp|top|largest|biggest|highest|lowest|worst|best|most)\b/;
const FORECAST = /(prognos|forecast|\b(vantas|beraknas|forvantas|rakna\w* (vi |ni |de )?med|expected|projected|projection|outlook|landa\w*|year[- ]end)\b)/;
const BUDGET = /\b(budget\w*|avvikelse\w*|avviker|avvika|deviation\w*|deviate\w*|over ?spend\w*|under ?spend\w*|overskott\w*|underskott\w*|surplus|deficit|ligger (vi|de|ni|det) till|hur ligger|on track|plan)\b/;
const TARGET = /\b(mal|malet|malvarde\w*|malniva\w*|target\w*|goal\w*)\b/;
const UNITS = /\b(enhet\w*|avdelning\w*|verksamhetsomrad\w*|affarsomrad\w*|omrad\w*|underenhet\w*|divisioner|forvaltningar|programm?en|delar(na)?|sub-?units?|units?|departments?|areas?|business areas?|divisions|programmes|parts? of)\b/;
const PROJECTS = /\b(projekt\w*|investering\w*|projects?|investments?)\b/;
const WORSE = /\b(samst|samre|underskott\w*|negativ\w*|overskrid\w*|overdrag\w*|worst|worse|deficits?|overspend\w*|negative|over (its |the |their )?(full[- ]year |annual )?budget|exceed\w*|drags?\b.*\bdown|tappat|tappar|storst underskott|over budget)\b/;
const BETTER = /\b(bast|battre|overskott\w*|positiv\w*|best|better|surplus\w*|underspend\w*|positive|under budget)\b/;
// Attempts to instruct Utfall inside a question. Mentions of "ignore" in ordinary
// questions ("if we ignore last year's one-offs") do not count.
const INSTRUCTIONS = /\b(ignorera|ignore|glom|forget|disregard|bortse fran)\b\s+((alla|all|the|your|dina|dina|tidigare|previous|prior|above|earlier|ovanstaende|foregaende|any|alla tidigare)\s+)*(instruktion\w*|instructions?|regler\w*|rules?|prompt\w*|direktiv\w*|system\w*)\b|\b(glom|forget) (allt|everything)\b|\bsystem ?prompt\b|\b(du ar nu|you are now|pretend (to be|you)|latsas att|agera som|act as|fran och med nu|from now on)\b|(^|[.!?]\s*)(sag|say|svara|answer|skriv|write|reply|rapportera|report)\s+(att|that|med|with)\b/;

const COUNT_WORDS: Readonly<Record<string, number>> = { tva: 2, two: 2, tre: 3, three: 3, fyra: 4, four: 4, fem: 5, five: 5, sex: 6, six: 6, tio: 10, ten: 10 };

function rankingCount(words: readonly string[]): number {
  for (const [index, word] of words.entries()) {
    const previous = words[index - 1] ?? '';
    if (COUNT_WORDS[word] && (previous === 'de' || previous === 'the' || previous === 'top' || previous === 'topp' || index === 0)) return COUNT_WORDS[word]!;
    if (/^\d{1,2}$/.test(word) && (previous === 'top' || previous === 'topp' || previous === 'de' || previous === 'the')) return Math.max(1, Math.min(20, Number(word)));
  }
  return 5;
}

/** The reading of one question. */
export function understandQuestion(question: string): QuestionReading {
  const text = cleanText(question).replace(/\s+/g, ' ').trim();
  const folded = foldText(text);
  const words = foldedWords(text);
  const containsInstructions = INSTRUCTIONS.test(folded);
  let intent: QuestionReading['intent'] = 'figure';
  if (words.length === 0 || (HELP.test(folded) && words.length <= 12 && conceptsIn(words, folded).length === 0)) intent = 'help';
  else if (CAUSES.test(folded)) intent = 'causes';
  else if (SUPERLATIVE.test(folded)) intent = 'ranking';
  else if (COVERAGE.test(folded)) intent = 'coverage';
  else if (RANKING.test(folded)) intent = 'ranking';
  const period = understandPeriod(text);
  return {
    text,
    folded,
    words,
    language: detectLanguage(text),
    intent,
    period,
    wantsForecast: FORECAST.test(folded) || (period.fullYear && !/\b(arsbudget\w*|helarsbudget\w*|annual budget|full[- ]year budget|budget for (the |hela )?(year|aret|helaret))\b/.test(folded)),
    wantsBudget: BUDGET.test(folded),
    wantsTarget: TARGET.test(folded),
    wantsFullYearBudget: /\b(arsbudget\w*|helarsbudget\w*|annual budget|full[- ]year budget|budget for (the |hela )?(year|aret|helaret))\b/.test(folded) && !FORECAST.test(folded),
    ranking: {
      dimension: PROJECTS.test(folded) ? 'projects' : UNITS.test(folded) ? 'units' : 'items',
      direction: WORSE.test(folded) ? 'worse' : BETTER.test(folded) ? 'better' : 'any',
      count: rankingCount(words),
      // "Största posten", "mest pengar", "biggest forecast" rank by size; deviation words rank by deviation.
      by: BUDGET.test(folded) || WORSE.test(folded) || BETTER.test(folded) || /\b(avvik\w*|deviat\w*|tappat|tappar|okat mest|minskat mest)\b/.test(folded) ? 'deviation' : 'size',
    },
    comparesOrganisations: /\b(jamfor|jamfort|compare|compared|versus|vs)\b/.test(folded),
    containsInstructions,
  };
}
