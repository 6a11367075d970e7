import { describe, it, expect } from 'vitest';
import { cleanText, foldText, foldedWords } from '../../../src/core/language/fold-text.js';

const ZERO_WIDTH_SPACE = '\u200B';
const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const BYTE_ORDER_MARK = '\uFEFF';
const SOFT_HYPHEN = '\u00AD';

describe('foldText', () => {
  it.each([
    ['Förvaltningens', 'forvaltningens'],
    ['FÖRVALTNINGENS', 'forvaltningens'],
    ['forvaltningens', 'forvaltningens'],
    ['Länsteknik', 'lansteknik'],
    ['Tomtförsäljningar', 'tomtforsaljningar'],
    ['Alingsås kommun', 'alingsas kommun'],
    ['Sjukfrånvaro', 'sjukfranvaro'],
    ['Årsprognos', 'arsprognos'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds a decomposed ä (a + combining diaeresis) like a composed one', () => {
    expect(foldText('La\u0308nsteknik')).toBe(foldText('Länsteknik'));
  });

  it.each([
    ['a zero-width space', `Personal${ZERO_WIDTH_SPACE}kostnader`],
    ['a right-to-left override', `Personal${RIGHT_TO_LEFT_OVERRIDE}kostnader`],
    ['a byte order mark', `${BYTE_ORDER_MARK}Personalkostnader`],
    ['a soft hyphen', `Personal${SOFT_HYPHEN}kostnader`],
  ])('removes %s so the word stays whole', (_label, text) => {
    expect(foldText(text)).toBe('personalkostnader');
  });

  it('turns full-width digits and letters into ASCII', () => {
    expect(foldText('２０２４－０８')).toBe('2024-08');
    expect(foldText('ＫＳ')).toBe('ks');
  });
});

describe('cleanText', () => {
  it('keeps case and diacritics while removing invisible characters', () => {
    expect(cleanText(`Kommun${ZERO_WIDTH_SPACE}styrelsen i Alingsås`)).toBe('Kommunstyrelsen i Alingsås');
  });

  it('writes full-width digits as ASCII digits', () => {
    expect(cleanText('７０ ３２８ tkr')).toBe('70 328 tkr');
  });
});

describe('foldedWords', () => {
  it('splits a hyphenated compound into its parts', () => {
    expect(foldedWords('IT-kostnaderna')).toEqual(['it', 'kostnaderna']);
  });

  it('drops punctuation and empty words', () => {
    expect(foldedWords('  Hur går det för KS?  ')).toEqual(['hur', 'gar', 'det', 'for', 'ks']);
  });

  it('keeps digits as words of their own', () => {
    expect(foldedWords('Kontogrupp 13, T1')).toEqual(['kontogrupp', '13', 't1']);
  });

  it('does not split a word at a hidden zero-width space', () => {
    expect(foldedWords(`lön${ZERO_WIDTH_SPACE}erna`)).toEqual(['lonerna']);
  });
});
