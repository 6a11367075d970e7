// A FigureStore over arrays, for behaviour tests of the offline engine without a database,
// and the small builders of its records.
import type { DeviationInputs, FigureFilter, FigureStore, StoreCatalogue } from '../../../src/core/figures/figure-store.js';
import { deviationInputsOf } from '../../../src/core/figures/deviation-inputs-of.js';
import { comparePeriods, formatPeriod, parsePeriod, samePeriod, type Period } from '../../../src/core/figures/period.js';
import type { FigureRecord, LineItemRecord, NoteRecord, OrganisationRecord } from '../../../src/core/figures/records.js';
import type { ItemKind, Measure, OrganisationKind, TotalOf } from '../../../src/core/figures/vocabulary.js';
import { itemKey } from '../../../src/core/figures/item-key.js';
import { Dec } from '../../../src/core/numbers/decimal.js';
import type { Unit } from '../../../src/core/numbers/units.js';
import type { Answer } from '../../../src/core/answering/answer.js';
import { answerQuestion } from '../../../src/core/questions/answer-question.js';
import { resolveNamedHome } from '../../../src/core/answering/ask-service.js';

/** A FigureStore over arrays: what the Prisma adapter returns, without a database. */
export class MemoryFigureStore implements FigureStore {
  constructor(
    private readonly organisations: readonly OrganisationRecord[],
    private readonly items: readonly LineItemRecord[],
    private readonly figures: readonly FigureRecord[],
    private readonly notes: readonly NoteRecord[],
  ) {}

  private catalogue: Promise<StoreCatalogue> | null = null;

  /** The arrays never change: always version 1, and the same object, as a real store between imports. */
  loadCatalogue(): Promise<StoreCatalogue> {
    this.catalogue ??= (async () => {
      const reportPeriods = new Map<number, Period[]>();
      for (const organisation of this.organisations) {
        const periods = await this.listReportPeriods(organisation.id);
        if (periods.length > 0) reportPeriods.set(organisation.id, periods);
      }
      return { version: 1, organisations: this.organisations, lineItems: this.items, reportPeriods };
    })();
    return this.catalogue;
  }

  async listOrganisations(): Promise<OrganisationRecord[]> {
    return [...this.organisations];
  }

  async listLineItems(organisationIds: readonly number[]): Promise<LineItemRecord[]> {
    return this.items.filter((item) => organisationIds.includes(item.organisationId));
  }

  async listFigures(filter: FigureFilter): Promise<FigureRecord[]> {
    const itemIds = new Set(this.items.filter((item) => filter.organisationIds.includes(item.organisationId)).map((item) => item.id));
    return this.figures.filter(
      (figure) =>
        itemIds.has(figure.lineItemId) &&
        (filter.lineItemIds === undefined || filter.lineItemIds.includes(figure.lineItemId)) &&
        (filter.periods === undefined || filter.periods.some((period) => samePeriod(period, figure.period))),
    );
  }

  async listFigureValues(filter: FigureFilter): Promise<FigureRecord[]> {
    return this.listFigures(filter);
  }

  async findLinesWithMeasures(filter: FigureFilter, measures: readonly Measure[]): Promise<number[]> {
    return [...new Set((await this.listFigures(filter)).filter((figure) => measures.includes(figure.measure)).map((figure) => figure.lineItemId))];
  }

  async listDeviationInputs(filter: FigureFilter): Promise<DeviationInputs[]> {
    return deviationInputsOf(await this.listFigures(filter));
  }

  async listReportPeriods(organisationId: number): Promise<Period[]> {
    const periods = new Set((await this.listFigures({ organisationIds: [organisationId] })).map((figure) => formatPeriod(figure.period)));
    return [...periods].map(parsePeriod).sort(comparePeriods);
  }

  async listNotes(filter: FigureFilter): Promise<NoteRecord[]> {
    return this.notes.filter((note) => filter.organisationIds.includes(note.organisationId) && (filter.periods === undefined || filter.periods.some((period) => samePeriod(period, note.period))));
  }
}

export function organisation(id: number, name: string, kind: OrganisationKind, parentId: number | null, reportUnit: 'tkr' | 'mnkr'): OrganisationRecord {
  return { id, name, kind, parentId, reportUnit, aliases: [] };
}

export function item(id: number, organisationId: number, name: string, kind: ItemKind, parentId: number | null = null, totalOf?: TotalOf): LineItemRecord {
  return { id, organisationId, name, key: itemKey(name), kind, parentId, sortOrder: id, better: kind === 'kpi' ? 'lower' : 'higher', ...(totalOf ? { totalOf } : {}) };
}

export function figure(lineItemId: number, period: string, measure: Measure, value: string, unit: Unit = 'mnkr', decimals = 1): FigureRecord {
  return { lineItemId, period: parsePeriod(period), measure, breakdownGroup: '', breakdown: '', value: new Dec(value), unit, decimals, madeIn: null, source: 'test-rapport.xlsx', section: '', remark: '', batchId: 1 };
}

/** Asks as the CLI does with --org: the home resolved by name, then the question answered. */
export async function ask(store: FigureStore, text: string, homeOrganisation: string): Promise<Answer> {
  const resolved = resolveNamedHome(await store.listOrganisations(), { text, homeOrganisation });
  return 'status' in resolved ? resolved : answerQuestion(store, resolved);
}

/** The answer text with no-break spaces written as plain ones. */
export function plain(answer: Answer): string {
  return answer.text.replace(/\u00A0/g, ' ');
}
