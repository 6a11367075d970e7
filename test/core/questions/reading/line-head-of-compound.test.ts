import { describe, expect, it } from 'vitest';
import { lineHeadOfCompound } from '../../../../src/core/questions/reading/line-head-of-compound.js';

describe('lineHeadOfCompound', () => {
  it.each([
    ['bemanningsprognosen', 'bemanning'],
    ['investeringsutfallet', 'investering'],
    ['balanskravsresultatsprognosen', 'balanskravsresultat'],
    ['personalbudgeten', 'personal'],
  ])('gives %j its line word %j', (word, head) => {
    expect(lineHeadOfCompound(word)).toBe(head);
  });

  it.each([['prognosavvikelsen'], ['budgetavvikelsen'], ['arsprognosen'], ['personalkostnader']])('leaves %j alone: no line word before a follow-up word', (word) => {
    expect(lineHeadOfCompound(word)).toBeNull();
  });
});
