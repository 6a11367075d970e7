import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../../src/core/questions/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    'Hur ligger vi till mot budget på personalkostnaderna?',
    'Vad är årsprognosen för intäkterna?',
    'Varför avviker konsultkostnaderna?',
    'Vilka enheter går sämst?',
    'Hur hög är sjukfrånvaron?',
    'Hur ser lonerna ut hittills i ar?',
  ])('reads %j as Swedish', (question) => {
    expect(detectLanguage(question)).toBe('sv');
  });

  it.each([
    'How are staff costs doing against budget?',
    'What is the full-year forecast for income?',
    'Why are consultant costs over budget?',
    'Which units are doing worst?',
    'What is our sick leave in Länsteknik?',
  ])('reads %j as English', (question) => {
    expect(detectLanguage(question)).toBe('en');
  });

  it('answers a mixed question in Swedish when Swedish words weigh as much', () => {
    expect(detectLanguage('Vad är forecast för personalkostnaderna?')).toBe('sv');
  });

  it('answers a mostly English question with a Swedish line name in English', () => {
    expect(detectLanguage('What are the Personalkostnader for this year?')).toBe('en');
  });

  it.each(['', 'Lokalhyror 2024', 'KS', '?'])('defaults to Swedish for %j', (question) => {
    expect(detectLanguage(question)).toBe('sv');
  });

  it('lets å, ä or ö decide for Swedish when the words tie', () => {
    // Folded, "för" and "IT" give English two words ("for", "it") and Swedish one ("for"); the ö evens it, and a tie is Swedish.
    expect(detectLanguage('Budget för IT')).toBe('sv');
  });
});
