// The answer catalogue: Swedish and English say the same things (the same keys,
// group by group), every message has been called in these samples, and no message
// writes a number its arguments did not bring.
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../../src/core/figures/vocabulary.js';
import { en } from '../../../../src/core/questions/messages/en.js';
import type { MessageCatalogue } from '../../../../src/core/questions/messages/message-catalogue.js';
import { sv } from '../../../../src/core/questions/messages/sv.js';
import { keyPaths, unbroughtDigits, type MessageSamples } from '../../../support/check-catalogue.js';

// Names and figures without digits, and numbers unlike any a sentence would hard-code.
const ORG = 'Kommunstyrelsen';
const ITEM = 'Lokalkostnader';
const AMOUNT = '‹belopp›';
const OTHER = '‹annat belopp›';
const WHEN = '‹januari–augusti›';
const MONTH = '‹augusti›';
const YEAR = 1987;
const PERIOD = { year: 1987, month: 8 };
const NAMES = ['Alfa', 'Beta', 'Gamma'];

const SAMPLES: MessageSamples<MessageCatalogue> = {
  list: [[[]], [['Alfa']], [NAMES]],
  month: [[PERIOD], [{ year: 1987, month: 1 }], [{ year: 1987, month: 12 }]],
  direction: [['better', 'budget'], ['worse', 'target'], ['level', 'full_year_budget']],
  unchanged: [[]],
  balance: [['surplus'], ['deficit']],
  measure: MEASURES.map((measure) => [measure] as const),
  noMeasure: MEASURES.map((measure) => [measure] as const),
  noNotes: [[ORG]],
  noRiskNotes: [[ORG, ITEM], [ORG, null]],
  notesHeading: [[ORG, PERIOD]],
  overviewHeading: [[ORG, PERIOD]],
  overviewNoResult: [[ORG]],
  rollupHeading: [[ORG, NAMES, PERIOD]],
  rollupLine: [[ITEM, [AMOUNT, OTHER]]],
  rollupActual: [[AMOUNT, OTHER], [AMOUNT, null]],
  rollupDeviation: [[AMOUNT, 'bättre']],
  rollupForecastDeviation: [[AMOUNT, 'bättre']],
  rollupMissing: [[NAMES]],
  forecastPercent: [[AMOUNT]],
  noFiguresInTree: [[ORG]],
  coverageReports: [[ORG, NAMES]],
  coverageSection: [['economy', NAMES, true], ['kpi', NAMES, false], ['investments', [], false]],
  coverageNoOwnFigures: [[ORG]],
  coverageUnits: [[NAMES]],
  help: [[ORG]],
  refusedInstructions: [[]],
  causesWhere: [[ITEM, ORG, PERIOD], [null, ORG, PERIOD]],
  noCause: [[ORG]],
  causesOnRecordFor: [[NAMES]],
  askResponsibleManager: [[]],
  causesAccordingTo: [[NAMES]],
  moreNotes: [[]],
  question: {
    unknownAsker: [[]],
    denied: [[]],
    unknownHome: [[ORG]],
    tooLong: [[4711]],
    rateLimited: [[37]],
    overloaded: [[1]],
    storeBusy: [[30]],
    whichOne: [[NAMES]],
    whichOrganisation: [[NAMES]],
    whatToLookAt: [[ORG, NAMES], [ORG, []]],
    whichLine: [[ORG, NAMES]],
    belongsTo: [[ORG, 'Regionen']],
    figuresReportedBy: [[ORG, 'Kultur']],
    figureOfSubUnit: [[ORG, 'Kultur']],
    noFigureButNotes: [[ORG]],
    noReportFor: [[ORG, MONTH, [MONTH, WHEN]]],
    kpiFromNextReport: [[ORG, MONTH, WHEN]],
    lineOfAnotherUnit: [[ORG, ITEM, 'Kultur']],
    noSuchLine: [[ORG, NAMES]],
    noFiguresFor: [[ORG, NAMES], [ORG, []]],
    noPeers: [[ORG]],
    unverified: [[]],
  },
  figure: {
    forecastMadeIn: [[MONTH]],
    forecastIs: [[ITEM, ORG, YEAR, ' (gjord i …)', AMOUNT], [ITEM, ORG, YEAR, '', AMOUNT]],
    againstFullYearBudget: [[AMOUNT]],
    actualSoFar: [[WHEN, AMOUNT]],
    actualSoFarAppended: [[WHEN, AMOUNT]],
    forecastDeviationOnly: [[ITEM, ORG, MONTH, AMOUNT]],
    fullYearBudgetIs: [[ITEM, ORG, YEAR, AMOUNT]],
    forecastBeside: [[AMOUNT]],
    changeBy: [[true, AMOUNT], [false, AMOUNT]],
    priorYearComparison: [[ITEM, AMOUNT, OTHER, YEAR, 'en ökning', ' (‹procent›)'], [ITEM, AMOUNT, OTHER, YEAR, 'oförändrat', '']],
    forecastAgainstPriorFullYear: [[ITEM, AMOUNT, OTHER, YEAR, 'en ökning', ' (‹procent›)']],
    reportedChangeOnly: [[ITEM, YEAR, 'en ökning']],
    actualIs: [[ITEM, AMOUNT]],
    againstBudget: [[AMOUNT]],
    deviationFromBudget: [[]],
    noPercentWithoutBudget: [[]],
    noPeriodBudget: [[]],
    deviationOnly: [[ITEM, AMOUNT]],
    shareUsed: [[WHEN, AMOUNT, OTHER]],
    forecastWithoutFullYearBudget: [[AMOUNT]],
    forecastDeviationReported: [[AMOUNT]],
    forecastAgainstFullYearBudget: [[AMOUNT, OTHER, 'bättre']],
    overFullYearBudget: [[WHEN, AMOUNT]],
    leftOfFullYearBudget: [[AMOUNT]],
    instructionsIgnored: [[]],
    noEarlierReport: [['helårsprognos', ITEM, ORG, MONTH]],
    reportedForecastChange: [[ITEM, ORG, MONTH, AMOUNT]],
    movedBy: [['deviation', true, AMOUNT], ['deviation', false, AMOUNT], ['amount', true, AMOUNT], ['amount', false, AMOUNT], ['amount', true, AMOUNT, false], ['amount', false, AMOUNT, true]],
    againstPreviousReport: [[ITEM, ORG, 'utfall', AMOUNT, MONTH, OTHER, WHEN, 'upp']],
    missingMeasure: [[ITEM, ORG, MONTH, 'ingen helårsprognos', NAMES]],
    noFigures: [[ITEM, ORG, MONTH, ['‹period›']], [ITEM, ORG, null, []]],
  },
  kpi: {
    notBrokenDown: [[ITEM, ORG, NAMES], [ITEM, ORG, []]],
    breakdown: [[]],
    percentagePoints: [[]],
    indexPoints: [[]],
    pieces: [[]],
    changeAgainstSamePeriod: [[YEAR, AMOUNT, ' procentenheter']],
    changeSinceReference: [['december 2020', AMOUNT, ' st']],
    noChangeSinceYearEnd: [['december 2020']],
    forecastForYear: [[YEAR]],
    asOf: [[MONTH]],
    target: [[AMOUNT, ' st'], [AMOUNT, '']],
    inLineWithTarget: [[]],
    noTarget: [[]],
    targetForYear: [[AMOUNT, '', YEAR], [AMOUNT, ' st', YEAR]],
    soFarAgainstTarget: [[AMOUNT]],
    laterTargetMetAlready: [[YEAR]],
    noValueYetTarget: [[ITEM, ORG, MONTH, AMOUNT, '', YEAR]],
    rankedBreakdowns: [[ITEM, 'Identifierad risk', ORG, MONTH, true, true], [ITEM, '', ORG, MONTH, false, false]],
    unchangedSinceLastYear: [[]],
    higherOrLowerNow: [[AMOUNT, ' procentenheter', true], [AMOUNT, '', false]],
    priorYear: [[true, YEAR, AMOUNT, '', ''], [false, YEAR, AMOUNT, ' st', ', oförändrat']],
  },
  ranking: {
    dimension: [['items'], ['units'], ['projects'], ['mixed']],
    noBudgets: [['enheter', ORG]],
    noPriorYear: [[2025, 'poster', ORG]],
    noProjects: [[ORG]],
    noDeviations: [['any', 'poster', ORG], ['worse', 'enheter', ORG], ['better', 'investeringsprojekt', ORG]],
    forecastAsOf: [[MONTH]],
    deviationsInOrder: [['items', ORG, 'worse'], ['units', ORG, 'better'], ['projects', ORG, 'worse'], ['mixed', ORG, 'better']],
    largestChangesSince: [['better', MONTH, 'items', ORG], ['worse', MONTH, 'units', ORG], ['any', MONTH, 'mixed', ORG]],
    largestDeviations: [['worse', 'items', ORG], ['better', 'projects', ORG], ['any', 'mixed', ORG]],
    samePeriodLastYear: [[YEAR, AMOUNT, ', ‹förändring›'], [YEAR, AMOUNT, '']],
    fullYearForecast: [[]],
    besideForecast: [[AMOUNT]],
    actualFor: [[WHEN]],
    fullYearBudget: [[]],
    periodBudgetFor: [[WHEN]],
    largestIncreaseFirst: [[YEAR, 'poster', ORG, 'helårsprognos']],
    largestFirst: [['poster', ORG, 'helårsprognos']],
    unitsLargestFirst: [[ORG, 'helårsprognos']],
    unitsLargestIncreaseFirst: [[YEAR, ORG, 'helårsprognos']],
    samePeriodLastYearWords: [[]],
    changeBy: [[true, AMOUNT], [false, AMOUNT]],
    changeSince: [['forecast', AMOUNT, MONTH, OTHER, WHEN, 'oförändrat'], ['deviation', AMOUNT, MONTH, OTHER, WHEN, 'oförändrat']],
    projectsBehind: [[ORG, WHEN]],
    projectBehind: [[AMOUNT, OTHER, AMOUNT, ''], [AMOUNT, OTHER, AMOUNT, '; prognos …']],
    forecastUnder: [[AMOUNT, OTHER]],
  },
};

