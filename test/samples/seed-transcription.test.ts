// Checks the sample data in data/samples/ against the four seed reports it was
// transcribed from (copies in test/fixtures/seeds/), figure by figure:
// - every table row of the reports is matched in the seed text with the stored
//   figures in the report's column order (the printed deviations and differences
//   are stored figures too); a column the sample does not store (a split sum, a
//   misprinted difference) must agree with the printed number within one unit of
//   its last digit;
// - every figure the prose states occurs in the seed text followed by its unit,
//   and its remark quotes the report's sentence that states it;
// - figures derived from the prose (period budgets, earlier forecasts) show their
//   arithmetic in `remark`, and every operand is printed in the report;
// - converted figures name the printed original in `remark`;
// - complete breakdowns add up, "varav" lines stay within their totals, and the
//   files obey the structural rules of docs/import-format.md.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/numbers/decimal.js';
import { parseSwedishNumber } from '../../src/core/numbers/parse-swedish-number.js';

const SAMPLES = new URL('../../data/samples/', import.meta.url);
const SEEDS = new URL('../fixtures/seeds/', import.meta.url);

const RK = 'regionkontoret-2024-10.csv';
const ITF = 'it-forvaltningen-2024-09.csv';
const LT = 'lansteknik-2021-04.csv';
const KS = 'kommunstyrelsen-2024-08.csv';

/** Each figures file and the seed report it transcribes. */
const SEED_OF: Readonly<Record<string, string>> = {
  [RK]: '000_c522120b4861883b.txt',
  [ITF]: '001_77dc30a1c924902e.txt',
  [LT]: '002_55e9759e0f416098.txt',
  [KS]: '003_dc08f560d3ebe36d.txt',
};
const FILES = Object.keys(SEED_OF);

const FIGURE_COLUMNS = ['organisation', 'period', 'item', 'parent_item', 'kind', 'order', 'measure', 'value', 'unit', 'better', 'breakdown_group', 'breakdown', 'made_in', 'reference', 'total', 'source', 'report', 'section', 'remark', 'flag'];
const ORGANISATION_COLUMNS = ['organisation', 'parent', 'kind', 'aliases', 'unit'];
const ORGANISATION_KINDS = ['region', 'municipality', 'administration', 'board', 'division', 'department', 'business_area', 'unit', 'programme'];
const ITEM_KINDS = ['income', 'cost', 'result', 'kpi', 'investment', 'investment_category'];
const MEASURES = ['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual', 'prior_year_full_year', 'target', 'target_full_year', 'deviation', 'forecast_deviation', 'deviation_percent', 'prior_year_change', 'prior_year_change_percent', 'change', 'change_percent', 'forecast_change', 'share', 'budget_change'];
/** The report names the sample gives each seed report. */
const REPORT_OF: Readonly<Record<string, string>> = {
  'regionkontoret-2024-10.csv': 'Månadsuppföljning oktober 2024, Regionkontoret',
  'it-forvaltningen-2024-09.csv': 'Månadsuppföljning september 2024, IT-förvaltningen',
  'lansteknik-2021-04.csv': 'Månadsuppföljning april 2021, Division Länsteknik',
  'kommunstyrelsen-2024-08.csv': 'Delårsbokslut augusti 2024, Kommunstyrelsen',
};
const UNITS = ['kr', 'tkr', 'mnkr', '%', 'st', 'index', 'årsarbetare', 'skala'];
const AMOUNT_MEASURES = ['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual', 'prior_year_full_year'];
const MONEY_EXPONENT: Readonly<Record<string, number>> = { kr: 0, tkr: 3, mnkr: 6 };

// ---------------------------------------------------------------------------
// Reading the files

type Row = Record<string, string>;

interface Figure {
  readonly file: string;
  readonly line: number;
  readonly organisation: string;
  readonly period: string;
  readonly item: string;
  readonly parentItem: string;
  readonly kind: string;
  readonly order: string;
  readonly measure: string;
  readonly text: string;
  readonly value: Dec;
  readonly decimals: number;
  readonly unit: string;
  readonly better: 'higher' | 'lower' | '';
  readonly breakdownGroup: string;
  readonly breakdown: string;
  readonly madeIn: string;
  readonly reference: string;
  readonly total: string;
  readonly source: string;
  readonly report: string;
  readonly section: string;
  readonly remark: string;
  readonly flag: string;
}

function readCsv(url: URL): { header: string[]; rows: Row[] } {
  const text = readFileSync(url, 'utf8');
  const header = (text.split(/\r?\n/, 1)[0] ?? '').split(';');
  const rows = parse(text, { delimiter: ';', columns: true, skip_empty_lines: true }) as Row[];
  return { header, rows };
}

function decimalsOf(text: string): number {
  const match = /,(\d+)\s*$/.exec(text.trim());
  return match ? match[1]!.length : 0;
}

function effectiveBetter(kind: string, better: string): 'higher' | 'lower' | '' {
  if (better === 'higher' || better === 'lower') return better;
  if (kind === 'kpi') return '';
  return kind === 'investment' || kind === 'investment_category' ? 'lower' : 'higher';
}

function readFigures(file: string): { header: string[]; figures: Figure[] } {
  const { header, rows } = readCsv(new URL(file, SAMPLES));
  const figures = rows.map((row, index): Figure => {
    const cell = (column: string): string => (row[column] ?? '').trim();
    return {
      file,
      line: index + 2,
      organisation: cell('organisation'),
      period: cell('period'),
      item: cell('item'),
      parentItem: cell('parent_item'),
      kind: cell('kind'),
      order: cell('order'),
      measure: cell('measure'),
      text: cell('value'),
      value: parseSwedishNumber(cell('value')),
      decimals: decimalsOf(cell('value')),
      unit: cell('unit'),
      better: effectiveBetter(cell('kind'), cell('better')),
      breakdownGroup: cell('breakdown_group'),
      breakdown: cell('breakdown'),
      madeIn: cell('made_in'),
      reference: cell('reference'),
      total: cell('total'),
      source: cell('source'),
      report: cell('report'),
      section: cell('section'),
      remark: cell('remark'),
      flag: cell('flag'),
    };
  });
  return { header, figures };
}

const organisationsCsv = readCsv(new URL('organisations.csv', SAMPLES));
const organisations = organisationsCsv.rows;
const figureFiles = new Map(FILES.map((file) => [file, readFigures(file)] as const));
const allFigures: Figure[] = [...figureFiles.values()].flatMap((f) => f.figures);

