// The lexicons, read once: both languages' files checked against their schema and
// compiled into phrase matchers. Questions mix languages ("forecast för IT"), so
// reading uses the words of both; each word remembers its language only where
// that matters (the answer's language, month prepositions).
import { foldText, foldedWords } from '../../language/fold-text.js';
import { swedishStem } from '../../language/swedish-stem.js';
import type { ItemKind, OrganisationKind } from '../../figures/vocabulary.js';
import svFile from './sv.json' with { type: 'json' };
import enFile from './en.json' with { type: 'json' };
import conceptsFile from './concepts.json' with { type: 'json' };
import { conceptsSchema, lexiconSchema, type LexiconFile } from './lexicon-schema.js';
import { compilePhrase, matchPhrase, type PhraseMatch, type PhrasePattern, type QuestionToken } from './phrase-pattern.js';

export type LexiconLanguage = 'sv' | 'en';

/** A list of phrases that can be looked for in a question. */
export interface PhraseSet {
  find(tokens: readonly QuestionToken[]): PhraseMatch[];
  test(tokens: readonly QuestionToken[]): boolean;
}

/** A concept: the words for it and how its lines are named. */
export interface LexiconConcept {
  readonly name: string;
  /** Single folded words, matched by stem and with typo tolerance. */
  readonly words: readonly string[];
  /** Phrases of several words ("köp av tjänster", "staff turnover"). */
  readonly phrases: PhraseSet;
  /** The folded words the phrases are made of, which count for the phrase only. */
  readonly phraseWords: ReadonlySet<string>;
  readonly isLineName: (foldedName: string) => boolean;
  readonly totalKinds: readonly ItemKind[];
  readonly generic: boolean;
}

export interface MonthWord {
  readonly month: number;
  readonly language: LexiconLanguage;
  /** Counts as a month only after a preposition of its language or before a year. */
  readonly needsContext: boolean;
}

