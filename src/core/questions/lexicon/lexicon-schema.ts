// The shape of a lexicon file (sv.json, en.json) and of the language-neutral
// concepts file: the words users write, as data. Phrases use a small pattern
// language (see phrase-pattern.ts); everything is folded before matching.
import { z } from 'zod';

const phrases = z.array(z.string().min(1)).min(1);

export const lexiconSchema = z.object({
  language: z.enum(['sv', 'en']),
  /** Words only this language uses: they decide the answer's language. */
  markers: z.array(z.string().min(1)).min(10),
  /**
   * Words askers of both languages write but that lean to this one ("vs", "pls" to English): they settle
   * the answer's language only when the markers weigh the same.
   */
  leanings: z.array(z.string().min(1)).default([]),
  intents: z.object({
    help: phrases,
    coverage: phrases,
    causes: phrases,
    /** Risks, uncertainties, assumptions, measures: answered from the report's words. */
    risks: phrases,
    /** Of those, a question about risk or uncertainty itself ("vilka risker", "how uncertain"), not about measures. */
    riskItself: phrases,
    ranking: phrases,
    superlative: phrases,
    /** An open "how are we doing?": a short overview of the organisation. */
    overview: phrases,
    comparesOrganisations: phrases,
    /** "Hur står vi oss mot andra förvaltningar?", "how do we compare with the other departments?": the asker against its peers. */
    comparesWithPeers: phrases,
    /** Attempts to instruct Utfall inside a question. */
    instructions: phrases,
    /** A request to act ("kolla", "ta fram", "check", "pull up"): with nothing named to act on, Utfall asks what to look at. */
    request: phrases,
    /** What such a request may name without saying which figures ("siffrorna", "en jämförelse", "the numbers"). */
    requestObjects: phrases,
  }),
  /**
   * How a report's note says that something may change or is uncertain ("kan komma att", "osäkert",
   * "diskussioner pågår", "could", "may"): the notes that answer a question about risks, whether or
   * not they write the word "risk".
   */
  noteSignals: z.object({ uncertainty: phrases, measures: phrases }),
  measures: z.object({
    forecast: phrases,
    budget: phrases,
    target: phrases,
    fullYearBudget: phrases,
    /** The outcome itself ("utfallet"), even when a forecast is the line's only figure. */
    actual: phrases,
    /** The outcome so far belongs beside a forecast ("utfall hittills mot årsprognosen"). */
    actualSoFar: phrases,
    /** Accumulated, period-to-date figures rather than the full year. */
    accumulated: phrases,
    percent: phrases,
    /** How much of the year's budget the outcome so far has used. */
    shareUsed: phrases,
    /** How much of the year's budget is left after the outcome so far. */
    remaining: phrases,
    /** The budget itself as what is asked for ("vad har X för budget?"), not a comparison with it. */
    budgetItself: phrases,
    /** A line's budget written as one compound ("utvecklingsbudgeten", "lönebudgeten"): the budget itself, when the word's first part is no follow-up word. */
    budgetOfALine: phrases,
    /** An amount itself ("själva beloppet"), which a deviation alone does not give. */
    amountItself: phrases,
    /** The target itself as what is asked for ("vad är målet?"), not a comparison with it. */
    targetItself: phrases,
    /** A question for an amount ("hur mycket", "vad kostar"): words about it are no answer to it. */
    howMuch: phrases,
    /** Money spent ("lagt på", "gått åt", "spent"): what a project's spending and a unit's costs are both asked by. */
    spent: phrases,
    /** A verb asking what something costs ("vad kostar", "kostade"): the thing is what a line is, not a word that qualifies another. */
    costs: phrases,
    /** Words that make a ranking rank budget amounts ("störst budget", "by budget"), though a budget word would rank deviations. */
    rankingByBudget: phrases,
    /** Words that make a ranking rank deviations rather than sizes. */
    rankingByDeviation: phrases,
    /** Verbs of change ("slutat", "minskat", "dropped"): the change the report states is what is asked for. */
    change: phrases,
    /**
     * A figure reports state in their words, not their tables: an accumulated deficit carried from earlier
     * years and to be restored ("balanserat underskott", "underskott som ska återställas", "accumulated deficit").
     */
    statedInWords: phrases,
  }),
  periods: z.object({
    /** Twelve lists: the month names and their abbreviations. */
    months: z.array(z.array(z.string().min(1)).min(1)).length(12),
    /** Month names that are also ordinary words ("may", "march"): months only after a preposition or before a year. */
    ambiguousMonths: z.array(z.string()),
    /** Words before a short or ambiguous month name that make it a month ("per mar", "in May"). */
    monthPrepositions: phrases,
    /** Words between two months that make them a span ("jan till apr", "January to April"); a hyphen does too. */
    monthSpanWords: phrases,
    reportNames: z.array(z.object({ phrases, month: z.number().int().min(1).max(12) })),
    fullYear: phrases,
    priorYear: phrases,
    /** "jämfört med 2023": a named year to compare with (the #year token). */
    comparedYear: phrases,
    previousReport: phrases,
    /** "mot periodbudgeten", "period budget": the budget of the period itself is named. */
    periodBudget: phrases,
    /** "sedan april": the report month to compare the latest with (the #month token). */
    since: phrases,
    /** "sedan årsskiftet", "since the new year": compared with the year-end before the report, not a report month. */
    sinceYearEnd: phrases,
    /** Words before a report named as a noun or a month that make it the one compared with ("vs T1", "jmf med aprilrapporten"). */
    comparisonLeads: phrases,
    /** Words after which a short month name ("aug", "okt") is a month, not a line word ("status aug?"). */
    monthContextWords: phrases,
    /** Words that only say when, never which line. */
    periodWords: phrases,
  }),
  /** Ranking directions; `orderOnly` words ("rangordna", "best first") order a ranking by the direction without leaving anything out. */
  directions: z.object({
    worse: phrases,
    better: phrases,
    behind: phrases,
    changeWorse: phrases,
    orderOnly: phrases,
    /** "Under budget", "above budget": where the outcome stands against the budget. For costs under is better; for income ("vilka intäkter ligger under budget?") it is worse. */
    belowBudget: phrases,
    aboveBudget: phrases,
  }),
  /** What a ranking ranks: sub-units, investment projects, or lines (named, or else the default). */
  rankingDimensions: z.object({ units: phrases, projects: phrases, items: phrases }),
  /** "Projektet", "the project": one investment project, not named; the asker's projects are the choice. */
  oneProject: phrases,
  /** "Hela", "whole": a kind word with it ("hela kommunen", "the whole municipality's") is the scope the question asks about, over another kind word. */
  wholeScope: phrases,
  /** "På", "at": an organisation right after them names where the unit named just before is ("bussarna på trafikbolaget"), not a second one asked about. */
  placeLeads: phrases,
  /** The words for units of one kind in a ranking ("nämnderna", "which committees"): only units of that kind are ranked, where there are any. */
  rankedUnitKinds: z.partialRecord(z.enum(['region', 'municipality', 'administration', 'board', 'division', 'department', 'business_area', 'unit', 'programme']), phrases),
  /** Words that stand for the asker's own organisation of a kind ("förvaltningen"). */
  organisationKinds: z.partialRecord(z.enum(['region', 'municipality', 'administration', 'board', 'division', 'department', 'business_area', 'unit', 'programme']), phrases),
  counts: z.record(z.string(), z.number().int().min(1).max(20)),
  /** Words before a count that make it the size of a ranking ("de tre", "top 5"). */
  countLeads: phrases,
  /** Everyday words for breakdowns and the stored breakdown labels they mean (label patterns). */
  breakdownHints: z.array(z.object({ words: phrases, labels: phrases })),
  /**
   * A word for a group of units by what they are, not by their names ("grundskolan": the schools
   * named after places; "taxeverksamheten": water and waste): name patterns of the units meant,
   * and of units the patterns would take in but are not meant ("Kulturskolan").
   */
  unitGroups: z.array(z.object({ words: phrases, names: phrases, except: z.array(z.string().min(1)).default([]) })).default([]),
  /** A breakdown named by its label's numbers ("dag 60", "30-49 år"). */
  explicitBreakdowns: phrases,
  /** Breakdown group names (folded) and the words for them in this language. */
  breakdownGroups: z.record(z.string(), phrases),
  /** Concept name → the words users write for it. */
  concepts: z.record(z.string(), phrases),
  /**
   * Phrases users write for what report lines call by other words, and those words
   * ("residential land" → "bostadsmark"): an English question reaches Swedish line names,
   * a paraphrase the report's own term. Applied only to the words left to name a line.
   * A key lists whole phrases separated by `|` ("land purchase|buying land").
   */
  glossary: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  /** Words that never name a report line, space separated. */
  stopwords: z.string(),
  /**
   * A ratio to a unit ("per kvadratmeter", "per invånare"): only a line whose name has the unit
   * (its last word in the phrase) answers it; a total is not a figure per unit.
   */
  perUnit: z.array(z.string().min(1)).default([]),
  /**
   * The first word of a line that is the rest of a group ("Övriga exploateringsområden", "Other
   * costs"), as a folded word pattern: asked for without it ("vilket exploateringsområde …"), such a
   * line's kind word means every line of the group, not the rest alone.
   */
  residualWords: z.array(z.string().min(1)).default([]),
  /**
   * Words for key figures ("nyckeltal", "KPI", "indikator"), alone or as a compound's last part
   * ("sjukfrånvaronyckeltalet"): the question asks for KPIs, and only a KPI line answers it.
   */
  kpiWords: z.array(z.string().min(1)).default([]),
  /**
   * A question for a count ("hur många besökare"): only a KPI holds counts, a money line never answers
   * it; unless a money word follows ("hur många miljoner").
   */
  countQuestions: z.object({ phrases, notBefore: z.array(z.string().min(1)) }),
  /** Words that end a compound of an everyday word for a line without narrowing it ("post" in "löneposten", "sidan" in "personalsidan"). */
  compoundFrames: z.array(z.string().min(1)).default([]),
  /** Words for money that, as a compound's last part, leave the line to the first ("bredbandspengarna"). */
  moneyFrames: z.array(z.string().min(1)).default([]),
  /** A compound's last part written short, as controllers do ("lokalkostn", "patientavg"): the short ending → the word in full. */
  shortEndings: z.record(z.string().min(2), z.string().min(2)).default({}),
  /**
   * Endings that make a word for the people of a thing ("deltid|arna": those who work part time): the
   * first part of the asker's own unit's name with one of them is said of that unit ("deltidarna" at
   * Deltidsstationerna).
   */
  peopleEndings: z.array(z.string().min(2)).default([]),
});
export type LexiconFile = z.infer<typeof lexiconSchema>;

export const conceptsSchema = z.object({
  comment: z.string().optional(),
  concepts: z.array(
    z.object({
      name: z.string().min(1),
      /** Patterns on folded line names: x (a word), x* (begins a word), *x (ends one), *x* (anywhere), =x (the whole name). */
      lineNames: phrases,
      /** Kinds of line that belong to the concept whatever their name (top-level lines only). */
      totalKinds: z.array(z.string()).optional(),
      /** A generic word ("kostnader") counts only when no other concept is named. */
      generic: z.boolean().optional(),
      /**
       * The broader concept this one is a narrower part of ("electricity" within "energy"): its words are the
       * broader concept's words too, so a broad line ("Energikostnader") answers where no narrower line exists.
       */
      within: z.string().min(1).optional(),
    }),
  ),
});
export type ConceptsFile = z.infer<typeof conceptsSchema>;