/** The seed text with every run of whitespace (line breaks included) turned into one space. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}
const seedText = new Map(FILES.map((file) => [file, normalise(readFileSync(new URL(SEED_OF[file]!, SEEDS), 'utf8'))] as const));
function seedOf(file: string): string {
  return seedText.get(file)!;
}
/** The seed text with words that the PDF extraction hyphenated across lines joined again ("helårsresul- tat"). */
const joinedSeedText = new Map(FILES.map((file) => [file, seedOf(file).replace(/(\p{L})- (\p{Ll})/gu, '$1$2')] as const));
/** Whether a quotation occurs in the seed report, as extracted or with hyphenated words joined. */
function quotedFrom(file: string, quote: string): boolean {
  return seedOf(file).includes(quote) || joinedSeedText.get(file)!.includes(quote);
}

const keyOf = (f: { organisation: string; period: string; item: string; measure: string; breakdownGroup: string; breakdown: string; reference?: string }): string =>
  [f.organisation, f.period, f.item, f.measure, f.breakdownGroup, f.breakdown, f.reference ?? ''].join(' / ');
const describeFigure = (f: Figure): string => `${f.file}:${f.line} ${keyOf(f)} = ${f.text} ${f.unit}`;

function figureIndex(file: string): Map<string, Figure> {
  return new Map(figureFiles.get(file)!.figures.map((f) => [keyOf(f), f] as const));
}
const indexes = new Map(FILES.map((file) => [file, figureIndex(file)] as const));

// ---------------------------------------------------------------------------
// Numbers as the reports print them

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Swedish report notation: hyphen for minus, space between thousands, decimal comma. */
function printed(value: Dec, decimals: number): string {
  const [whole = '0', fraction] = value.abs().toFixed(decimals).split('.');
  const body = `${whole.replace(/\B(?=(\d{3})+$)/g, ' ')}${fraction ? `,${fraction}` : ''}`;
  return value.isNegative() && !value.toDecimalPlaces(decimals).isZero() ? `-${body}` : body;
}

function convert(value: Dec, from: string, to: string): Dec {
  const shift = MONEY_EXPONENT[from]! - MONEY_EXPONENT[to]!;
  return value.mul(new Dec(10).pow(shift));
}

/** A number standing on its own: not the tail or head of a longer number. */
function standalone(absText: string): string {
  return `(?<![\\d,])${escapeRegExp(absText)}(?!\\d|,\\d)`;
}

/** One unit of the coarsest last digit among the printed number and the figures it derives from. */
function tolerance(...decimals: number[]): Dec {
  return new Dec(10).pow(-Math.min(...decimals));
}

const NUMBER = '([-+]?\\d{1,3}(?: \\d{3})*(?:,\\d+)?)';

// ---------------------------------------------------------------------------
// Table rows: a template per printed row. Literal text is matched as printed;
// {measure}, {measure@period}, {item|measure}, {measure#breakdown} are stored
// figures (a leading "-" means the report prints the opposite sign, ":tkr" that it
// prints another unit); {Δperiod}, {Δforecast}, {Δprior} are the columns the report derives
// (deviation, forecast deviation, difference against last year) and {Σname}
// a sum computed by the row. Derived columns must equal the printed number
// within one unit of the coarsest last digit involved.

interface Computed {
  readonly value: Dec;
  readonly decimals: number;
}

interface TableRow {
  readonly file: string;
  /** Text in the seed that comes before the row (a section heading or table header). */
  readonly after: string;
  readonly organisation: string;
  readonly period: string;
  readonly item: string;
  readonly breakdownGroup?: string;
  readonly breakdown?: string;
  readonly template: string;
  readonly sums?: Readonly<Record<string, readonly string[]>>;
  /** The report prints this derived column with the wrong sign; the figure's remark must say so. */
  readonly printedWithWrongSign?: { readonly token: string; readonly printed: string };
}

function rows(file: string, after: string, organisation: string, period: string, list: ReadonlyArray<readonly [string, string] | readonly [string, string, Partial<TableRow>]>): TableRow[] {
  return list.map(([item, template, extra]) => ({ file, after, organisation, period, item, template, ...extra }));
}

const DRIFT = '{budget_full_year} {forecast} {forecast_deviation} {actual} {prior_year_actual} {prior_year_change}';
const IT_ANALYSIS = '{actual} {budget} {deviation} {forecast} {budget_full_year} {prior_year_actual}';
const AREA = '{deviation} {deviation@2024-08}';
const SICK = '{actual} % {prior_year_actual} % {prior_year_change} %';
const INVESTMENT = '{actual} {budget_full_year} {forecast} {forecast_deviation}';