/** Everything the question reader knows about words. */
export interface Lexicon {
  readonly markers: Readonly<Record<LexiconLanguage, ReadonlySet<string>>>;
  /** The markers as written, in lower case: "för" is Swedish and "for" English, though both fold to "for". */
  readonly markerSpellings: Readonly<Record<LexiconLanguage, ReadonlySet<string>>>;
  /** Folded words that lean to a language without marking it: they break a tie of the markers. */
  readonly leanings: Readonly<Record<LexiconLanguage, ReadonlySet<string>>>;
  readonly intents: Readonly<Record<keyof LexiconFile['intents'], PhraseSet>>;
  readonly measures: Readonly<Record<keyof LexiconFile['measures'], PhraseSet>>;
  /** How a note expresses uncertainty or a possible change: what makes it about a risk. */
  readonly noteSignals: Readonly<Record<keyof LexiconFile['noteSignals'], PhraseSet>>;
  readonly months: ReadonlyMap<string, MonthWord>;
  readonly monthPrepositions: Readonly<Record<LexiconLanguage, ReadonlySet<string>>>;
  readonly monthSpanWords: ReadonlySet<string>;
  readonly reportNames: readonly { readonly phrases: PhraseSet; readonly month: number }[];
  readonly fullYear: PhraseSet;
  readonly priorYear: PhraseSet;
  readonly comparedYear: PhraseSet;
  readonly previousReport: PhraseSet;
  readonly periodBudget: PhraseSet;
  readonly since: PhraseSet;
  /** The words before a month that make it the report to compare with ("sedan", "since"). */
  readonly sinceWords: ReadonlySet<string>;
  /** "Sedan årsskiftet", "since the new year": a comparison with the year-end before the report. */
  readonly sinceYearEnd: PhraseSet;
  /** "vs", "jmf med", "compared with the": a report or month right after them is the one compared with. */
  readonly comparisonLeads: PhraseSet;
  /** Words after which a short month name is a month ("status aug?"), folded. */
  readonly monthContextWords: ReadonlySet<string>;
  readonly periodWords: PhraseSet;
  readonly directions: Readonly<Record<keyof LexiconFile['directions'], PhraseSet>>;
  readonly rankingDimensions: Readonly<Record<keyof LexiconFile['rankingDimensions'], PhraseSet>>;
  readonly oneProject: PhraseSet;
  readonly wholeScope: PhraseSet;
  readonly placeLeads: PhraseSet;
  readonly organisationKinds: readonly (readonly [OrganisationKind, PhraseSet])[];
  readonly rankedUnitKinds: readonly (readonly [OrganisationKind, PhraseSet])[];
  readonly counts: ReadonlyMap<string, number>;
  readonly countLeads: ReadonlySet<string>;
  readonly breakdownHints: readonly { readonly words: PhraseSet; readonly isLabel: (foldedLabel: string) => boolean }[];
  /** Words for a group of units by what they are, and whether a unit's folded name is one of them. */
  readonly unitGroups: readonly { readonly words: PhraseSet; readonly isMember: (foldedName: string) => boolean }[];
  readonly explicitBreakdowns: PhraseSet;
  readonly breakdownGroups: readonly { readonly group: string; readonly words: PhraseSet }[];
  readonly concepts: readonly LexiconConcept[];
  /** Phrases for what lines call by other words, and the folded words lines use instead. */
  /**
   * Phrases for what lines call by other words, and the folded words lines use instead. A Swedish
   * entry keeps the words written beside its gloss ("hemtjänsten" may be a line's own word too);
   * an English one replaces them.
   */
  readonly glossary: readonly { readonly phrases: PhraseSet; readonly words: readonly string[]; readonly keepsWritten: boolean; readonly language: LexiconLanguage }[];
  /** A ratio to a unit ("per kvadratmeter"): the phrase's last word is the unit a line's name must have. */
  readonly perUnit: PhraseSet;
  /** Folded words for key figures ("nyckeltal", "kpi"), longest first: a question with one asks for KPIs. */
  readonly kpiWords: readonly string[];
  /** Whether a folded word is the first word of a line that is the rest of a group ("övriga", "other"). */
  readonly isResidualWord: (foldedWord: string) => boolean;
  /** A question for a count, and the money words after it that make it a question for an amount. */
  readonly countQuestions: { readonly phrases: PhraseSet; readonly notBefore: ReadonlySet<string> };
  /** Stems of words that never name a line. */
  readonly stopwordStems: ReadonlySet<string>;
  /** Those words of six letters or more, folded, to recognise them misspelt ("hittils"). */
  readonly longStopwords: readonly string[];
  /** Every concept's single words and the words that frame them in compounds, folded: what "löne|posten" is made of. */
  readonly everydayParts: { readonly concepts: readonly string[]; readonly frames: readonly string[]; readonly moneyFrames: readonly string[] };
  /** Folded short endings of compounds and the folded words they stand for ("kostn" → "kostnader"). */
  readonly shortEndings: ReadonlyMap<string, string>;
  /** Folded endings of words for the people of a thing ("arna" of "deltidarna"), longest first. */
  readonly peopleEndings: readonly string[];
}

function phraseSet(phrases: readonly string[], months: (word: string) => boolean): PhraseSet {
  const patterns = phrases.map(compilePhrase);
  // A pattern that begins with plain words matches nowhere in a question without one of them, so a
  // question tries only the patterns that may begin anywhere and those whose first word it has, in
  // the set's order: the same matches, without trying each of a set's hundreds of phrases per question.
  const open: number[] = [];
  const byFirstWord = new Map<string, number[]>();
  patterns.forEach((pattern, index) => {
    if (!pattern.firstWords) open.push(index);
    else
      for (const word of pattern.firstWords) {
        const list = byFirstWord.get(word);
        if (list) list.push(index);
        else byFirstWord.set(word, [index]);
      }
  });
  const candidates = (tokens: readonly QuestionToken[]): PhrasePattern[] => {
    const chosen = new Set(open);
    for (const token of tokens) for (const index of byFirstWord.get(token.word) ?? []) chosen.add(index);
    return [...chosen].sort((a, b) => a - b).map((index) => patterns[index]!);
  };
  return {
    find: (tokens) => candidates(tokens).flatMap((pattern) => matchPhrase(pattern, tokens, months)),
    test: (tokens) => candidates(tokens).some((pattern) => matchPhrase(pattern, tokens, months).length > 0),
  };
}

