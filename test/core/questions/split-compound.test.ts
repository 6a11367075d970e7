import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/core/questions/split-compound.js';

const KNOWN = ['antal', 'elever', 'grundskolan', 'gymnasieskolan', 'punktlighet', 'buss', 'bredbandsutbyggnad', 'investering'];

describe('splitCompound', () => {
  it.each([
    ['gymnasieelevantalet', ['gymnasieskolan', 'elever', 'antal']],
    ['busspunktligheten', ['buss', 'punktlighet']],
    ['bredbandsinvesteringen', ['bredbandsutbyggnad', 'investering']],
  ])('splits %j into the known words it is made of', (word, parts) => {
    expect(splitCompound(word, KNOWN)).toEqual(parts);
  });

  it('takes a last part of the same root in another word class for the known word', () => {
    expect(splitCompound('lararlegitimation', ['andel', 'legitimerade', 'larare'])).toEqual(['larare', 'legitimerade']);
  });

  it('does not take a mere prefix of a long word for a part ("over" of "overspend")', () => {
    expect(splitCompound('overspend', ['overformyndarsamverkan', 'spend'])).toBeNull();
  });

  it('does not take a short shared beginning for the same root', () => {
    expect(splitCompound('lararlegat', ['legitimerade', 'larare'])).toBeNull();
  });

  it('leaves a word it cannot split whole into known words', () => {
    expect(splitCompound('skolbygget', KNOWN)).toBeNull();
  });

  it.each([
    ['hyreskostnaderna', ['hyra', 'kostnader']],
    ['gatubelysningen', ['gata', 'belysning']],
  ])('reads a first part that lost its vowel to a link ("hyr-es-", "gat-u-") in %j', (word, parts) => {
    expect(splitCompound(word, ['hyra', 'kostnader', 'gata', 'belysning'])).toEqual(parts);
  });

  it('does not read a bare verb stem as the noun ("hyrpersonal" is hired staff, not rent)', () => {
    expect(splitCompound('hyrpersonalen', ['hyra', 'personal'])).toBeNull();
  });

  it('does not call a known word on its own a compound', () => {
    expect(splitCompound('punktlighet', KNOWN)).toBeNull();
  });
});

describe('splitCompound, a last part that is the head of a known compound', () => {
  it.each([
    ['bygglovstiden', ['handlaggningstid', 'bygglov'], ['bygglov', 'handlaggningstid']],
    ['vagkostnaden', ['driftkostnad', 'vag'], ['vag', 'driftkostnad']],
  ])('reads %j with the compound its last part ends', (word, known, parts) => {
    expect(splitCompound(word, known)).toEqual(parts);
  });

  it('needs a first part that is a word of its own, and a head of three letters or more', () => {
    expect(splitCompound('tiden', ['handlaggningstid'])).toBeNull();
    expect(splitCompound('bygglovsid', ['handlaggningsid', 'bygglov'])).toBeNull();
  });
});

describe('splitCompound, words written in full inside a word that only shares a root with one of them', () => {
  // "kvalitetsindex" shares a root with "kvalitetsarbete"; it is "kvalitet" + "index" all the same.
  const known = ['kvalitet', 'kvalitetsarbete', 'index', 'personalkostnader', 'personal'];
  const always = () => true;

  it.each([
    ['kvalitetsindex', ['kvalitet', 'index']],
    ['kvalitetsindexet', ['kvalitet', 'index']],
  ])('splits %j when asked to, and only then', (word, parts) => {
    expect(splitCompound(word, known, { wordsInFull: always })).toEqual(parts);
    expect(splitCompound(word, known)).toBeNull();
  });

  it('keeps the split only where the caller accepts those words together', () => {
    expect(splitCompound('kvalitetsindex', known, { wordsInFull: (parts) => !parts.includes('index') })).toBeNull();
  });

  it('leaves a known word, inflected or shortened, whole', () => {
    expect(splitCompound('personalkostnaderna', known, { wordsInFull: always })).toBeNull();
    expect(splitCompound('personalkostn', known, { wordsInFull: always })).toBeNull();
  });
});
