// The guard's lexicons, read once: both languages' files checked against their
// schema and compiled. Answers mix languages ("utfallet is 70 328 tkr" is rare, but
// line names are Swedish in English answers), so the words of both are used together.
import { foldText } from '../../language/fold-text.js';
import type { NumberRole } from '../number-role.js';
import svFile from './sv.json' with { type: 'json' };
import enFile from './en.json' with { type: 'json' };
import { AFTER_WORDS, guardLexiconSchema, ROLE_WORDS, type AfterWord, type GuardLexiconFile, type RoleWord } from './guard-lexicon-schema.js';
import { compileGuardPhrase, type GuardPhrase } from './guard-phrase.js';

/** What a label says about the number it names. */
export interface RoleMeaning {
  readonly roles: readonly NumberRole[];
  /** "överskott", "deficit": the figure's sign, where the figure's sign means something. */
  readonly sign: 'positive' | 'negative' | null;
}

/** A phrase with what it means. */
export interface LexiconEntry<T> {
  readonly phrase: GuardPhrase;
  readonly meaning: T;
}

/** Everything the guard knows about the words of an answer. */
export interface GuardLexicon {
  readonly roles: readonly LexiconEntry<RoleMeaning>[];
  readonly after: readonly LexiconEntry<RoleMeaning>[];
  readonly neutral: readonly LexiconEntry<null>[];
  readonly priorYear: readonly LexiconEntry<null>[];
  readonly madeIn: readonly LexiconEntry<null>[];
  readonly comparisons: readonly LexiconEntry<null>[];
  /** Folded month word → month number (1–12). */
  readonly months: ReadonlyMap<string, number>;
  readonly monthPrepositions: ReadonlySet<string>;
  readonly separators: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  readonly unitWords: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  /** Words whose direction does not depend on the line ("överskott", "worse than"), folded. */
  readonly directions: { readonly better: readonly string[]; readonly worse: readonly string[] };
}

// What each kind of label allows. A plain "budget" may be the period's or the year's;
// "skillnad" any computed difference; "överskott" a deviation or a result.
const ROLE_MEANINGS: Readonly<Record<RoleWord, RoleMeaning>> = {
  actual: { roles: ['actual'], sign: null },
  budget: { roles: ['budget', 'budget_full_year'], sign: null },
  periodBudget: { roles: ['budget'], sign: null },
  fullYearBudget: { roles: ['budget_full_year'], sign: null },
  forecast: { roles: ['forecast'], sign: null },
  target: { roles: ['target', 'target_full_year'], sign: null },
  fullYearTarget: { roles: ['target_full_year'], sign: null },
  deviation: { roles: ['deviation', 'forecast_deviation'], sign: null },
  forecastDeviation: { roles: ['forecast_deviation'], sign: null },
  change: { roles: ['change'], sign: null },
  share: { roles: ['share', 'deviation', 'forecast_deviation', 'change'], sign: null },
  remaining: { roles: ['remaining'], sign: null },
  difference: { roles: ['difference', 'deviation', 'forecast_deviation', 'change', 'remaining'], sign: null },
  surplus: { roles: ['deviation', 'forecast_deviation', 'actual', 'forecast'], sign: 'positive' },
  deficit: { roles: ['deviation', 'forecast_deviation', 'actual', 'forecast'], sign: 'negative' },
};

const AFTER_MEANINGS: Readonly<Record<AfterWord, RoleMeaning>> = {
  deviation: { roles: ['deviation', 'forecast_deviation'], sign: null },
  forecastDeviation: { roles: ['forecast_deviation'], sign: null },
  change: { roles: ['change'], sign: null },
  // "61,6 % av helårsbudgeten" is a share; "70 328 tkr av budgeten" what has been used of it, or what is left of it.
  share: { roles: ['share', 'deviation', 'forecast_deviation', 'change', 'actual', 'remaining'], sign: null },
  remaining: { roles: ['remaining'], sign: null },
  budget: { roles: ['budget', 'budget_full_year'], sign: null },
  actual: { roles: ['actual'], sign: null },
  forecast: { roles: ['forecast'], sign: null },
};

function compile(files: readonly GuardLexiconFile[]): GuardLexicon {
  const entries = <T>(pick: (file: GuardLexiconFile) => readonly string[], meaning: T): LexiconEntry<T>[] => files.flatMap((file) => pick(file).map((phrase) => ({ phrase: compileGuardPhrase(phrase), meaning })));
  const words = (pick: (file: GuardLexiconFile) => readonly string[]) => new Set(files.flatMap((file) => pick(file).map((word) => foldText(word))));
  const months = new Map<string, number>();
  for (const file of files) file.periods.months.forEach((names, index) => names.forEach((name) => months.set(foldText(name), index + 1)));
  return {
    roles: ROLE_WORDS.flatMap((word) => entries((file) => file.roles[word], ROLE_MEANINGS[word])),
    after: AFTER_WORDS.flatMap((word) => entries((file) => file.after[word], AFTER_MEANINGS[word])),
    neutral: entries((file) => file.neutral, null),
    priorYear: entries((file) => file.periods.priorYear, null),
    madeIn: entries((file) => file.periods.madeIn, null),
    comparisons: entries((file) => file.comparisons, null),
    months,
    monthPrepositions: words((file) => file.periods.monthPrepositions),
    separators: words((file) => file.separators),
    fillers: words((file) => file.fillers),
    unitWords: words((file) => file.unitWords),
    notNames: words((file) => file.notNames),
    directions: { better: files.flatMap((file) => file.directions.better.map((word) => foldText(word))), worse: files.flatMap((file) => file.directions.worse.map((word) => foldText(word))) },
  };
}

let loaded: GuardLexicon | null = null;

/** The guard lexicon of both languages. Throws at first use if a file breaks its schema, naming the file and field. */
export function loadGuardLexicon(): GuardLexicon {
  if (loaded) return loaded;
  const files = [['sv.json', svFile], ['en.json', enFile]].map(([name, data]) => {
    const parsed = guardLexiconSchema.safeParse(data);
    if (!parsed.success) throw new Error(`guard lexicon ${String(name)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return parsed.data;
  });
  loaded = compile(files);
  return loaded;
}
