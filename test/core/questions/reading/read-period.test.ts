import { describe, it, expect } from 'vitest';
import { loadLexicon } from '../../../../src/core/questions/lexicon/load-lexicon.js';
import { readPeriod, type PeriodRequest } from '../../../../src/core/questions/reading/read-period.js';
import { tokenizeQuestion } from '../../../../src/core/questions/reading/tokenize-question.js';

function periodOf(question: string): PeriodRequest {
  return readPeriod(tokenizeQuestion(question), loadLexicon());
}

describe('readPeriod', () => {
  describe('months', () => {
    it.each([
      ['Hur ligger personalkostnaderna i augusti?', 8],
      ['Utfall per april', 4],
      ['Hur såg det ut efter oktober?', 10],
      ['Staff costs in August', 8],
      ['Lönerna per sista mars', 3],
      ['Vad var resultatet i maj?', 5],
      ['Prognosen i juni', 6],
      ['Results through September', 9],
      ['Intäkterna per dec 2023', 12],
      ['Konsulterna i jan', 1],
      ['AUGUSTI', 8],
    ])('reads %j as month %i', (question, month) => {
      expect(periodOf(question).month).toBe(month);
    });

    // A short Swedish month name is no word in either language: an English preposition before it makes it a month
    // too, and so does "sista" ("per sista aug") or "utgången" ("per utgången av juni" reads "juni" by its full name).
    it.each([
      ['Staff costs through aug', 8],
      ['Sick leave as of okt', 10],
      ['Revenue in feb?', 2],
      ['Personalkostnader per sista aug', 8],
      ['Lönerna till och med sista nov', 11],
    ])('reads the short month name in %j as month %i', (question, month) => {
      expect(periodOf(question).month).toBe(month);
    });

    it.each([['Can we dec the budget?'], ['What did Jan say about the figures?'], ['Hur många sista dagar?']])('still finds no month in %j', (question) => {
      expect(periodOf(question).month).toBeNull();
    });

    it('reads an abbreviation before a year: "aug 2024" is August 2024', () => {
      expect(periodOf('Personalkostnader aug 2024')).toMatchObject({ month: 8, year: 2024 });
    });

    it.each([
      ['Hur mår ekonomin?'],
      ['Vad sa Jan om budgeten?'],
      ['Costs may rise this year'],
      ['Hur går det för Jan-Erik?'],
      ['Kan du visa konsultkostnaderna?'],
    ])('finds no month in %j', (question) => {
      expect(periodOf(question).month).toBeNull();
    });

    // The abbreviation "may" counts after "i" (Swedish "in"), but in English "I" is the
    // pronoun: "I may" is not the month of May.
    it('does not take the English "I may" for May', () => {
      expect(periodOf('Do you think I may go over budget?').month).toBeNull();
    });
  });

  describe('explicit periods and report names', () => {
    it('reads 2024-08 as August 2024', () => {
      expect(periodOf('Personalkostnader 2024-08')).toMatchObject({ month: 8, year: 2024 });
    });

    it('records the period text among the phrases', () => {
      expect(periodOf('Lönerna för 2024-08').phrases).toContain('2024-08');
    });

    it.each([
      ['Resultatet för T1', 4],
      ['Hur gick tertial 2?', 8],
      ['Prognos i delåret', 8],
      ['Enligt delårsrapporten', 8],
      ['Utfall Q3', 9],
      ['Hur såg första kvartalet ut?', 3],
      ['Results for the first half', 6],
      ['Enligt bokslutet', 12],
      ['Interim report figures', 8],
    ])('reads %j as month %i', (question, month) => {
      expect(periodOf(question).month).toBe(month);
    });

    it('prefers an explicit YYYY-MM to a report name', () => {
      expect(periodOf('T1 eller 2024-08?').month).toBe(8);
    });
  });

  describe('years', () => {
    it('reads a year alone without a month', () => {
      expect(periodOf('Hur gick 2023?')).toMatchObject({ month: null, year: 2023 });
    });

    it('reads a month and a year together', () => {
      expect(periodOf('i augusti 2024')).toMatchObject({ month: 8, year: 2024 });
    });

    it('leaves the year open when none is given', () => {
      expect(periodOf('i augusti').year).toBeNull();
    });

    it('takes the year asked about, not the one compared with', () => {
      expect(periodOf('Hur ser 2024 ut jämfört med 2023?')).toMatchObject({ year: 2024, priorYear: true });
    });

    // "jämfört med 2023" names the comparison year; the group that should carry it is
    // read from the wrong index of PRIOR_YEAR (the optional "(i )?" group comes first),
    // so 2023 is taken as the year asked about.
    it('does not take the comparison year for the year asked about when it comes first', () => {
      expect(periodOf('Kostnaderna jämfört med 2023 för 2024').year).toBe(2024);
    });

    it('asks about no particular year when the only year is the comparison year', () => {
      expect(periodOf('Hur ser personalkostnaderna ut jämfört med 2023?')).toMatchObject({ year: null, priorYear: true });
    });
  });

  describe('full year, prior year and previous report', () => {
    it.each(['Vad blir helåret?', 'Vad är årsprognosen?', 'Hur ser hela året ut?', 'What is the full year forecast?', 'Where will we be at year-end?', 'Hur landar vi?'])('reads %j as a full-year question', (question) => {
      expect(periodOf(question).fullYear).toBe(true);
    });

    it.each(['Jämfört med förra året?', 'Samma period förra året', 'Hur var det i fjol?', 'Compared with last year', 'Same period last year', 'Jämfört med föregående år'])('reads %j as a prior-year comparison', (question) => {
      expect(periodOf(question).priorYear).toBe(true);
    });

    it.each(['Vad har hänt sedan förra månaden?', 'Jämfört med förra rapporten', 'Against the previous report', 'What changed since last month?'])('reads %j as a comparison with the previous report', (question) => {
      expect(periodOf(question).previousReport).toBe(true);
    });

    it('sets none of the flags for a plain question', () => {
      expect(periodOf('Hur ligger vi till mot budget på personalkostnaderna?')).toMatchObject({ month: null, year: null, fullYear: false, priorYear: false, previousReport: false, phrases: [] });
    });

    it('does not read "förra året" as the full year', () => {
      expect(periodOf('Lönerna förra året').fullYear).toBe(false);
    });

    it('reads a month and a prior-year comparison together', () => {
      expect(periodOf('Lönerna i augusti jämfört med samma period förra året')).toMatchObject({ month: 8, priorYear: true, fullYear: false });
    });
  });
});

