// "Vad finns för X?": which reports and lines the store holds for an
// organisation and its sub-units, so a user knows what can be asked.
import { formatPeriod } from '../figures/period.js';
import type { Answer } from './answer.js';
import { descendantsOf, type AnswerContext } from './answer-context.js';
import { list, monthName, say } from './answer-phrases.js';

const SECTIONS = {
  sv: { economy: 'Ekonomi', kpi: 'Nyckeltal', investments: 'Investeringar' },
  en: { economy: 'Finances', kpi: 'Key figures', investments: 'Investments' },
} as const;

/** Answers a coverage question for the context's organisation. */
export async function answerCoverage(context: AnswerContext): Promise<Answer> {
  const { store, organisation, builder, reading } = context;
  const language = reading.language;
  const periods = await store.listReportPeriods(organisation.id);
  const lines: string[] = [];
  if (periods.length > 0) {
    const items = await store.listLineItems([organisation.id]);
    builder.knowNames(items.map((item) => item.name));
    const names = SECTIONS[language];
    const group = (kinds: readonly string[]) => items.filter((item) => kinds.includes(item.kind)).sort((a, b) => a.sortOrder - b.sortOrder).map((item) => item.name);
    lines.push(say(language, `${organisation.name}: rapporter per ${list(periods.map((period) => `${monthName(period, language)} (${formatPeriod(period)})`), language)}.`, `${organisation.name}: reports for ${list(periods.map((period) => `${monthName(period, language)} (${formatPeriod(period)})`), language)}.`));
    for (const [title, kinds] of [[names.economy, ['income', 'cost', 'result']], [names.kpi, ['kpi']], [names.investments, ['investment', 'investment_category']]] as const) {
      const found = group(kinds);
      if (found.length > 0) lines.push(`${title}: ${found.slice(0, 25).join('; ')}${found.length > 25 ? ' …' : ''}`);
    }
  } else {
    lines.push(say(language, `För ${organisation.name} finns inga egna siffror i Utfall.`, `Utfall holds no figures of ${organisation.name}'s own.`));
  }
  const units: string[] = [];
  for (const unit of descendantsOf(organisation, context.organisations).slice(0, 30)) {
    const unitPeriods = await store.listReportPeriods(unit.id);
    if (unitPeriods.length > 0) units.push(`${unit.name} (${unitPeriods.map(formatPeriod).join(', ')})`);
  }
  if (units.length > 0) lines.push(say(language, `Underenheter med siffror: ${units.join('; ')}.`, `Sub-units with figures: ${units.join('; ')}.`));
  return builder.build(periods.length > 0 || units.length > 0 ? 'answered' : 'no_data', lines.join('\n'));
}