describe('answer message catalogue', () => {
  it('has the same keys in Swedish and English, group by group', () => {
    expect(keyPaths(en)).toEqual(keyPaths(sv));
    expect(keyPaths(sv).length).toBeGreaterThan(100);
  });

  it('has a sample call for every message, so the next check covers them all', () => {
    expect(keyPaths(sv)).toEqual(keyPaths(SAMPLES));
  });

  it.each([
    ['sv', sv],
    ['en', en],
  ] as const)('writes no digit its arguments did not bring (%s)', (_language, catalogue) => {
    expect(unbroughtDigits(catalogue, SAMPLES)).toEqual([]);
  });
});

describe('clarifying questions', () => {
  it.each([
    ['sv', sv, 'eller'],
    ['en', en, 'or'],
  ] as const)('offer their options as alternatives, "A, B eller C" (%s)', (_language, catalogue, or) => {
    for (const sentence of [catalogue.question.whichOne(NAMES), catalogue.question.whichOrganisation(NAMES), catalogue.question.whichLine(ORG, NAMES)]) {
      expect(sentence).toContain(`Alfa, Beta ${or} Gamma?`);
    }
    expect(catalogue.question.whichOne(['Alfa', 'Beta'])).toContain(`Alfa ${or} Beta?`);
  });
});

describe('the digit check', () => {
  it('catches a number a message writes on its own, and lets one through that an argument brought', () => {
    const catalogue = { limit: (maxLength: number) => `mer än ${maxLength} tecken`, invented: () => 'högst 2000 tecken', label: 'Fråga 3' };
    expect(unbroughtDigits(catalogue, { limit: [[4711]], invented: [[]] })).toEqual(['invented([]) writes 2000: högst 2000 tecken', 'label writes 3: Fråga 3']);
  });
});
