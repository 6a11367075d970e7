// "Vad finns för X?": which reports and lines the store holds for an
// organisation and its sub-units, so a user knows what can be asked.
import { formatPeriod } from '../figures/period.js';
import type { Answer } from '../answering/answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import type { CoverageSection } from './messages/message-catalogue.js';
import { messages } from './messages/messages.js';

const SECTIONS: readonly (readonly [CoverageSection, readonly string[]])[] = [
  ['economy', ['income', 'cost', 'result']],
  ['kpi', ['kpi']],
  ['investments', ['investment', 'investment_category']],
];
// Long sections are cut short so the answer stays readable.
const MAX_LINES = 25;

/** Answers a coverage question for the context's organisation. */
export async function answerCoverage(context: AnswerContext): Promise<Answer> {
  const { store, organisation, builder, reading } = context;
  const text = messages(reading.language);
  const periods = await store.listReportPeriods(organisation.id);
  const lines: string[] = [];
  if (periods.length > 0) {
    const items = context.catalogue.itemsOf(organisation.id);
    builder.knowNames(items.map((item) => item.name));
    const group = (kinds: readonly string[]) => items.filter((item) => kinds.includes(item.kind)).sort((a, b) => a.sortOrder - b.sortOrder).map((item) => item.name);
    lines.push(text.coverageReports(organisation.name, periods.map((period) => `${text.month(period)} (${formatPeriod(period)})`)));
    for (const [section, kinds] of SECTIONS) {
      const found = group(kinds);
      if (found.length > 0) lines.push(text.coverageSection(section, found.slice(0, MAX_LINES), found.length > MAX_LINES));
    }
  } else {
    lines.push(text.coverageNoOwnFigures(organisation.name));
  }
  const units: string[] = [];
  for (const unit of descendantsOf(organisation, context.organisations).slice(0, 30)) {
    const unitPeriods = await store.listReportPeriods(unit.id);
    if (unitPeriods.length > 0) units.push(`${unit.name} (${unitPeriods.map(formatPeriod).join(', ')})`);
  }
  if (units.length > 0) lines.push(text.coverageUnits(units));
  return builder.build(periods.length > 0 || units.length > 0 ? 'answered' : 'no_data', lines.join('\n'));
}