const TABLE_ROWS: TableRow[] = [
  // Regionkontoret, January–October 2024
  ...rows(RK, '2.1 Personalomsättning', 'Regionkontoret', '2024-10', [['Personalomsättning', 'Personalomsättning {actual} % {target} %']]),
  ...rows(RK, '2.2 Sjukfrånvaro', 'Regionkontoret', '2024-10', [['Sjukfrånvaro', 'Sjukfrånvaro {actual} % {target}']]),
  ...rows(RK, '3.1 Ackumulerad budgetavvikelse', 'Regionkontoret', '2024-10', [['Resultat', 'Ackumulerad budgetavvikelse {actual} tkr {budget} tkr {deviation} tkr']]),
  ...rows(RK, '3.1.1 Resultaträkning', 'Regionkontoret', '2024-10', [
    ['Resultat', 'Regionkontoret {-actual} {-budget} {deviation} {forecast_deviation}'],
    ['Resultat', 'Totalt {-actual} {-budget} {deviation} {forecast_deviation}'],
  ]),
  ...rows(RK, '3.2 Prognos budgetavvikelse Indikator', 'Regionkontoret', '2024-10', [['Resultat', 'Prognos budgetavvikelse {forecast} tkr {budget_full_year} tkr {forecast_deviation:tkr} tkr']]),
  ...rows(RK, '3.3 Investeringar', 'Regionkontoret', '2024-10', [
    ['Möbler och utrustning Regionkontoret', `Möbler och utrustning Regionkontoret ${INVESTMENT}`],
    ['Kustnära vandringsled', `Kustnära vandringsled ${INVESTMENT}`],
    ['Bredbandsutbyggnad i Halland', `Bredbandsutbyggnad i Halland ${INVESTMENT}`],
    ['Framtidens vårdinformationssystem, FVIS', `Framtidens vårdinformationssystem, FVIS ${INVESTMENT}`],
    ['IT-utrustning', `IT-utrustning ${INVESTMENT}`],
    ['Summa investeringar', `Summa ${INVESTMENT}`],
  ]),
  ...rows(RK, '3.3.1 Prognos investeringsbudgetavvikelse Årsprognos', 'Regionkontoret', '2024-10', [
    ['Summa investeringar', '{forecast:tkr} tkr {budget_full_year:tkr} tkr {forecast_deviation:tkr} tkr'],
  ]),

  // IT-förvaltningen, January–September 2024 (and August)
  ...rows(ITF, '2.1 Medarbetare', 'IT-förvaltningen', '2024-09', [
    ['Hållbart medarbetarengagemang (HME)', 'HME 2024 {forecast} {target_full_year} {prior_year_full_year}'],
    ['Bemanning (månadsarbetare)', 'Bemanning (månadsarbetare) Sep 2024 {actual} {target} Dec 2024 {forecast} {target_full_year} {prior_year_full_year}'],
    ['Sjukfrånvaro', 'Sjukfrånvaro Aug 2024 {actual@2024-08} % {target@2024-08} % Dec 2024 {forecast} % {target_full_year} % {prior_year_full_year} %'],
  ]),
  ...rows(ITF, 'Analys av utfall', 'IT-förvaltningen', '2024-09', [
    ['Verksamhetens intäkter', `Verksamhetens intäkter ${IT_ANALYSIS}`],
    ['Verksamhetens kostnader', `Verksamhetens kostnader ${IT_ANALYSIS}`],
    ['Personalkostnader', `varav Personalkostnader ${IT_ANALYSIS}`],
    ['Konsultkostnader', `Konsultkostnader ${IT_ANALYSIS}`],
    ['IT-tjänster, IT-program och licenser', `IT-tjänster, IT-program och licenser ${IT_ANALYSIS}`],
    ['Hyra, leasing inventarier', `Hyra, leasing inventarier ${IT_ANALYSIS}`],
  ]),
  ...rows(ITF, 'Resultatanalys per verksamhetsområde', 'IT-förvaltningen', '2024-09', [
    ['Resultat förvaltning', `- Ekonomi ${AREA}`, { organisation: 'Gemensamma tjänster – Ekonomi' }],
    ['Resultat förvaltning', `- HR ${AREA}`, { organisation: 'Gemensamma tjänster – HR' }],
    ['Resultat förvaltning', `- Kommunikaiton, ledning/styring ${AREA}`, { organisation: 'Gemensamma tjänster – Kommunikation, ledning/styrning' }],
    ['Resultat förvaltning', `Digital infrastruktur ${AREA}`, { organisation: 'Digital infrastruktur' }],
    ['Resultat förvaltning', `Avdelningen styr och stöd ${AREA}`, { organisation: 'Avdelningen styr och stöd' }],
    ['Resultat förvaltning', `Avdelningen styr och stöd - gemensamma kostnader ${AREA}`, { organisation: 'Avdelningen styr och stöd – gemensamma kostnader' }],
    ['Resultat förvaltning', `Avdelningen Kund och service ${AREA}`, { organisation: 'Avdelningen Kund och service' }],
    ['Resultat förvaltning', `Summa förvaltning ${AREA}`],
  ]),
  ...rows(ITF, 'Summa förvaltning', 'IT-förvaltningen', '2024-09', [
    ['Resultat utveckling', `- Ekonomi ${AREA}`, { organisation: 'Gemensamma tjänster – Ekonomi' }],
    ['Resultat utveckling', `- HR ${AREA}`, { organisation: 'Gemensamma tjänster – HR' }],
    ['Resultat utveckling', `-Kommunikation, ledning/styrning ${AREA}`, { organisation: 'Gemensamma tjänster – Kommunikation, ledning/styrning' }],
    ['Resultat utveckling', `Digital infrastruktur ${AREA}`, { organisation: 'Digital infrastruktur' }],
    ['Resultat utveckling', `Summa utveckling ${AREA}`],
    ['Resultat', `Resultat, tkr ${AREA}`],
  ]),

  // Division Länsteknik, January–April 2021
  ...rows(LT, 'Uppföljning av kostnader och förlorade intäkter pga Covid-19', 'Division Länsteknik', '2021-04', [
    ['Övriga kostnader pga covid-19', 'Övriga kostnader {-actual}'],
    ['Kostnader och förlorade intäkter pga covid-19', 'Summa: {-actual}'],
  ]),
  ...rows(LT, 'Typ av investe- ring (mnkr)', 'Division Länsteknik', '2021-04', [
    ['MT-utrustning', 'MT-utrustning {actual#beslutad före 2021} {actual#beslutad 2021} {actual} {forecast}'],
    ['IT-utrustning', 'IT-utrustning {actual#beslutad före 2021} {actual#beslutad 2021} {actual} {forecast}'],
    ['Investeringar totalt', 'Totalt {actual#beslutad före 2021} {actual#beslutad 2021} {actual} {forecast}'],
  ]),

  // Kommunstyrelsen, January–August 2024
  ...rows(KS, 'Drift Belopp i tkr', 'Kommunstyrelsen', '2024-08', [
    ['Verksamhetens intäkter', `Verksamhetens intäkter ${DRIFT}`],
    ['Personalkostnader', `Personalkostnader ${DRIFT}`],
    ['Lokalhyror', `Lokalhyror ${DRIFT}`],
    ['Köp av tjänster', `Köp av tjänster ${DRIFT}`],
    ['Övriga kostnader', `Övriga kostnader ${DRIFT}`],
    ['Verksamhetens kostnader', `Verksamhetens kostnader ${DRIFT}`],
    ['Verksamhetens nettokostnader', `Verksamhetens nettokostnader ${DRIFT}`],
    ['Kommunbidrag', `Kommunbidrag ${DRIFT}`],
    ['Finansnetto', `Finansnetto ${DRIFT}`],
    ['Årets resultat', `Årets resultat ${DRIFT}`],
  ]),
  ...rows(KS, 'Investeringar Belopp i tkr', 'Kommunstyrelsen', '2024-08', [
    'Expansionsinvestering', 'Markinköp', 'Expansionsinvestering - Exploatering', 'Norra Stadsskogen', 'Verksamhetsområde norr',
    'Övriga exploateringsområden', 'Imageinvestering', 'Reinvestering', 'Inventarier', 'Tjänstekatalog', 'Fastigheter',
    'Anpassningsinvestering', 'IT-infrastruktur', 'Lokalanpassningar', 'Totala utgifter',
  ].map((item) => [item, `${item} ${DRIFT}`] as const)),
  ...rows(KS, 'Exploatering Belopp i tkr', 'Exploateringsverksamheten', '2024-08', [
    'Verksamhetens intäkter', 'Personalkostnader', 'Lokalhyror', 'Köp av tjänster', 'Övriga kostnader', 'Verksamhetens kostnader',
    'Verksamhetens nettokostnader', 'Kommunbidrag', 'Finansnetto', 'Årets resultat',
  ].map((item) => [item, `${item} ${DRIFT}`] as const)),
  ...rows(KS, 'Sjukfrånvaro 2024 2023 Differens', 'Kommunledningskontoret', '2024-07', [
    ['Sjukfrånvaro', `Kvinnor ${SICK}`, { breakdownGroup: 'Kön', breakdown: 'Kvinnor' }],
    ['Sjukfrånvaro', 'Män {actual} % {prior_year_actual} % {Δprior} %', { breakdownGroup: 'Kön', breakdown: 'Män', printedWithWrongSign: { token: 'Δprior', printed: '0,48' } }],
    ['Sjukfrånvaro', `<29 år ${SICK}`, { breakdownGroup: 'Ålder', breakdown: '<29 år' }],
    ['Sjukfrånvaro', `30-49 år ${SICK}`, { breakdownGroup: 'Ålder', breakdown: '30-49 år' }],
    ['Sjukfrånvaro', `50 år> ${SICK}`, { breakdownGroup: 'Ålder', breakdown: '50 år>' }],
    ['Sjukfrånvaro', `Dag 1-14 ${SICK}`, { breakdownGroup: 'Sjukperiod', breakdown: 'Dag 1-14' }],
    ['Sjukfrånvaro', `Dag 15-59 ${SICK}`, { breakdownGroup: 'Sjukperiod', breakdown: 'Dag 15-59' }],
    ['Sjukfrånvaro', `Total sjukfrånvaro (*) ${SICK}`],
  ]),
];

