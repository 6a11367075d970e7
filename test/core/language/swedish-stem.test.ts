import { describe, it, expect } from 'vitest';
import { foldText } from '../../../src/core/language/fold-text.js';
import { swedishStem } from '../../../src/core/language/swedish-stem.js';

const stemOf = (word: string): string => swedishStem(foldText(word));

describe('swedishStem', () => {
  it.each([
    [['personalkostnaderna', 'personalkostnader', 'personalkostnadens', 'personalkostnad'], 'personalkostnad'],
    [['lönerna', 'löner', 'lön', 'lönen'], 'lon'],
    [['förvaltningens', 'förvaltningen', 'förvaltning'], 'forvaltning'],
    [['konsulterna', 'konsulter', 'konsult'], 'konsult'],
    [['intäkterna', 'intäkter', 'intäkt'], 'intakt'],
    [['kommunstyrelsens', 'kommunstyrelsen'], 'kommunstyrel'],
  ])('makes the forms of %j meet at %j', (forms, stem) => {
    for (const form of forms) expect(stemOf(form), form).toBe(stem);
  });

  it('meets the definite form of a neuter word in -o with the word ("nettot", "kontot")', () => {
    expect(swedishStem('nettot')).toBe(swedishStem('netto'));
    expect(swedishStem('kontot')).toBe(swedishStem('konto'));
    expect(swedishStem('resultatet')).toBe(swedishStem('resultat'));
  });

  it('turns the English plural "salaries" into "salary"', () => {
    expect(swedishStem('salaries')).toBe(swedishStem('salary'));
    expect(swedishStem('salaries')).toBe('salary');
  });

  it('meets English plurals with their singular', () => {
    expect(swedishStem('costs')).toBe(swedishStem('cost'));
    expect(swedishStem('consultants')).toBe(swedishStem('consultant'));
  });

  it('leaves a stem of at least three letters', () => {
    expect(swedishStem('lon')).toBe('lon');
    expect(swedishStem('hyra')).toBe('hyr');
    expect(swedishStem('ks')).toBe('ks');
  });

  it('strips a second ending that the first one uncovered', () => {
    // "enheterna" → "enhet" → "enh", where "enhet" and "enheten" also end.
    expect(stemOf('enheterna')).toBe('enh');
    expect(stemOf('enheten')).toBe('enh');
    expect(stemOf('enhet')).toBe('enh');
  });

  it('strips no more than two endings', () => {
    expect(swedishStem('budgetarnas')).toBe('budg');
    expect(swedishStem('aaaenenen')).toBe('aaaen');
  });

  it('keeps different words apart', () => {
    expect(stemOf('Konsultkostnader')).not.toBe(stemOf('Personalkostnader'));
    expect(stemOf('lokalhyror')).not.toBe(stemOf('lokaler'));
  });

  it.each([
    ['mobel', 'moblerna'],
    ['regel', 'regler'],
    ['kapitel', 'kapitlet'],
  ])('meets a noun in -el (%j) with its forms that drop the e (%j)', (base, inflected) => {
    expect(swedishStem(base)).toBe(swedishStem(inflected));
  });

  it('keeps a double l and a short word as they are ("tabell", "spel")', () => {
    expect(swedishStem('tabell')).toBe('tabell');
    expect(swedishStem('spel')).toBe('spel');
  });
});