describe('readPeriod, a month written together with its report', () => {
  it('reads "sen marsrapporten" as a comparison with the March report', () => {
    expect(periodOf('prognosförbättringen sen marsrapporten?')).toMatchObject({ comparedMonth: 3, previousReport: true, month: null });
  });

  it.each([
    ['hur har prognosen ändrats sedan T1?', 4],
    ['why did the forecast drop since T1?', 4],
    ['förändring sen tertial 2?', 8],
  ])('reads a report named after "sedan"/"since" as the report to compare with, not the one asked about: %j', (question, comparedMonth) => {
    expect(periodOf(question)).toMatchObject({ comparedMonth, previousReport: true, month: null });
  });

  it('still reads a report named alone as the one asked about', () => {
    expect(periodOf('prognosen i T1?')).toMatchObject({ month: 4, previousReport: false });
  });

  it('reads "i augustirapporten" as the August report', () => {
    expect(periodOf('vad stod i augustirapporten om personalen?').month).toBe(8);
  });

  it('does not read a word that merely begins like a month ("majoriteten") as one', () => {
    expect(periodOf('majoriteten av kostnaderna').month).toBeNull();
  });
});

describe('readPeriod, two months', () => {
  it('reads "August vs September" as September compared with August', () => {
    expect(periodOf('What was the YTD deviation in August vs September?')).toMatchObject({ month: 9, comparedMonth: 8 });
  });
});

describe('readPeriod, the words controllers use for the full year and the year before', () => {
  it.each([['Personalkostnaderna HÅP?'], ['prognos helår för konsulterna'], ['årsutfallet för lönerna'], ['Staff costs, FY forecast?'], ['the year-end position for IT'], ['staff costs this financial year']])('reads %j as the full year', (question) => {
    expect(periodOf(question).fullYear).toBe(true);
  });

  it.each([['staff costs year on year'], ['revenue yoy'], ['ökningstakten för personalkostnaderna'], ['hur stor är nettokostnadsökningen?'], ['how much have net costs grown?'], ['net cost growth'], ['staff costs LY'], ['revenue vs PY'], ['lönerna, fg års utfall'], ['income, prior-year']])('reads %j as a comparison with the year before', (question) => {
    expect(periodOf(question).priorYear).toBe(true);
  });

  // The year-end report of last year is not December of this year: its figure is the latest report's prior-year full year.
  it.each([['Nettokostnaden i bokslutet i fjol?'], ['förra årets bokslut för försörjningsstödet'], ['fjolårets bokslut?']])('reads %j as last year\'s full year, not a report month', (question) => {
    expect(periodOf(question)).toMatchObject({ month: null, fullYear: true, priorYear: true });
  });

  it('keeps a year-end report of this year a report month: "bokslutet" alone is December', () => {
    expect(periodOf('Vad blev bokslutet?')).toMatchObject({ month: 12, priorYear: false });
  });

  it('does not read "i fjol" alone as the full year', () => {
    expect(periodOf('Personalkostnaderna i fjol?')).toMatchObject({ fullYear: false, priorYear: true });
  });
});