type Token =
  | { readonly type: 'literal'; readonly text: string }
  | { readonly type: 'stored'; readonly figure: Figure; readonly negate: boolean; readonly unit: string }
  | { readonly type: 'derived'; readonly name: string; readonly computed: Computed; readonly negate: boolean };

interface ResolvedRow {
  readonly row: TableRow;
  readonly tokens: readonly Token[];
  readonly error?: string;
}

const TOKEN = /^\{(-)?(?:(Δperiod|Δforecast|Δprior)|Σ(\w+)|(?:([^|{}]+)\|)?(\w+)(?:@(\d{4}-\d{2}))?(?:#([^}:]+))?)(?::(tkr|mnkr))?\}$/u;

/** The deviation of an item as the reports define it: positive when better than planned. */
function deviation(better: string, outcome: Figure, plan: Figure): Computed {
  const difference = better === 'lower' ? plan.value.minus(outcome.value) : outcome.value.minus(plan.value);
  return { value: difference, decimals: Math.min(outcome.decimals, plan.decimals) };
}

function resolveRow(row: TableRow): ResolvedRow {
  const index = indexes.get(row.file)!;
  const lookup = (item: string, measure: string, period = row.period, breakdown?: string): Figure => {
    if (breakdown !== undefined) {
      const figure = [...index.values()].find((f) => f.organisation === row.organisation && f.period === period && f.item === item && f.measure === measure && f.breakdown === breakdown && f.reference === '');
      if (!figure) throw new Error(`no stored figure ${row.organisation} / ${period} / ${item} / ${measure} / ${breakdown} in ${row.file}`);
      return figure;
    }
    const key = keyOf({ organisation: row.organisation, period, item, measure, breakdownGroup: row.breakdownGroup ?? '', breakdown: row.breakdown ?? '' });
    const figure = index.get(key);
    if (!figure) throw new Error(`no stored figure ${key} in ${row.file}`);
    return figure;
  };
  try {
    const tokens = row.template.split(/(\{[^}]*\})/u).filter((part) => part !== '').map((part): Token => {
      if (!part.startsWith('{')) return { type: 'literal', text: part };
      const match = TOKEN.exec(part);
      if (!match) throw new Error(`bad template token ${part}`);
      const [, minus, delta, sum, item, measure, period, breakdown, unit] = match;
      const negate = minus === '-';
      if (delta) {
        // Any figure of the row's item tells its direction (better) and unit.
        const itemFigure = [...index.values()].find((f) => f.organisation === row.organisation && f.item === row.item);
        if (!itemFigure) throw new Error(`no figures for ${row.item}`);
        const difference = (a: Figure, b: Figure): Computed => ({ value: a.value.minus(b.value), decimals: Math.min(a.decimals, b.decimals) });
        const computed =
          delta === 'Δperiod' ? deviation(itemFigure.better, lookup(row.item, 'actual'), lookup(row.item, 'budget'))
          : delta === 'Δforecast' ? deviation(itemFigure.better, lookup(row.item, 'forecast'), lookup(row.item, 'budget_full_year'))
          : difference(lookup(row.item, 'actual'), lookup(row.item, 'prior_year_actual'));
        if (!unit || unit === itemFigure.unit) return { type: 'derived', name: delta, negate, computed };
        const shift = MONEY_EXPONENT[itemFigure.unit]! - MONEY_EXPONENT[unit]!;
        return { type: 'derived', name: delta, negate, computed: { value: convert(computed.value, itemFigure.unit, unit), decimals: Math.max(0, computed.decimals - shift) } };
      }
      if (sum) {
        const parts = row.sums?.[sum];
        if (!parts) throw new Error(`row has no sum named ${sum}`);
        const figures = parts.map((ref) => {
          const [partItem = '', partMeasure = ''] = ref.split('|');
          return lookup(partItem, partMeasure);
        });
        return {
          type: 'derived',
          name: `Σ${sum}`,
          negate,
          computed: { value: figures.reduce((total, f) => total.plus(f.value), new Dec(0)), decimals: Math.min(...figures.map((f) => f.decimals)) },
        };
      }
      const figure = lookup(item ?? row.item, measure!, period ?? row.period, breakdown);
      return { type: 'stored', figure, negate, unit: unit ?? figure.unit };
    });
    return { row, tokens };
  } catch (error) {
    return { row, tokens: [], error: (error as Error).message };
  }
}

function storedText(token: Extract<Token, { type: 'stored' }>): string {
  const { figure } = token;
  let value = token.negate ? figure.value.neg() : figure.value;
  let decimals = figure.decimals;
  if (token.unit !== figure.unit) {
    const shift = MONEY_EXPONENT[figure.unit]! - MONEY_EXPONENT[token.unit]!;
    value = convert(value, figure.unit, token.unit);
    decimals = Math.max(0, decimals - shift);
  }
  return printed(value, decimals);
}

const resolvedRows = TABLE_ROWS.map(resolveRow);

/** Figures that a table-row check covers: stored tokens and the parts of sums. */
const coveredByTables = new Set<Figure>();
for (const resolved of resolvedRows) {
  for (const token of resolved.tokens) if (token.type === 'stored') coveredByTables.add(token.figure);
  for (const parts of Object.values(resolved.row.sums ?? {})) {
    for (const ref of parts) {
      const [item = '', measure = ''] = ref.split('|');
      const figure = indexes.get(resolved.row.file)!.get(keyOf({ organisation: resolved.row.organisation, period: resolved.row.period, item, measure, breakdownGroup: '', breakdown: '' }));
      if (figure) coveredByTables.add(figure);
    }
  }
}

// ---------------------------------------------------------------------------
// Figures derived or converted by the transcriber, recognised by their remark

const NUM_IN_REMARK = '([-+]?\\d{1,3}(?: \\d{3})*(?:,\\d+)?)';
const DERIVED = new RegExp(`^(\\w+) derived = \\p{L}+ ${NUM_IN_REMARK} ([-+]) \\p{L}+ ${NUM_IN_REMARK}(?!\\d)`, 'u');
const CONVERTED = new RegExp(`converted from ${NUM_IN_REMARK} (tkr|mnkr)(?!\\p{L})`, 'u');
const isDerived = (f: Figure): boolean => /\bderived = /u.test(f.remark);
/** A cell of a table the extraction scattered (goal indicators, internal control): its remark names the row or column; seed-numbers.test.ts finds it in its section. */
const isTableCell = (f: Figure): boolean => /^(?:Row|Column) '/u.test(f.remark);
const isConverted = (f: Figure): boolean => /\bconverted from /u.test(f.remark);

/** Prose figures the report prints without a unit; the figure's remark must say so. */
const PRINTED_WITHOUT_UNIT = [{ organisation: 'Kommunstyrelsen', item: 'Avgifter för kurser', measure: 'actual' }];

const UNIT_WORDS: Readonly<Record<string, string>> = {
  kr: 'kr|kronor',
  tkr: 'tkr',
  mnkr: 'mnkr',
  '%': '%|procent',
  st: 'st|anställda',
  index: 'index',
  årsarbetare: 'årsarbetare',
  skala: '',
};

// ---------------------------------------------------------------------------

describe('the organisation tree (organisations.csv)', () => {
  const names = organisations.map((o) => o.organisation ?? '');

  it('has exactly the canonical organisation columns', () => {
    expect(organisationsCsv.header).toEqual(ORGANISATION_COLUMNS);
  });

  it('gives every organisation a unique name, a known kind and a tkr/mnkr unit or none', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const o of organisations) {
      expect(ORGANISATION_KINDS, `${o.organisation}: kind`).toContain(o.kind);
      expect(['', 'tkr', 'mnkr'], `${o.organisation}: unit`).toContain(o.unit ?? '');
    }
  });

  it('defines every parent above its children', () => {
    const seen = new Set<string>();
    for (const o of organisations) {
      if (o.parent) expect(seen, `${o.organisation}: parent ${o.parent}`).toContain(o.parent);
      seen.add(o.organisation!);
    }
  });

  it('gives aliases that point to one organisation only', () => {
    const taken = new Map(names.map((name) => [name.toLocaleLowerCase('sv'), name] as const));
    for (const o of organisations) {
      for (const alias of (o.aliases ?? '').split('|').map((a) => a.trim()).filter((a) => a !== '')) {
        const key = alias.toLocaleLowerCase('sv');
        expect(taken.get(key) ?? o.organisation, `alias ${alias} of ${o.organisation}`).toBe(o.organisation);
        taken.set(key, o.organisation!);
      }
    }
  });

  it('has the parents and aliases the seed README names', () => {
    const byName = new Map(organisations.map((o) => [o.organisation!, o] as const));
    const expectations: Array<[string, string, string, string]> = [
      ['Regionkontoret', 'Region Halland', 'administration', 'mnkr'],
      ['IT-förvaltningen', 'Staden', 'administration', 'mnkr'],
      ['Division Länsteknik', 'Region Norrbotten', 'division', 'mnkr'],
      ['Kommunstyrelsen', 'Alingsås kommun', 'board', 'tkr'],
      ['Kommunledningskontoret', 'Kommunstyrelsen', 'administration', 'tkr'],
      ['Exploateringsverksamheten', 'Kommunstyrelsen', 'unit', 'tkr'],
    ];
    for (const [name, parent, kind, unit] of expectations) {
      expect(byName.get(name), name).toMatchObject({ parent, kind, unit });
    }
    expect(byName.get('Division Länsteknik')!.aliases!.split('|')).toContain('Länsteknik');
    expect(byName.get('Kommunstyrelsen')!.aliases!.split('|')).toContain('KS');
    expect(byName.get('Kommunledningskontoret')!.aliases!.split('|')).toContain('KLK');
    expect(byName.get('Exploateringsverksamheten')!.aliases!.split('|')).toContain('Exploatering');
    expect(byName.get('IT och Digitalisering')!.aliases!.split('|')).toContain('ITD');
  });
});

