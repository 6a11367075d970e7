// The registry of answers, one per intent: each turns a resolved question (its
// organisation, line and period known) into an answer. answer-question.ts reads
// and resolves; the answer for the intent writes.
import type { Answer } from '../answering/answer.js';
import type { AnswerContext } from './answer-context.js';
import type { ResolvedQuestion } from './answer-question.js';
import { answerCauses } from './answer-causes.js';
import { answerCoverage } from './answer-coverage.js';
import { answerLine } from './answer-figure.js';
import { answerFromNotes } from './answer-notes.js';
import { loadLexicon } from './lexicon/load-lexicon.js';
import { tokenizeQuestion } from './reading/tokenize-question.js';
import { comparePeriods } from '../figures/period.js';
import { answerOverview } from './answer-overview.js';
import { answerRanking } from './answer-ranking.js';
import { answerRollup } from './answer-rollup.js';
import { defaultLine } from './default-line.js';
import { messages } from './messages/messages.js';

export type IntentAnswer = (context: AnswerContext, resolved: ResolvedQuestion) => Promise<Answer>;

async function figure(context: AnswerContext, resolved: ResolvedQuestion): Promise<Answer> {
  const item = resolved.item!;
  const figures = await context.store.listFigures({ organisationIds: [context.organisation.id], lineItemIds: [item.id] });
  const answer = answerLine(context, { item, items: resolved.items, figures, period: resolved.period });
  // A forecast the figures lack ("helårsprognosen för ITF totalt") may be in the report's words.
  if (answer.status === 'no_data' && context.reading.wantsForecast && !context.reading.period.previousReport) {
    const fromNotes = await answerFromNotes(context, resolved, answer.text, ['prognos', 'helarsprognos', 'helar', 'forecast']);
    if (fromNotes.status === 'answered') return fromNotes;
  }
  // "Vad har hänt med prognosen sedan UR2?" without the earlier report's figures: the report's words may say.
  // With the change the report states and no earlier report stored, its words say what happened.
  const latest = resolved.period ?? resolved.periods[resolved.periods.length - 1];
  const earlierStored = latest !== undefined && figures.some((figure) => comparePeriods(figure.period, latest) < 0);
  if (context.reading.period.previousReport && (answer.status === 'no_data' || !earlierStored)) {
    const fromNotes = await answerFromNotes(context, resolved, answer.status === 'answered' ? answer.text : null, ['prognos', 'forandring', ...context.reading.period.phrases.flatMap((phrase) => phrase.split(' '))]);
    if (fromNotes.status === 'answered') return fromNotes;
  }
  // An accumulated deficit to restore is stated in the report's words, not its tables: those words, after the figures asked.
  if (context.reading.wantsStatedInWords) {
    const fromNotes = await answerFromNotes(context, resolved, answer.status === 'answered' ? answer.text : null, [], { saying: loadLexicon().measures.statedInWords });
    if (fromNotes.status === 'answered') return fromNotes;
  }
  return answer;
}

async function causes(context: AnswerContext, resolved: ResolvedQuestion): Promise<Answer> {
  const latest = resolved.period ?? resolved.periods[resolved.periods.length - 1]!;
  // The figure the causes explain: the line asked about, or the result when none is named.
  // Risks asked of an organisation that scores its risks in a line ("Riskvärde"): that line, before the result.
  const lexicon = loadLexicon();
  const riskLine = context.reading.asksRisks && !resolved.item ? resolved.items.find((item) => lexicon.intents.risks.test(tokenizeQuestion(item.name))) : undefined;
  const explained = resolved.item ?? riskLine ?? (context.reading.contentWords.length === 0 ? (defaultLine(resolved.items) ?? null) : null);
  let lineAnswer: Answer | null = null;
  if (explained) {
    const figures = await context.store.listFigures({ organisationIds: [context.organisation.id], lineItemIds: [explained.id] });
    lineAnswer = answerLine(context, { item: explained, items: resolved.items, figures, period: latest });
  }
  // Risks, assumptions and measures are the report's words about the year, not a line's causes.
  if (context.reading.asksRisks) {
    const fromNotes = await answerFromNotes(context, resolved, lineAnswer?.status === 'answered' ? lineAnswer.text : null);
    if (fromNotes.status === 'answered') return fromNotes;
    // The scores answer it when the report's words say nothing of risks (the scored line found by the question's words or by the intent).
    const scoresRisks = explained !== null && lexicon.intents.risks.test(tokenizeQuestion(explained.name));
    if ((riskLine || (scoresRisks && context.reading.asksRiskItself)) && lineAnswer?.status === 'answered') return lineAnswer;
    // A question about risk itself is not answered with causes: the figure asked about, and that the text names no risk.
    if (context.reading.asksRiskItself) {
      const none = messages(context.reading.language).noRiskNotes(context.organisation.name, resolved.item?.name ?? null);
      return lineAnswer?.status === 'answered' ? context.builder.build('answered', `${lineAnswer.text}\n${none}`) : context.builder.build('no_data', none);
    }
  }
  return answerCauses(context, resolved.item, latest, lineAnswer, resolved.lines);
}

export const INTENT_ANSWERS = {
  figure,
  causes,
  ranking: (context, resolved) => answerRanking(context, resolved.period, resolved.item),
  coverage: (context: AnswerContext) => answerCoverage(context),
  overview: answerOverview,
  rollup: (context: AnswerContext) => answerRollup(context),
  notes: answerFromNotes,
} satisfies Record<string, IntentAnswer>;
