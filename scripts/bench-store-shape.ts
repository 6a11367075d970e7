// The shape of the benchmark store that bench:import builds and bench:ask questions:
// Benchregionen with "Förvaltning N" sub-units, each with 40 cost and income groups
// ("Kontogrupp N"), a result line, a sick-leave KPI and, for a few, a line no other
// organisation has, reported monthly for 2024; plus a few notes per organisation.
// Both scripts read it from here so the questions always fit the data.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Bumped whenever the generated files change, so a cached file of an older shape is not reused. */
export const BENCH_SHAPE_VERSION = 2;

export const REGION = 'Benchregionen';
export const RESULT_LINE = 'Resultat';
export const KPI_LINE = 'Sjukfrånvaro';
const MONEY_MEASURES = ['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual'] as const;
const KPI_MEASURES = ['actual', 'target', 'prior_year_actual'] as const;
const MONTHS = 12;

/** Lines that only one organisation has (the "line elsewhere" questions ask the others about them). */
export const UNIQUE_LINES = ['Vinterväghållning', 'Färdtjänst', 'Skolskjutsar', 'Bostadsanpassning', 'Flyktingmottagning', 'Räddningstjänst', 'Kollektivtrafik', 'Gymnasiesärskola'] as const;
const UNIQUE_EVERY = 50;

export interface BenchItem {
  readonly name: string;
  readonly kind: 'income' | 'cost' | 'result' | 'kpi';
  readonly unit: 'tkr' | '%';
  readonly better: '' | 'lower';
  readonly measures: readonly string[];
}

const KONTOGRUPPER: BenchItem[] = Array.from({ length: 40 }, (_, index) => ({ name: `Kontogrupp ${index + 1}`, kind: index % 5 === 0 ? 'income' : 'cost', unit: 'tkr', better: '', measures: MONEY_MEASURES }));

/** The organisation that has UNIQUE_LINES[index] (every 50th förvaltning). */
export function uniqueLineOwner(index: number): number {
  return (index + 1) * UNIQUE_EVERY;
}

/** The line items of Förvaltning `organisation`, in report order. */
export function itemsOf(organisation: number): BenchItem[] {
  const items: BenchItem[] = [
    ...KONTOGRUPPER,
    { name: RESULT_LINE, kind: 'result', unit: 'tkr', better: '', measures: MONEY_MEASURES },
    { name: KPI_LINE, kind: 'kpi', unit: '%', better: 'lower', measures: KPI_MEASURES },
  ];
  const unique = UNIQUE_LINES.findIndex((_, index) => uniqueLineOwner(index) === organisation);
  if (unique >= 0) items.push({ name: UNIQUE_LINES[unique]!, kind: 'cost', unit: 'tkr', better: '', measures: MONEY_MEASURES });
  return items;
}

/** How many förvaltningar a store of about `rows` figures has. */
export function organisationCount(rows: number): number {
  const perOrganisation = itemsOf(1).reduce((sum, item) => sum + item.measures.length, 0) * MONTHS;
  return Math.ceil(rows / perOrganisation);
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* figureLines(rows: number): Generator<string> {
  yield 'organisation;period;item;parent_item;kind;order;measure;value;unit;better;breakdown_group;breakdown;made_in;source;section;remark\n';
  let written = 0;
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const decimal = (value: number, decimals: number) => value.toFixed(decimals).replace('.', ',');
  for (let organisation = 1; organisation <= organisationCount(rows) && written < rows; organisation += 1) {
    for (let month = 1; month <= MONTHS && written < rows; month += 1) {
      const period = `2024-${String(month).padStart(2, '0')}`;
      // The result line is the sum of the money lines, per measure, as in a real statement.
      const result = new Map<string, number>();
      for (const [order, item] of itemsOf(organisation).entries()) {
        for (const measure of item.measures) {
          if (written >= rows) return;
          let value: string;
          if (item.kind === 'kpi') value = decimal(measure === 'target' ? 5 : 3 + random() * 5, 1);
          else if (item.kind === 'result') value = decimal((result.get(measure) ?? 0) / 10, 1);
          else {
            const magnitude = Math.floor(random() * 100_000_000);
            const signed = item.kind === 'cost' ? -magnitude : magnitude;
            result.set(measure, (result.get(measure) ?? 0) + signed);
            value = decimal(signed / 10, 1);
          }
          yield `Förvaltning ${organisation};${period};${item.name};;${item.kind};${order};${measure};${value};${item.unit};${item.better};;;;bench.csv;Drift;\n`;
          written += 1;
        }
      }
    }
  }
}

function* organisationLines(organisations: number): Generator<string> {
  yield `organisation;parent;kind;aliases;unit\n${REGION};;region;;tkr\n`;
  for (let index = 1; index <= organisations; index += 1) yield `Förvaltning ${index};${REGION};administration;;tkr\n`;
}

function* noteLines(organisations: number): Generator<string> {
  yield 'organisation;period;item;note;author;source;section\n';
  // Not the last förvaltning: the row limit may cut it off before its lines exist.
  for (let organisation = 1; organisation < organisations; organisation += 1) {
    const item = `Kontogrupp ${1 + (organisation % 40)}`;
    yield `Förvaltning ${organisation};2024-12;${item};Avvikelsen beror främst på vakanta tjänster och senarelagda inköp.;Bench;bench.csv;Drift\n`;
    yield `Förvaltning ${organisation};2024-12;${RESULT_LINE};Resultatet påverkas av högre kostnader för inhyrd personal än budgeterat.;Bench;bench.csv;Sammanfattning\n`;
  }
}

/** Writes the organisations, figures (about `rows`, never more) and notes files. */
export async function generateBenchFiles(rows: number, files: { organisations: string; figures: string; notes: string }): Promise<void> {
  // Only the organisations the figures reach, so every förvaltning has figures.
  const organisations = organisationCount(rows);
  await writeLines(files.organisations, organisationLines(organisations));
  await writeLines(files.figures, figureLines(rows));
  await writeLines(files.notes, noteLines(organisations));
}
