// Item words a controller writes that the report spells otherwise: "res" for resultat,
// "ekbistånd" for ekonomiskt bistånd (Försörjningsstöd), "utomlänsintäkter" for intäkter
// från andra regioner, "FTE" for årsarbetare, "reno" for renovering, "patientfees" for
// patient fees. The lexicons' glossary gives the report's words, so each finds its line as
// the full Swedish word does. "res" is glossed in en.json because an English gloss replaces
// the written word: kept, "res" would also begin "Resor" and ask back.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const HOME = 'Vårdområde Norrby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'mnkr')];
const ITEMS = [
  item(10, 1, 'Periodens resultat', 'result'),
  item(11, 1, 'Resor', 'cost'),
  item(12, 1, 'Försörjningsstöd', 'cost'),
  item(13, 1, 'Intäkter från andra regioner', 'income'),
  item(14, 1, 'Summa intäkter', 'income'),
  item(15, 1, 'Årsarbetare', 'kpi'),
  item(16, 1, 'Antal anställda', 'kpi'),
  item(17, 1, 'Patientavgifter', 'income'),
  item(18, 1, 'Renovering vårdavdelning 4', 'investment'),
];
const money = (line: number, actual: string, budget: string, forecast: string) => [figure(line, '2026-06', 'actual', actual), figure(line, '2026-06', 'budget', budget), figure(line, '2026-06', 'forecast', forecast), figure(line, '2026-06', 'budget_full_year', budget)];
const FIGURES = [
  ...money(10, '12.5', '10', '20'),
  ...money(11, '3.5', '4', '7'),
  ...money(12, '41', '38', '83'),
  ...money(13, '95', '90', '188'),
  ...money(14, '400', '390', '810'),
  ...money(17, '22', '24', '45'),
  figure(18, '2026-06', 'forecast', '14'),
  figure(18, '2026-06', 'budget_full_year', '12'),
  figure(15, '2026-06', 'actual', '812', 'årsarbetare', 0),
  figure(15, '2026-06', 'prior_year_actual', '798', 'årsarbetare', 0),
  figure(16, '2026-06', 'actual', '905', 'st', 0),
  figure(16, '2026-06', 'prior_year_actual', '880', 'st', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const lineOf = async (question: string) => {
  const answer = await ask(store(), question, HOME);
  return { status: answer.status, items: [...new Set(answer.facts.map((fact) => fact.item))], text: plain(answer) };
};

describe('"res" as a short form of resultat', () => {
  it.each(['res hittills mot budget?', 'periodens res. prognos?', 'hur ser res ut?'])('%j answers the result line', async (question) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Periodens resultat']);
  });

  it('leaves "resorna" to the travel line', async () => {
    const { items } = await lineOf('vad har resorna kostat hittills?');
    expect(items).toEqual(['Resor']);
  });
});

describe('abbreviated and colloquial item words', () => {
  it.each(['ekbiståndet, utfall mot budget?', 'ek bistånd helårsprognos'])('%j answers Försörjningsstöd', async (question) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Försörjningsstöd']);
  });

  it.each(['utomlänsintäkterna hittills?', 'hur går utomregionala intäkter mot budget'])('%j answers the other regions’ income, not the total', async (question) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Intäkter från andra regioner']);
  });
});

describe('English item words', () => {
  it.each(['FTE jämfört med ifjol?', 'how many ftes compared to last year'])('%j answers Årsarbetare without asking back', async (question) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Årsarbetare']);
  });

  it('keeps "FTEs" a staffing word where no årsarbetare line exists', async () => {
    const elsewhere = new MemoryFigureStore([organisation(2, 'Servicekontoret Norrby', 'administration', null, 'mnkr')], [item(20, 2, 'Bemanning (månadsarbetare)', 'kpi'), item(21, 2, 'Resultat', 'result')], [figure(20, '2026-06', 'actual', '214', 'årsarbetare', 0), figure(21, '2026-06', 'actual', '1')], []);
    const answer = await ask(elsewhere, 'how many FTEs do we have?', 'Servicekontoret Norrby');
    expect(answer.facts.map((fact) => fact.item)).toEqual(['Bemanning (månadsarbetare)']);
  });

  it.each(['ward reno, forecast?', 'how is the refurb going against budget'])('%j answers the renovation project', async (question) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Renovering vårdavdelning 4']);
  });

  it.each(['patientfees so far vs budget?', 'patient charges, forecast?'])('%j answers Patientavgifter', async (question) => {
    const { status, items } = await lineOf(question);
    expect(status).toBe('answered');
    expect(items).toEqual(['Patientavgifter']);
  });
});
