// The shipped lexicons (sv.json, en.json, concepts.json) load, and what they
// compile to is what the reader relies on.
import { describe, it, expect } from 'vitest';
import conceptsFile from '../../../../src/core/questions/lexicon/concepts.json' with { type: 'json' };
import enFile from '../../../../src/core/questions/lexicon/en.json' with { type: 'json' };
import svFile from '../../../../src/core/questions/lexicon/sv.json' with { type: 'json' };
import { conceptsSchema, lexiconSchema, type LexiconFile } from '../../../../src/core/questions/lexicon/lexicon-schema.js';
import { loadLexicon, type PhraseSet } from '../../../../src/core/questions/lexicon/load-lexicon.js';
import { compilePhrase } from '../../../../src/core/questions/lexicon/phrase-pattern.js';
import { tokenizeQuestion } from '../../../../src/core/questions/reading/tokenize-question.js';

const says = (set: PhraseSet, question: string) => set.test(tokenizeQuestion(question));

/** Every phrase (in the pattern language) of a lexicon file, with where it is. */
function phrasesOf(file: LexiconFile): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, phrases: readonly string[]) => phrases.forEach((phrase, index) => out.push([`${file.language}.json ${where}[${index}]`, phrase]));
  const group = (where: string, record: Readonly<Record<string, readonly string[] | undefined>>) => {
    for (const [key, phrases] of Object.entries(record)) add(`${where}.${key}`, phrases ?? []);
  };
  group('intents', file.intents);
  group('measures', file.measures);
  group('noteSignals', file.noteSignals);
  group('directions', file.directions);
  group('rankingDimensions', file.rankingDimensions);
  group('organisationKinds', file.organisationKinds);
  group('breakdownGroups', file.breakdownGroups);
  const { periods } = file;
  add('periods.monthPrepositions', periods.monthPrepositions);
  periods.reportNames.forEach((name, index) => add(`periods.reportNames[${index}].phrases`, name.phrases));
  for (const key of ['fullYear', 'priorYear', 'comparedYear', 'previousReport', 'since', 'periodWords'] as const) add(`periods.${key}`, periods[key]);
  add('countLeads', file.countLeads);
  file.breakdownHints.forEach((hint, index) => add(`breakdownHints[${index}].words`, hint.words));
  add('explicitBreakdowns', file.explicitBreakdowns);
  group('concepts', file.concepts);
  return out;
}