describe.each(FILES)('the figures file %s', (file) => {
  const { header, figures } = figureFiles.get(file)!;
  const organisationNames = new Set(organisations.map((o) => o.organisation!));

  it('has exactly the canonical figure columns and names its seed report as source, with the report\'s name', () => {
    expect(header).toEqual(FIGURE_COLUMNS);
    expect(existsSync(new URL(SEED_OF[file]!, SEEDS))).toBe(true);
    for (const f of figures) expect(f.source, describeFigure(f)).toBe(SEED_OF[file]);
    for (const f of figures) expect(f.report, describeFigure(f)).toBe(REPORT_OF[file]);
  });

  it('uses only known organisations, kinds, measures, units and periods', () => {
    for (const f of figures) {
      const where = describeFigure(f);
      expect(organisationNames, where).toContain(f.organisation);
      expect(ITEM_KINDS, where).toContain(f.kind);
      expect(MEASURES, where).toContain(f.measure);
      expect(UNITS, where).toContain(f.unit);
      expect(f.period, where).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(f.order, where).toMatch(/^\d+$/);
      if (f.madeIn !== '') {
        expect(f.madeIn, where).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        expect(['forecast', 'forecast_deviation'], where).toContain(f.measure);
      }
      if (f.reference !== '') expect(f.reference, where).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(['', 'lines', 'sub-units'], where).toContain(f.total);
      if (f.kind === 'kpi') expect(['higher', 'lower'], `${where}: a KPI must say which direction is better`).toContain(f.better);
      expect(f.breakdown === '', `${where}: breakdown_group and breakdown go together`).toBe(f.breakdownGroup === '');
    }
  });

  it('has no duplicate keys', () => {
    const seen = new Map<string, number>();
    for (const f of figures) {
      expect(seen.get(keyOf(f)), `${keyOf(f)} on lines ${seen.get(keyOf(f))} and ${f.line}`).toBeUndefined();
      seen.set(keyOf(f), f.line);
    }
  });

  it('defines each item the same way on every row and only with parents in the same file', () => {
    const items = new Map<string, Figure>();
    for (const f of figures) {
      const key = `${f.organisation} / ${f.item}`;
      const first = items.get(key);
      if (first) {
        expect({ kind: f.kind, parent: f.parentItem, order: f.order, better: f.better, total: f.total }, describeFigure(f)).toEqual({ kind: first.kind, parent: first.parentItem, order: first.order, better: first.better, total: first.total });
      } else {
        items.set(key, f);
      }
    }
    for (const f of figures) {
      if (f.parentItem === '') continue;
      expect(f.parentItem, describeFigure(f)).not.toBe(f.item);
      expect(items.has(`${f.organisation} / ${f.parentItem}`), `${describeFigure(f)}: parent_item ${f.parentItem}`).toBe(true);
    }
  });

  it('signs amounts canonically: costs negative, investments positive', () => {
    for (const f of figures) {
      if (!AMOUNT_MEASURES.includes(f.measure)) continue;
      if (f.kind === 'cost') expect(f.value.greaterThan(0), `${describeFigure(f)} is a positive cost`).toBe(false);
      if (f.kind === 'investment' || f.kind === 'investment_category') expect(f.value.isNegative(), `${describeFigure(f)} is a negative investment`).toBe(false);
    }
  });

  it('names sections whose headings all occur in the seed report', () => {
    for (const f of figures) {
      for (const heading of f.section.split(' > ')) {
        expect(seedOf(file).includes(heading), `${describeFigure(f)}: heading "${heading}"`).toBe(true);
      }
    }
  });

  it('prints every figure the transcriber did not derive somewhere in the seed text', () => {
    for (const f of figures.filter((g) => !isDerived(g))) {
      let value = f.value;
      let decimals = f.decimals;
      const converted = CONVERTED.exec(f.remark);
      if (converted) {
        value = convert(value, f.unit, converted[2]!);
        decimals = decimalsOf(converted[1]!);
      }
      const absText = printed(value.abs(), decimals);
      expect(new RegExp(standalone(absText), 'u').test(seedOf(file)), `${describeFigure(f)}: "${absText}" is not in ${SEED_OF[file]}`).toBe(true);
    }
  });

  it('prints every figure from the prose with its unit', () => {
    const prose = figures.filter((f) => !coveredByTables.has(f) && !isDerived(f) && !isConverted(f) && !isTableCell(f));
    for (const f of prose) {
      const absText = printed(f.value.abs(), f.decimals);
      const exempt = PRINTED_WITHOUT_UNIT.some((e) => e.organisation === f.organisation && e.item === f.item && e.measure === f.measure);
      if (exempt) {
        expect(f.remark, `${describeFigure(f)} must explain the missing unit`).toMatch(/without a unit/u);
        expect(new RegExp(`\\(${escapeRegExp(absText)}\\)`, 'u').test(seedOf(file)), describeFigure(f)).toBe(true);
        continue;
      }
      const pattern = new RegExp(`${standalone(absText)} ?(?:${UNIT_WORDS[f.unit]})(?!\\p{L})`, 'u');
      expect(pattern.test(seedOf(file)), `${describeFigure(f)}: "${absText} ${f.unit}" is not in ${SEED_OF[file]}`).toBe(true);
    }
  });

  it('quotes, for every figure from the prose, the sentence of the report that states it', () => {
    const prose = figures.filter((f) => !coveredByTables.has(f) && !isDerived(f) && !isConverted(f) && !isTableCell(f));
    for (const f of prose) {
      const absText = printed(f.value.abs(), f.decimals);
      const exempt = PRINTED_WITHOUT_UNIT.some((e) => e.organisation === f.organisation && e.item === f.item && e.measure === f.measure);
      const value = new RegExp(exempt ? standalone(absText) : `${standalone(absText)} ?(?:${UNIT_WORDS[f.unit]})(?!\\p{L})`, 'u');
      const quotes = [...f.remark.matchAll(/'([^']+)'/gu)].map((m) => normalise(m[1]!));
      const stating = quotes.filter((quote) => value.test(quote) && quotedFrom(file, quote));
      expect(stating, `${describeFigure(f)}: the remark must quote the report's sentence with "${absText} ${f.unit}" (quotes: ${quotes.join(' | ')})`).not.toEqual([]);
    }
  });

  it('shows the arithmetic of every derived figure, with operands printed in the report', () => {
    for (const f of figures.filter(isDerived)) {
      const match = DERIVED.exec(f.remark);
      expect(match, `${describeFigure(f)}: remark must read "<measure> derived = <word> <number> <+|-> <word> <number>"`).not.toBeNull();
      const [, measure, left = '', operator, right = ''] = match!;
      expect(measure, describeFigure(f)).toBe(f.measure);
      const a = parseSwedishNumber(left);
      const b = parseSwedishNumber(right);
      expect(f.value.toString(), describeFigure(f)).toBe((operator === '-' ? a.minus(b) : a.plus(b)).toString());
      for (const operand of [left, right]) {
        const absText = printed(parseSwedishNumber(operand).abs(), decimalsOf(operand));
        expect(new RegExp(standalone(absText), 'u').test(seedOf(file)), `${describeFigure(f)}: operand ${operand}`).toBe(true);
      }
    }
  });

  it('names the printed original of every converted figure, and converts it exactly', () => {
    for (const f of figures.filter(isConverted)) {
      const match = CONVERTED.exec(f.remark)!;
      const original = parseSwedishNumber(match[1]!);
      expect(convert(original, match[2]!, f.unit).toString(), describeFigure(f)).toBe(f.value.toString());
      expect(seedOf(file).includes(`${match[1]} ${match[2]}`), `${describeFigure(f)}: "${match[1]} ${match[2]}"`).toBe(true);
    }
  });
});

