// Lines whose names are two letters ("El", "VA", "IT") are names like any other: a number written
// after such a name, as the report writes it, is that line's figure, not the line named before it.
// Written in lower case inside a sentence ("el" as a Slack "eller") the letters name nothing.
import { describe, expect, it } from 'vitest';
import { guardModelText, type TurnEvidence } from '../../../src/core/guard/guard-model-text.js';
import type { Fact } from '../../../src/core/answering/answer.js';

const fact = (item: string, measure: string, value: string): Fact => ({ org: 'Fastigheter Åby', item, measure, period: '2026-10', value, unit: 'mnkr', source: 'test' });

const EVIDENCE: TurnEvidence = {
  facts: [
    fact('Räntekostnader', 'actual', '-10.5'),
    fact('Räntekostnader', 'budget', '-9.0'),
    fact('El', 'actual', '-8.5'),
    fact('El', 'budget', '-7.0'),
    fact('VA', 'actual', '-2.4'),
    fact('VA', 'budget', '-2.0'),
  ],
  derivations: [],
  quotes: [],
  names: [],
};
const rejected = (text: string) => guardModelText(text, EVIDENCE).rejected.map((entry) => entry.text);

describe('two-letter line names in a checked text', () => {
  it.each([
    'Största kostnaderna hittills: Räntekostnader −10,5 mnkr, El −8,5 mnkr och VA −2,4 mnkr.',
    'Utfall hittills: El −8,5 mnkr mot budget −7,0 mnkr; Räntekostnader −10,5 mnkr mot budget −9,0 mnkr.',
    'Actual so far: interest costs are not listed here; El −8,5 mnkr, VA −2,4 mnkr.',
  ])('%j passes: each figure follows its own line', (text) => {
    expect(rejected(text)).toEqual([]);
  });

  it('still rejects a figure put under the wrong two-letter line', () => {
    expect(rejected('Utfall hittills: El −2,4 mnkr och VA −8,5 mnkr.').length).toBeGreaterThan(0);
  });
});
