// offline_answer: the deterministic engine's answer to a question, with its facts.
// The model may rephrase it or combine it with other lookups; its figures are
// allowed like any other tool's.
import { z } from 'zod';
import { answerQuestion } from '../../questions/answer-question.js';
import { defineTool } from './model-tool.js';

export const offlineAnswerTool = defineTool({
  name: 'offline_answer',
  description: "Utfall's exact, rule-based answer to a budget question (Swedish or English), with the facts behind it. A good first step for most questions.",
  input: z.object({ question: z.string().min(1).max(2000) }),
  async run({ question }, context) {
    const visible = new Set(context.organisations.filter((organisation) => context.canSee(organisation.id)).map((organisation) => organisation.id));
    const answer = context.answered?.get(question) ?? (await answerQuestion(context.store, { text: question, home: context.home, visibleOrganisationIds: visible }));
    return {
      data: { status: answer.status, text: answer.text, options: answer.options },
      facts: answer.facts,
      derivations: answer.derivations,
      quotes: answer.quotes,
      names: answer.names,
    };
  },
});
