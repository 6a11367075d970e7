// An English question may hold no English marker word at all: "ladder trucks?" or "ticket
// machines system" name a line by a phrase only the English glossary knows, and "truck" or
// "system" are Swedish words too. The glossary's phrase is the English evidence; a word a
// Swedish glossary phrase or marker also claims stays out of it.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/core/questions/detect-language.js';

describe('the answer language of a question named by an English glossary phrase', () => {
  it.each(['ladder trucks?', 'turntable ladder', 'ticket machines system', 'aerial appliance'])('answers %j in English', (question) => {
    expect(detectLanguage(question)).toBe('en');
  });

  it.each(['skolkort', 'biljettsystem, prognos?', 'höjdfordon utfall'])('still answers %j in Swedish', (question) => {
    expect(detectLanguage(question)).toBe('sv');
  });
});