describe('the shipped lexicon files', () => {
  it.each([
    ['sv.json', svFile],
    ['en.json', enFile],
  ])('%s conforms to the lexicon schema', (name, file) => {
    const parsed = lexiconSchema.safeParse(file);
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => `${name} ${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
  });

  it('sv.json and en.json are the languages they say', () => {
    expect([svFile.language, enFile.language]).toEqual(['sv', 'en']);
  });

  it('concepts.json conforms to the concepts schema, with unique names', () => {
    const parsed = conceptsSchema.parse(conceptsFile);
    const names = parsed.concepts.map((concept) => concept.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names in sv.json and en.json only concepts that concepts.json defines', () => {
    const defined = new Set(conceptsFile.concepts.map((concept) => concept.name));
    const named = [...Object.keys(svFile.concepts), ...Object.keys(enFile.concepts)];
    expect(named.filter((name) => !defined.has(name))).toEqual([]);
  });

  it('has no phrase that could match no words at all', () => {
    const files = [lexiconSchema.parse(svFile), lexiconSchema.parse(enFile)];
    const empty = files
      .flatMap(phrasesOf)
      .filter(([, phrase]) => !compilePhrase(phrase).steps.some((step) => !step.optional && step.atom.kind !== 'start'))
      .map(([where, phrase]) => `${where}: ${JSON.stringify(phrase)}`);
    expect(empty).toEqual([]);
  });
});

describe('loadLexicon', () => {
  it('loads the shipped lexicons', () => {
    expect(() => loadLexicon()).not.toThrow();
  });

  it('loads once and hands back the same lexicon', () => {
    expect(loadLexicon()).toBe(loadLexicon());
  });

  it('has language markers of both languages', () => {
    const { markers } = loadLexicon();
    expect(markers.sv.has('hur')).toBe(true);
    expect(markers.en.has('what')).toBe(true);
    // Markers are folded like question words.
    expect(markers.sv.has('jamfort')).toBe(true);
    expect(markers.sv.has('jämfört')).toBe(false);
  });

  it('knows the months of both languages by their folded names', () => {
    const { months } = loadLexicon();
    expect(months.get('augusti')).toEqual({ month: 8, language: 'sv', needsContext: false });
    expect(months.get('august')).toEqual({ month: 8, language: 'en', needsContext: false });
    expect(months.get('januari')?.month).toBe(1);
    expect(months.get('december')?.month).toBe(12);
    expect(months.get('okt')?.month).toBe(10);
    expect(months.get('october')?.month).toBe(10);
  });

  it('needs context for short and ambiguous month names, but not for "maj"', () => {
    const { months } = loadLexicon();
    expect(months.get('jan')?.needsContext).toBe(true);
    expect(months.get('aug')?.needsContext).toBe(true);
    expect(months.get('may')).toEqual({ month: 5, language: 'en', needsContext: true });
    expect(months.get('march')).toEqual({ month: 3, language: 'en', needsContext: true });
    expect(months.get('maj')).toEqual({ month: 5, language: 'sv', needsContext: false });
  });

  it('has month prepositions of each language', () => {
    const { monthPrepositions } = loadLexicon();
    expect(monthPrepositions.sv.has('i')).toBe(true);
    expect(monthPrepositions.sv.has('per')).toBe(true);
    expect(monthPrepositions.en.has('in')).toBe(true);
  });

  it('compiles the report names with their months', () => {
    const { reportNames } = loadLexicon();
    const monthOf = (question: string) => reportNames.find((name) => says(name.phrases, question))?.month;
    expect(monthOf('Resultatet för T1')).toBe(4);
    expect(monthOf('Hur gick tertial 2?')).toBe(8);
    expect(monthOf('Utfall Q3')).toBe(9);
    expect(monthOf('Results for the first half')).toBe(6);
    expect(reportNames.every((name) => name.month >= 1 && name.month <= 12)).toBe(true);
  });

  it('compiles every intent, of both languages', () => {
    const { intents } = loadLexicon();
    expect(Object.keys(intents).sort()).toEqual(Object.keys(lexiconSchema.shape.intents.shape).sort());
    expect(says(intents.help, 'Hjälp')).toBe(true);
    expect(says(intents.help, 'What can you do?')).toBe(true);
    expect(says(intents.causes, 'Varför avviker det?')).toBe(true);
    expect(says(intents.causes, 'Why is it over budget?')).toBe(true);
    expect(says(intents.help, 'Hur ligger vi till?')).toBe(false);
  });

  it('compiles every measure and direction', () => {
    const { measures, directions, rankingDimensions } = loadLexicon();
    expect(Object.keys(measures).sort()).toEqual(Object.keys(lexiconSchema.shape.measures.shape).sort());
    expect(Object.keys(directions).sort()).toEqual(Object.keys(lexiconSchema.shape.directions.shape).sort());
    expect(Object.keys(rankingDimensions).sort()).toEqual(Object.keys(lexiconSchema.shape.rankingDimensions.shape).sort());
    expect(says(measures.forecast, 'Vad är prognosen?')).toBe(true);
    expect(says(measures.forecast, 'What is the forecast?')).toBe(true);
  });

  it('has the count words of both languages, and their leads', () => {
    const { counts, countLeads } = loadLexicon();
    expect(counts.get('tva')).toBe(2);
    expect(counts.get('tre')).toBe(3);
    expect(counts.get('three')).toBe(3);
    expect(counts.get('ten')).toBe(10);
    expect(countLeads.has('top')).toBe(true);
    expect(countLeads.has('de')).toBe(true);
  });

  it('has every concept of concepts.json, in its order, with words of the languages', () => {
    const { concepts } = loadLexicon();
    expect(concepts.map((concept) => concept.name)).toEqual(conceptsFile.concepts.map((concept) => concept.name));
    const itConcept = concepts.find((concept) => concept.name === 'it')!;
    // Single words are matched as words; words with hyphens or spaces are phrases.
    expect(itConcept.words).toContain('it');
    expect(itConcept.words).not.toContain('it-kostnad');
    expect(itConcept.phrases.test(tokenizeQuestion('Vad är IT-kostnaderna?'))).toBe(true);
    expect(itConcept.phrases.test(tokenizeQuestion('What are the IT costs?'))).toBe(true);
    expect(itConcept.phraseWords.has('kostnaderna')).toBe(true);
  });

  it('compiles the concepts\u2019 line-name patterns', () => {
    const { concepts } = loadLexicon();
    const named = (name: string) => concepts.filter((concept) => concept.isLineName(name)).map((concept) => concept.name);
    expect(named('personalkostnader')).toContain('personnel');
  });

  it.each([
    ['Resultatet av förhandlingarna kan komma att påverka kostnaden.', true],
    ['Kostnaden kan därmed komma att öka.', true],
    ['Det pågår diskussioner om hur bidraget ska redovisas.', true],
    ['Utfallet skulle eventuellt kunna bli sämre.', true],
    ['The grant could be reduced next year.', true],
    ['Avvikelsen beror på vakanta tjänster.', false],
    ['Prognosen justeras ned efter förändrade antaganden.', false],
    ['The deficit is due to higher staff costs.', false],
  ])('reads %j as a note stating an uncertainty: %s', (text, uncertain) => {
    expect(says(loadLexicon().noteSignals.uncertainty, text)).toBe(uncertain);
  });

  it('has stopword stems', () => {
    expect(loadLexicon().stopwordStems.size).toBeGreaterThan(50);
  });
});
