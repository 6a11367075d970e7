// The reviewed list of numbers in the seed reports that are not stored figures,
// each with its reason: section and page numbers, years, dates and names with
// digits; restatements and approximations of a figure stored from another place
// in the report (the test checks them against that figure); misprints recorded as
// a flagged note on the figure they belong to (the test checks the flag names them).

/** A stored figure an exclusion refers to. */
export interface FigureReference {
  readonly organisation: string;
  readonly item: string;
  readonly measure: string;
  readonly period?: string;
  readonly breakdown?: string;
  readonly reference?: string;
}

export interface NumberExclusion {
  /** The seed file, or '*' for every seed. */
  readonly seed: string;
  /** The section (with its subsections) the text is in; the whole report when absent. */
  readonly section?: string;
  /** The text as printed, whitespace collapsed; a pattern for a kind of text (years). */
  readonly text: string | RegExp;
  readonly kind: 'not a figure' | 'restatement' | 'approximation' | 'flagged';
  readonly reason: string;
  /** For a restatement, an approximation or a misprint: the stored figure. */
  readonly figure?: FigureReference;
}

const RK = '000_c522120b4861883b.txt';
const ITF = '001_77dc30a1c924902e.txt';
const LT = '002_55e9759e0f416098.txt';
const KS = '003_dc08f560d3ebe36d.txt';

