// The weekly digest as a pure function of records: what it ranks, what it leaves
// out, that every number in it is backed, and that a quiet week is one line.
import { describe, expect, it } from 'vitest';
import { buildWeeklyDigest, type WeeklyDigestInput } from '../../../src/core/digests/build-weekly-digest.js';
import { digestSchema } from '../../../src/core/digests/digest.js';
import type { FigureRecord, LineItemRecord, NoteRecord, OrganisationRecord } from '../../../src/core/figures/records.js';
import type { StoredDraft } from '../../../src/core/drafting/draft-store.js';
import { checkAnswerNumbers } from '../../../src/core/guard/check-answer-numbers.js';
import { Dec } from '../../../src/core/numbers/decimal.js';
import type { Measure } from '../../../src/core/figures/vocabulary.js';

const board: OrganisationRecord = { id: 1, name: 'Socialnämnden', kind: 'board', parentId: null, reportUnit: 'mnkr', aliases: [] };
const unit: OrganisationRecord = { id: 2, name: 'Individ- och familjeomsorg', kind: 'unit', parentId: 1, reportUnit: 'mnkr', aliases: [] };
const item = (id: number, organisationId: number, name: string, kind: LineItemRecord['kind'], better: LineItemRecord['better'] = 'higher', parentId: number | null = null): LineItemRecord => ({ id, organisationId, name, key: name.toLowerCase(), kind, parentId, sortOrder: id, better });
const ITEMS = [
  item(10, 1, 'Verksamhetens kostnader', 'cost'),
  item(11, 1, 'Personalkostnader', 'cost', 'higher', 10),
  item(12, 1, 'Köpt verksamhet', 'cost', 'higher', 10),
  item(13, 1, 'Intäkter', 'income'),
  item(20, 2, 'Placeringar', 'cost'),
  item(30, 1, 'Sjukfrånvaro', 'kpi', 'lower'),
  item(31, 1, 'Nöjda brukare', 'kpi', 'higher'),
];
const batch = 1;
const figure = (lineItemId: number, month: number, measure: Measure, value: string, figureUnit: FigureRecord['unit'] = 'mnkr'): FigureRecord => ({ lineItemId, period: { year: 2024, month }, measure, breakdownGroup: '', breakdown: '', value: new Dec(value), unit: figureUnit, decimals: 1, madeIn: null, source: `rapport-2024-${month}.pdf`, section: '', remark: '', batchId: month === 8 ? batch : 99 });
const FIGURES: FigureRecord[] = [
  figure(11, 8, 'actual', '-412.4'), figure(11, 8, 'budget', '-400.0'), figure(11, 6, 'actual', '-300.1'), figure(11, 6, 'budget', '-296.0'),
  figure(12, 8, 'actual', '-95.2'), figure(12, 8, 'budget', '-98.3'),
  figure(13, 8, 'actual', '40.0'), figure(13, 8, 'budget', '39.5'),
  figure(20, 8, 'actual', '-61.0'), figure(20, 8, 'budget', '-53.0'),
  figure(11, 8, 'forecast', '-615.0'), figure(11, 6, 'forecast', '-608.5'),
  figure(10, 8, 'actual', '-507.6'), figure(10, 8, 'budget', '-498.3'),
  figure(30, 8, 'actual', '8.4', '%'), figure(30, 8, 'target', '7.0', '%'),
  figure(31, 8, 'actual', '91', '%'), figure(31, 8, 'target', '85', '%'),
];
const draft = { id: 17, organisationId: 1, organisation: 'Socialnämnden', lineItemId: null, item: null, period: { year: 2024, month: 8 }, language: 'sv', text: '…', status: 'draft', engine: 'offline', evidence: { facts: [], derivations: [], quotes: [], names: [], missingCauses: [] }, createdBy: 'slack:U0KARL', createdAt: new Date('2026-11-20T09:00:00Z'), approvedBy: null, approvedAt: null, revisesId: null } satisfies StoredDraft;
const note: NoteRecord = { id: 1, organisationId: 2, lineItemId: 20, period: { year: 2024, month: 8 }, text: 'Fler placeringar av barn och unga än budgeterat.', author: 'Controller', source: 'rapport', createdAt: new Date('2026-11-01T00:00:00Z') };

function input(overrides: Partial<WeeklyDigestInput> = {}): WeeklyDigestInput {
  return { week: '2026-W48', language: 'sv', root: board, includeSubUnits: true, organisations: [board, unit], items: ITEMS, figures: FIGURES, notes: [note], draftsWaiting: [draft], batchesSince: [{ id: batch, fileName: 'socialnamnden-2024-08.csv', importedAt: new Date('2026-11-19T10:00:00Z') }], since: new Date('2026-11-16T07:00:00Z'), ...overrides };
}
const lines = (digest: ReturnType<typeof buildWeeklyDigest>, key: string) => digest.sections.find((section) => section.key === key)?.lines ?? [];
const spaced = (text: string) => text.replace(/\u00A0/g, ' ');

