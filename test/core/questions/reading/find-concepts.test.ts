// Every word the lexicons list for a concept is read as that concept: a word added to
// one concept that another concept's word or phrase shadows, or one the matcher cannot
// read (a phrase split differently from questions), fails here by name.
import { describe, expect, it } from 'vitest';
import svFile from '../../../../src/core/questions/lexicon/sv.json' with { type: 'json' };
import enFile from '../../../../src/core/questions/lexicon/en.json' with { type: 'json' };
import { foldText, foldedWords } from '../../../../src/core/language/fold-text.js';
import { loadLexicon } from '../../../../src/core/questions/lexicon/load-lexicon.js';
import { findConcepts } from '../../../../src/core/questions/reading/find-concepts.js';
import conceptsFile from '../../../../src/core/questions/lexicon/concepts.json' with { type: 'json' };

// Wildcards ("perskostn*") and alternatives are patterns, not words a user writes.
const written = (file: { concepts: Record<string, string[]> }) =>
  Object.entries(file.concepts).flatMap(([name, words]) => words.filter((word) => !/[*|?]/.test(word)).map((word) => ({ name, word })));

describe('findConcepts over the lexicons', () => {
  const entries = [...written(svFile), ...written(enFile)];

  it('has words for every concept in both languages to check', () => {
    const lexicon = loadLexicon();
    expect(entries.length).toBeGreaterThan(300);
    expect(new Set(entries.map((entry) => entry.name))).toEqual(new Set(lexicon.concepts.map((concept) => concept.name)));
  });

  it('reads every word and phrase a concept lists as that concept', () => {
    const lexicon = loadLexicon();
    const missed = entries.filter(({ name, word }) => !findConcepts(foldedWords(word), lexicon).includes(name)).map(({ name, word }) => `${name}: ${word}`);
    expect(missed).toEqual([]);
  });

  // A narrower concept's words are its broader concept's too ("elen" is electricity, and energy where no
  // electricity line exists): that is declared by `within`, and no other word is shared.
  const within = new Map((conceptsFile.concepts as { name: string; within?: string }[]).filter((concept) => concept.within).map((concept) => [concept.name, concept.within!]));

  it('gives no word to two concepts, so a word never names two kinds of line, except a narrower concept\'s within its broader one', () => {
    const owners = new Map<string, Set<string>>();
    for (const { name, word } of entries) owners.set(foldText(word), (owners.get(foldText(word)) ?? new Set()).add(name));
    const declared = (names: Set<string>) => names.size === 2 && [...names].some((name) => names.has(within.get(name) ?? ''));
    const shared = [...owners].filter(([, names]) => names.size > 1 && !declared(names)).map(([word, names]) => `${word}: ${[...names].join(', ')}`);
    expect(shared).toEqual([]);
    expect(within.size).toBeGreaterThan(0);
    expect([...within.values()].filter((broader) => !conceptsFile.concepts.some((concept) => concept.name === broader))).toEqual([]);
  });
});
