// What a stored figure is, in words a controller uses: "Utfall jan–aug 2024",
// "Helårsbudget 2024", "Prognosavvikelse mot helårsbudget 2024"; where it comes
// from, as the report's name and section; and the notes the import's checks and
// the transcriber's flags left on it.
import { formatAmount } from '../numbers/format-swedish.js';
import type { FigureRecord } from '../figures/records.js';
import type { ItemKind } from '../figures/vocabulary.js';
import type { Period } from '../figures/period.js';
import type { Language } from '../answering/answer.js';
import { accumulatedSpan, EVIDENCE_PHRASES, lineWords, monthOf } from './evidence-phrases.js';

type DescribedFigure = Pick<FigureRecord, 'measure' | 'period' | 'madeIn' | 'reference'>;

/** "Utfall jan–aug 2024": what the figure is and which period it covers. */
export function figureLabel(figure: DescribedFigure, itemKind: ItemKind | undefined, language: Language): string {
  const words = EVIDENCE_PHRASES[language];
  const { year, month } = figure.period;
  const reference: Period | null = figure.reference ?? null;
  const span = accumulatedSpan(year, month, language);
  // A KPI is a level at the month (sick leave so far, staffing in September), not a sum from January.
  const asOf = itemKind === 'kpi' ? monthOf(year, month, language) : span;
  const yearOf = (period: Period) => (period.month === 12 ? String(period.year) : asOf);
  switch (figure.measure) {
    case 'actual':
      return reference ? `${words.actual} ${reference.month === 12 ? reference.year : itemKind === 'kpi' ? monthOf(reference.year, reference.month, language) : accumulatedSpan(reference.year, reference.month, language)}` : `${words.actual} ${asOf}`;
    case 'budget':
      return `${words.budget} ${asOf}`;
    case 'budget_full_year':
      return `${words.fullYearBudget} ${reference ? reference.year : year}`;
    case 'forecast':
      return `${words.forecast} ${reference ? reference.year : year}${figure.madeIn ? ` (${words.madeIn(monthOf(figure.madeIn.year, figure.madeIn.month, language))})` : ''}`;
    case 'prior_year_actual':
      return `${words.actual} ${itemKind === 'kpi' ? monthOf(year - 1, month, language) : accumulatedSpan(year - 1, month, language)}`;
    case 'prior_year_full_year':
      return `${words.actual} ${words.fullYear} ${year - 1}`;
    case 'target':
      return `${words.target} ${reference ? yearOf(reference) : asOf}`;
    case 'target_full_year':
      return reference ? `${words.target} ${reference.year}` : `${words.fullYearTarget} ${year}`;
    case 'deviation':
      return `${words.deviation} ${asOf}`;
    case 'forecast_deviation':
      return `${words.forecastDeviation} ${year}${figure.madeIn ? ` (${words.madeIn(monthOf(figure.madeIn.year, figure.madeIn.month, language))})` : ''}`;
    case 'deviation_percent':
      return `${words.deviation} ${asOf}, ${words.inPercent}`;
    case 'prior_year_change':
      return words.changeAgainst(itemKind === 'kpi' ? monthOf(year - 1, month, language) : accumulatedSpan(year - 1, month, language));
    case 'prior_year_change_percent':
      return `${words.changeAgainst(itemKind === 'kpi' ? monthOf(year - 1, month, language) : accumulatedSpan(year - 1, month, language))}, ${words.inPercent}`;
    case 'change':
      return words.changeSince(reference ? monthOf(reference.year, reference.month, language) : asOf);
    case 'change_percent':
      return `${words.changeSince(reference ? monthOf(reference.year, reference.month, language) : asOf)}, ${words.inPercent}`;
    case 'forecast_change':
      return words.forecastChangeSince(reference ? monthOf(reference.year, reference.month, language) : null);
    case 'share':
      return `${words.share} ${asOf}`;
    case 'budget_change':
      return `${words.budgetChange} ${reference ? reference.year : year}`;
  }
}

/** "Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift": the report's name (its file when none is known) and section. */
export function sourceName(figure: Pick<FigureRecord, 'source' | 'sourceTitle' | 'section'>): string {
  const section = figure.section.split(/\s+>\s+/).filter(Boolean).join(' › ');
  const report = figure.sourceTitle ? figure.sourceTitle : figure.source;
  return section ? `${report} › ${section}` : report;
}

/** The notes on a figure in `language`: each check that found a difference, then the flag on a contradiction in the report. */
export function figureNotes(figure: Pick<FigureRecord, 'checks' | 'flag'>, language: Language): string[] {
  const words = EVIDENCE_PHRASES[language];
  const notes = (figure.checks ?? []).map((check) => {
    const reported = formatAmount(check.reported, check.unit, { decimals: check.decimals });
    const computed = formatAmount(check.computed, check.unit, { decimals: check.decimals });
    return check.outcome === 'rounding' ? words.roundingNote(reported, check.formula, computed) : words.warningNote(reported, check.formula, computed, lineWords(check.lines, language));
  });
  if (figure.flag) notes.push(words.flagNote(figure.flag));
  return notes;
}