describe('buildWeeklyDigest', () => {
  it('ranks leaf money lines by the size of their deviation, across organisations, and says the change since the report before', () => {
    const digest = buildWeeklyDigest(input());
    const deviations = lines(digest, 'deviations').map(spaced);
    // Placeringar −8,0 and Personalkostnader −12,4 are larger than Köpt verksamhet +3,1 and Intäkter +0,5; the total (Verksamhetens kostnader) is not ranked.
    expect(deviations.map((line) => line.split(',')[0]!.split(' (')[0])).toEqual(['Personalkostnader', 'Placeringar', 'Köpt verksamhet', 'Intäkter']);
    expect(deviations[0]).toContain('12,4 mnkr sämre än budget');
    expect(deviations[0]).toContain('−8,3 mnkr sedan rapporten för 2024-06');
    expect(deviations.join('\n')).not.toContain('Verksamhetens kostnader');
  });

  it('lists forecast changes, KPIs off target in their own direction, waiting drafts and unexplained deviations', () => {
    const digest = buildWeeklyDigest(input());
    expect(lines(digest, 'forecast_changes').map(spaced)).toEqual(['Personalkostnader, Socialnämnden: helårsprognos 615,0 mnkr (2024-06: 608,5 mnkr), ökning 6,5 mnkr']);
    // Sick leave above its target is off target; satisfied users above theirs are not.
    expect(lines(digest, 'kpis_off_target').map(spaced)).toEqual(['Sjukfrånvaro, Socialnämnden: 8,4 % mot målet 7,0 %']);
    expect(lines(digest, 'drafts_waiting')).toEqual(['Utkast 17 – Socialnämnden, 2024-08 (skapat 2026-11-20 av slack:U0KARL)']);
    // Placeringar has a note for 2024-08; Personalkostnader has none.
    const missing = lines(digest, 'causes_missing').join('\n');
    expect(missing).toContain('Personalkostnader');
    expect(missing).not.toContain('Placeringar');
    expect(lines(digest, 'new_figures')).toEqual(['socialnamnden-2024-08.csv (inläst 2026-11-19): rapport 2024-08 för Socialnämnden och Individ- och familjeomsorg']);
  });

  it('backs every number it writes with the digest’s own facts and derivations, as the guard checks them', () => {
    const digest = digestSchema.parse(buildWeeklyDigest(input()));
    expect(digest.guard.rejected).toEqual([]);
    expect(digest.guard.checked).toBeGreaterThan(10);
    const text = [digest.summary, ...digest.sections.flatMap((section) => section.lines)].join('\n');
    const names = [digest.title, 'Utkast 17', 'Socialnämnden', 'Individ- och familjeomsorg', 'socialnamnden-2024-08.csv'];
    expect(checkAnswerNumbers({ text, facts: digest.facts, derivations: digest.derivations, quotes: [], options: [], names }).rejected).toEqual([]);
    // Without its evidence the same text would be refused: the check is real.
    expect(checkAnswerNumbers({ text, facts: [], derivations: [], quotes: [], options: [], names }).rejected.length).toBeGreaterThan(5);
  });

  it('charts the ranked deviations in the organisation’s unit, unfavourable ones marked', () => {
    const chart = buildWeeklyDigest(input()).chart!;
    expect(chart).toMatchObject({ unit: 'mnkr', decimals: 1, language: 'sv' });
    expect(chart.bars.map((bar) => [bar.value, bar.unfavourable])).toEqual([['-12.4', true], ['-8', true], ['3.1', false], ['0.5', false]]);
  });

  it('says a quiet week in one line, and nothing else', () => {
    const digest = buildWeeklyDigest(input({ batchesSince: [], since: new Date('2026-11-21T00:00:00Z') }));
    expect(digest).toMatchObject({ nothingNew: true, sections: [], chart: null, facts: [] });
    expect(digest.summary).toBe('Inget nytt för Socialnämnden med underenheter sedan förra veckobrevet: inga nya siffror, utkast eller förklaringar.');
  });

  it('writes English when the subscription is in English', () => {
    const digest = buildWeeklyDigest(input({ language: 'en' }));
    expect(digest.title).toBe('Weekly digest week 48: Socialnämnden');
    expect(digest.sections.map((section) => section.heading)).toContain('Largest deviations against budget');
    expect(spaced(lines(digest, 'deviations')[0]!)).toContain('12,4 mnkr worse than budget');
  });

  it('ranks a sub-unit reported only by its result, but never a total against its parts', () => {
    const elderly: OrganisationRecord = { id: 3, name: 'Äldreomsorg', kind: 'unit', parentId: 1, reportUnit: 'mnkr', aliases: ['ÄO'] };
    const items = [...ITEMS, item(40, 3, 'Resultat', 'result'), item(41, 1, 'Resultat', 'result'), item(42, 2, 'Resultat', 'result')];
    const figures = [...FIGURES, figure(40, 8, 'actual', '-20.0'), figure(40, 8, 'budget', '-10.0'), figure(41, 8, 'actual', '-600.0'), figure(41, 8, 'budget', '-570.0'), figure(42, 8, 'actual', '-70.0'), figure(42, 8, 'budget', '-60.0')];
    const digest = buildWeeklyDigest(input({ organisations: [board, unit, elderly], items, figures }));
    const deviations = lines(digest, 'deviations').map(spaced);
    // Äldreomsorg has no income or cost lines: its result (−10,0) is its deviation. Socialnämnden's result (−30,0) is
    // the total of everything else, and Individ- och familjeomsorg's result repeats its Placeringar.
    expect(deviations.map((line) => line.split(' (')[0])).toEqual(['Personalkostnader, Socialnämnden', 'Resultat, Äldreomsorg', 'Placeringar, Individ- och familjeomsorg', 'Köpt verksamhet, Socialnämnden', 'Intäkter, Socialnämnden']);
    expect(digest.chart!.bars.map((bar) => bar.label)).toContain('Resultat (ÄO)');
  });

  it('covers only the organisation itself without sub-units', () => {
    const digest = buildWeeklyDigest(input({ includeSubUnits: false, organisations: [board] }));
    expect(lines(digest, 'deviations').join('\n')).not.toContain('Placeringar');
  });
});