// Line-name and label patterns: x a word, x* begins a word, *x ends one, *x* anywhere, =x the whole name.
function namePattern(pattern: string): (folded: string) => boolean {
  const source = foldText(pattern);
  if (source.startsWith('=')) return (name) => name === source.slice(1);
  const core = source.replace(/^\*|\*$/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regex = new RegExp(`${source.startsWith('*') ? '' : '(?<![\\p{L}\\p{N}])'}${core}${source.endsWith('*') ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
  return (name) => regex.test(name);
}

function anyOf(patterns: readonly string[]): (folded: string) => boolean {
  const tests = patterns.map(namePattern);
  return (folded) => tests.some((test) => test(folded));
}

function compile(files: readonly LexiconFile[], concepts: ReturnType<typeof conceptsSchema.parse>): Lexicon {
  const months = new Map<string, MonthWord>();
  for (const file of files) {
    const ambiguous = new Set(file.periods.ambiguousMonths.map((word) => foldText(word)));
    file.periods.months.forEach((names, index) => {
      for (const name of names) {
        const word = foldText(name);
        if (!months.has(word)) months.set(word, { month: index + 1, language: file.language, needsContext: ambiguous.has(word) || (word.length <= 3 && word !== 'maj') });
      }
    });
  }
  const isMonth = (word: string) => months.has(word);
  const set = (pick: (file: LexiconFile) => readonly string[]) => phraseSet(files.flatMap(pick), isMonth);
  const keysOf = <T extends object>(value: T) => Object.keys(value) as (keyof T)[];
  const [first] = files;
  const record = <K extends string>(keys: readonly K[], pick: (file: LexiconFile, key: K) => readonly string[]) => Object.fromEntries(keys.map((key) => [key, set((file) => pick(file, key))])) as Record<K, PhraseSet>;
  const byLanguage = (pick: (file: LexiconFile) => readonly string[]) => Object.fromEntries(files.map((file) => [file.language, new Set(pick(file).map((word) => foldText(word)))])) as Record<LexiconLanguage, Set<string>>;
  const kinds = [...new Set(files.flatMap((file) => Object.keys(file.organisationKinds)))] as OrganisationKind[];
  const groups = [...new Set(files.flatMap((file) => Object.keys(file.breakdownGroups)))];
  return {
    markers: byLanguage((file) => file.markers),
    markerSpellings: Object.fromEntries(files.map((file) => [file.language, new Set(file.markers.map((word) => word.toLowerCase()))])) as Record<LexiconLanguage, Set<string>>,
    leanings: byLanguage((file) => file.leanings),
    intents: record(keysOf(first!.intents), (file, key) => file.intents[key]),
    measures: record(keysOf(first!.measures), (file, key) => file.measures[key]),
    noteSignals: record(keysOf(first!.noteSignals), (file, key) => file.noteSignals[key]),
    months,
    monthPrepositions: byLanguage((file) => file.periods.monthPrepositions),
    monthSpanWords: new Set(files.flatMap((file) => file.periods.monthSpanWords.map((word) => foldText(word)))),
    reportNames: files.flatMap((file) => file.periods.reportNames.map((name) => ({ phrases: phraseSet(name.phrases, isMonth), month: name.month }))),
    fullYear: set((file) => file.periods.fullYear),
    priorYear: set((file) => file.periods.priorYear),
    comparedYear: set((file) => file.periods.comparedYear),
    previousReport: set((file) => file.periods.previousReport),
    periodBudget: set((file) => file.periods.periodBudget),
    since: set((file) => file.periods.since),
    sinceWords: new Set(files.flatMap((file) => file.periods.since.map((phrase) => phrase.split(/\s+/)[0]!.split('|')).flat().map((word) => foldText(word)).filter((word) => /^\p{L}+$/u.test(word)))),
    sinceYearEnd: set((file) => file.periods.sinceYearEnd),
    comparisonLeads: set((file) => file.periods.comparisonLeads),
    monthContextWords: new Set(files.flatMap((file) => file.periods.monthContextWords.map((word) => foldText(word)))),
    periodWords: set((file) => file.periods.periodWords),
    directions: record(keysOf(first!.directions), (file, key) => file.directions[key]),
    rankingDimensions: record(keysOf(first!.rankingDimensions), (file, key) => file.rankingDimensions[key]),
    oneProject: set((file) => file.oneProject),
    wholeScope: set((file) => file.wholeScope),
    placeLeads: set((file) => file.placeLeads),
    organisationKinds: kinds.map((kind) => [kind, set((file) => file.organisationKinds[kind] ?? [])] as const),
    rankedUnitKinds: [...new Set(files.flatMap((file) => Object.keys(file.rankedUnitKinds)))].map((kind) => [kind as OrganisationKind, set((file) => file.rankedUnitKinds[kind as OrganisationKind] ?? [])] as const),
    counts: new Map(files.flatMap((file) => Object.entries(file.counts).map(([word, count]) => [foldText(word), count] as const))),
    countLeads: new Set(files.flatMap((file) => file.countLeads.map((word) => foldText(word)))),
    breakdownHints: files.flatMap((file) => file.breakdownHints.map((hint) => ({ words: phraseSet(hint.words, isMonth), isLabel: anyOf(hint.labels) }))),
    unitGroups: files.flatMap((file) =>
      file.unitGroups.map((group) => {
        const named = anyOf(group.names);
        const excepted = anyOf(group.except);
        return { words: phraseSet(group.words, isMonth), isMember: (name: string) => named(name) && !excepted(name) };
      }),
    ),
    explicitBreakdowns: set((file) => file.explicitBreakdowns),
    breakdownGroups: groups.map((group) => ({ group: foldText(group), words: set((file) => file.breakdownGroups[group] ?? []) })),
    concepts: concepts.concepts.map((concept) => {
      const words = files.flatMap((file) => file.concepts[concept.name] ?? []).map((word) => foldText(word));
      const multi = words.filter((word) => /[\s\-.]/.test(word));
      return {
        name: concept.name,
        words: words.filter((word) => !/[\s\-.]/.test(word)),
        phrases: phraseSet(multi, isMonth),
        phraseWords: new Set(multi.flatMap((phrase) => phrase.split(/[\s\-.]+/))),
        isLineName: anyOf(concept.lineNames),
        totalKinds: (concept.totalKinds ?? []) as ItemKind[],
        generic: concept.generic ?? false,
      };
    }),
    glossary: files.flatMap((file) => Object.entries(file.glossary).map(([phrases, words]) => ({ phrases: phraseSet(phrases.split('|'), isMonth), words: words.flatMap((word) => foldedWords(word)), keepsWritten: file.language === 'sv', language: file.language }))),
    everydayParts: {
      concepts: [...new Set(concepts.concepts.flatMap((concept) => files.flatMap((file) => file.concepts[concept.name] ?? [])).map((word) => foldText(word)).filter((word) => /^\p{L}+$/u.test(word)))],
      frames: [...new Set(files.flatMap((file) => file.compoundFrames.map((word) => foldText(word))))],
      moneyFrames: [...new Set(files.flatMap((file) => file.moneyFrames.map((word) => foldText(word))))],
    },
    shortEndings: new Map(files.flatMap((file) => Object.entries(file.shortEndings).map(([short, full]) => [foldText(short), foldText(full)] as const))),
    peopleEndings: [...new Set(files.flatMap((file) => file.peopleEndings.map((ending) => foldText(ending))))].sort((a, b) => b.length - a.length),
    perUnit: set((file) => file.perUnit),
    isResidualWord: anyOf(files.flatMap((file) => file.residualWords)),
    kpiWords: [...new Set(files.flatMap((file) => file.kpiWords.map((word) => foldText(word))))].sort((a, b) => b.length - a.length),
    countQuestions: { phrases: set((file) => file.countQuestions.phrases), notBefore: new Set(files.flatMap((file) => file.countQuestions.notBefore.map((word) => foldText(word)))) },
    longStopwords: [...new Set(files.flatMap((file) => file.stopwords.split(/\s+/).map((word) => foldText(word)).filter((word) => word.length >= 6)))],
    stopwordStems: new Set(files.flatMap((file) => file.stopwords.split(/\s+/).filter((word) => word !== '').map((word) => swedishStem(foldText(word))))),
  };
}

let loaded: Lexicon | null = null;

/** The lexicon of both languages. Throws at first use if a lexicon file breaks its schema, naming the file and field. */
export function loadLexicon(): Lexicon {
  if (loaded) return loaded;
  const files = [['sv.json', svFile], ['en.json', enFile]].map(([name, data]) => {
    const parsed = lexiconSchema.safeParse(data);
    if (!parsed.success) throw new Error(`lexicon ${String(name)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return parsed.data;
  });
  const concepts = conceptsSchema.safeParse(conceptsFile);
  if (!concepts.success) throw new Error(`lexicon concepts.json: ${concepts.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const unknown = files.flatMap((file) => Object.keys(file.concepts).filter((name) => !concepts.data.concepts.some((concept) => concept.name === name)).map((name) => `${file.language}.json concepts.${name}`));
  if (unknown.length > 0) throw new Error(`lexicon: concepts not defined in concepts.json: ${unknown.join(', ')}`);
  loaded = compile(files, concepts.data);
  return loaded;
}
