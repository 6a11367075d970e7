// Short controller questions mix a report's Swedish names with English words ("möbler och
// utrustning forecast", "färdtjänst ytd vs bdgt") or English-looking abbreviations with Swedish
// ones ("it-utrustn prognos?"). The answer's language follows the words the asker chose: the
// lexicons' markers, then the words that lean to one language ("vs", "pls" to English, a line's
// Swedish word to Swedish); the names of the catalogue (organisations, their abbreviations, line
// names) are no markers, not even by their å, ä and ö; and "for" is English where the asker writes
// "för" with its ö, or any other word with a Swedish letter.
import { describe, expect, it } from 'vitest';
import type { OrganisationRecord } from '../../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation } from '../memory-figure-store.js';

const HOME = 'Servicekontoret';
const ORGANISATIONS: OrganisationRecord[] = [{ ...organisation(1, HOME, 'administration', null, 'mnkr'), aliases: ['SK'] }, organisation(2, 'Lokalförvaltningen', 'department', 1, 'mnkr')];
const LINES = ['Möbler och utrustning', 'Lönekostnader', 'IT-tjänster och licenser', 'Färdtjänst', 'Städning', 'IT-utrustning', 'Köpta tjänster'];
const ITEMS = [item(1, 1, 'Resultat', 'result'), item(2, 2, 'Resultat', 'result'), ...LINES.map((name, index) => item(10 + index, 1, name, 'cost'))];
const FIGURES = ITEMS.flatMap((line) => [figure(line.id, '2024-08', 'actual', '5'), figure(line.id, '2024-08', 'budget', '6'), figure(line.id, '2024-08', 'forecast', '9'), figure(line.id, '2024-08', 'budget_full_year', '8')]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('the answer language of a short mixed question', () => {
  it.each([
    'möbler och utrustning forecast?',
    'möbler & utrustning, variance?',
    'färdtjänst ytd vs bdgt',
    'färdtjänst invest forecast',
    'forecast for färdtjänst',
    'städning forecast pls',
    'städning vs budget pls',
    'lönekostnader vs budget ytd',
    'lönekostnader outturn?',
    'it-tjänster & licenser forecast',
    'hyreskostnadsutfallet ytd?',
    'licensprognosen ytd pls',
    'IT-utrustning fcst vs bdgt',
    'köpta tjänster spend so far',
    'köpta tjänster – any overspend?',
    'lokalförvaltningen budget for 2022?',
    'budget for färdtjänst 2024?',
    'SK status vs budget',
    'servicekontoret result vs budget?',
    'lokalförvaltningen forecast?',
  ])('answers %j in English', async (question) => {
    expect((await ask(store(), question, HOME)).language).toBe('en');
  });

  it.each([
    'it-utrustn prognos?',
    'möbler prognos?',
    'städning utfall vs budget?',
    'färdtjänst forecast för helåret?',
    'IT-tjänster prognos vs budget',
    'lönekostnader hittills?',
    'lönekostnader, prognos pls',
    'sk prognos 2024',
    'budget för städning',
    'köpta tjänster avvikelse?',
    'lokalförvaltningen mål?',
    'servicekontoret läget?',
    'städning - nåt att oroa sig för?',
    'möbler och utrustning, hur går det?',
    'färdtjänst',
    'städning vs budget',
    'lönekostnaderna vs budget',
    'köpta tjänster vs bdgt',
    'budget for stadning 2024?',
    'resultatprognosen vs aprilrapporten?',
    'lönekostnadsutfallet hittills?',
    'lönekostnadsutfallet?',
  ])('answers %j in Swedish', async (question) => {
    expect((await ask(store(), question, HOME)).language).toBe('sv');
  });
});
