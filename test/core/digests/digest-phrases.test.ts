// The fixed words of digests: the same phrases in Swedish and English, and no
// number a phrase did not get from its arguments.
import { describe, expect, it } from 'vitest';
import { DIGEST_PHRASES } from '../../../src/core/digests/digest-phrases.js';
import { describeSchedule } from '../../../src/core/digests/digest-subscription.js';
import { keyPaths, unbroughtDigits, type MessageSamples } from '../../support/check-catalogue.js';

const ORG = 'Socialnämnden';
const SAMPLES: MessageSamples<(typeof DIGEST_PHRASES)['sv']> = {
  title: [[47, ORG]],
  withSubUnits: null,
  opening: [[ORG, '‹rapport›']],
  nothingNew: [[ORG]],
  noFigures: [[ORG]],
  headings: { new_figures: null, deviations: null, forecast_changes: null, kpis_off_target: null, drafts_waiting: null, causes_missing: null },
  imported: [['‹fil›', '‹datum›', '‹rapporter›']],
  report: [['‹period›', ORG]],
  sinceReport: [['‹förändring›', '‹period›']],
  unchangedSinceReport: [['‹period›']],
  forecast: null,
  forecastChange: [['‹post›', '‹nu›', '‹före›', '‹period›', '‹förändring›']],
  increase: null,
  decrease: null,
  kpi: [['‹post›', '‹utfall›', '‹mål›']],
  draft: [[4711, ORG, '‹period›', '‹person›', '‹datum›']],
  noCause: null,
  chartTitle: [[ORG]],
  chartCaption: [['tkr']],
  weekdays: null,
  languageNames: { sv: null, en: null },
};

describe('digest phrases', () => {
  it('has the same phrases in Swedish and English', () => {
    expect(keyPaths(DIGEST_PHRASES.en)).toEqual(keyPaths(DIGEST_PHRASES.sv));
    expect(keyPaths(SAMPLES)).toEqual(keyPaths(DIGEST_PHRASES.sv));
    expect(DIGEST_PHRASES.en.weekdays).toHaveLength(7);
    expect(DIGEST_PHRASES.sv.weekdays).toHaveLength(7);
  });

  it.each(['sv', 'en'] as const)('writes no digit its arguments did not bring (%s)', (language) => {
    expect(unbroughtDigits(DIGEST_PHRASES[language], SAMPLES)).toEqual([]);
  });

  it('names a schedule with the weekday in the language asked for', () => {
    expect(describeSchedule({ weekday: 1, time: '08:00' }, 'sv')).toBe('måndag 08:00');
    expect(describeSchedule({ weekday: 7, time: '16:30' }, 'en')).toBe('Sunday 16:30');
  });
});
