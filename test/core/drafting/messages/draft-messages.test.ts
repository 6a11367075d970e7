// The draft catalogue: Swedish and English have the same messages, each is called
// here, and none writes a number its arguments did not bring.
import { describe, expect, it } from 'vitest';
import type { DraftMessages } from '../../../../src/core/drafting/messages/draft-messages.js';
import { en } from '../../../../src/core/drafting/messages/en.js';
import { sv } from '../../../../src/core/drafting/messages/sv.js';
import { keyPaths, unbroughtDigits, type MessageSamples } from '../../../support/check-catalogue.js';

const ITEM = 'Personalkostnader';
const AMOUNT = '‹belopp›';
const WHEN = '‹januari–augusti›';
const PERIOD = '‹period›';
const PARTS = ['Alfa ‹belopp›', 'Beta ‹belopp›'];

const SAMPLES: MessageSamples<DraftMessages> = {
  missingCause: [[]],
  noFigures: [['Kommunstyrelsen', PERIOD]],
  nothingToExplain: [[ITEM, PERIOD]],
  netCost: [[AMOUNT]],
  deviationWithActual: [[ITEM, WHEN, AMOUNT, true, AMOUNT, ' (‹procent›)'], [ITEM, WHEN, AMOUNT, false, AMOUNT, '']],
  deviationOnly: [[ITEM, WHEN, true, AMOUNT, ''], [ITEM, WHEN, false, AMOUNT, ' (‹procent›)']],
  actualOnly: [[ITEM, WHEN, AMOUNT]],
  forecastSubject: [[]],
  forecastSubjectOf: [[ITEM]],
  changeAgainstLastYear: [['cost', true, AMOUNT], ['net_cost', false, AMOUNT], ['result', true, AMOUNT], ['amount', false, AMOUNT]],
  forecastInLine: [[]],
  forecastBalance: [[true, AMOUNT], [false, AMOUNT]],
  forecastIs: [['Helårsprognosen', AMOUNT, 'ett överskott']],
  forecastMeans: [['Helårsprognosen', 'ett överskott']],
  sinceForecastOf: [[PERIOD]],
  sincePreviousForecast: [[]],
  forecastChanged: [[AMOUNT, 'sedan föregående prognos']],
  forecastDeviationConsistsOf: [[PARTS], [[PARTS[0]!]]],
  deviationsMainlyIn: [[PARTS]],
  accordingTo: [[['Ekonomichefen', 'Förvaltningen'], '”Citat.”']],
  writeTheDraft: [[]],
  keepTheMarker: [['[ORSAK SAKNAS]']],
};

describe('draft message catalogue', () => {
  it('has the same messages in Swedish and English, each with a sample call', () => {
    expect(keyPaths(en)).toEqual(keyPaths(sv));
    expect(keyPaths(SAMPLES)).toEqual(keyPaths(sv));
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('writes no digit its arguments did not bring (%s)', (_language, catalogue) => {
    expect(unbroughtDigits(catalogue, SAMPLES)).toEqual([]);
  });

  it('writes a Swedish line name in lower case mid-sentence, an English one as it is', () => {
    expect(sv.forecastSubjectOf('Köpt Verksamhet')).toBe('Helårsprognosen för köpt verksamhet');
    expect(en.forecastSubjectOf('Köpt Verksamhet')).toBe('The full-year forecast for Köpt Verksamhet');
  });
});
