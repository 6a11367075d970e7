// The words of "Visa underlag": the same phrases in Swedish and English, and no
// number a phrase did not get from its arguments.
import { describe, expect, it } from 'vitest';
import { EVIDENCE_PHRASES, lineWords, type EvidencePhrases } from '../../../src/core/evidence/evidence-phrases.js';
import { keyPaths, unbroughtDigits, type MessageSamples } from '../../support/check-catalogue.js';

const SAMPLES: MessageSamples<EvidencePhrases> = {
  month: [[1], [5], [12]],
  actual: null,
  budget: null,
  fullYearBudget: null,
  forecast: null,
  madeIn: [['‹när›']],
  target: null,
  fullYearTarget: null,
  fullYear: null,
  deviation: null,
  forecastDeviation: null,
  inPercent: null,
  changeAgainst: [['‹när›']],
  changeSince: [['‹när›']],
  forecastChangeSince: [['‹när›'], [null]],
  share: null,
  budgetChange: null,
  roundingNote: [['‹angivet›', '‹formel›', '‹beräknat›']],
  warningNote: [['‹angivet›', '‹formel›', '‹beräknat›', '‹rader›']],
  flagNote: [['‹flagga›']],
  lines: [[[17]], [[17, 23]], [[17, 23, 42]]],
  derived: null,
  expressionWords: null,
};

describe('evidence phrases', () => {
  it('has the same phrases in Swedish and English', () => {
    expect(keyPaths(EVIDENCE_PHRASES.en)).toEqual(keyPaths(EVIDENCE_PHRASES.sv));
    expect(keyPaths(SAMPLES)).toEqual(keyPaths(EVIDENCE_PHRASES.sv));
  });

  it.each(['sv', 'en'] as const)('writes no digit its arguments did not bring (%s)', (language) => {
    expect(unbroughtDigits(EVIDENCE_PHRASES[language], SAMPLES)).toEqual([]);
  });

  it('names the import file lines a note is about, in each language', () => {
    expect(lineWords([12], 'sv')).toBe('rad 12');
    expect(lineWords([4, 3, 2], 'sv')).toBe('rad 4, 3 och 2');
    expect(lineWords([12], 'en')).toBe('line 12');
    expect(lineWords([12, 14], 'en')).toBe('lines 12 and 14');
  });
});
