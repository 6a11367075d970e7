// English words for what a culture and leisure administration's report calls in Swedish: "events"
// (evenemang), "pool" (badhus, bassäng), "renovation" (renovering) name its units and projects; and a
// project the question names by its own words is that project even when a unit is named beside it
// ("pool renovation": the parent's Renovering bassäng, not Badhuset, which reports no projects).
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Norrby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Fritidsförvaltningen Norrby', 'administration', 1, 'tkr'),
  organisation(3, 'Kultur och evenemang Norrby', 'business_area', 2, 'tkr'),
  organisation(4, 'Badhuset Norrby', 'business_area', 2, 'tkr'),
];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'cost'),
  item(11, 2, 'Renovering bassäng Norrby', 'investment'),
  item(12, 3, 'Nettokostnad', 'cost'),
  item(13, 4, 'Nettokostnad', 'cost'),
];
const FIGURES = [
  figure(10, '2026-05', 'forecast', '-50000', 'tkr', 0),
  figure(10, '2026-05', 'budget_full_year', '-49000', 'tkr', 0),
  figure(11, '2026-05', 'forecast', '9300', 'tkr', 0),
  figure(11, '2026-05', 'budget_full_year', '8000', 'tkr', 0),
  figure(12, '2026-05', 'forecast', '-4100', 'tkr', 0),
  figure(12, '2026-05', 'budget_full_year', '-4500', 'tkr', 0),
  figure(13, '2026-05', 'forecast', '-7700', 'tkr', 0),
  figure(13, '2026-05', 'budget_full_year', '-7000', 'tkr', 0),
];
const note = (id: number, organisationId: number, lineItemId: number, text: string): NoteRecord => ({ id, organisationId, lineItemId, period: parsePeriod('2026-05'), text, author: 'Controller', source: 'rapport.pdf', createdAt: new Date(0) });
const NOTES = [
  note(1, 2, 11, 'Renoveringen av bassängen blir dyrare eftersom rötskador hittades i bjälklaget.'),
  note(2, 2, 13, 'Badhusets underskott beror på att stora bassängen varit stängd.'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);
const orgs = async (question: string, home: string) => {
  const answer = await ask(store(), question, home);
  expect(answer.status).toBe('answered');
  return answer.facts.map((fact) => `${fact.org} / ${fact.item}`);
};

describe('English words for culture and leisure units and projects', () => {
  it.each(['events and culture, forecast?', 'how are culture and events doing?'])('%j is the events unit', async (question) => {
    expect(await orgs(question, 'Badhuset Norrby')).toContain('Kultur och evenemang Norrby / Nettokostnad');
  });

  it('reads "swimming pool" as the pool unit', async () => {
    expect(await orgs('swimming pool forecast?', 'Fritidsförvaltningen Norrby')).toContain('Badhuset Norrby / Nettokostnad');
  });

  it.each(['pool renovation forecast?', 'how is the refurbishment of the pool going, forecast?'])('%j is the parent\'s project', async (question) => {
    expect(await orgs(question, 'Fritidsförvaltningen Norrby')).toContain('Fritidsförvaltningen Norrby / Renovering bassäng Norrby');
  });

  it.each(['why is the pool renovation more expensive?', 'varför blir renoveringen av badhuset dyrare?'])('%j gives the project\'s cause, not the unit\'s', async (question) => {
    const answer = await ask(store(), question, 'Fritidsförvaltningen Norrby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('rötskador hittades');
    expect(plain(answer)).not.toContain('stora bassängen varit stängd');
  });
});
