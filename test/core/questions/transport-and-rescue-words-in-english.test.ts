// English questions about a public-transport or a rescue-services report use words the Swedish
// lines do not ("tram depot" for "Ny spårvagnsdepå", "call-outs" for "Antal räddningsinsatser",
// "patient travel" for a unit named Sjukresor). The glossary gives the Swedish words, so the line
// or unit meant is answered, never a total that a generic word beside them ("cost-wise") names.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const TRANSPORT = 'Trafikförvaltningen Älvby';
const RESCUE = 'Räddningstjänsten Åsvik';
const ORGANISATIONS = [
  organisation(1, TRANSPORT, 'administration', null, 'tkr'),
  organisation(2, 'Sjukresor Älvby', 'unit', 1, 'tkr'),
  organisation(3, 'Färdtjänst Älvby', 'unit', 1, 'tkr'),
  organisation(4, RESCUE, 'administration', null, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Summa kostnader', 'cost'),
  item(11, 1, 'Ny spårvagnsdepå Älvby', 'investment'),
  item(12, 1, 'Färjetrafik', 'cost'),
  item(20, 2, 'Nettokostnad', 'cost'),
  item(30, 3, 'Nettokostnad', 'cost'),
  item(31, 3, 'Antal färdtjänstresor', 'kpi'),
  item(40, 4, 'Summa kostnader', 'cost'),
  item(41, 4, 'Antal räddningsinsatser', 'kpi'),
  item(42, 4, 'Andel onödiga automatlarm', 'kpi'),
  item(43, 4, 'Ersättning deltidsbrandmän', 'cost'),
];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-05', 'actual', actual, 'tkr', 0), figure(line, '2026-05', 'budget', budget, 'tkr', 0)];
const FIGURES = [
  ...money(10, '500000', '480000'),
  ...money(11, '21000', '25000'),
  ...money(12, '14000', '13000'),
  ...money(20, '9100', '9500'),
  ...money(30, '16100', '15000'),
  figure(31, '2026-05', 'actual', '81000', 'st', 0),
  ...money(40, '90000', '88000'),
  figure(41, '2026-05', 'actual', '612', 'st', 0),
  figure(41, '2026-05', 'prior_year_actual', '570', 'st', 0),
  figure(42, '2026-05', 'actual', '41', '%', 0),
  ...money(43, '7600', '7000'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const linesOf = (answer: Awaited<ReturnType<typeof ask>>) => [...new Set(answer.facts.map((fact) => fact.item))];

describe('public-transport words in English', () => {
  it.each(["how's the tram depot doing cost-wise?", 'new tram depot vs budget'])('%j answers the depot investment', async (question) => {
    const answer = await ask(store(), question, TRANSPORT);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Ny spårvagnsdepå Älvby']);
  });

  it.each(['ferries actual vs budget?', 'how are the ferry services doing'])('%j answers the ferry line', async (question) => {
    const answer = await ask(store(), question, TRANSPORT);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Färjetrafik']);
  });

  it.each(['and patient travel, actual vs budget?', 'patient transport spend so far'])('%j at the patient-travel unit answers its own net cost', async (question) => {
    const answer = await ask(store(), question, 'Sjukresor Älvby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.org === 'Sjukresor Älvby')).toBe(true);
  });

  it('"paratransit" is färdtjänst, not the patient travel', async () => {
    const answer = await ask(store(), 'paratransit net cost vs budget?', TRANSPORT);
    expect(answer.status).toBe('answered');
    expect(answer.facts.every((fact) => fact.org === 'Färdtjänst Älvby')).toBe(true);
  });
});

describe('rescue-services words in English', () => {
  it.each(['how many call-outs so far vs last year?', 'number of rescue operations this year', 'callouts compared with last yr'])('%j answers the count of call-outs', async (question) => {
    const answer = await ask(store(), question, RESCUE);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Antal räddningsinsatser']);
  });

  it('"false alarms" is the share of unwanted automatic alarms', async () => {
    const answer = await ask(store(), 'share of false alarms?', RESCUE);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Andel onödiga automatlarm']);
  });

  it('"retained firefighters" are the part-time firefighters', async () => {
    const answer = await ask(store(), 'pay for retained firefighters vs budget', RESCUE);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Ersättning deltidsbrandmän']);
  });
});
