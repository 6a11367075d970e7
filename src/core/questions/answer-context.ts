// What every intent's answer is built from: the reading of the question, the
// organisation it is about, the store, and the builder that records facts.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { AnswerBuilder } from './answer-builder.js';
import type { QuestionReading } from './understand-question.js';

export interface AnswerContext {
  readonly store: FigureStore;
  readonly reading: QuestionReading;
  readonly organisations: readonly OrganisationRecord[];
  readonly home: OrganisationRecord;
  readonly organisation: OrganisationRecord;
  /** True when the question named the organisation (not the asker's home by default). */
  readonly namedOrganisation: boolean;
  /** The question's words minus those that named the organisation: what is left to name a line. */
  readonly itemWords: readonly string[];
  readonly builder: AnswerBuilder;
  /** The organisations the asker may see, when access is restricted. */
  readonly visible?: ReadonlySet<number> | undefined;
}

/** The organisation's descendants, nearest first. */
export function descendantsOf(organisation: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationRecord[] {
  const result: OrganisationRecord[] = [];
  let frontier = [organisation.id];
  while (frontier.length > 0) {
    const children = organisations.filter((candidate) => candidate.parentId !== null && frontier.includes(candidate.parentId));
    result.push(...children);
    frontier = children.map((child) => child.id);
  }
  return result;
}

/** Lines that are totals of other lines in the same list. */
export function parentIds(items: readonly LineItemRecord[]): Set<number> {
  return new Set(items.map((item) => item.parentId).filter((id): id is number => id !== null));
}
