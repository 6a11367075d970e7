// "Per" is written alike in English and Swedish ("cost per trip?", "kostnad per resa?"), so it is
// no sign of either language: a short English question with "per" is answered in English, and
// the Swedish one stays Swedish.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/questions/detect-language.js';

describe('"per" names no language', () => {
  it.each(['cost per trip?', 'net cost per resident?', 'costs per month?'])('reads %j as English', (question) => {
    expect(detectLanguage(question)).toBe('en');
  });

  it.each(['kostnad per resa?', 'nettokostnad per invånare?', 'vad kostar det per månad?'])('reads %j as Swedish', (question) => {
    expect(detectLanguage(question)).toBe('sv');
  });
});