export const SEED_NUMBER_EXCLUSIONS: readonly NumberExclusion[] = [
  { seed: '*', text: /(?<![\d,])(?:19|20)\d{2}(?!\d|,\d)/u, kind: 'not a figure', reason: 'a year (report period, column heading, a date)' },

  // Regionkontoret, January–October 2024
  { seed: RK, section: '1 Sammanfattning', text: '6,2 mnkr', kind: 'restatement', reason: 'the summary restates the forecast deviation of table 3.1.1', figure: { organisation: 'Regionkontoret', item: 'Resultat', measure: 'forecast_deviation', period: '2024-10' } },
  { seed: RK, section: '3 Ekonomi > 3.2 Prognos budgetavvikelse', text: '6 200 tkr', kind: 'restatement', reason: 'table 3.2 prints the forecast deviation of table 3.1.1 in tkr', figure: { organisation: 'Regionkontoret', item: 'Resultat', measure: 'forecast_deviation', period: '2024-10' } },
  { seed: RK, section: '3 Ekonomi > 3.2 Prognos budgetavvikelse', text: '+6,2 mnkr', kind: 'restatement', reason: 'the prose of 3.2 restates the forecast deviation of table 3.1.1', figure: { organisation: 'Regionkontoret', item: 'Resultat', measure: 'forecast_deviation', period: '2024-10' } },
  { seed: RK, text: /UR ?2(?![\d,])/u, kind: 'not a figure', reason: 'the name of an earlier follow-up report (uppföljningsrapport 2)' },

  // IT-förvaltningen, January–September 2024
  { seed: ITF, section: '1 Sammanfattning > Förvaltning', text: '31,2 mnkr', kind: 'restatement', reason: 'the summary restates the result deviation of the table per business area', figure: { organisation: 'IT-förvaltningen', item: 'Resultat', measure: 'deviation', period: '2024-09' } },
  { seed: ITF, section: '1 Sammanfattning > Förvaltning', text: '29,4 mnkr', kind: 'restatement', reason: 'the summary restates August\'s result deviation of the table per business area', figure: { organisation: 'IT-förvaltningen', item: 'Resultat', measure: 'deviation', period: '2024-08' } },
  { seed: ITF, section: '3 Ekonomisk uppföljning > Analys av utfall > Förvaltning', text: '31,2 mnkr', kind: 'restatement', reason: 'the analysis restates the result deviation of the table per business area (flagged: it calls the total the förvaltning\'s)', figure: { organisation: 'IT-förvaltningen', item: 'Resultat', measure: 'deviation', period: '2024-09' } },
  { seed: ITF, section: '3 Ekonomisk uppföljning > Analys av utfall > Förvaltning', text: '29,4 mnkr', kind: 'restatement', reason: 'the analysis restates August\'s result deviation', figure: { organisation: 'IT-förvaltningen', item: 'Resultat', measure: 'deviation', period: '2024-08' } },
  { seed: ITF, section: '3 Ekonomisk uppföljning > Analys av utfall > Utveckling', text: '0,6 mnkr', kind: 'restatement', reason: 'the analysis repeats the summary\'s extra project budget', figure: { organisation: 'IT-förvaltningen', item: 'Utvecklingskostnader', measure: 'budget_change', period: '2024-09' } },
  { seed: ITF, section: '3 Ekonomisk uppföljning > Prognos', text: '10 mnkr', kind: 'restatement', reason: 'the forecast section repeats the summary\'s forecast surplus (\'ca 10 mnkr\')', figure: { organisation: 'IT-förvaltningen', item: 'Resultat', measure: 'forecast_deviation', period: '2024-09' } },

  // Division Länsteknik, January–April 2021
  { seed: LT, section: 'Sammanfattning', text: '3 mnkr gentemot periodbudget', kind: 'restatement', reason: 'the summary rounds the period deviation of Periodens utfall (3,0 mnkr)', figure: { organisation: 'Division Länsteknik', item: 'Resultat', measure: 'deviation', period: '2021-04' } },
  { seed: LT, section: 'Sammanfattning > Ekonomiskt resultat', text: '+1,5 mnkr', kind: 'restatement', reason: 'the summary restates the outcome of Periodens utfall', figure: { organisation: 'Division Länsteknik', item: 'Resultat', measure: 'actual', period: '2021-04' } },
  { seed: LT, section: 'Sammanfattning > Ekonomiskt resultat', text: '3 mnkr bättre', kind: 'restatement', reason: 'the summary restates the period deviation of Periodens utfall', figure: { organisation: 'Division Länsteknik', item: 'Resultat', measure: 'deviation', period: '2021-04' } },
  { seed: LT, section: 'Sammanfattning > Ekonomiskt resultat', text: '8 mnkr', kind: 'restatement', reason: 'the summary restates the forecast of Periodens utfall', figure: { organisation: 'Division Länsteknik', item: 'Resultat', measure: 'forecast', period: '2021-04' } },
  { seed: LT, section: 'Årsprognos', text: '8 mnkr', kind: 'restatement', reason: 'Årsprognos restates the forecast of Periodens utfall', figure: { organisation: 'Division Länsteknik', item: 'Resultat', measure: 'forecast', period: '2021-04' } },
  { seed: LT, section: 'Väsentliga personalförhållanden', text: '1 procent', kind: 'approximation', reason: 'the staff section restates the summary\'s fall in sick leave (\'ca 1 procent\')', figure: { organisation: 'Division Länsteknik', item: 'Sjukfrånvaro', measure: 'prior_year_change', period: '2021-04' } },
  { seed: LT, text: 'T1', kind: 'not a figure', reason: 'the name of a period (tertial 1)' },
  { seed: LT, text: 'Windows 10', kind: 'not a figure', reason: 'the name of an operating system' },
  { seed: LT, text: 'rullande 12 mån', kind: 'not a figure', reason: 'the span of a rolling measure (12 months), a chart title' },
  { seed: LT, text: /[Cc]ovid-19/u, kind: 'not a figure', reason: 'part of the name covid-19' },
  { seed: LT, section: 'Kostnadsutveckling > Övriga kostnader', text: '0,4 mnkr', kind: 'restatement', reason: 'the prose on other costs names the covid-19 costs of the table below', figure: { organisation: 'Division Länsteknik', item: 'Övriga kostnader pga covid-19', measure: 'actual', period: '2021-04' } },
  { seed: LT, section: 'Investeringar > IT-investeringar', text: '202101–202004', kind: 'flagged', reason: 'a period written YYYYMM–YYYYMM, misprinted (April 2020 for April 2021); flagged on the IT investments', figure: { organisation: 'Division Länsteknik', item: 'IT-utrustning', measure: 'actual', period: '2021-04' } },

  // Kommunstyrelsen, January–August 2024
  { seed: KS, text: /Mål \d+\./u, kind: 'not a figure', reason: 'the number of a municipal goal' },
  { seed: KS, text: /Mål \d+ -/u, kind: 'not a figure', reason: 'the number of a goal of Agenda 2030' },
  { seed: KS, text: 'skala 1-6', kind: 'not a figure', reason: 'the scale of an indicator, part of its name' },
  { seed: KS, text: '16-84 år', kind: 'not a figure', reason: 'the age span of an indicator, part of its name' },
  { seed: KS, text: /kvartal [12]/u, kind: 'not a figure', reason: 'a quarter of the year, a date' },
  { seed: KS, text: 'Centrum 1:19', kind: 'not a figure', reason: 'a property designation' },
  { seed: KS, text: '31 augusti', kind: 'not a figure', reason: 'a date (the last day to apply for the grant)' },
  { seed: KS, text: '500 000 kronor', kind: 'not a figure', reason: 'the most an association can be granted for a sports ground, in the status of an assignment: a rule of a grant, not an outcome, budget or forecast of the follow-up' },
  { seed: KS, text: '1 januari', kind: 'not a figure', reason: 'a date (1 January, a start date)' },
  { seed: KS, text: '31 juli', kind: 'not a figure', reason: 'a date (31 July, the end of the sick-leave period)' },
  { seed: KS, text: 'dag 1 och 14', kind: 'not a figure', reason: 'the days of a sick period, a label' },
  { seed: KS, section: 'Personaluppföljning > Sjukfrånvaro', text: /<29 år|30-49 år|50 år>|Dag 1-14|Dag 15-59/u, kind: 'not a figure', reason: 'the label of a breakdown of sick leave (age group, sick period), stored as the breakdown\'s name' },
  { seed: KS, section: 'Personaluppföljning > Sjukfrånvaro', text: '0,48 %', kind: 'flagged', reason: 'the difference for men, printed with the wrong sign (3,3 % − 3,8 % is −0,5 %); flagged, not stored', figure: { organisation: 'Kommunledningskontoret', item: 'Sjukfrånvaro', measure: 'actual', period: '2024-07', breakdown: 'Män' } },
  { seed: KS, section: 'Ekonomi > Drift > Inledande sammanfattning', text: '9 900 tkr', kind: 'approximation', reason: 'the summary rounds the period result (\'ca 9 900 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Årets resultat', measure: 'actual', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Drift > Inledande sammanfattning', text: '9 600 tkr', kind: 'approximation', reason: 'the summary rounds the period deviation (\'ca 9 600 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Årets resultat', measure: 'deviation', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Drift > Prognos och prognosförändring', text: '1 700 tkr', kind: 'approximation', reason: 'the forecast prose rounds the forecast deviation of staff costs (\'ca 1 700 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Personalkostnader', measure: 'forecast_deviation', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Drift > Prognos och prognosförändring', text: '4 500 tkr', kind: 'approximation', reason: 'the forecast prose rounds the forecast deviation of purchased services (\'ca 4 500 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Köp av tjänster', measure: 'forecast_deviation', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Drift > Prognos och prognosförändring', text: '3 400 tkr', kind: 'approximation', reason: 'the forecast prose rounds the forecast deviation of other costs (\'ca 3 400 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Övriga kostnader', measure: 'forecast_deviation', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Investeringar > Prognos och prognosförändring', text: '35 300 tkr', kind: 'approximation', reason: 'the investment prose rounds the forecast (\'ca 35 300 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Totala utgifter', measure: 'forecast', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Investeringar > Prognos och prognosförändring', text: '36 300 tkr', kind: 'approximation', reason: 'the investment prose rounds the forecast deviation (\'ca 36 300 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Totala utgifter', measure: 'forecast_deviation', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Investeringar > Prognos och prognosförändring', text: '17 900 tkr', kind: 'approximation', reason: 'the investment prose rounds the forecast of expansion investments (\'ca 17 900 tkr\')', figure: { organisation: 'Kommunstyrelsen', item: 'Expansionsinvestering', measure: 'forecast', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Exploatering > Prognos och prognosförändring', text: '21 000 tkr', kind: 'approximation', reason: 'the prose rounds the income forecast (\'ca 21 000 tkr\')', figure: { organisation: 'Exploateringsverksamheten', item: 'Verksamhetens intäkter', measure: 'forecast', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Exploatering > Prognos och prognosförändring', text: 'ca 500 tkr', kind: 'approximation', reason: 'the prose rounds the forecast deviation of staff costs (\'ca 500 tkr\')', figure: { organisation: 'Exploateringsverksamheten', item: 'Personalkostnader', measure: 'forecast_deviation', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Exploatering > Prognos och prognosförändring', text: '10 600 tkr', kind: 'approximation', reason: 'the prose rounds the forecast of purchased services (10 555 tkr), without writing \'ca\'', figure: { organisation: 'Exploateringsverksamheten', item: 'Köp av tjänster', measure: 'forecast', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Exploatering > Prognos och prognosförändring', text: '1 500 tkr', kind: 'approximation', reason: 'the prose rounds the forecast deviation of purchased services (\'ca 1 500 tkr\')', figure: { organisation: 'Exploateringsverksamheten', item: 'Köp av tjänster', measure: 'forecast_deviation', period: '2024-08' } },
  { seed: KS, section: 'Ekonomi > Exploatering > Prognos och prognosförändring', text: '100 tkr', kind: 'approximation', reason: 'the prose rounds the forecast deviation of other costs (\'ca 100 tkr\')', figure: { organisation: 'Exploateringsverksamheten', item: 'Övriga kostnader', measure: 'forecast_deviation', period: '2024-08' } },
];
