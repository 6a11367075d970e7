// What every intent's answer is built from: the reading of the question, the
// organisation it is about, the store and its catalogue, and the builder that
// records facts.
import type { FigureStore } from '../figures/figure-store.js';
import type { LineItemRecord, OrganisationRecord } from '../figures/records.js';
import type { AnswerBuilder } from './answer-builder.js';
import type { QuestionCatalogue } from './catalogue/question-catalogue.js';
import type { QuestionReading } from './reading/read-question.js';

export interface AnswerContext {
  readonly store: FigureStore;
  readonly catalogue: QuestionCatalogue;
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

/** The organisation's ancestors, nearest first. */
export function ancestorsOf(organisation: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationRecord[] {
  const result: OrganisationRecord[] = [];
  const byId = new Map(organisations.map((candidate) => [candidate.id, candidate]));
  for (let current = organisation.parentId === null ? undefined : byId.get(organisation.parentId); current; current = current.parentId === null ? undefined : byId.get(current.parentId)) result.push(current);
  return result;
}

/** The root of the organisation's tree (itself when it has no parent). */
export function rootOf(organisation: OrganisationRecord, organisations: readonly OrganisationRecord[]): OrganisationRecord {
  return ancestorsOf(organisation, organisations).pop() ?? organisation;
}

/** Lines that are totals of other lines in the same list. */
export function parentIds(items: readonly LineItemRecord[]): Set<number> {
  return new Set(items.map((item) => item.parentId).filter((id): id is number => id !== null));
}
