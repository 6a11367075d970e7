// The sentences of answers, one catalogue per language (sv.ts, en.ts) with the
// same keys, so both languages say the same thing and a sentence is changed in
// one place. Figures arrive already formatted by the answer builder; a message
// never formats or invents a number.
import type { Period } from '../../figures/period.js';
import type { Measure } from '../../figures/vocabulary.js';
import type { FigureMessages, KpiMessages } from './figure-messages.js';
import type { QuestionMessages } from './question-messages.js';
import type { RankingMessages } from './ranking-messages.js';

/** What a deviation is compared with. */
export type ComparedWith = 'budget' | 'target' | 'full_year_budget';

/** How a deviation stands against what it is compared with. */
export type Direction = 'better' | 'worse' | 'level';

/** The parts of a coverage answer, in the order they are shown. */
export type CoverageSection = 'economy' | 'kpi' | 'investments';

/** Every answer sentence of one language; the groups after the shared words hold one answer kind each. */
export interface MessageCatalogue {
  /** "A, B och C". */
  list(items: readonly string[]): string;
  month(period: Period): string;
  /** "bättre än budget", "i nivå med målet". */
  direction(direction: Direction, against: ComparedWith): string;
  /** "oförändrat": a change of zero. */
  unchanged(): string;
  /** "överskott"/"underskott" for a money deviation. */
  balance(balance: 'surplus' | 'deficit'): string;
  /** What a stored measure is called in an answer: "helårsprognos". */
  measure(measure: Measure): string;
  /** The absence of a measure: "ingen helårsprognos", "inget utfall". */
  noMeasure(measure: Measure): string;
  noNotes(organisation: string): string;
  /** A question about risks where no note on record speaks of a risk or an uncertainty (causes are not risks). */
  noRiskNotes(organisation: string, item: string | null): string;
  notesHeading(organisation: string, period: Period): string;
  overviewHeading(organisation: string, period: Period): string;
  overviewNoResult(organisation: string): string;
  rollupHeading(organisation: string, units: readonly string[], period: Period): string;
  rollupLine(line: string, parts: readonly string[]): string;
  rollupActual(actual: string, budget: string | null): string;
  rollupDeviation(shown: string, direction: string): string;
  rollupForecastDeviation(shown: string, direction: string): string;
  rollupMissing(units: readonly string[]): string;
  forecastPercent(percent: string): string;
  noFiguresInTree(organisation: string): string;
  /** The reports on record; each already reads "augusti 2024 (2024-08)". */
  coverageReports(organisation: string, reports: readonly string[]): string;
  /** One section of lines, `more` when the list was cut short. */
  coverageSection(section: CoverageSection, lines: readonly string[], more: boolean): string;
  coverageNoOwnFigures(organisation: string): string;
  /** Sub-units with figures; each already reads "IT-förvaltningen (2024-08, 2024-09)". */
  coverageUnits(units: readonly string[]): string;
  /** What Utfall answers, with examples; `home` is answered for when no organisation is named. */
  help(home: string): string;
  refusedInstructions(): string;
  /** "Konsulter, IT-förvaltningen, rapporten per augusti 2024". */
  causesWhere(item: string | null, organisation: string, period: Period): string;
  noCause(where: string): string;
  causesOnRecordFor(names: readonly string[]): string;
  askResponsibleManager(): string;
  causesAccordingTo(authors: readonly string[]): string;
  moreNotes(): string;
  /** Refusals, clarifying questions and why there is nothing to show (answer-question.ts, ask-service.ts). */
  readonly question: QuestionMessages;
  /** Answers about one line's figures (answer-figure.ts). */
  readonly figure: FigureMessages;
  /** Answers about a KPI against its target (answer-figure.ts). */
  readonly kpi: KpiMessages;
  /** Rankings of lines, units and projects (answer-ranking*.ts). */
  readonly ranking: RankingMessages;
}