describe('table rows of the seed reports', () => {
  for (const { row, tokens, error } of resolvedRows) it(`prints ${row.organisation}'s row "${row.template}" with its derived columns`, () => {
    expect(error, row.template).toBeUndefined();
    const text = seedOf(row.file);
    const anchor = text.indexOf(normalise(row.after));
    expect(anchor, `anchor "${row.after}" in ${SEED_OF[row.file]}`).toBeGreaterThanOrEqual(0);

    const derived: Array<Extract<Token, { type: 'derived' }>> = [];
    const pattern = tokens.map((token, index) => {
      if (token.type === 'literal') return escapeRegExp(normalise(token.text));
      if (token.type === 'derived') {
        derived.push(token);
        return NUMBER;
      }
      const body = escapeRegExp(storedText(token));
      return index === 0 ? `(?<![\\d,])${body}` : body;
    }).join('');
    const regex = new RegExp(`${pattern}(?!\\d|,\\d)`, 'gu');
    regex.lastIndex = anchor;
    const match = regex.exec(text);
    const expected = tokens.map((t) => (t.type === 'literal' ? normalise(t.text) : t.type === 'stored' ? storedText(t) : `<${t.name}>`)).join('');
    expect(match, `row "${expected}" after "${row.after}" in ${SEED_OF[row.file]}`).not.toBeNull();

    derived.forEach((token, i) => {
      const printedText = match![i + 1]!;
      const printedValue = parseSwedishNumber(printedText);
      const wrongSign = row.printedWithWrongSign?.token === token.name;
      let computed = token.negate ? token.computed.value.neg() : token.computed.value;
      if (wrongSign) {
        expect(printedText).toBe(row.printedWithWrongSign!.printed);
        const remarks = tokens.filter((t) => t.type === 'stored').map((t) => (t as Extract<Token, { type: 'stored' }>).figure.remark).join(' ');
        expect(remarks, 'a figure of the row must explain the misprinted sign').toContain(row.printedWithWrongSign!.printed);
        computed = computed.neg();
      }
      const allowed = tolerance(decimalsOf(printedText), token.computed.decimals);
      expect(
        computed.minus(printedValue).abs().lessThanOrEqualTo(allowed),
        `${token.name} in "${row.template}": computed ${printed(computed, token.computed.decimals)}, printed ${printedText}`,
      ).toBe(true);
    });
  });
});

