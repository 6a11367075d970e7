// What "Visa underlag" says about a stored figure: its label in both languages,
// the report and section it comes from, its notes, and the precision a converted
// figure keeps. Pure functions on records built here.
import { describe, expect, it } from 'vitest';
import { buildStatement } from '../../../src/core/figures/build-statement.js';
import type { FigureRecord, LineItemRecord, OrganisationRecord } from '../../../src/core/figures/records.js';
import { Dec } from '../../../src/core/numbers/decimal.js';
import { figureLabel, figureNotes, sourceName } from '../../../src/core/evidence/describe-figure.js';
import { derivationLabel } from '../../../src/core/evidence/describe-derivation.js';
import { presentEvidence } from '../../../src/core/evidence/present-evidence.js';
import { AnswerBuilder } from '../../../src/core/questions/answer-builder.js';

const plain = (text: string) => text.replace(/[\u00A0\u202F]/gu, ' ');
const august = { year: 2024, month: 8 };

function figure(overrides: Partial<FigureRecord>): FigureRecord {
  return { lineItemId: 1, period: august, measure: 'actual', breakdownGroup: '', breakdown: '', value: new Dec('-70328'), unit: 'tkr', decimals: 0, madeIn: null, source: '003_dc08f560d3ebe36d.txt', sourceTitle: 'Delårsbokslut augusti 2024, Kommunstyrelsen', section: 'Ekonomi > Drift', remark: '', batchId: 1, ...overrides };
}

describe('figureLabel', () => {
  it('says what a figure is and which period it covers, in Swedish and English', () => {
    const cases: Array<[Partial<FigureRecord>, string, string]> = [
      [{ measure: 'actual' }, 'Utfall jan–aug 2024', 'Actual Jan–Aug 2024'],
      [{ measure: 'budget_full_year' }, 'Helårsbudget 2024', 'Full-year budget 2024'],
      [{ measure: 'forecast', madeIn: { year: 2024, month: 7 } }, 'Helårsprognos 2024 (gjord jul 2024)', 'Full-year forecast 2024 (made Jul 2024)'],
      [{ measure: 'prior_year_actual' }, 'Utfall jan–aug 2023', 'Actual Jan–Aug 2023'],
      [{ measure: 'forecast_deviation' }, 'Prognosavvikelse mot helårsbudget 2024', 'Forecast deviation from the full-year budget 2024'],
      [{ measure: 'prior_year_change' }, 'Förändring mot jan–aug 2023', 'Change against Jan–Aug 2023'],
      [{ measure: 'target_full_year', reference: { year: 2026, month: 12 } }, 'Mål 2026', 'Target 2026'],
      [{ measure: 'actual', reference: { year: 2022, month: 12 } }, 'Utfall 2022', 'Actual 2022'],
      [{ measure: 'change', reference: { year: 2020, month: 12 } }, 'Förändring sedan dec 2020', 'Change since Dec 2020'],
      [{ measure: 'forecast_change', reference: null }, 'Prognosförändring sedan föregående prognos', 'Change of the forecast since the previous forecast'],
    ];
    for (const [overrides, swedish, english] of cases) {
      expect(figureLabel(figure(overrides), 'cost', 'sv')).toBe(swedish);
      expect(figureLabel(figure(overrides), 'cost', 'en')).toBe(english);
    }
    // A KPI is a level at its month, not a sum from January.
    expect(figureLabel(figure({ measure: 'actual', period: { year: 2024, month: 7 } }), 'kpi', 'sv')).toBe('Utfall jul 2024');
  });
});

