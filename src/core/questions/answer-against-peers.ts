// "Hur står vi oss mot andra förvaltningar?", "how do we compare with the other departments?": the asker
// against the other units under its parent, ranked together by their deviations from budget. Where no
// other unit there has figures, the answer says so rather than giving the asker's own figure alone.
import type { Answer } from '../answering/answer.js';
import type { OrganisationRecord } from '../figures/records.js';
import type { AnswerContext } from './answer-context.js';
import { messages } from './messages/messages.js';

/** The asker's peers with figures: the other units under its parent that the asker may see. */
function peersWithFigures(context: Pick<AnswerContext, 'organisations' | 'catalogue' | 'visible'>, home: OrganisationRecord): readonly OrganisationRecord[] {
  if (home.parentId === null) return [];
  return context.organisations.filter(
    (unit) => unit.parentId === home.parentId && unit.id !== home.id && context.catalogue.periodsOf(unit.id).length > 0 && (context.visible === undefined || context.visible.has(unit.id)),
  );
}

/** The ranking of the parent's units, the asker among them; no_data where the asker has no peers with figures. */
export async function answerAgainstPeers(context: AnswerContext, answerAt: (context: AnswerContext) => Promise<Answer>): Promise<Answer> {
  const { home, organisations, reading, builder } = context;
  const peers = peersWithFigures(context, home);
  const parent = organisations.find((unit) => unit.id === home.parentId);
  if (peers.length === 0 || !parent) return builder.build('no_data', messages(reading.language).question.noPeers(home.name));
  const unitIds = [home.id, ...peers.map((unit) => unit.id)];
  const ranked = { ...reading, intent: 'ranking' as const, asksWhatToLookAt: false, asksOverview: false, ranking: { ...reading.ranking, dimension: 'units' as const, dimensionNamed: true, by: 'deviation' as const, direction: 'any' as const, orderOnly: true, count: unitIds.length, unitIds } };
  return answerAt({ ...context, reading: ranked, organisation: parent, namedOrganisation: true });
}