// ---------------------------------------------------------------------------
// Sums

function find(file: string, organisation: string, period: string, item: string, measure: string, breakdownGroup = '', breakdown = ''): Figure {
  const figure = indexes.get(file)!.get(keyOf({ organisation, period, item, measure, breakdownGroup, breakdown }));
  if (!figure) throw new Error(`no figure ${organisation} / ${period} / ${item} / ${measure} in ${file}`);
  return figure;
}

function derivedDeviation(file: string, organisation: string, period: string, item: string, kind: 'period' | 'forecast'): Dec {
  const outcome = find(file, organisation, period, item, kind === 'period' ? 'actual' : 'forecast');
  const plan = find(file, organisation, period, item, kind === 'period' ? 'budget' : 'budget_full_year');
  return deviation(outcome.better, outcome, plan).value;
}

/** Parents whose children the report lists completely, so the children add up to the parent. */
const COMPLETE_BREAKDOWNS: Array<{ file: string; organisation: string; periods: string[]; parent: string; measures: string[] }> = [
  { file: KS, organisation: 'Kommunstyrelsen', periods: ['2024-08'], parent: 'Verksamhetens kostnader', measures: ['budget_full_year', 'forecast', 'actual', 'prior_year_actual'] },
  { file: KS, organisation: 'Exploateringsverksamheten', periods: ['2024-08'], parent: 'Verksamhetens kostnader', measures: ['budget_full_year', 'forecast', 'actual', 'prior_year_actual'] },
  ...['Totala utgifter', 'Expansionsinvestering', 'Expansionsinvestering - Exploatering', 'Reinvestering', 'Anpassningsinvestering'].map((parent) => ({
    file: KS, organisation: 'Kommunstyrelsen', periods: ['2024-08'], parent, measures: ['budget_full_year', 'forecast', 'actual', 'prior_year_actual'],
  })),
  { file: KS, organisation: 'Exploateringsverksamheten', periods: ['2024-08'], parent: 'Tomtförsäljningar', measures: ['forecast'] },
  { file: RK, organisation: 'Regionkontoret', periods: ['2024-10'], parent: 'Summa investeringar', measures: ['actual', 'budget_full_year', 'forecast'] },
  { file: LT, organisation: 'Division Länsteknik', periods: ['2021-04'], parent: 'Investeringar totalt', measures: ['actual', 'forecast'] },
  { file: LT, organisation: 'Division Länsteknik', periods: ['2021-04'], parent: 'Kostnader och förlorade intäkter pga covid-19', measures: ['actual'] },
  { file: ITF, organisation: 'IT-förvaltningen', periods: ['2024-09', '2024-08'], parent: 'Resultat', measures: ['deviation'] },
];

function withinOneUnit(sum: Dec, total: Figure): boolean {
  return sum.minus(total.value).abs().lessThanOrEqualTo(tolerance(total.decimals));
}