describe('sourceName and figureNotes', () => {
  it('names the report and its section, not the file, unless the import named no report', () => {
    expect(sourceName(figure({}))).toBe('Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift');
    expect(sourceName(figure({ sourceTitle: '' }))).toBe('003_dc08f560d3ebe36d.txt › Ekonomi › Drift');
  });

  it('writes the checks that found a difference, and the flag, in the reader\'s language', () => {
    const checked = figure({
      measure: 'forecast_deviation',
      value: new Dec('1730'),
      flag: 'Tabellen anger tkr, texten mnkr.',
      checks: [{ relation: 'forecast_deviation', outcome: 'rounding', reported: new Dec('1730'), computed: new Dec('1731'), unit: 'tkr', decimals: 0, formula: '114\u00A0196 − 112\u00A0465', lines: [14, 11, 10], batchId: 1 }],
    });
    expect(figureNotes(checked, 'sv').map(plain)).toEqual(['rapporten anger 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, skillnaden är avrundning', 'Flaggat: Tabellen anger tkr, texten mnkr.']);
    const warned = figure({ checks: [{ relation: 'deviation', outcome: 'warning', reported: new Dec('1830'), computed: new Dec('1731'), unit: 'tkr', decimals: 0, formula: '114 196 − 112 465', lines: [4, 3, 2], batchId: 1 }] });
    expect(figureNotes(warned, 'en').map(plain)).toEqual(['the report states 1 830 tkr, but 114 196 − 112 465 = 1 731 tkr; the difference is more than rounding (lines 4, 3 and 2 of the import file)']);
  });
});

describe('a converted figure', () => {
  const organisation: OrganisationRecord = { id: 1, name: 'Regionkontoret', kind: 'administration', parentId: null, reportUnit: 'mnkr', aliases: [] };
  const item: LineItemRecord = { id: 1, organisationId: 1, name: 'Resultat', key: 'resultat', kind: 'result', parentId: null, sortOrder: 1, better: 'higher' };

  it('keeps its source\'s precision: −696 353 tkr is −696,4 mnkr, never −696,353 mnkr', () => {
    const row = buildStatement({ organisation, items: [item], period: { year: 2024, month: 10 }, figures: [figure({ measure: 'forecast', value: new Dec('-696353'), period: { year: 2024, month: 10 } })] }).rows[0]!;
    const builder = new AnswerBuilder('sv', () => organisation.name);
    expect(plain(builder.fact(1, 'Resultat', row.values.forecast!))).toBe('−696,4 mnkr');
    // "Visa underlag" shows it as the report printed it.
    expect(plain(builder.build('answered', 'x').facts[0]!.shown!)).toBe('−696 353 tkr');
  });

  it('is never shown finer than its source: 6,2 mnkr is 6 200 tkr', () => {
    const row = buildStatement({ organisation: { ...organisation, reportUnit: 'tkr' }, items: [item], period: august, figures: [figure({ measure: 'forecast_deviation', value: new Dec('6.2'), unit: 'mnkr', decimals: 1 })] }).rows[0]!;
    const builder = new AnswerBuilder('sv', () => organisation.name);
    expect(plain(builder.derived(row.forecastDeviation!, { decimals: 0 }))).toBe('6 200 tkr');
    expect(builder.build('answered', 'x').facts.map((fact) => fact.measure)).toEqual(['forecast_deviation']);
  });
});

describe('presentEvidence and derivationLabel', () => {
  it('writes a derivation in words, and falls back to the stored fields of older facts', () => {
    expect(derivationLabel('forecast − full-year budget (Personalkostnader, 2024-08)', 'sv')).toBe('Prognos − helårsbudget (Personalkostnader, aug 2024)');
    expect(derivationLabel('actual − prior-year actual (Personalkostnader, 2024-08)', 'en')).toBe('Actual − prior-year actual (Personalkostnader, Aug 2024)');
    const evidence = presentEvidence({
      language: 'sv',
      facts: [{ org: 'KS', item: 'Lön', measure: 'actual', period: '2024-08', value: '-70328', unit: 'tkr', source: 'rapport.txt (Drift)' }],
      derivations: [{ expression: 'actual − budget (Lön, 2024-08)', value: '5484', unit: 'tkr' }],
    });
    expect(evidence.facts).toEqual([{ what: 'KS › Lön', label: 'actual 2024-08', value: '-70328 tkr', source: 'rapport.txt (Drift)', notes: [] }]);
    expect(evidence.derivations).toEqual([{ what: 'Beräknat', label: 'Utfall − budget (Lön, aug 2024)', value: '5484 tkr', source: '', notes: [] }]);
  });
});