describe('readPeriod: the year-end, reports named after a comparison word, short months after an overview word', () => {
  it.each(['hur många har slutat sen årsskiftet?', 'personalen sedan nyår?', 'antal tjänster sedan början av året', 'headcount since the new year?', 'staff numbers since the start of the year', 'how many have left since jan?'])('reads %j as a comparison with the year-end, not a report month', (question) => {
    expect(periodOf(question)).toMatchObject({ sinceYearEnd: true, comparedMonth: null, previousReport: false, month: null });
  });

  it.each([
    ['prognosen vs T2?', 8],
    ['utfallet jmf med delårsrapporten', 8],
    ['prognosen mot marsrapporten?', 3],
    ['forecast versus the Q1 report', 3],
    ['result compared with the interim report?', 8],
    ['prognosen vs april', 4],
  ])('reads the report in %j as the one compared with (month %i), never the period asked about', (question, comparedMonth) => {
    expect(periodOf(question)).toMatchObject({ comparedMonth, previousReport: true, month: null });
  });

  it.each([
    ['status okt?', 10],
    ['overall status feb', 2],
    ['läget mar?', 3],
    ['siffrorna nov', 11],
  ])('reads the short month name in %j as month %i', (question, month) => {
    expect(periodOf(question).month).toBe(month);
  });

  it.each([
    ['the figures from the interim report?', 8],
    ['prognosen i delårsrapporten', 8],
    ['status in the Q2 report', 6],
  ])('still reads a report named without a comparison word (%j) as the period asked about', (question, month) => {
    expect(periodOf(question)).toMatchObject({ month, comparedMonth: null });
  });

  it.each(['sjukfrånvaron från januari till augusti', 'costs from January to August'])('reads %j as a span of months, not a comparison with the year-end', (question) => {
    expect(periodOf(question).sinceYearEnd).toBe(false);
  });

  it.each(['hur mår ekonomin?', 'status på jul-festen?', 'what is the status, may I ask?'])('finds no month in %j', (question) => {
    expect(periodOf(question).month).toBeNull();
  });
});

describe('readPeriod, a span of months', () => {
  it.each([
    ['personalkostnaderna jan-apr?', 4],
    ['utfall januari–april mot budget', 4],
    ['hur gick det jan till aug', 8],
    ['resultatet januari t.o.m. september', 9],
    ['net costs January to April', 4],
    ['costs jan through oct?', 10],
  ])('reads %j as the year so far through month %i, with nothing to compare with', (question, month) => {
    const period = periodOf(question);
    expect(period.month).toBe(month);
    expect(period.accumulated).toBe(true);
    expect(period.comparedMonth).toBeNull();
    expect(period.previousReport).toBe(false);
  });

  it('leaves no month of the span among the words that could name a line', () => {
    const tokens = tokenizeQuestion('hur går det jämfört med budgeten jan-apr');
    const period = readPeriod(tokens, loadLexicon());
    expect(tokens.map((token, index) => (period.positions.has(index) ? null : token.word)).filter((word) => word === 'jan' || word === 'apr')).toEqual([]);
  });

  it('still reads two months set against each other as a comparison', () => {
    expect(periodOf('prognosen april vs augusti').comparedMonth).toBe(4);
  });
});

describe('readPeriod, the new year as the end of this year', () => {
  // "Nyår" is the turn of the year: where we land by then is the full year; since then is the year so far.
  it.each([['hur ser lönerna ut till nyår?'], ['var är vi vid nyåret?'], ['prognos för IT innan årsskiftet'], ['staff costs by new year?'], ['where are we at the new year?']])('reads %j as the full year', (question) => {
    expect(periodOf(question).fullYear).toBe(true);
  });

  it.each([['kostnaderna sedan nyår'], ['lönerna efter nyår']])('still reads %j as no full-year question', (question) => {
    expect(periodOf(question).fullYear).toBe(false);
  });
});