describe('sums in the transcription', () => {
  for (const breakdown of COMPLETE_BREAKDOWNS) it(`adds the parts of ${breakdown.organisation}'s ${breakdown.parent} up to the printed total`, () => {
    const figures = figureFiles.get(breakdown.file)!.figures;
    const childItems = [...new Set(figures.filter((f) => f.organisation === breakdown.organisation && f.parentItem === breakdown.parent).map((f) => f.item))];
    expect(childItems.length, 'children').toBeGreaterThanOrEqual(1);
    for (const period of breakdown.periods) {
      for (const measure of breakdown.measures) {
        const total = find(breakdown.file, breakdown.organisation, period, breakdown.parent, measure);
        const sum = childItems.map((item) => find(breakdown.file, breakdown.organisation, period, item, measure).value).reduce((a, b) => a.plus(b), new Dec(0));
        expect(withinOneUnit(sum, total), `${breakdown.parent} ${period} ${measure}: parts add up to ${sum.toString()}, total ${total.text}`).toBe(true);
      }
    }
  });

  it('keeps every "varav" line within its total', () => {
    const complete = new Set(COMPLETE_BREAKDOWNS.map((b) => `${b.file} / ${b.organisation} / ${b.parent}`));
    let checked = 0;
    for (const file of FILES) {
      const figures = figureFiles.get(file)!.figures;
      const parents = new Set(figures.filter((f) => f.parentItem !== '').map((f) => `${f.organisation} / ${f.parentItem}`));
      for (const parentKey of parents) {
        if (complete.has(`${file} / ${parentKey}`)) continue;
        const [organisation = '', parent = ''] = parentKey.split(' / ');
        for (const total of figures.filter((f) => f.organisation === organisation && f.item === parent && AMOUNT_MEASURES.includes(f.measure))) {
          const parts = figures.filter((f) => f.organisation === organisation && f.parentItem === parent && f.period === total.period && f.measure === total.measure);
          if (parts.length === 0) continue;
          const sum = parts.reduce((a, f) => a.plus(f.value), new Dec(0));
          expect(sum.abs().lessThanOrEqualTo(total.value.abs()), `${file}: ${parent} ${total.measure}: varav lines add up to ${sum.toString()}, more than ${total.text}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("adds IT-förvaltningen's business areas up to its förvaltning and utveckling totals, for September and August", () => {
    const figures = figureFiles.get(ITF)!.figures;
    for (const period of ['2024-09', '2024-08']) {
      for (const item of ['Resultat förvaltning', 'Resultat utveckling']) {
        const parts = figures.filter((f) => f.organisation !== 'IT-förvaltningen' && f.item === item && f.period === period && f.measure === 'deviation');
        const sum = parts.reduce((a, f) => a.plus(f.value), new Dec(0));
        expect(withinOneUnit(sum, find(ITF, 'IT-förvaltningen', period, item, 'deviation')), `${item} ${period}: ${sum.toString()}`).toBe(true);
      }
    }
  });

  it("explains IT-förvaltningen's result deviation by its income and cost deviations (31,2 = -3,8 + 35,0)", () => {
    const sum = derivedDeviation(ITF, 'IT-förvaltningen', '2024-09', 'Verksamhetens intäkter', 'period').plus(derivedDeviation(ITF, 'IT-förvaltningen', '2024-09', 'Verksamhetens kostnader', 'period'));
    expect(withinOneUnit(sum, find(ITF, 'IT-förvaltningen', '2024-09', 'Resultat', 'deviation'))).toBe(true);
  });

  it("adds Regionkontoret's largest forecast deviations and the rest up to its forecast deviation of +6,2 mnkr", () => {
    const parts = [
      find(RK, 'FVIS-programmet', '2024-10', 'Resultat', 'forecast_deviation'),
      find(RK, 'TESSA', '2024-10', 'Kostnader', 'forecast_deviation'),
      find(RK, 'Säkerhetsavdelningen', '2024-10', 'Bevakningskostnader', 'forecast_deviation'),
      find(RK, 'Regionkontoret', '2024-10', 'Övriga avvikelser', 'forecast_deviation'),
    ];
    const sum = parts.reduce((a, f) => a.plus(f.value), new Dec(0));
    // The forecast and budget are stored in tkr as table 3.2 prints them; their difference is the printed 6,2 mnkr.
    expect(convert(derivedDeviation(RK, 'Regionkontoret', '2024-10', 'Resultat', 'forecast'), 'tkr', 'mnkr').toString()).toBe(sum.toString());
    expect(sum.toString()).toBe(find(RK, 'Regionkontoret', '2024-10', 'Resultat', 'forecast_deviation').value.toString());
    expect(sum.toString()).toBe('6.2');
    expect(seedOf(RK)).toContain('överskott om 6,2 mnkr');
  });

  it("matches Regionkontoret's percentage deviation (+4,2 %) to its stored actual and budget", () => {
    const budget = find(RK, 'Regionkontoret', '2024-10', 'Resultat', 'budget');
    const share = derivedDeviation(RK, 'Regionkontoret', '2024-10', 'Resultat', 'period').div(budget.value.abs()).mul(100);
    expect(seedOf(RK)).toContain('en avvikelse mot budget på +4,2%');
    expect(share.minus(new Dec('4.2')).abs().lessThanOrEqualTo(new Dec('0.1'))).toBe(true);
  });

  it("matches ITD's investment figures to the IT-utrustning and FVIS lines of the investment table", () => {
    const itd = (measure: string): Dec => find(RK, 'IT och Digitalisering', '2024-10', 'Investeringar', measure).value;
    const lines = ['IT-utrustning', 'Framtidens vårdinformationssystem, FVIS'];
    const actual = lines.map((item) => find(RK, 'Regionkontoret', '2024-10', item, 'actual').value).reduce((a, b) => a.plus(b));
    const forecastDeviation = lines.map((item) => derivedDeviation(RK, 'Regionkontoret', '2024-10', item, 'forecast')).reduce((a, b) => a.plus(b));
    expect(itd('actual').toString()).toBe(actual.toString());
    expect(itd('forecast_deviation').toString()).toBe(forecastDeviation.toString());
  });

  it("matches Kommunstyrelsen's tjänstekatalog share of income (57 %) to the stored figures", () => {
    const share = find(KS, 'Kommunstyrelsen', '2024-08', 'Debitering via tjänstekatalogen', 'actual').value.div(find(KS, 'Kommunstyrelsen', '2024-08', 'Verksamhetens intäkter', 'actual').value).mul(100);
    expect(seedOf(KS)).toContain('39 635 tkr (57%)');
    expect(share.toDecimalPlaces(0).toString()).toBe('57');
  });

  it("adds Exploateringsverksamheten's period deviations up to its result deviation only with köp av tjänster better than budget", () => {
    const lines = ['Verksamhetens intäkter', 'Personalkostnader', 'Köp av tjänster', 'Övriga kostnader'];
    const sum = lines.map((item) => derivedDeviation(KS, 'Exploateringsverksamheten', '2024-08', item, 'period')).reduce((a, b) => a.plus(b));
    const result = derivedDeviation(KS, 'Exploateringsverksamheten', '2024-08', 'Årets resultat', 'period');
    expect(result.toString()).toBe('-9779');
    expect(sum.minus(result).abs().lessThanOrEqualTo(1)).toBe(true);
    expect(derivedDeviation(KS, 'Exploateringsverksamheten', '2024-08', 'Köp av tjänster', 'period').toString()).toBe('1323');
  });

  it('derives period budgets that are close to eight twelfths of the annual budget', () => {
    const derivedBudgets = allFigures.filter((f) => f.measure === 'budget' && isDerived(f) && (f.kind === 'income' || f.kind === 'cost'));
    expect(derivedBudgets.length).toBeGreaterThanOrEqual(8);
    for (const budget of derivedBudgets) {
      const annual = find(budget.file, budget.organisation, budget.period, budget.item, 'budget_full_year');
      const share = budget.value.div(annual.value);
      expect(share.greaterThan('0.65') && share.lessThan('0.68'), `${describeFigure(budget)} is ${share.mul(100).toFixed(1)} % of ${annual.text}`).toBe(true);
    }
  });
});
