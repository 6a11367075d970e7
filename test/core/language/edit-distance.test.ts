import { describe, it, expect } from 'vitest';
import { editDistance, isNearWord, toleratedEdits } from '../../../src/core/language/edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['lansteknik', 'lansteknik', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['lokalhyror', 'lokalhyrr', 1], // deletion
    ['kommunstyrelsen', 'kommunstyrelssen', 1], // insertion
    ['konsult', 'konsalt', 1], // substitution
    ['personalkostnader', 'personalkostander', 1], // neighbours swapped
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
  ])('from %j to %j is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it('is symmetric', () => {
    expect(editDistance('forvaltningen', 'forvalningen')).toBe(editDistance('forvalningen', 'forvaltningen'));
  });

  it('counts a swap of neighbours as one edit, not two', () => {
    expect(editDistance('budegt', 'budget')).toBe(1);
  });

  it('stops at limit + 1 when the lengths alone differ by more than the limit', () => {
    expect(editDistance('it', 'kommunledningskontoret', 2)).toBe(3);
  });

  it('stops at limit + 1 when every alignment exceeds the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 1)).toBe(2);
  });

  it('returns the exact distance when it is within the limit', () => {
    expect(editDistance('lokalhyror', 'lokalhyrr', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
});

describe('toleratedEdits', () => {
  it('keeps two different nine-letter words apart ("bemanning", "bevakning")', () => {
    expect(isNearWord('bemanning', 'bevakning')).toBe(false);
  });

  it.each([
    [1, 0],
    [4, 0],
    [5, 1],
    [7, 1],
    [9, 1],
    [10, 2],
    [20, 2],
  ])('tolerates, for a word of %i letters, %i edits', (length, edits) => {
    expect(toleratedEdits(length)).toBe(edits);
  });
});

describe('isNearWord', () => {
  it.each([
    ['lon', 'lan'],
    ['ks', 'kf'],
    ['budg', 'bugd'],
    ['hyra', 'hyrr'],
  ])('takes only the exact word for the short word %j (not %j)', (word, target) => {
    expect(isNearWord(word, target)).toBe(false);
    expect(isNearWord(word, word)).toBe(true);
  });

  it('allows one typo in a word of five to seven letters', () => {
    expect(isNearWord('konsalt', 'konsult')).toBe(true);
    expect(isNearWord('konsaltt', 'konsult')).toBe(false);
    expect(isNearWord('kansalt', 'konsult')).toBe(false);
  });

  it('allows two typos in a word of eight letters or more', () => {
    expect(isNearWord('lansteknk', 'lansteknik')).toBe(true);
    expect(isNearWord('lamstekmk', 'lansteknik')).toBe(false);
    expect(isNearWord('personalkostander', 'personalkostnader')).toBe(true);
  });

  it('measures the tolerance by the shorter of the two words', () => {
    // "hyror" has five letters: one edit, though "hyrorna" is longer.
    expect(isNearWord('hyror', 'hyrorna')).toBe(false);
    expect(isNearWord('hyror', 'hyrora')).toBe(true);
  });
});
