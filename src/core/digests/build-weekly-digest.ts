// Composes a weekly digest: a pure function of store data and the time of the last
// digest. Every figure is written through an AnswerBuilder, so it is recorded as a
// fact or derivation as it is formatted; then every line (and every chart label)
// passes the same number guard as answers, and a line it refuses is left out.
import type { StoredDraft } from '../drafting/draft-store.js';
import { formatPeriod } from '../figures/period.js';
import type { FigureRecord, LineItemRecord, NoteRecord, OrganisationRecord } from '../figures/records.js';
import { checkAnswerNumbers } from '../guard/check-answer-numbers.js';
import { AnswerBuilder } from '../questions/answer-builder.js';
import { accumulatedPeriod } from '../questions/answer-phrases.js';
import type { Digest, DigestSection } from './digest.js';
import { chartBars, deviationLine, forecastChangeLines, kpiLines, newFigureLines } from './digest-lines.js';
import { DIGEST_PHRASES } from './digest-phrases.js';
import { collectDigestRows, rankDeviations, type DigestRow } from './digest-rows.js';
import { stockholmDate } from './digest-schedule.js';
import type { ImportBatchRecord } from './digest-store.js';

export interface WeeklyDigestInput {
  /** ISO week, "2026-W48". */
  readonly week: string;
  readonly language: 'sv' | 'en';
  /** The subscribed organisation. */
  readonly root: OrganisationRecord;
  readonly includeSubUnits: boolean;
  /** The organisations covered: the root, and its sub-units when included. */
  readonly organisations: readonly OrganisationRecord[];
  readonly items: readonly LineItemRecord[];
  readonly figures: readonly FigureRecord[];
  readonly notes: readonly NoteRecord[];
  /** Drafts of the covered organisations still waiting for approval. */
  readonly draftsWaiting: readonly StoredDraft[];
  /** Import batches since the last digest (all, when there was none). */
  readonly batchesSince: readonly ImportBatchRecord[];
  /** When the last digest was sent; null for the first. */
  readonly since: Date | null;
}

const LIMITS = { deviations: 5, forecastChanges: 5, kpis: 5, drafts: 10, causes: 5, chartBars: 12 } as const;

/** The digest for `input`. */
export function buildWeeklyDigest(input: WeeklyDigestInput): Digest {
  const words = DIGEST_PHRASES[input.language];
  const names = new Map(input.organisations.map((organisation) => [organisation.id, organisation.name]));
  const builder = new AnswerBuilder(input.language, (id) => names.get(id) ?? String(id));
  const weekNumber = Number(input.week.slice(6));
  const covered = input.includeSubUnits && input.organisations.length > 1 ? `${input.root.name} ${words.withSubUnits}` : input.root.name;
  const title = words.title(weekNumber, input.root.name);
  builder.knowNames([title, ...input.organisations.map((organisation) => organisation.name)]);

  const coveredItems = new Set(input.items.map((item) => item.id));
  const relevantBatches = input.batchesSince.filter((batch) => input.figures.some((figure) => figure.batchId === batch.id && coveredItems.has(figure.lineItemId)));
  const nothingNew =
    input.since !== null &&
    relevantBatches.length === 0 &&
    !input.draftsWaiting.some((draft) => draft.createdAt > input.since!) &&
    !input.notes.some((note) => note.createdAt > input.since!);
  const empty = { facts: [], derivations: [], guard: { checked: 0, verified: 0, rejected: [] } };
  if (nothingNew) return { title, week: input.week, language: input.language, nothingNew: true, summary: words.nothingNew(covered), sections: [], chart: null, ...empty };

  const rows = collectDigestRows(input);
  const ranked = rankDeviations(rows, input.items, input.organisations, input.root.id);
  const latest = rows.map((row) => row.period).sort((a, b) => b.year - a.year || b.month - a.month)[0];
  const summary = latest ? words.opening(covered, accumulatedPeriod(latest, input.language)) : words.noFigures(covered);
  const multiple = new Set(rows.map((row) => row.organisation.id)).size > 1;
  const label = (row: DigestRow) => (multiple ? `${row.row.item.name}, ${row.organisation.name}` : row.row.item.name);

  const sections: DigestSection[] = [];
  const add = (key: keyof typeof words.headings, lines: string[]) => {
    if (lines.length > 0) sections.push({ key, heading: words.headings[key], lines });
  };
  add('new_figures', newFigureLines(input, relevantBatches, words));
  add('deviations', ranked.slice(0, LIMITS.deviations).map((row) => deviationLine(builder, row, label(row), input.language)));
  add('forecast_changes', forecastChangeLines(builder, rows, label, input.language).slice(0, LIMITS.forecastChanges));
  add('kpis_off_target', kpiLines(builder, rows, label, input.language).slice(0, LIMITS.kpis));
  add(
    'drafts_waiting',
    input.draftsWaiting.slice(0, LIMITS.drafts).map((draft) => {
      const line = words.draft(draft.id, draft.organisation, formatPeriod(draft.period), draft.createdBy, stockholmDate(draft.createdAt));
      builder.knowNames([line.slice(0, line.indexOf(' – '))]);
      return line;
    }),
  );
  const explained = (row: DigestRow) => input.notes.some((note) => note.organisationId === row.organisation.id && note.lineItemId === row.row.item.id && note.period.year === row.period.year && note.period.month === row.period.month);
  add(
    'causes_missing',
    ranked
      .filter((row) => row.deviation!.value.isNegative() && !explained(row))
      .slice(0, LIMITS.causes)
      .map((row) => `${deviationLine(builder, row, label(row), input.language, false)} – ${words.noCause}`),
  );

  // Chart labels are short: the organisation by its shortest name (KS for Kommunstyrelsen), so the line's own name stays readable.
  const shortName = (organisation: OrganisationRecord) => [organisation.name, ...organisation.aliases].reduce((shortest, name) => (name.length < shortest.length ? name : shortest));
  const chartLabel = (row: DigestRow) => (multiple ? `${row.row.item.name} (${shortName(row.organisation)})` : row.row.item.name);
  const bars = chartBars(builder, ranked.slice(0, LIMITS.chartBars), chartLabel, input.root.reportUnit ?? 'tkr');
  // The guard reads every line against everything the digest recorded; what it refuses is not shown.
  const evidence = builder.build('answered', [title, summary, ...sections.flatMap((section) => section.lines), ...bars.map((bar) => bar.text)].join('\n'));
  const guard = { checked: 0, verified: 0, rejected: [] as string[] };
  const passes = (text: string) => {
    const check = checkAnswerNumbers({ ...evidence, text, quotes: [], options: [] });
    guard.checked += check.checked;
    guard.verified += check.verified;
    guard.rejected.push(...check.rejected.map((number) => number.text));
    return check.rejected.length === 0;
  };
  const checkedSections = sections.map((section) => ({ ...section, lines: section.lines.filter(passes) })).filter((section) => section.lines.length > 0);
  const checkedBars = bars.filter((bar) => passes(bar.text)).map((bar) => bar.bar);
  const unit = input.root.reportUnit ?? 'tkr';
  return {
    title,
    week: input.week,
    language: input.language,
    nothingNew: false,
    summary: passes(summary) ? summary : words.noFigures(covered),
    sections: checkedSections,
    chart: checkedBars.length > 0 ? { title: words.chartTitle(covered), caption: words.chartCaption(unit), unit, decimals: unit === 'mnkr' ? 1 : 0, language: input.language, bars: checkedBars } : null,
    facts: evidence.facts,
    derivations: evidence.derivations,
    guard,
  };
}
