// The shape of the guard's lexicon files (sv.json, en.json): the words an answer
// uses to say what a number is ("budgeten", "helårsprognosen", "a deviation of",
// "bättre än budget"), and the words that bound the stretch of text a number's words
// belong to. Phrases: words separated by spaces; "a|b" either word, "word*" any
// word that begins so, "?word" an optional word. Everything is folded (lower case,
// no diacritics) before matching.
import { z } from 'zod';

const phrases = z.array(z.string().min(1)).min(1);

/** The kinds of words that say what a number is; load-guard-lexicon.ts says which roles each allows. */
export const ROLE_WORDS = ['actual', 'budget', 'periodBudget', 'fullYearBudget', 'forecast', 'target', 'fullYearTarget', 'deviation', 'forecastDeviation', 'change', 'share', 'remaining', 'difference', 'surplus', 'deficit'] as const;
export type RoleWord = (typeof ROLE_WORDS)[number];

/** Words right after a number and its unit that say what it is ("5 484 tkr bättre än budget"). */
export const AFTER_WORDS = ['deviation', 'forecastDeviation', 'change', 'share', 'remaining', 'budget', 'actual', 'forecast'] as const;
export type AfterWord = (typeof AFTER_WORDS)[number];

export const guardLexiconSchema = z.object({
  language: z.enum(['sv', 'en']),
  /** Words before a number (or after it, in its own clause) naming what it is. */
  roles: z.object(Object.fromEntries(ROLE_WORDS.map((word) => [word, phrases])) as Record<RoleWord, typeof phrases>),
  /** Words that must follow the number and its unit directly; they win over the words before it. */
  after: z.object(Object.fromEntries(AFTER_WORDS.map((word) => [word, phrases])) as Record<AfterWord, typeof phrases>),
  /** Verbs of movement that end at a level ("ökade till", "fell to"): the movement word in them names no change. */
  neutral: phrases,
  /** Words whose direction does not depend on the line ("överskott", "worse than"); a deviation's sign must agree with them. */
  directions: z.object({ better: phrases, worse: phrases }),
  periods: z.object({
    /** Words that put a number in last year ("i fjol", "samma period förra året", "last year"). */
    priorYear: phrases,
    /** Twelve lists: the month names and their abbreviations. */
    months: z.array(z.array(z.string().min(1)).min(1)).length(12),
    /** Words before a month name that make it a month ("per maj", "in May"); otherwise only a year after it does. */
    monthPrepositions: phrases,
    /** Words before a month that date something else than the report ("prognosen (gjord i augusti)", "made in August"). */
    madeIn: phrases,
  }),
  /** Words where one number's words end and the next one's begin ("mot", "och", "against"). */
  separators: phrases,
  /** Words that make what follows a comparison ("jämfört med budgeten"): its label is not the next number's unless the number follows it. */
  comparisons: phrases,
  /** Words that may stand between a label and its number ("budgeten är drygt 75 mnkr"). */
  fillers: phrases,
  /** Words after a number that are its unit though the number reader has none for them ("2 index points worse than the target"). */
  unitWords: phrases,
  /** Breakdown labels that are everyday words and never taken for a mention ("totalt"). */
  notNames: phrases,
});
export type GuardLexiconFile = z.infer<typeof guardLexiconSchema>;
